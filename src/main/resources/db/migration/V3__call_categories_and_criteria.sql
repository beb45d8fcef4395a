-- Calls offer technology categories and carry weighted assessment criteria.

create table call_category (
    call_id   bigint      not null references funding_call (id),
    category  varchar(40) not null,
    primary key (call_id, category),
    constraint call_category_code check (category in ('ELECTRONIC_PATIENT_RECORD', 'WELFARE_TECHNOLOGY',
        'DIGITAL_HOME_FOLLOW_UP', 'DATA_SHARING', 'OTHER'))
);

create sequence assessment_criterion_seq start with 50 increment by 50;
create table assessment_criterion (
    id        bigint       not null primary key,
    call_id   bigint       not null references funding_call (id),
    position  integer      not null,
    name      varchar(200) not null,
    weight    integer      not null,
    constraint assessment_criterion_weight check (weight between 1 and 100)
);
create index assessment_criterion_call on assessment_criterion (call_id);
