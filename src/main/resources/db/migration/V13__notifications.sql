-- Notifications: what a user is told, in the app and (unless they turned it off for the kind) by email.
-- A reminder carries a key naming what it reminds of; the key is unique, so a reminder is made once however
-- often and on however many nodes the reminder job runs.

create sequence notification_seq start with 50 increment by 50;
create table notification (
    id              bigint        not null primary key,
    username        varchar(100)  not null,
    kind            varchar(40)   not null,
    application_id  bigint        references application (id),
    reference       varchar(20),
    detail          varchar(200),
    created_at      timestamp with time zone not null,
    read_at         timestamp with time zone,
    reminder_key    varchar(200),
    email_status    varchar(10)   not null,
    email_attempts  integer       not null default 0,
    emailed_at      timestamp with time zone,
    constraint notification_reminder unique (reminder_key),
    constraint notification_email_status check (email_status in ('NONE', 'PENDING', 'SENDING', 'SENT', 'FAILED'))
);
create index notification_user on notification (username, created_at);
create index notification_email on notification (email_status);

-- The kinds a user does not want by email (the in-app notification always comes).
create table notification_email_off (
    username  varchar(100)  not null,
    kind      varchar(40)   not null,
    primary key (username, kind)
);
