-- Change requests (endringsmeldinger, issue 24): the lead municipality asks to change its grant's plan, a case handler
-- recommends, another approver decides; an approved change is a new version of the plan, the earlier kept.

-- A change removes milestones not yet verified: they stay, with their reports, and count nowhere.
alter table grant_milestone drop constraint grant_milestone_status;
alter table grant_milestone add constraint grant_milestone_status
    check (status in ('PLANNED', 'REPORTED', 'VERIFIED', 'FREED', 'REMOVED'));

create sequence change_request_seq start with 50 increment by 50;
create table change_request (
    id                       bigint        not null primary key,
    application_id           bigint        not null references grant_award (application_id),
    status                   varchar(12)   not null,
    requested_by             varchar(255)  not null,
    requested_at             timestamp with time zone not null,
    justification            varchar(4000) not null,
    requested_amount         numeric(15,2),
    requested_operation_date date,
    requested_plan           boolean       not null,
    kinds                    varchar(500)  not null,
    recommended_by           varchar(255),
    recommended_at           timestamp with time zone,
    recommend_approval       boolean,
    recommendation           varchar(4000),
    adjusted                 boolean       default false not null,
    adjusted_amount          numeric(15,2),
    adjusted_operation_date  date,
    adjusted_plan            boolean       default false not null,
    decided_by               varchar(255),
    decided_at               timestamp with time zone,
    decision_comment         varchar(4000),
    plan_version             integer,
    version                  bigint        not null,
    constraint ck_change_request_status
        check (status in ('REQUESTED', 'RECOMMENDED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    constraint ck_change_request_amounts check ((requested_amount is null or requested_amount > 0)
        and (adjusted_amount is null or adjusted_amount > 0)),
    -- four eyes: the approver who decides is not the case handler who recommended
    constraint ck_change_request_four_eyes check (decided_by is null
        or (recommended_by is not null and decided_by <> recommended_by)),
    constraint ck_change_request_recommended check ((status in ('RECOMMENDED', 'APPROVED', 'REJECTED'))
        = (recommended_by is not null) or status = 'WITHDRAWN'),
    constraint ck_change_request_decided check ((status in ('APPROVED', 'REJECTED')) = (decided_by is not null)),
    constraint ck_change_request_version check ((status = 'APPROVED') = (plan_version is not null))
);
create index change_request_application on change_request (application_id, id);

create table change_request_line (
    change_request_id bigint        not null references change_request (id),
    position          integer       not null,
    milestone_id      bigint        references grant_milestone (id),
    title             varchar(300),
    due_date          date,
    amount            numeric(15,2),
    primary key (change_request_id, position)
);

create table change_adjusted_line (
    change_request_id bigint        not null references change_request (id),
    position          integer       not null,
    milestone_id      bigint        references grant_milestone (id),
    title             varchar(300),
    due_date          date,
    amount            numeric(15,2),
    primary key (change_request_id, position)
);

create sequence plan_version_seq start with 50 increment by 50;
create table plan_version (
    id                 bigint        not null primary key,
    application_id     bigint        not null references grant_award (application_id),
    number             integer       not null,
    amount             numeric(15,2) not null,
    operation_deadline date,
    change_request_id  bigint        references change_request (id),
    made_by            varchar(255)  not null,
    made_at            timestamp with time zone not null,
    constraint uq_plan_version unique (application_id, number),
    constraint ck_plan_version_change check ((number = 1) = (change_request_id is null))
);

create table plan_version_line (
    plan_version_id bigint        not null references plan_version (id),
    position        integer       not null,
    milestone_id    bigint        not null references grant_milestone (id),
    title           varchar(300)  not null,
    due_date        date          not null,
    amount          numeric(15,2) not null,
    decision_point  boolean       not null,
    status          varchar(10)   not null,
    primary key (plan_version_id, position)
);

-- The letters of a change's decision join the letters after the grant letter.
alter table follow_up_letter drop constraint ck_follow_up_letter_kind;
alter table follow_up_letter add constraint ck_follow_up_letter_kind check (kind in ('DECISION_POINT_GO',
    'DECISION_POINT_STOP', 'CHANGE_APPROVED', 'CHANGE_REJECTED'));
alter table follow_up_letter add column change_request_id bigint references change_request (id);
