-- The norm at the start of a term (issue 15): the organisation's document agreed by college and
-- council — what is not acceptable, who acts, aftercare, the agressieprotocol.
--
-- - One working draft per organisation (norm_drafts), saved as often as the session needs.
-- - "Vaststellen" makes version N (norm_versions): immutable — the app may only insert and read
--   them, and a trigger refuses changes even for the owner — with the date it was agreed, by whom
--   (college, raad) and who recorded it. Earlier versions stay readable to every member.
-- - The document is the organisation's policy, not personal data: stored as JSON, not sealed; who
--   changed what and when is in the audit log (ids and counts, never the text).

create table norm_drafts (
  tenant_id uuid primary key references tenants(id),
  content jsonb not null check (jsonb_typeof(content) = 'object'),
  session_version integer not null,
  revision integer not null default 1,
  updated_by uuid not null references users(id),
  updated_at timestamptz not null default now()
);

create table norm_versions (
  tenant_id uuid not null references tenants(id),
  version integer not null check (version >= 1),
  content jsonb not null check (jsonb_typeof(content) = 'object'),
  session_version integer not null,
  agreed_on date not null,
  agreed_by text[] not null check (cardinality(agreed_by) >= 1 and agreed_by <@ array['college', 'raad']),
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null default now(),
  primary key (tenant_id, version)
);

create function norm_versions_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'norm_versions are immutable' using errcode = '42501';
end $$;
create trigger norm_versions_no_change before update or delete on norm_versions
  for each row execute function norm_versions_immutable();

do $$
declare t text;
begin
  foreach t in array array['norm_drafts', 'norm_versions'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', t || '_tenant', t);
    execute format(
      'create policy %I on %I for select to current_user using (current_setting(''weerbaar.backup'', true) = ''on'')',
      t || '_backup_read', t);
  end loop;
end $$;

grant select, insert, update, delete on norm_drafts to weerbaar_app;
grant select, insert on norm_versions to weerbaar_app;
