-- The grant's terms as decided (acceptance and operation deadlines, withheld percentage), the municipality's
-- answer (accepted, declined or lapsed), what was freed back to the frame, and the grant letter as sent.

alter table grant_award add column withheld_percent numeric(5,2) not null default 0;
alter table grant_award add column acceptance_deadline date;
alter table grant_award add column operation_deadline date;
alter table grant_award add column answered_by varchar(100);
alter table grant_award add column answered_at timestamp with time zone;
alter table grant_award add column freed numeric(15,2) not null default 0;
alter table grant_award add column version bigint not null default 0;
alter table grant_award add constraint grant_award_freed check (freed >= 0 and freed <= amount);

create index grant_award_acceptance on grant_award (acceptance_deadline);

-- The letter exactly as it was produced at the decision: what the municipality was told is kept, not re-rendered.
create table grant_letter (
    application_id  bigint        not null primary key references application (id),
    language        varchar(5)    not null,
    sha256          varchar(64)   not null,
    created_at      timestamp with time zone not null,
    content         bytea         not null
);
