-- Two costs of a save taken out of answers_append_many (issue #11), found with EXPLAIN ANALYZE of
-- its statement on PGlite, a hundred saves a batch (33 ms in all):
--
-- 1. The number of change sets waiting, which tells the app when to fold, was read per save from
--    answers_changes (the oldest one left): the planner took a bitmap scan and a sort for it, 9.4
--    ms of the 33. The scan row, which the save reads and locks anyway, now keeps the revision of
--    the last fold (answers_folded_revision, written by the fold and by submit's compaction), and
--    the count is the save's revision minus it. As before it may count more than there are (a
--    network save raises the revision too): the fold comes a little early, never late.
-- 2. A change set referred to its scan and to its organisation in two foreign keys, each checked
--    per row (2.3 and 1.9 ms): one key (scan, organisation) to the scan now, which also says the
--    change set belongs to the scan's own organisation — stronger than the two were.
--
-- Rules and outcomes are those of 0026.
-- (A scan saved before this migration starts at 0, so its next save folds at once: one fold early.)
alter table scans add column answers_folded_revision integer not null default 0;

alter table answers_changes drop constraint answers_changes_scan_id_fkey;
alter table answers_changes drop constraint answers_changes_tenant_id_fkey;
alter table answers_changes add constraint answers_changes_scan_fkey
  foreign key (scan_id, tenant_id) references scans (id, tenant_id);

create or replace function answers_append_many(p_saves jsonb, p_wait boolean)
  returns table (
    ord integer, outcome text, status text, revision integer, pending integer,
    procedure_id uuid, instrument_id text, instrument_version text, instrument_hash text, review text)
  language plpgsql volatile set search_path = public as $$
#variable_conflict use_column
declare
  v_tenant uuid;
begin
  perform set_config('role', 'weerbaar_app', true),
          set_config('weerbaar.user_id', '', true);
  -- A save that may be written brings its audit events: checked before anything is written (0024
  -- checked it once the save had passed its rules; a save without them is the app's mistake either way).
  if exists (select 1 from jsonb_array_elements(p_saves) e
              where e ->> 'hash' is not null and e ->> 'sealed' is not null
                and case jsonb_typeof(e -> 'events')
                      when 'array' then jsonb_array_length(e -> 'events') = 0 else true end) then
    raise exception 'answers_append_many: a save records at least one audit event';
  end if;
  for v_tenant in
    select distinct (e ->> 'tenant')::uuid from jsonb_array_elements(p_saves) e
  loop
    perform set_config('weerbaar.tenant_id', v_tenant::text, true);
    if p_wait then
      -- Alone: wait for the locks here. The statement below skips only rows locked by another
      -- transaction, never this one's.
      perform 1 from scans s
       where s.tenant_id = v_tenant
         and (s.id, s.candidate_user_id) in (
               select (e ->> 'scan')::uuid, (e ->> 'user')::uuid from jsonb_array_elements(p_saves) e
                where (e ->> 'tenant')::uuid = v_tenant)
       order by s.id
         for update of s;
    end if;
    return query
    with e as (
      select x.*, x.ordinality::integer as i,
             row_number() over (partition by x.scan order by x.ordinality) as nth
        from rows from (jsonb_to_recordset(p_saves)
               as (tenant uuid, "user" uuid, scan uuid, hash text, "from" jsonb, "to" text,
                   base integer, save uuid, sealed text, at timestamptz, events jsonb, start jsonb))
             with ordinality as x
       where x.tenant = v_tenant
    ),
    -- Per save: only if it is a retry-free save the app was allowed to seal — the procedure still
    -- pins the instrument hash the app validated against, the scan is in a status a save may start
    -- from and still has the revision the save is based on — is it written. (A save that would
    -- change the status without the events for it writes nothing either: the app left them out
    -- believing the scan started, and sends them on its next try.) No outcome: not the person's scan.
    decided as (
      select e.i, e.scan, e.tenant, e."to" as to_status, e.base, e.save, e.sealed, e.at,
             e.events, e.start, l.status as found_status, l.revision as found_revision,
             l.answers_folded_revision as folded,
             l.procedure_id, l.instrument_id, l.instrument_version, l.instrument_hash, l.review,
             case
               when e.nth > 1 then 'busy'
               when l.id is null then
                 case when exists (select 1 from scans s where s.id = e.scan and s.tenant_id = e.tenant
                                      and s.candidate_user_id = e."user") then 'busy' end
               when l.last_save_id is not distinct from e.save and e.save is not null then 'retry'
               when e.hash is null or e.hash is distinct from l.instrument_hash
                    or not (e."from" ? l.status) or l.revision <> e.base or e.sealed is null
                    or (l.status <> e."to" and jsonb_typeof(e.start) is distinct from 'array')
                 then 'refused'
               else 'saved'
             end as outcome
        from e
        -- The candidate's own scan (by id AND organisation AND candidate) joined to its procedure,
        -- locked; a scan another transaction holds (a submit, say) is skipped here and its save
        -- comes back 'busy' above, so it alone waits for that, not the batch. (Looked up per save:
        -- a join of two WITH queries has no statistics and ran as a nested loop, n × n.)
        left join lateral (
          select s.id, s.status, s.revision, s.last_save_id, s.answers_folded_revision,
                 p.id as procedure_id, p.instrument_id,
                 p.instrument_version, p.instrument_hash, p.review
            from scans s
            join procedures p on p.id = s.procedure_id and p.tenant_id = s.tenant_id
           where e.nth = 1 and s.id = e.scan and s.tenant_id = e.tenant and s.candidate_user_id = e."user"
             for update of s skip locked
        ) l on true
    ),
    added as (
      insert into answers_changes (scan_id, tenant_id, revision, sealed)
      select d.scan, d.tenant, d.base + 1, decode(d.sealed, 'base64') from decided d
       where d.outcome = 'saved'
    ),
    raised as (
      update scans s
         set revision = d.base + 1, last_save_id = d.save, status = d.to_status, updated_at = d.at
        from decided d
       where d.outcome = 'saved' and s.id = d.scan and s.tenant_id = d.tenant
    ),
    -- The audit events of every save, in this same transaction (scan.started first when the save
    -- changes the status), in the batch's order.
    audited as (
      insert into audit_events (id, at, tenant_id, actor_user_id, action, subject_type, subject_id, data)
      select a.id, a.at, a.tenant_id, a.actor_user_id, a.action, a.subject_type, a.subject_id,
             coalesce(a.data, '{}'::jsonb)
        from decided d
        cross join lateral rows from (jsonb_to_recordset(
               case when d.found_status <> d.to_status then d.start || d.events else d.events end)
               as (id uuid, at timestamptz, tenant_id uuid, actor_user_id uuid, action text,
                   subject_type text, subject_id text, data jsonb))
             with ordinality as a
       where d.outcome = 'saved'
       order by d.i, a.ordinality
    )
    select d.i, d.outcome,
           case when d.outcome = 'saved' then d.to_status else d.found_status end,
           case when d.outcome = 'saved' then d.base + 1 else d.found_revision end,
           -- Change sets waiting: the revisions since the last fold, from the scan row the save
           -- locked anyway. A network save raises the revision too, so this may count more than
           -- there are: the fold then comes a little early, never late.
           case when d.outcome = 'saved' then d.base + 1 - d.folded end::integer,
           d.procedure_id, d.instrument_id, d.instrument_version, d.instrument_hash, d.review
      from decided d
     where d.outcome is not null;
  end loop;
end $$;

-- The fold during editing (0023) also notes up to which revision it folded.
create or replace function answers_compacted(
  p_tenant uuid, p_user uuid, p_scan uuid, p_sealed bytea, p_first integer, p_last integer, p_count integer)
  returns boolean
  language plpgsql volatile set search_path = public as $$
declare
  v_count integer;
  v_first integer;
begin
  perform set_config('role', 'weerbaar_app', true),
          set_config('weerbaar.tenant_id', p_tenant::text, true),
          set_config('weerbaar.user_id', p_user::text, true);
  perform 1 from scans s where s.id = p_scan and s.tenant_id = p_tenant for update;
  if not found or p_sealed is null then
    return false;
  end if;
  select count(*), min(c.revision) into v_count, v_first
    from answers_changes c where c.scan_id = p_scan and c.tenant_id = p_tenant and c.revision <= p_last;
  if v_count <> p_count or v_first is distinct from p_first then
    return false;
  end if;
  update scans s set answers_sealed = p_sealed, answers_folded_revision = p_last
   where s.id = p_scan and s.tenant_id = p_tenant;
  delete from answers_changes c where c.scan_id = p_scan and c.tenant_id = p_tenant and c.revision <= p_last;
  return true;
end $$;
