-- Declared conflicts of interest (inhabilitet): who declared one in which application, and when. Kept for good: a user
-- with a row here never takes the application, acts on its assessment or decides it.
create table assessment_conflict (
    application_id  bigint        not null references application (id),
    username        varchar(100)  not null,
    declared_at     timestamp with time zone not null,
    primary key (application_id, username)
);
