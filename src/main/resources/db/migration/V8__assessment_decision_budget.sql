-- Assessment (who has the application, impartiality, scores, recommendation), the recommended payment plan,
-- decisions, grants and the budget year's committed sum that the cap is enforced on.

create table assessment (
    application_id            bigint        not null primary key references application (id),
    assessor                  varchar(100)  not null,
    impartiality_declared_at  timestamp with time zone not null,
    return_reason             varchar(2000),
    outcome                   varchar(10),
    amount                    numeric(15,2),
    weighted_score            numeric(7,3),
    justification             varchar(4000),
    recommended_by            varchar(100),
    recommended_at            timestamp with time zone,
    decided_by                varchar(100),
    decided_at                timestamp with time zone,
    decision_comment          varchar(2000),
    version                   bigint        not null default 0,
    constraint assessment_outcome check (outcome in ('GRANT', 'REJECT'))
);

create table criterion_score (
    application_id  bigint        not null references assessment (application_id),
    criterion_id    bigint        not null references assessment_criterion (id),
    score           integer       not null,
    comment         varchar(2000),
    primary key (application_id, criterion_id),
    constraint criterion_score_range check (score between 1 and 6)
);

create sequence plan_milestone_seq start with 50 increment by 50;
create table plan_milestone (
    id              bigint        not null primary key,
    application_id  bigint        not null references assessment (application_id),
    position        integer       not null,
    title           varchar(300)  not null,
    due_date        date          not null,
    amount          numeric(15,2) not null,
    constraint plan_milestone_amount check (amount > 0)
);
create index plan_milestone_application on plan_milestone (application_id);

-- One row per budget year; locked by every decision that commits money, so the cap holds under concurrency.
create table budget_year (
    budget_year  integer       not null primary key,
    committed    numeric(15,2) not null default 0,
    version      bigint        not null default 0,
    constraint budget_year_committed check (committed >= 0)
);

create table grant_award (
    application_id  bigint        not null primary key references application (id),
    budget_year     integer       not null references budget_year (budget_year),
    amount          numeric(15,2) not null,
    decided_by      varchar(100)  not null,
    decided_at      timestamp with time zone not null,
    constraint grant_award_amount check (amount > 0)
);
create index grant_award_year on grant_award (budget_year);
