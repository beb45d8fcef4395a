-- The audit trail is append-only: no update or delete of an event, whoever asks (the class is in the WAR; H2
-- finds it through the application's class loader).
create trigger audit_event_no_update before update on audit_event for each row
    call 'no.gevinst.audit.control.AppendOnlyTrigger';

create trigger audit_event_no_delete before delete on audit_event for each row
    call 'no.gevinst.audit.control.AppendOnlyTrigger';
