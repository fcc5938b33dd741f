-- The college view (issue 12): a named group of people in the organisation (a college of B&W),
-- each with the scan whose network map counts, and each member's consent to stacking the maps.
--
-- - A college names the opdrachtgever who may see the stacked view (the members see it too), and
--   is made by a beheerder or opdrachtgever of the organisation. Same tenant everywhere by
--   composite foreign keys.
-- - College consent is separate from any other consent: a history of rows, one per change (the
--   newest row per member is the member's choice now; no row is "no"). The app may only insert
--   and read them, so the history cannot be rewritten.
-- - Nothing here holds scan content: the view is computed per request from the sealed maps.

alter table memberships add constraint memberships_id_tenant_colleges unique (id, tenant_id);

create table colleges (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  name text not null check (length(name) between 1 and 120),
  -- Who may see the stacked view besides the members: one opdrachtgever of the organisation.
  viewer_membership_id uuid not null,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  unique (id, tenant_id),
  foreign key (viewer_membership_id, tenant_id) references memberships (id, tenant_id)
);
create index colleges_tenant on colleges(tenant_id);

create table college_members (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  college_id uuid not null,
  membership_id uuid not null,
  user_id uuid not null references users(id),
  -- The member's scan whose network map counts (a submitted one when the college was made).
  scan_id uuid not null,
  unique (college_id, membership_id),
  unique (id, tenant_id),
  foreign key (college_id, tenant_id) references colleges (id, tenant_id),
  foreign key (membership_id, tenant_id) references memberships (id, tenant_id),
  foreign key (scan_id, tenant_id) references scans (id, tenant_id)
);
create index college_members_college on college_members(college_id);
create index college_members_user on college_members(user_id);

create table college_consents (
  id uuid primary key,
  -- The order of changes (two within one millisecond included): the highest is the choice now.
  seq bigint generated always as identity,
  tenant_id uuid not null references tenants(id),
  college_member_id uuid not null,
  consent boolean not null,
  at timestamptz not null default now(),
  foreign key (college_member_id, tenant_id) references college_members (id, tenant_id)
);
create index college_consents_member on college_consents(college_member_id, seq);

do $$
declare t text;
begin
  foreach t in array array['colleges', 'college_members', 'college_consents'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', t || '_tenant', t);
    -- `weerbaar backup` reads as the owner in a backup session (see 0006).
    execute format(
      'create policy %I on %I for select to current_user using (current_setting(''weerbaar.backup'', true) = ''on'')',
      t || '_backup_read', t);
  end loop;
end $$;

grant select, insert on colleges, college_members, college_consents to weerbaar_app;
