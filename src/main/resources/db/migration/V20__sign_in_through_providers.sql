-- Accounts that sign in through an OpenID Connect provider (the directorate's own for its staff) have no password
-- here: they are bound to the provider's subject, and their roles come from the provider at every sign-in.
alter table user_account alter column password_hash drop not null;
alter table user_account add column sign_in varchar(20) default 'PASSWORD' not null;
alter table user_account add column provider_subject varchar(300);
alter table user_account add constraint user_account_sign_in check (sign_in in ('PASSWORD', 'STAFF_PROVIDER'));
alter table user_account add constraint user_account_password_or_provider
    check ((sign_in = 'PASSWORD' and password_hash is not null and provider_subject is null)
        or (sign_in <> 'PASSWORD' and password_hash is null and provider_subject is not null));
alter table user_account add constraint user_account_provider_subject unique (sign_in, provider_subject);
