-- The nevenfuncties register (issue 15): an appointed official keeps their side positions, and the
-- organisation publishes them per half year (see ARCHITECTURE.md "Nevenfuncties register").
--
-- - nevenfunctie_holders: the official in this organisation and the office the publication names.
-- - nevenfuncties: one row per side position (its identity); what it says lives in versions.
-- - nevenfunctie_versions: every change is a new row, never an update: the newest row per
--   nevenfunctie is what holds now, the earlier ones are its history. The app may only insert and
--   read them.
-- - nevenfunctie_publications: a half year's publication as it went out (only the fields the law
--   asks to publish, as the feed serves them). Insert and read only: a publication never changes;
--   a correction is a new publication of the same half year with the next revision.
--
-- Not sealed: the register exists to be published, and its fields are about the office, not the
-- private network. Hours and approval are organisation-internal and leave only through the
-- official's own page; the public routes read nothing but the publications.

create table nevenfunctie_holders (
  tenant_id uuid not null references tenants(id),
  user_id uuid not null references users(id),
  office text not null check (office in (
    'wethouder', 'burgemeester', 'gemeentesecretaris', 'gedeputeerde', 'waterschapsbestuurder',
    'raadslid', 'bewindspersoon', 'topambtenaar', 'anders')),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, user_id)
);

create table nevenfuncties (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  user_id uuid not null references users(id),
  created_at timestamptz not null default now(),
  unique (id, tenant_id)
);
create index nevenfuncties_holder on nevenfuncties(tenant_id, user_id);

create table nevenfunctie_versions (
  id uuid primary key,
  -- The order of changes (two within one millisecond included): the highest is the state now.
  seq bigint generated always as identity,
  tenant_id uuid not null references tenants(id),
  nevenfunctie_id uuid not null,
  function text not null check (length(function) between 1 and 200),
  organisation text not null check (length(organisation) between 1 and 200),
  paid boolean not null,
  hours_per_month integer check (hours_per_month between 0 and 744),
  -- Dates as ISO text (YYYY-MM-DD): what the feed shows, with no time zone to shift them.
  starts_on text check (starts_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  ends_on text check (ends_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  approved_by text check (length(approved_by) between 1 and 200),
  approved_on text check (approved_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  -- Where this version came from: typed by the official, or taken over from their scan.
  source text not null check (source in ('own', 'scan')),
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null default now(),
  check (ends_on is null or starts_on is null or ends_on >= starts_on),
  check ((approved_by is null) = (approved_on is null)),
  foreign key (nevenfunctie_id, tenant_id) references nevenfuncties (id, tenant_id)
);
create index nevenfunctie_versions_entry on nevenfunctie_versions(nevenfunctie_id, seq);

create table nevenfunctie_publications (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  period text not null check (period ~ '^[0-9]{4}-H[12]$'),
  revision integer not null check (revision >= 1),
  content jsonb not null check (jsonb_typeof(content) = 'object'),
  published_by uuid not null references users(id),
  published_at timestamptz not null default now(),
  unique (tenant_id, period, revision)
);
create index nevenfunctie_publications_tenant on nevenfunctie_publications(tenant_id, published_at);

do $$
declare t text;
begin
  foreach t in array array['nevenfunctie_holders', 'nevenfuncties', 'nevenfunctie_versions',
                           'nevenfunctie_publications'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', t || '_tenant', t);
    -- `weerbaar backup` reads as the owner in a backup session (see 0006).
    execute format(
      'create policy %I on %I for select to current_user using (current_setting(''weerbaar.backup'', true) = ''on'')',
      t || '_backup_read', t);
  end loop;
end $$;

grant select, insert, update on nevenfunctie_holders to weerbaar_app;
-- History and publications are never rewritten.
grant select, insert on nevenfuncties, nevenfunctie_versions, nevenfunctie_publications to weerbaar_app;
