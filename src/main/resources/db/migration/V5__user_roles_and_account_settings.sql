-- A user may hold several roles (never MUNICIPALITY together with a directorate role: checked by the application),
-- has a preferred language, and must change a temporary password at the next login.

create table user_role (
    user_id  bigint      not null references user_account (id),
    role     varchar(20) not null,
    primary key (user_id, role),
    constraint user_role_role check (role in ('MUNICIPALITY', 'CASE_HANDLER', 'APPROVER', 'MANAGEMENT', 'ADMIN'))
);
create index user_role_role on user_role (role);

insert into user_role (user_id, role) select id, role from user_account;

alter table user_account drop constraint user_account_municipality;
alter table user_account drop constraint user_account_role;
alter table user_account drop column role;
alter table user_account add column preferred_language varchar(5);
alter table user_account add column must_change_password boolean default false not null;
