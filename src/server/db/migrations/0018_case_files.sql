-- Case files of the afwegingskader antidemocratisch gedrag (issue 15). Per organisation; each case
-- has a case team of named members, and only they read or write it (deny by default: a beheerder
-- outside the team does not even see that the case exists).
--
-- - Content is sealed under the case's own data key (kept in the key store beside the scan keys,
--   under the case id): the title and each step's answers, sources, conclusion and strategy. The
--   database holds ciphertext only; destroying the key on removal leaves every copy unreadable.
-- - One row per saved step, so a team saves steps one at a time. A closed case is read-only.
-- - Defence in depth: besides the tenant, row-level security on the steps requires the acting
--   person to be in the case's team; the operations check the same in the policy.

create table case_files (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  -- The version of afwegingskader/afwegingskader.yaml the case was opened with.
  framework_version integer not null,
  title_sealed bytea not null,
  status text not null default 'open' check (status in ('open', 'closed')),
  opened_by uuid not null references users(id),
  opened_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  closed_by uuid references users(id),
  closed_at timestamptz,
  unique (id, tenant_id),
  check ((status = 'closed') = (closed_at is not null))
);
create index case_files_tenant on case_files(tenant_id);

create table case_team_members (
  tenant_id uuid not null references tenants(id),
  case_id uuid not null,
  membership_id uuid not null,
  user_id uuid not null references users(id),
  added_at timestamptz not null default now(),
  primary key (case_id, user_id),
  foreign key (case_id, tenant_id) references case_files (id, tenant_id) on delete cascade,
  foreign key (membership_id, tenant_id) references memberships (id, tenant_id)
);
create index case_team_members_user on case_team_members(user_id);

create table case_steps (
  tenant_id uuid not null references tenants(id),
  case_id uuid not null,
  step_id text not null check (step_id ~ '^[a-z][a-z0-9_-]*$'),
  content_sealed bytea not null,
  saved_by uuid not null references users(id),
  saved_at timestamptz not null default now(),
  primary key (case_id, step_id),
  foreign key (case_id, tenant_id) references case_files (id, tenant_id) on delete cascade
);

do $$
declare t text;
begin
  foreach t in array array['case_files', 'case_team_members', 'case_steps'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    -- `weerbaar backup` reads as the owner in a backup session (see 0006).
    execute format(
      'create policy %I on %I for select to current_user using (current_setting(''weerbaar.backup'', true) = ''on'')',
      t || '_backup_read', t);
  end loop;
end $$;

create policy case_files_tenant on case_files
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
create policy case_team_members_tenant on case_team_members
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
-- A step is reachable only by a member of its case team.
create policy case_steps_team on case_steps
  using (
    tenant_id = current_tenant_id()
    and exists (select 1 from case_team_members m
                where m.case_id = case_steps.case_id and m.user_id = current_user_id()))
  with check (
    tenant_id = current_tenant_id()
    and exists (select 1 from case_team_members m
                where m.case_id = case_steps.case_id and m.user_id = current_user_id()));

grant select, insert, update, delete on case_files, case_team_members, case_steps to weerbaar_app;
