-- An answers autosave in one statement (src/server/scans/answer-changes.ts, issue #11).
--
-- A save no longer reads the sealed answers, opens them, merges and seals the whole set again: it
-- appends only what changed — the save's change set, sealed under the scan's data key with the
-- revision in its associated data — as one row of answers_changes, keyed by (scan, revision).
-- scans.answers_sealed holds the answers as of the last compaction; the answers now are those with
-- every change set of the scan applied in revision order. The one reader (readAnswers in
-- scans/content.ts) reads the sealed answers and the change sets in one statement, so one snapshot;
-- compaction (compactAnswers) folds the change sets into answers_sealed and deletes them, under the
-- scan's row lock, at submit and every so many saves. Shredding deletes the rows with the content.
create table answers_changes (
  scan_id uuid not null references scans(id),
  tenant_id uuid not null references tenants(id),
  revision integer not null,
  sealed bytea not null,
  primary key (scan_id, revision)
);

alter table answers_changes enable row level security;
alter table answers_changes force row level security;
create policy answers_changes_tenant on answers_changes
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
-- `weerbaar backup` reads as the owner in a backup session (see 0006).
create policy answers_changes_backup_read on answers_changes for select to current_user
  using (current_setting('weerbaar.backup', true) = 'on');
grant select, insert, delete on answers_changes to weerbaar_app;

-- A scan leaves editing (submitted, or straight to report-ready) only with its change sets folded:
-- what was submitted, evaluated and frozen is answers_sealed alone. (Withdrawal and deletion shred
-- the change sets with the rest.)
create function scans_no_pending_changes() returns trigger
  language plpgsql set search_path = public as $$
begin
  if exists (select 1 from answers_changes c where c.scan_id = new.id) then
    raise exception 'scan % leaves editing with answer change sets not compacted', new.id;
  end if;
  return new;
end $$;
create trigger scans_no_pending_changes before update of status on scans
  for each row
  when (old.status in ('invited', 'started') and new.status in ('submitted', 'in-review', 'report-ready'))
  execute function scans_no_pending_changes();

-- answers_append: one save, one statement, as weerbaar_app under row-level security (the
-- organisation and the person set first, as load_session and autosave_read do). The candidate's own
-- scan (by id AND organisation AND candidate) joined to its procedure (by id AND organisation),
-- locked; then, only if it is a retry-free save the app was allowed to seal — the procedure still
-- pins the instrument hash the app validated against, the scan is in a status a save may start from,
-- and still has the revision the save is based on — the change set is inserted, the revision raised,
-- the saveId and status written, and the audit events inserted (p_start_events too when the status
-- changes: the first save starts the scan; without them such a save is refused). Otherwise nothing is written and the row is returned as
-- it is, for the app to decide as it did before (outcome 'retry' for the same saveId, 'refused' for
-- anything else; no row at all when the scan is not the person's). p_hash null asks only for the
-- row: the app's first save of a scan learns the pinned instrument that way.
create function answers_append(
  p_tenant uuid, p_user uuid, p_scan uuid, p_hash text,
  p_from_statuses text[], p_to_status text, p_base_revision integer,
  p_save_id uuid, p_sealed bytea, p_at timestamptz, p_events jsonb, p_start_events jsonb)
  returns table (
    outcome text, status text, revision integer, pending integer,
    procedure_id uuid, instrument_id text, instrument_version text, instrument_hash text, review text)
  language plpgsql volatile set search_path = public as $$
#variable_conflict use_column
declare
  v record;
  v_pending integer;
begin
  perform set_config('role', 'weerbaar_app', true),
          set_config('weerbaar.tenant_id', p_tenant::text, true),
          set_config('weerbaar.user_id', p_user::text, true);
  select s.status, s.revision, s.last_save_id, p.id as procedure_id, p.instrument_id,
         p.instrument_version, p.instrument_hash, p.review
    into v
    from scans s
    join procedures p on p.id = s.procedure_id and p.tenant_id = s.tenant_id
   where s.id = p_scan and s.tenant_id = p_tenant and s.candidate_user_id = p_user
     for update of s;
  if not found then
    return;
  end if;
  if v.last_save_id is not distinct from p_save_id and p_save_id is not null then
    return query select 'retry'::text, v.status, v.revision, null::integer, v.procedure_id,
      v.instrument_id, v.instrument_version, v.instrument_hash, v.review;
    return;
  end if;
  -- (A save that would change the status without the events for it writes nothing either: the app
  -- left them out believing the scan started, and sends them on its next try.)
  if p_hash is null or p_hash is distinct from v.instrument_hash or not (v.status = any(p_from_statuses))
     or v.revision <> p_base_revision or p_sealed is null
     or (v.status <> p_to_status and jsonb_typeof(p_start_events) is distinct from 'array') then
    return query select 'refused'::text, v.status, v.revision, null::integer, v.procedure_id,
      v.instrument_id, v.instrument_version, v.instrument_hash, v.review;
    return;
  end if;
  if jsonb_typeof(p_events) is distinct from 'array' or jsonb_array_length(p_events) = 0 then
    raise exception 'answers_append: a save records at least one audit event';
  end if;
  insert into answers_changes (scan_id, tenant_id, revision, sealed)
    values (p_scan, p_tenant, p_base_revision + 1, p_sealed);
  update scans s
     set revision = p_base_revision + 1, last_save_id = p_save_id, status = p_to_status, updated_at = p_at
   where s.id = p_scan and s.tenant_id = p_tenant;
  insert into audit_events (id, at, tenant_id, actor_user_id, action, subject_type, subject_id, data)
  select e.id, e.at, e.tenant_id, e.actor_user_id, e.action, e.subject_type, e.subject_id,
         coalesce(e.data, '{}'::jsonb)
    from jsonb_to_recordset(
           case when v.status <> p_to_status then p_start_events || p_events else p_events end)
      as e(id uuid, at timestamptz, tenant_id uuid, actor_user_id uuid,
           action text, subject_type text, subject_id text, data jsonb);
  select count(*) into v_pending from answers_changes c where c.scan_id = p_scan;
  return query select 'saved'::text, p_to_status, p_base_revision + 1, v_pending, v.procedure_id,
    v.instrument_id, v.instrument_version, v.instrument_hash, v.review;
end $$;

revoke execute on function answers_append(uuid, uuid, uuid, text, text[], text, integer, uuid, bytea, timestamptz, jsonb, jsonb) from public;
grant execute on function answers_append(uuid, uuid, uuid, text, text[], text, integer, uuid, bytea, timestamptz, jsonb, jsonb) to weerbaar_app;
