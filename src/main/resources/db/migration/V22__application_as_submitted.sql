-- The application as it was submitted, as a PDF/A in the municipality's language form: one version per submission
-- (a resubmission after a return adds the next), never changed or removed, as the archive receives it.
create sequence application_submission_seq start with 50 increment by 50;
create table application_submission (
    id              bigint        not null primary key,
    application_id  bigint        not null references application (id),
    version_number  integer       not null,
    language        varchar(5)    not null,
    size_bytes      bigint        not null,
    sha256          varchar(64)   not null,
    submitted_at    timestamp with time zone not null,
    submitted_by    varchar(100)  not null,
    content         bytea         not null,
    constraint application_submission_number unique (application_id, version_number),
    constraint application_submission_counted check (version_number >= 1 and size_bytes > 0)
);
