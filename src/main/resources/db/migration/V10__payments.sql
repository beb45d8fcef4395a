-- Milestone payments: the grant's milestones as decided, payments (milestone less withheld, or the release of the
-- withheld money at operation), batches and their bank files; and the grant's operation and end.
-- Financial rows are never updated but for their status, and never deleted.

alter table grant_award add column forfeited numeric(15,2) not null default 0;
alter table grant_award add column in_operation_since date;
alter table grant_award add column operation_description varchar(4000);
alter table grant_award add column operation_reported_by varchar(100);
alter table grant_award add column operation_confirmed_by varchar(100);
alter table grant_award add column operation_confirmed_at timestamp with time zone;
alter table grant_award add column ended_by varchar(100);
alter table grant_award add column ended_at timestamp with time zone;
alter table grant_award add column end_reason varchar(2000);
alter table grant_award add constraint grant_award_forfeited check (forfeited >= 0);
create index grant_award_operation on grant_award (operation_deadline);

create sequence grant_milestone_seq start with 50 increment by 50;
create table grant_milestone (
    id                bigint        not null primary key,
    application_id    bigint        not null references grant_award (application_id),
    position          integer       not null,
    title             varchar(300)  not null,
    due_date          date          not null,
    amount            numeric(15,2) not null,
    status            varchar(10)   not null,
    completed_on      date,
    description       varchar(4000),
    reported_by       varchar(100),
    reported_at       timestamp with time zone,
    verified_by       varchar(100),
    verified_at       timestamp with time zone,
    send_back_reason  varchar(2000),
    constraint grant_milestone_amount check (amount > 0),
    constraint grant_milestone_status check (status in ('PLANNED', 'REPORTED', 'VERIFIED', 'FREED'))
);
create index grant_milestone_grant on grant_milestone (application_id);

-- Grants decided before this migration get their milestones from the plan they were decided with (negative ids,
-- so they never meet the sequence's).
insert into grant_milestone (id, application_id, position, title, due_date, amount, status)
select -p.id, p.application_id, p.position, p.title, p.due_date, p.amount,
       case when a.status = 'LAPSED' then 'FREED' else 'PLANNED' end
from plan_milestone p
join grant_award g on g.application_id = p.application_id
join application a on a.id = p.application_id;

create sequence payment_seq start with 50 increment by 50;
create table payment (
    id              bigint        not null primary key,
    application_id  bigint        not null references grant_award (application_id),
    milestone_id    bigint        references grant_milestone (id),
    kind            varchar(10)   not null,
    gross           numeric(15,2) not null,
    withheld        numeric(15,2) not null,
    net             numeric(15,2) not null,
    status          varchar(10)   not null,
    proposed_by     varchar(100)  not null,
    proposed_at     timestamp with time zone not null,
    verified_by     varchar(100)  not null,
    approved_by     varchar(100),
    approved_at     timestamp with time zone,
    rejected_by     varchar(100),
    rejected_at     timestamp with time zone,
    reject_reason   varchar(2000),
    sent_at         timestamp with time zone,
    version         bigint        not null default 0,
    constraint payment_kind check (kind in ('MILESTONE', 'RELEASE')),
    constraint payment_status check (status in ('PROPOSED', 'APPROVED', 'REJECTED', 'SENT')),
    constraint payment_amounts check (gross > 0 and withheld >= 0 and net = gross - withheld),
    constraint payment_milestone check ((kind = 'MILESTONE') = (milestone_id is not null)),
    constraint payment_four_eyes check (approved_by is null or (approved_by <> proposed_by and approved_by <> verified_by))
);
create index payment_grant on payment (application_id);
create index payment_status on payment (status);

create sequence payment_batch_seq start with 50 increment by 50;
create table payment_batch (
    id          bigint        not null primary key,
    status      varchar(10)   not null,
    payment_count  integer    not null,
    total       numeric(15,2) not null,
    created_by  varchar(100)  not null,
    created_at  timestamp with time zone not null,
    sent_by     varchar(100),
    sent_at     timestamp with time zone,
    message_id  varchar(35),
    sha256      varchar(64),
    content     bytea,
    version     bigint        not null default 0,
    constraint payment_batch_status check (status in ('CREATED', 'SENT')),
    constraint payment_batch_sent check ((status = 'SENT') = (content is not null))
);

-- The primary key on payment_id: a payment is in at most one batch, ever.
create table payment_batch_item (
    payment_id  bigint  not null primary key references payment (id),
    batch_id    bigint  not null references payment_batch (id)
);
create index payment_batch_item_batch on payment_batch_item (batch_id);

-- Evidence: files a municipality attaches to a milestone report or the operation report after the grant.
alter table attachment add column purpose varchar(12) not null default 'APPLICATION';
alter table attachment add column milestone_id bigint references grant_milestone (id);
alter table attachment add constraint attachment_purpose check (purpose in ('APPLICATION', 'MILESTONE', 'OPERATION'));
