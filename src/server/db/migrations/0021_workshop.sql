-- The workshop of an organisation survey (issue 15, the datavolwassenheidsscan ondermijning): per
-- round and theme what the group recorded after discussing the spread of the answers — what was
-- discussed, the maturity step it agreed (1–5, or none) and the actions. See ARCHITECTURE.md,
-- "Datavolwassenheidsscan".
--
-- - One row per round and theme, rewritten when the group records again (`revision` counts up).
-- - The content is sealed under the round's own data key (in the key store, like a scan's), with
--   associated data naming organisation, round and theme, so a ciphertext moved to another row does
--   not open. The actions may name a role or a team; nothing here is a respondent's answer.
-- - Recording is audited with ids and counts only (operations/record-workshop-conclusion.ts).

create table workshop_conclusions (
  tenant_id uuid not null references tenants(id),
  round_id uuid not null,
  theme_id text not null check (theme_id ~ '^[a-z][a-z0-9_-]{0,62}$'),
  content_sealed bytea not null,
  revision integer not null default 1 check (revision >= 1),
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null default now(),
  primary key (round_id, theme_id),
  foreign key (round_id, tenant_id) references survey_rounds (id, tenant_id)
);

alter table workshop_conclusions enable row level security;
alter table workshop_conclusions force row level security;
create policy workshop_conclusions_tenant on workshop_conclusions
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
-- `weerbaar backup` reads as the owner in a backup session (see 0006).
create policy workshop_conclusions_backup_read on workshop_conclusions for select to current_user
  using (current_setting('weerbaar.backup', true) = 'on');

grant select, insert, update on workshop_conclusions to weerbaar_app;
