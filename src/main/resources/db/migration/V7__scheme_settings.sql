-- The scheme's settings: the defaults new calls start from, and the directorate as debtor in the bank file.
-- One row, kept by administrators.

create table scheme_settings (
    id                              integer       not null primary key,
    default_withheld_percent        numeric(5,2)  not null,
    default_max_cost_share_percent  numeric(5,2)  not null,
    reporting_period_years          integer       not null,
    acceptance_deadline_days        integer       not null,
    operation_grace_days            integer       not null,
    debtor_name                     varchar(140),
    debtor_account                  varchar(11),
    version                         bigint        not null default 0,
    constraint scheme_settings_one check (id = 1)
);

create table scheme_category (
    settings_id  integer     not null references scheme_settings (id),
    category     varchar(40) not null,
    primary key (settings_id, category)
);

create table scheme_criterion (
    settings_id  integer      not null references scheme_settings (id),
    position     integer      not null,
    name         varchar(200) not null,
    weight       integer      not null,
    primary key (settings_id, position)
);

insert into scheme_settings (id, default_withheld_percent, default_max_cost_share_percent, reporting_period_years,
    acceptance_deadline_days, operation_grace_days) values (1, 20, 50, 3, 30, 90);
insert into scheme_category (settings_id, category) values (1, 'ELECTRONIC_PATIENT_RECORD');
insert into scheme_category (settings_id, category) values (1, 'WELFARE_TECHNOLOGY');
insert into scheme_category (settings_id, category) values (1, 'DIGITAL_HOME_FOLLOW_UP');
insert into scheme_category (settings_id, category) values (1, 'DATA_SHARING');
insert into scheme_category (settings_id, category) values (1, 'OTHER');
insert into scheme_criterion (settings_id, position, name, weight) values (1, 0, 'Forventede gevinster for innbyggere og tjenester', 40);
insert into scheme_criterion (settings_id, position, name, weight) values (1, 1, 'Gjennomførbarhet og modenhet', 30);
insert into scheme_criterion (settings_id, position, name, weight) values (1, 2, 'Samarbeid og overføringsverdi', 30);
