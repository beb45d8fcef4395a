-- Decision points (beslutningspunkter, issue 24): the case handler may mark milestones of the recommended plan, which
-- the grant keeps; after one is verified an approver decides go (with a justification) or stop (with a reason).
alter table plan_milestone add column decision_point boolean default false not null;
alter table grant_milestone add column decision_point boolean default false not null;
alter table grant_milestone add column gate_decision varchar(8);
alter table grant_milestone add column gate_decided_by varchar(255);
alter table grant_milestone add column gate_decided_at timestamp with time zone;
alter table grant_milestone add column gate_text varchar(2000);

-- Only a decision point is decided, by someone, with their words; four eyes: never by the one who verified it.
alter table grant_milestone add constraint ck_grant_milestone_gate check (gate_decision is null
    or (decision_point and gate_decision in ('GO', 'STOP') and gate_decided_by is not null
        and gate_decided_at is not null and gate_text is not null and gate_decided_by <> verified_by));

-- The letters of the decisions on a grant after its grant letter (grant_letter): each kept exactly as issued.
create sequence follow_up_letter_seq start with 50 increment by 50;
create table follow_up_letter (
    id              bigint        not null primary key,
    application_id  bigint        not null references application (id),
    kind            varchar(30)   not null,
    milestone_id    bigint        references grant_milestone (id),
    language        varchar(5)    not null,
    sha256          varchar(64)   not null,
    created_at      timestamp with time zone not null,
    content         bytea         not null,
    constraint ck_follow_up_letter_kind check (kind in ('DECISION_POINT_GO', 'DECISION_POINT_STOP'))
);
create index follow_up_letter_application on follow_up_letter (application_id, id);

-- The archive files these letters as they were issued.
alter table archive_document drop constraint archive_document_source;
alter table archive_document add constraint archive_document_source
    check (source in ('SUBMISSION', 'LETTER', 'FOLLOW_UP_LETTER', 'ATTACHMENT', 'RECORD'));
