-- Applications to a call: the form's sections, partners, planned milestones, benefit targets and attachments,
-- and the counter that gives submitted applications their gap-free reference per budget year.

create sequence application_seq start with 50 increment by 50;
create table application (
    id                     bigint        not null primary key,
    call_id                bigint        not null references funding_call (id),
    municipality_number    varchar(4)    not null references municipality (number),
    reference              varchar(20),
    status                 varchar(20)   not null,
    title                  varchar(300),
    category               varchar(40),
    summary                varchar(4000),
    service_change         varchar(8000),
    contact_name           varchar(200),
    contact_email          varchar(200),
    contact_phone          varchar(40),
    bank_account           varchar(11),
    eligible_cost          numeric(15,2),
    own_contribution       numeric(15,2),
    requested_amount       numeric(15,2),
    planned_start          date,
    planned_operation      date,
    created_at             timestamp with time zone not null,
    created_by             varchar(100)  not null,
    submitted_at           timestamp with time zone,
    version                bigint        not null default 0,
    constraint application_reference unique (reference),
    constraint application_status check (status in ('DRAFT', 'SUBMITTED', 'IN_ASSESSMENT', 'RETURNED',
        'RECOMMENDED', 'GRANTED', 'REJECTED', 'ACCEPTED', 'IN_PROGRESS', 'OPERATIONAL', 'CLOSED', 'LAPSED',
        'CANCELLED', 'EXPIRED', 'WITHDRAWN')),
    constraint application_amounts check (eligible_cost >= 0 and own_contribution >= 0 and requested_amount >= 0)
);
create index application_call on application (call_id, status);
create index application_municipality on application (municipality_number);

create table application_partner (
    application_id       bigint     not null references application (id),
    municipality_number  varchar(4) not null references municipality (number),
    primary key (application_id, municipality_number)
);
create index application_partner_municipality on application_partner (municipality_number);

create sequence planned_milestone_seq start with 50 increment by 50;
create table planned_milestone (
    id              bigint        not null primary key,
    application_id  bigint        not null references application (id),
    position        integer       not null,
    title           varchar(300),
    due_date        date,
    amount          numeric(15,2),
    constraint planned_milestone_amount check (amount >= 0)
);
create index planned_milestone_application on planned_milestone (application_id);

create sequence benefit_target_seq start with 50 increment by 50;
create table benefit_target (
    id              bigint         not null primary key,
    application_id  bigint         not null references application (id),
    position        integer        not null,
    indicator       varchar(300),
    kind            varchar(30),
    unit            varchar(60),
    baseline        numeric(19,4),
    target          numeric(19,4),
    target_date     date,
    owner           varchar(200),
    constraint benefit_target_kind check (kind in ('QUALITY', 'TIME_SAVED_HOURS_PER_YEAR',
        'COST_SAVED_NOK_PER_YEAR', 'OTHER'))
);
create index benefit_target_application on benefit_target (application_id);

-- The content lives in its own table so that listing attachments never reads the files.
create sequence attachment_seq start with 50 increment by 50;
create table attachment (
    id              bigint        not null primary key,
    application_id  bigint        not null references application (id),
    file_name       varchar(255)  not null,
    content_type    varchar(100)  not null,
    size_bytes      bigint        not null,
    sha256          varchar(64)   not null,
    uploaded_at     timestamp with time zone not null,
    uploaded_by     varchar(100)  not null
);
create index attachment_application on attachment (application_id);

create table attachment_content (
    attachment_id  bigint  not null primary key references attachment (id),
    content        bytea   not null
);

-- One row per budget year, locked while a submission takes the next number: references are gap-free.
create table reference_counter (
    budget_year  integer not null primary key,
    last_number  integer not null
);
