-- Benefit measurements: what a municipality reports for a benefit target after operation. A correction is a new
-- measurement that replaces the old one, which is kept (and marked replaced).

create sequence benefit_measurement_seq start with 50 increment by 50;
create table benefit_measurement (
    id                   bigint         not null primary key,
    benefit_target_id    bigint         not null references benefit_target (id),
    application_id       bigint         not null references application (id),
    measured_on          date           not null,
    measured_value       numeric(19,4),
    not_measured_reason  varchar(2000),
    comment              varchar(2000),
    reported_by          varchar(100)   not null,
    reported_at          timestamp with time zone not null,
    replaces_id          bigint         unique references benefit_measurement (id),
    replaced             boolean        not null default false,
    constraint benefit_measurement_value_or_reason
        check ((measured_value is null) <> (not_measured_reason is null))
);
create index benefit_measurement_target on benefit_measurement (benefit_target_id, measured_on);
create index benefit_measurement_application on benefit_measurement (application_id);
