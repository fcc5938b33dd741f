-- The integriteitsagenda, the re-scan halfway the term, and the link between the two scans.
--
-- - A procedure may follow an earlier procedure of the same organisation (a herhaalscan).
-- - A scan in such a procedure may link to the same person's scan in the earlier procedure. The
--   candidate decides, revocably, whether the earlier agenda and results are used (null: not
--   asked yet). Same tenant by foreign key; same person by the trigger below.
-- - The agenda is scan content: sealed under the scan's data key (associated data
--   `tenant:scan:agenda`), with its own revision so a second tab cannot overwrite it unseen.
-- Deleting a scan (remove-scan.ts, the retention sweep) clears all of these with the rest.

alter table procedures add constraint procedures_id_tenant unique (id, tenant_id);
alter table procedures add column follows_procedure_id uuid;
alter table procedures add constraint procedures_follows_same_tenant
  foreign key (follows_procedure_id, tenant_id) references procedures (id, tenant_id);
alter table procedures add constraint procedures_follows_not_itself check (follows_procedure_id <> id);
create index procedures_follows on procedures(follows_procedure_id) where follows_procedure_id is not null;

alter table scans add constraint scans_id_tenant unique (id, tenant_id);
alter table scans add column earlier_scan_id uuid;
alter table scans add constraint scans_earlier_same_tenant
  foreign key (earlier_scan_id, tenant_id) references scans (id, tenant_id);
alter table scans add constraint scans_earlier_not_itself check (earlier_scan_id <> id);
alter table scans add column earlier_consent boolean;
alter table scans add column earlier_consent_at timestamptz;
alter table scans add column agenda_sealed bytea;
alter table scans add column agenda_revision integer not null default 0;
alter table scans add column agenda_updated_at timestamptz;
create index scans_earlier on scans(earlier_scan_id) where earlier_scan_id is not null;

-- A link is made only to a scan of the same person. (Once the earlier scan is deleted its row
-- names no one; the link then shows "deleted", never someone else's content.)
create function scans_earlier_same_person() returns trigger language plpgsql as $$
begin
  if new.earlier_scan_id is not null and not exists (
    select 1 from scans s
    where s.id = new.earlier_scan_id and s.tenant_id = new.tenant_id
      and s.candidate_user_id is not distinct from new.candidate_user_id
      and new.candidate_user_id is not null
  ) then
    raise exception 'earlier scan belongs to someone else' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger scans_earlier_same_person before insert or update of earlier_scan_id on scans
  for each row execute function scans_earlier_same_person();

grant execute on function scans_earlier_same_person() to weerbaar_app;
