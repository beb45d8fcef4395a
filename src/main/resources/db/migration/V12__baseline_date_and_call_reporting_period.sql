-- Benefit targets state when their baseline was measured (required to submit, so null only in drafts and in
-- applications submitted before this column existed).
alter table benefit_target add column baseline_date date;

-- The reporting period after operation is a term of the call; existing calls take the scheme's setting.
alter table funding_call add column reporting_period_years integer;
update funding_call set reporting_period_years = (select reporting_period_years from scheme_settings);
alter table funding_call alter column reporting_period_years set not null;
alter table funding_call add constraint funding_call_reporting_period check (reporting_period_years between 1 and 20);
