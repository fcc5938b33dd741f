-- The kandidatencommissie (issue 14): a party's committee that selects kandidaat-raadsleden.
--
-- - A member role `commissie`, and the committee as a member of a procedure (procedure_members).
-- - A procedure for an election list (`election_procedures`, one row beside the procedure it makes a
--   list of): the election's name, its year and the deadline by which candidates finish.
-- - A release scope `commissie`: what the candidate releases to the committee (talking points and
--   the themes to discuss, never answers or evidence; core/report/committee-view.ts).
-- - `committee_reminders`: one row per candidate and reminder step, so a reminder goes out once
--   (jobs/committee-reminders.ts inserts the row and queues the mail in one transaction).

alter table memberships drop constraint memberships_role_check;
alter table memberships add constraint memberships_role_check
  check (role in ('beheerder', 'opdrachtgever', 'expert', 'kandidaat', 'onderzoeker', 'commissie'));

alter table procedure_members drop constraint procedure_members_role_check;
alter table procedure_members add constraint procedure_members_role_check
  check (role in ('opdrachtgever', 'expert', 'commissie'));

alter table releases drop constraint releases_scope_check;
alter table releases add constraint releases_scope_check
  check (scope in ('samenvatting', 'volledig', 'commissie'));

create table election_procedures (
  procedure_id uuid primary key,
  tenant_id uuid not null references tenants(id),
  election text not null check (length(election) between 1 and 200),
  year integer not null check (year between 2000 and 2100),
  deadline date not null,
  foreign key (procedure_id, tenant_id) references procedures(id, tenant_id)
);

create table committee_reminders (
  scan_id uuid not null,
  tenant_id uuid not null references tenants(id),
  -- Days before the deadline this reminder stands for (jobs/committee-reminders.ts reminderSteps).
  step integer not null check (step between 0 and 365),
  queued_at timestamptz not null default now(),
  primary key (scan_id, step),
  foreign key (scan_id, tenant_id) references scans(id, tenant_id)
);

do $$
declare t text;
begin
  foreach t in array array['election_procedures', 'committee_reminders'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', t || '_tenant', t);
    -- `weerbaar backup` reads as the owner in a backup session (see 0006).
    execute format(
      'create policy %I on %I for select to current_user using (current_setting(''weerbaar.backup'', true) = ''on'')',
      t || '_backup_read', t);
  end loop;
end $$;

grant select, insert on election_procedures, committee_reminders to weerbaar_app;
