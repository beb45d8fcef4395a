-- The access log (sporing av bruk): each request in which the directorate, or a system, read an application or its
-- documents. Written once per request and application, never changed (vendor/*/V25 refuses an update), deleted by the
-- retention job when older than gevinst.access-log.retention-days.
create sequence access_record_seq start with 50 increment by 50;
create table access_record (
    id              bigint        not null primary key,
    application_id  bigint        not null references application (id),
    read_at         timestamp with time zone not null,
    reader          varchar(255)  not null,
    reader_name     varchar(255)  not null,
    reader_role     varchar(40),
    part            varchar(20)   not null,
    document        varchar(500),
    route           varchar(500)  not null,
    constraint access_record_part check (part in ('APPLICATION', 'HISTORY', 'SUBMISSION', 'ATTACHMENT', 'EVIDENCE',
        'LETTER'))
);
create index access_record_application on access_record (application_id, read_at);
create index access_record_read_at on access_record (read_at);

insert into scheduled_job (name, last_slot) values ('AccessLogRetention', timestamp '2000-01-01 00:00:00');
