-- Scheduled jobs run on every node of a cluster at the same moments. Each job has a row here; a node runs a period
-- only if it moves last_slot forward, which one node alone can do (the row is locked while it does).
create table scheduled_job (
    name      varchar(40)  not null primary key,
    last_slot timestamp    not null,
    node      varchar(120)
);
insert into scheduled_job (name, last_slot) values ('EmailDispatch', timestamp '2000-01-01 00:00:00');
insert into scheduled_job (name, last_slot) values ('Reminders', timestamp '2000-01-01 00:00:00');
insert into scheduled_job (name, last_slot) values ('GrantDeadlines', timestamp '2000-01-01 00:00:00');

-- Which node ran which period, for the operators; rows older than 30 days are removed as new ones come.
create table job_run (
    job        varchar(40)  not null,
    slot       timestamp    not null,
    node       varchar(120) not null,
    claimed_at timestamp    not null,
    primary key (job, slot)
);
