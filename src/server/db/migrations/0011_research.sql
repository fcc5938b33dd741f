-- Research tables (issue 12): the candidate's research consent per scan, an organisation's
-- research settings (disclosure threshold, organisation type, the key of its pseudonyms), the
-- research organisations it admits, and every table released to an onderzoeker with the member
-- sets it published (pseudonyms only), so a later table cannot be subtracted from an earlier one.

-- Default no: a scan counts in a research table only after its candidate said yes.
alter table scans add column research_consent boolean not null default false;
alter table scans add column research_consent_at timestamptz;

-- Who changed the consent, when, to what; nothing of the scan's content.
create table research_consent_history (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  scan_id uuid not null references scans(id),
  actor_user_id uuid references users(id),
  consent boolean not null,
  at timestamptz not null default now()
);
create index research_consent_history_scan on research_consent_history(scan_id, at);

create table research_settings (
  tenant_id uuid primary key references tenants(id),
  -- The smallest cell shown; never below 5 (core/aggregate checkDisclosureSettings says the same).
  threshold integer not null default 10 check (threshold between 5 and 1000),
  organisation_type text not null default 'gemeente'
    check (organisation_type in ('gemeente', 'provincie', 'waterschap', 'rijk', 'anders')),
  -- HMAC key of the pseudonyms in research_releases.member_sets (random, made with the row).
  pseudonym_key bytea not null check (length(pseudonym_key) = 32),
  updated_at timestamptz not null default now()
);

-- An organisation (tenant_id) lets a research organisation's onderzoekers count its consented
-- scans in their tables. The research organisation sees the rows that name it, nothing more.
create table research_admissions (
  tenant_id uuid not null references tenants(id),
  research_tenant_id uuid not null references tenants(id),
  admitted_by uuid references users(id),
  admitted_at timestamptz not null default now(),
  primary key (tenant_id, research_tenant_id),
  check (tenant_id <> research_tenant_id)
);

-- A released table: its question, the protected table as published (counts and marks only), and
-- the member sets it published and hid, as pseudonyms (HMAC of tenant and scan id under the releasing
-- organisation's key). tenant_id is the organisation whose onderzoeker asked it.
create table research_releases (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  released_by uuid references users(id),
  released_at timestamptz not null default now(),
  question jsonb not null,
  protected_table jsonb not null,
  member_sets jsonb not null,
  -- The sets it hid, so a later table neither shows them nor relies on hiding what this one showed.
  suppressed_sets jsonb not null default '[]',
  scans integer not null check (scans >= 0)
);
create index research_releases_tenant on research_releases(tenant_id, released_at);

do $$
declare t text;
begin
  foreach t in array array['research_consent_history', 'research_settings', 'research_releases'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', t || '_tenant', t);
    execute format('create policy %I on %I for select to current_user using (current_setting(''weerbaar.backup'', true) = ''on'')', t || '_backup_read', t);
  end loop;
end $$;

alter table research_admissions enable row level security;
alter table research_admissions force row level security;
create policy research_admissions_read on research_admissions for select
  using (tenant_id = current_tenant_id() or research_tenant_id = current_tenant_id());
create policy research_admissions_write on research_admissions for insert
  with check (tenant_id = current_tenant_id());
create policy research_admissions_delete on research_admissions for delete
  using (tenant_id = current_tenant_id());
create policy research_admissions_backup_read on research_admissions for select to current_user
  using (current_setting('weerbaar.backup', true) = 'on');

grant select, insert on research_consent_history, research_releases to weerbaar_app;
grant select, insert, update on research_settings to weerbaar_app;
grant select, insert, delete on research_admissions to weerbaar_app;
