-- A grant has at most one change request not yet decided or withdrawn: the code checks under the grant's lock, and
-- the database refuses a second even so. (PostgreSQL's twin is the same but for its generated column's STORED.)
alter table change_request add column open_marker integer
    generated always as (case when status in ('REQUESTED', 'RECOMMENDED') then 0 end);
create unique index change_request_one_open on change_request (application_id, open_marker);
