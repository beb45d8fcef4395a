-- The archive's outbox: every filed act of a case (an application's life) is one Fiks Arkiv arkivmelding, written
-- in the act's own transaction and delivered later by ArchiveDelivery, at least once, in order per case. The case
-- folder's external key is the application's reference, a journal entry's its reference and position ("HT-2027-0001/3"),
-- which lets the archive recognise a message it has already taken.
create sequence archive_message_seq start with 50 increment by 50;
create table archive_message (
    id                      bigint        not null primary key,
    application_id          bigint        not null references application (id),
    position                integer       not null,
    journal_key             varchar(60)   not null,
    act                     varchar(40)   not null,
    created_at              timestamp with time zone not null,
    content                 bytea         not null,
    status                  varchar(12)   not null,
    attempts                integer       not null default 0,
    next_attempt_at         timestamp with time zone not null,
    last_error              varchar(2000),
    delivered_at            timestamp with time zone,
    receipt                 bytea,
    archive_case_number     varchar(40),
    archive_journal_number  varchar(40),
    constraint archive_message_journal_key unique (journal_key),
    constraint archive_message_position unique (application_id, position),
    constraint archive_message_status check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    constraint archive_message_delivered check ((status = 'DELIVERED') = (delivered_at is not null)),
    constraint archive_message_counted check (position >= 1 and attempts >= 0)
);
create index archive_message_due on archive_message (status, next_attempt_at);

-- The documents of a message: those kept elsewhere by reference (the application as submitted, the grant letter, an
-- attachment), the records written for the message itself with their bytes.
create sequence archive_document_seq start with 50 increment by 50;
create table archive_document (
    id               bigint        not null primary key,
    message_id       bigint        not null references archive_message (id),
    document_number  integer       not null,
    file_name        varchar(255)  not null,
    source           varchar(20)   not null,
    source_id        bigint,
    content          bytea,
    sha256           varchar(64)   not null,
    size_bytes       bigint        not null,
    constraint archive_document_number unique (message_id, document_number),
    constraint archive_document_source check (source in ('SUBMISSION', 'LETTER', 'ATTACHMENT', 'RECORD')),
    constraint archive_document_kept check ((source = 'RECORD') = (content is not null)
        and (source = 'RECORD' or source_id is not null))
);

insert into scheduled_job (name, last_slot) values ('ArchiveDelivery', timestamp '2000-01-01 00:00:00');
