-- An organisation's own wording of the vuistregels integriteit (handreiking/vuistregels.yaml is the
-- default). One row per organisation and set (raadslid, wethouder, bestuurder): the whole list of
-- rules as the beheerder wrote it, each { id, text: { nl, en } }. No row: the default. Resetting
-- deletes the row. Not personal data and not scan content, so not sealed; who changed it and when is
-- in the audit log (vuistregels.adjusted, vuistregels.reset).
create table vuistregels_adjustments (
  tenant_id uuid not null references tenants(id),
  set_id text not null check (set_id ~ '^[a-z][a-z0-9_-]*$'),
  rules jsonb not null check (jsonb_typeof(rules) = 'array'),
  revision integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, set_id)
);

alter table vuistregels_adjustments enable row level security;
alter table vuistregels_adjustments force row level security;
create policy vuistregels_adjustments_tenant on vuistregels_adjustments
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
-- As for every tenant table (0006): the owner reads it in a backup session only.
create policy vuistregels_adjustments_backup_read on vuistregels_adjustments for select to current_user
  using (current_setting('weerbaar.backup', true) = 'on');

grant select, insert, update, delete on vuistregels_adjustments to weerbaar_app;
