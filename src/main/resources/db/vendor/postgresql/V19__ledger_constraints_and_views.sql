-- The database refuses what the money rules forbid, even if the code were wrong, and defines each ledger figure
-- once, as a view that the budget, the reports and the dashboard read. The H2 twin of this file
-- (db/vendor/h2/V19__ledger_constraints_and_views.sql) is the same but for the trigger, which H2 runs in Java.

-- A grant: what is freed and forfeited comes out of the amount; the withheld percentage is a percentage.
alter table grant_award add constraint ck_grant_award_freed_forfeited check (freed + forfeited <= amount);
alter table grant_award add constraint ck_grant_award_withheld_percent
    check (withheld_percent >= 0 and withheld_percent <= 100);

-- A payment never pays out more than its gross; a release holds nothing back; its status says who signed it.
alter table payment add constraint ck_payment_net check (withheld <= gross and net >= 0);
alter table payment add constraint ck_payment_release_withholds_nothing check (kind = 'MILESTONE' or withheld = 0);
alter table payment add constraint ck_payment_approved
    check ((status in ('APPROVED', 'SENT')) = (approved_by is not null and approved_at is not null));
alter table payment add constraint ck_payment_rejected
    check ((status = 'REJECTED') = (rejected_by is not null and rejected_at is not null));
alter table payment add constraint ck_payment_sent check ((status = 'SENT') = (sent_at is not null));

-- A milestone is reported before it is verified, and verified by someone.
alter table grant_milestone add constraint ck_grant_milestone_reported
    check (status not in ('REPORTED', 'VERIFIED') or reported_by is not null);
alter table grant_milestone add constraint ck_grant_milestone_verified
    check (status <> 'VERIFIED' or (verified_by is not null and verified_at is not null));

-- A batch holds payments, and money.
alter table payment_batch add constraint ck_payment_batch_content check (payment_count > 0 and total > 0);

-- Four eyes on a decision: it follows a recommendation, by an approver who did not make it; only a grant has an amount.
alter table assessment add constraint ck_assessment_four_eyes
    check (decided_by is null or (recommended_by is not null and decided_by <> recommended_by));
alter table assessment add constraint ck_assessment_amount check (amount is null or (outcome = 'GRANT' and amount > 0));

-- A submitted application has its reference; a draft has none. Its category is one of the scheme's codes.
alter table application add constraint ck_application_reference
    check (status = 'WITHDRAWN' or (status = 'DRAFT') = (reference is null));
alter table application add constraint ck_application_category check (category is null or category in
    ('ELECTRONIC_PATIENT_RECORD', 'WELFARE_TECHNOLOGY', 'DIGITAL_HOME_FOLLOW_UP', 'DATA_SHARING', 'OTHER'));

alter table scheme_settings add constraint ck_scheme_settings_percents
    check (default_withheld_percent >= 0 and default_withheld_percent <= 100
           and default_max_cost_share_percent > 0 and default_max_cost_share_percent <= 100);

-- The live payments of a grant (every payment not rejected) never exceed the granted amount. A check constraint
-- sees one row; this needs the grant's other payments, so it is a trigger. The code locks the grant before it adds
-- a payment, so concurrent inserts are not this trigger's concern: it catches a wrong computation.
create function ck_payment_within_grant() returns trigger language plpgsql as $$
declare
    granted numeric(15,2);
    live numeric(15,2);
begin
    if tg_table_name = 'payment' then
        select g.amount into granted from grant_award g where g.application_id = new.application_id;
        select coalesce(sum(p.net), 0) into live from payment p
        where p.application_id = new.application_id and p.status <> 'REJECTED' and p.id <> new.id;
        if new.status <> 'REJECTED' then
            live := live + new.net;
        end if;
    else
        granted := new.amount;
        select coalesce(sum(p.net), 0) into live from payment p
        where p.application_id = new.application_id and p.status <> 'REJECTED';
    end if;
    if live > granted then
        raise exception 'ck_payment_within_grant: live payments of grant % (%) exceed the granted %',
            new.application_id, live, granted using errcode = 'check_violation', constraint = 'ck_payment_within_grant';
    end if;
    return new;
end;
$$;

create trigger ck_payment_within_grant before insert or update of status, net, application_id on payment
    for each row execute function ck_payment_within_grant();

create trigger ck_grant_award_covers_payments before update of amount on grant_award
    for each row execute function ck_payment_within_grant();

-- Each grant's money, one row per grant (see reports/README.md for the figures): paid counts every payment not
-- rejected, releases included; withheld outstanding is what those payments held back less what was released and
-- forfeited; not yet due is the milestones planned or reported. Grant.ledger() computes the same in Java.
create view grant_ledger as
select g.application_id, g.budget_year, a.call_id,
       g.amount granted,
       coalesce(p.paid, 0.00) paid,
       coalesce(p.withheld, 0.00) - coalesce(p.released, 0.00) - g.forfeited withheld_outstanding,
       coalesce(p.released, 0.00) released,
       g.forfeited,
       coalesce(m.not_yet_due, 0.00) not_yet_due,
       g.freed
from grant_award g
join application a on a.id = g.application_id
left join (select application_id, sum(net) paid, sum(withheld) withheld,
                  sum(case when kind = 'RELEASE' then net else 0 end) released
           from payment where status <> 'REJECTED' group by application_id) p on p.application_id = g.application_id
left join (select application_id, sum(amount) not_yet_due
           from grant_milestone where status in ('PLANNED', 'REPORTED') group by application_id) m
       on m.application_id = g.application_id;

-- Each benefit target's latest current measurement with a value: not replaced by a correction, not "not measured";
-- the later date wins, then the later id. What realisation and benefits realised are computed from.
create view latest_measurement as
select m.id, m.benefit_target_id, m.application_id, m.measured_on, m.measured_value
from benefit_measurement m
where m.replaced = false and m.measured_value is not null
  and not exists (select 1 from benefit_measurement n
                  where n.benefit_target_id = m.benefit_target_id and n.replaced = false
                    and n.measured_value is not null
                    and (n.measured_on > m.measured_on or (n.measured_on = m.measured_on and n.id > m.id)));
