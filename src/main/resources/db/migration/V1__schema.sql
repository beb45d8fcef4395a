-- Gevinst schema, version 1: the register, calls, user accounts and the audit trail.
-- Written for both H2 2.x and PostgreSQL: sequences for ids (no IDENTITY), NUMERIC(15,2) for money.

create table county (
    number          varchar(2)   not null primary key,
    name            varchar(100) not null,
    official_name   varchar(200) not null
);

create table municipality (
    number               varchar(4)   not null primary key,
    name                 varchar(100) not null,
    official_name        varchar(200) not null,
    county_number        varchar(2)   not null references county (number),
    organisation_number  varchar(9),
    language_form        varchar(10)  not null,
    population           integer,
    bank_account         varchar(11),
    version              bigint       not null default 0,
    constraint municipality_language_form check (language_form in ('BOKMAAL', 'NYNORSK', 'NEUTRAL'))
);
create index municipality_county on municipality (county_number);

create sequence funding_call_seq start with 50 increment by 50;
create table funding_call (
    id                          bigint        not null primary key,
    budget_year                 integer       not null,
    title                       varchar(300)  not null,
    opens_on                    date          not null,
    closes_on                   date          not null,
    frame                       numeric(15,2) not null,
    withheld_percent            numeric(5,2)  not null,
    max_cost_share_percent      numeric(5,2)  not null,
    budget_chapter_post         varchar(100),
    subject_to_budget_decision  boolean       not null default false,
    version                     bigint        not null default 0,
    constraint funding_call_frame check (frame >= 0),
    constraint funding_call_dates check (closes_on >= opens_on),
    constraint funding_call_withheld check (withheld_percent >= 0 and withheld_percent <= 100),
    constraint funding_call_share check (max_cost_share_percent > 0 and max_cost_share_percent <= 100)
);

create sequence user_account_seq start with 50 increment by 50;
create table user_account (
    id                   bigint       not null primary key,
    username             varchar(100) not null,
    password_hash        varchar(400) not null,
    full_name            varchar(200) not null,
    email                varchar(200),
    role                 varchar(20)  not null,
    municipality_number  varchar(4)   references municipality (number),
    failed_logins        integer      not null default 0,
    locked_until         timestamp with time zone,
    demo                 boolean      not null default false,
    active               boolean      not null default true,
    version              bigint       not null default 0,
    constraint user_account_username unique (username),
    constraint user_account_role check (role in ('MUNICIPALITY', 'CASE_HANDLER', 'APPROVER', 'MANAGEMENT', 'ADMIN')),
    constraint user_account_municipality check ((role = 'MUNICIPALITY') = (municipality_number is not null))
);

-- Append-only: rows are inserted, never updated or deleted.
create sequence audit_event_seq start with 50 increment by 50;
create table audit_event (
    id           bigint        not null primary key,
    occurred_at  timestamp with time zone not null,
    username     varchar(100),
    kind         varchar(60)   not null,
    entity_type  varchar(60),
    entity_id    varchar(60),
    details      varchar(2000)
);
create index audit_event_entity on audit_event (entity_type, entity_id);
create index audit_event_time on audit_event (occurred_at);
