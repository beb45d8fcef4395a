-- Municipalities' people sign in through ID-porten. Their access to act for a municipality is granted here by the
-- municipality's access administrator (a new role), by national identity number (kept only as a keyed hash, in
-- provider_subject) or by an invitation to an email address that the person's first sign-in takes.
alter table user_role drop constraint user_role_role;
alter table user_role add constraint user_role_role
    check (role in ('MUNICIPALITY', 'ACCESS_ADMINISTRATOR', 'CASE_HANDLER', 'APPROVER', 'MANAGEMENT', 'ADMIN'));

alter table user_account add column invitation_hash varchar(64);
alter table user_account add column invitation_expires_at timestamp with time zone;
alter table user_account add constraint user_account_invitation unique (invitation_hash);

alter table user_account drop constraint user_account_sign_in;
alter table user_account add constraint user_account_sign_in
    check (sign_in in ('PASSWORD', 'STAFF_PROVIDER', 'ID_PORTEN'));
alter table user_account drop constraint user_account_password_or_provider;
-- A password account has a password and nothing of a provider; a provider's account has no password, and is bound
-- to the provider's subject, or (ID-porten only) waits with an invitation for the first sign-in that binds it, or was
-- an invitation withdrawn before anyone took it.
alter table user_account add constraint user_account_password_or_provider
    check ((sign_in = 'PASSWORD' and password_hash is not null and provider_subject is null
            and invitation_hash is null)
        or (sign_in = 'STAFF_PROVIDER' and password_hash is null and provider_subject is not null
            and invitation_hash is null)
        or (sign_in = 'ID_PORTEN' and password_hash is null
            and (provider_subject is not null or invitation_hash is not null or active = false)
            and (invitation_hash is null) = (invitation_expires_at is null)));
