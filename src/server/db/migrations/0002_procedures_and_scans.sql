-- Procedures, scans, releases and the candidate's access log.
--
-- Scan content (answers, network, evaluation, report, notes) is stored only sealed under the
-- scan's data key, which lives in the key store outside the database (src/server/crypto/scan-keys.ts).
-- A deleted scan keeps a tombstone row (status 'deleted', no person, no content) so the client
-- sees that it happened; its key is destroyed, so any older copy of its content is unreadable.

create table procedures (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  name text not null check (length(name) between 1 and 200),
  -- The office the procedure is for (wethouder, burgemeester, …); free text within a list the API keeps.
  office text not null check (length(office) between 1 and 80),
  instrument_id text not null,
  instrument_version text not null,
  instrument_hash text not null check (instrument_hash ~ '^[0-9a-f]{64}$'),
  review text not null check (review in ('required', 'optional', 'none')),
  retention_days integer not null check (retention_days between 1 and 3650),
  status text not null default 'open' check (status in ('open', 'closed')),
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  closed_at timestamptz
);
create index procedures_tenant on procedures(tenant_id);

-- Who works on a procedure: its opdrachtgevers (who may receive released reports) and experts.
create table procedure_members (
  procedure_id uuid not null references procedures(id),
  tenant_id uuid not null references tenants(id),
  membership_id uuid not null references memberships(id),
  role text not null check (role in ('opdrachtgever', 'expert')),
  primary key (procedure_id, membership_id)
);

create table scans (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  procedure_id uuid not null references procedures(id),
  -- Null once the scan is deleted: the tombstone names no one.
  candidate_user_id uuid references users(id),
  candidate_membership_id uuid references memberships(id),
  status text not null check (status in ('invited', 'started', 'submitted', 'in-review', 'report-ready', 'withdrawn', 'deleted')),
  -- Autosave: every accepted change raises the revision; a save based on an older one conflicts.
  revision integer not null default 0,
  last_save_id uuid,
  answers_sealed bytea,
  network_sealed bytea,
  evaluation_sealed bytea,
  report_sealed bytea,
  notes_sealed bytea,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  submitted_at timestamptz,
  finalised_at timestamptz,
  deleted_at timestamptz
);
create index scans_procedure on scans(procedure_id);
create index scans_candidate on scans(candidate_user_id);

create table releases (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  scan_id uuid not null references scans(id),
  scope text not null check (scope in ('samenvatting', 'volledig')),
  until timestamptz not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
create index releases_scan on releases(scan_id);

-- Every read of scan content, allowed or refused, for the candidate to see.
create table access_log (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  scan_id uuid not null references scans(id),
  actor_user_id uuid references users(id),
  actor_role text not null,
  view text not null,
  outcome text not null check (outcome in ('allowed', 'denied')),
  at timestamptz not null default now()
);
create index access_log_scan on access_log(scan_id, at);

do $$
declare t text;
begin
  foreach t in array array['procedures', 'procedure_members', 'scans', 'releases', 'access_log'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', t || '_tenant', t);
  end loop;
end $$;

grant select, insert, update on procedures, procedure_members, scans, releases to weerbaar_app;
grant select, insert on access_log to weerbaar_app;
-- Deleting a scan removes its releases and access log with it; the tombstone row stays.
grant delete on procedure_members, releases, access_log to weerbaar_app;
