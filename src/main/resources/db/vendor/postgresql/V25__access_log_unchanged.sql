-- An access record is never changed, whoever asks (the retention job deletes old ones).
create function access_record_unchanged() returns trigger language plpgsql as $$
begin
    raise exception 'access_record is never changed: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger access_record_no_update before update on access_record
    for each row execute function access_record_unchanged();
