-- An access record is never changed, whoever asks (the retention job deletes old ones).
create trigger access_record_no_update before update on access_record for each row
    call 'no.gevinst.audit.control.AppendOnlyTrigger';
