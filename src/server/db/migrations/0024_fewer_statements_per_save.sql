-- The batch functions of 0022 do the work themselves instead of calling load_session and
-- answers_append once per element (issue #11). Measured on PostgreSQL as the backends' CPU per
-- save (a hundred saves a statement): each nested call cost its own function set-up, its own
-- `set search_path` and its own role switch — together about a third of an autosave's time in the
-- database. The rules are the same, word for word; there is now one copy of each: the app's single
-- calls go through these functions with one element, and the per-call functions are dropped.
--
-- Also: the change set and the raised revision are one statement, the pending count reads one index
-- entry, the batch's audit events are one insert at its end, and an audit event's arrival check is
-- a trigger condition instead of a function call per row (the function raised only when a seal
-- column was set; the condition says exactly that).
drop function load_sessions(bytea[], timestamptz, timestamptz);
drop function load_session(bytea, timestamptz, timestamptz);
drop function answers_append_many(jsonb);
drop function answers_append(uuid, uuid, uuid, text, text[], text, integer, uuid, bytea, timestamptz, jsonb, jsonb);

-- Sessions by token hash (SHA-256 of the cookie's token), each with its place in the input. As
-- weerbaar_app: a session is found only if not revoked, not expired and not idle too long; then
-- the person's memberships are read as that person under row-level security, and last_seen_at is
-- written at most once a minute (writing it on every request would serialise busy pages).
create function load_sessions(p_token_hashes bytea[], p_now timestamptz, p_idle_limit timestamptz)
  returns table (
    ord integer, id uuid, user_id uuid, created_at timestamptz, expires_at timestamptz,
    second_factor_at timestamptz, email text, display_name text, preferred_language text,
    memberships jsonb, totp boolean, passkeys integer, recovery_codes integer)
  language plpgsql volatile set search_path = public as $$
#variable_conflict use_column
declare
  s record;
begin
  perform set_config('role', 'weerbaar_app', true),
          set_config('weerbaar.tenant_id', '', true);
  for i in 1 .. coalesce(array_length(p_token_hashes, 1), 0) loop
    perform set_config('weerbaar.user_id', '', true);
    select se.id, se.user_id, se.created_at, se.expires_at, se.last_seen_at, se.second_factor_at,
           u.email, u.display_name, u.preferred_language
      into s
      from sessions se join users u on u.id = se.user_id
     where se.token_hash = p_token_hashes[i] and se.revoked_at is null
       and se.expires_at > p_now and se.last_seen_at > p_idle_limit;
    if not found then
      continue;
    end if;
    perform set_config('weerbaar.user_id', s.user_id::text, true);
    if p_now - s.last_seen_at > interval '60 seconds' then
      update sessions se set last_seen_at = p_now where se.id = s.id;
    end if;
    return query select
      i, s.id, s.user_id, s.created_at, s.expires_at, s.second_factor_at,
      s.email, s.display_name, s.preferred_language,
      coalesce((
        select jsonb_agg(jsonb_build_object(
                 'id', m.id, 'tenantId', m.tenant_id, 'tenantName', t.name, 'tenantSlug', t.slug,
                 'role', m.role, 'status', m.status,
                 'candidateSecondFactorRequired', t.candidate_second_factor_required)
               order by t.name, m.role)
          from memberships m join tenants t on t.id = m.tenant_id
         where m.user_id = s.user_id), '[]'::jsonb),
      exists (select 1 from totp_factors f where f.user_id = s.user_id and f.confirmed_at is not null),
      (select count(*) from passkeys p where p.user_id = s.user_id)::integer,
      (select count(*) from recovery_codes r where r.user_id = s.user_id and r.used_at is null)::integer;
  end loop;
end $$;

revoke execute on function load_sessions(bytea[], timestamptz, timestamptz) from public;
grant execute on function load_sessions(bytea[], timestamptz, timestamptz) to weerbaar_app;

-- Autosaves, each element one save: tenant, user, scan, hash, from (statuses a save may start
-- from), to, base (revision), save (saveId), sealed (base64), at, events, start (audit events; start
-- only when the save changes the status). Per save, as weerbaar_app under row-level security for
-- its organisation: the candidate's own scan (by id AND organisation AND candidate)
-- joined to its procedure, locked; then, only if it is a retry-free save the app was allowed to
-- seal — the procedure still pins the instrument hash the app validated against, the scan is in a
-- status a save may start from and still has the revision the save is based on — the change set
-- is inserted, the revision raised, saveId and status written and the audit events inserted.
-- Otherwise nothing is written and the row comes back as it is, for the app to decide ('retry'
-- for the same saveId, 'refused' for anything else; no row when the scan is not the person's).
-- hash null asks only for the row: the app's first save of a scan learns the pinned instrument so.
-- A batch (p_wait false) does not wait for a scan another transaction has locked: that save comes
-- back 'busy' and the app sends it again alone (p_wait true), so one submit cannot hold up the
-- saves of everyone else in the batch.
create function answers_append_many(p_saves jsonb, p_wait boolean)
  returns table (
    ord integer, outcome text, status text, revision integer, pending integer,
    procedure_id uuid, instrument_id text, instrument_version text, instrument_hash text, review text)
  language plpgsql volatile set search_path = public as $$
#variable_conflict use_column
declare
  e jsonb;
  v record;
  v_pending integer;
  p_tenant uuid;
  p_user uuid;
  p_scan uuid;
  p_hash text;
  p_to text;
  p_base integer;
  p_save uuid;
  p_sealed bytea;
  p_events jsonb;
  p_start jsonb;
  v_oldest integer;
  v_tenant uuid;
  v_events jsonb := '[]'::jsonb;
begin
  -- No person: none of the tables below has a policy on the person, and a stale one from an
  -- earlier element could never be read as someone else's.
  perform set_config('role', 'weerbaar_app', true),
          set_config('weerbaar.user_id', '', true);
  for i in 0 .. jsonb_array_length(p_saves) - 1 loop
    e := p_saves -> i;
    p_tenant := (e ->> 'tenant')::uuid;
    p_user := (e ->> 'user')::uuid;
    p_scan := (e ->> 'scan')::uuid;
    p_hash := e ->> 'hash';
    p_to := e ->> 'to';
    p_base := (e ->> 'base')::integer;
    p_save := (e ->> 'save')::uuid;
    p_sealed := decode(e ->> 'sealed', 'base64');
    p_events := nullif(e -> 'events', 'null'::jsonb);
    p_start := nullif(e -> 'start', 'null'::jsonb);
    if v_tenant is distinct from p_tenant then
      perform set_config('weerbaar.tenant_id', p_tenant::text, true);
      v_tenant := p_tenant;
    end if;
    if p_wait then
      select s.status, s.revision, s.last_save_id, p.id as procedure_id, p.instrument_id,
             p.instrument_version, p.instrument_hash, p.review
        into v
        from scans s
        join procedures p on p.id = s.procedure_id and p.tenant_id = s.tenant_id
       where s.id = p_scan and s.tenant_id = p_tenant and s.candidate_user_id = p_user
         for update of s;
    else
      select s.status, s.revision, s.last_save_id, p.id as procedure_id, p.instrument_id,
             p.instrument_version, p.instrument_hash, p.review
        into v
        from scans s
        join procedures p on p.id = s.procedure_id and p.tenant_id = s.tenant_id
       where s.id = p_scan and s.tenant_id = p_tenant and s.candidate_user_id = p_user
         for update of s skip locked;
      if not found and exists (select 1 from scans s where s.id = p_scan and s.tenant_id = p_tenant
                                 and s.candidate_user_id = p_user) then
        -- Locked by another transaction (a submit, say): this save alone waits for it, not the
        -- batch — the app sends it again on its own, with p_wait.
        return query select i + 1, 'busy'::text, null::text, null::integer, null::integer, null::uuid,
          null::text, null::text, null::text, null::text;
        continue;
      end if;
    end if;
    if not found then
      continue;
    end if;
    if v.last_save_id is not distinct from p_save and p_save is not null then
      return query select i + 1, 'retry'::text, v.status, v.revision, null::integer, v.procedure_id,
        v.instrument_id, v.instrument_version, v.instrument_hash, v.review;
      continue;
    end if;
    -- (A save that would change the status without the events for it writes nothing either: the
    -- app left them out believing the scan started, and sends them on its next try.)
    if p_hash is null or p_hash is distinct from v.instrument_hash
       or not ((e -> 'from') ? v.status)
       or v.revision <> p_base or p_sealed is null
       or (v.status <> p_to and jsonb_typeof(p_start) is distinct from 'array') then
      return query select i + 1, 'refused'::text, v.status, v.revision, null::integer, v.procedure_id,
        v.instrument_id, v.instrument_version, v.instrument_hash, v.review;
      continue;
    end if;
    if jsonb_typeof(p_events) is distinct from 'array' or jsonb_array_length(p_events) = 0 then
      raise exception 'answers_append_many: a save records at least one audit event';
    end if;
    with added as (
      insert into answers_changes (scan_id, tenant_id, revision, sealed)
      values (p_scan, p_tenant, p_base + 1, p_sealed)
    )
    update scans s
       set revision = p_base + 1, last_save_id = p_save, status = p_to,
           updated_at = (e ->> 'at')::timestamptz
     where s.id = p_scan and s.tenant_id = p_tenant;
    -- Change sets waiting: from the oldest one left (one index entry, where counting them read
    -- them all) to the one just added, which this statement's snapshot does not see yet. A
    -- network save raises the revision too, so this may count more than there are: the fold
    -- then comes a little early, never late.
    select c.revision into v_oldest
      from answers_changes c where c.scan_id = p_scan and c.tenant_id = p_tenant
     order by c.revision limit 1;
    v_pending := coalesce(p_base + 2 - v_oldest, 1);
    -- The audit events of every save of the batch are inserted together, at the end, in this
    -- same transaction (the insert policy does not depend on the organisation).
    v_events := v_events || case when v.status <> p_to then p_start || p_events else p_events end;
    return query select i + 1, 'saved'::text, p_to, p_base + 1, v_pending, v.procedure_id,
      v.instrument_id, v.instrument_version, v.instrument_hash, v.review;
  end loop;
  if jsonb_array_length(v_events) > 0 then
    insert into audit_events (id, at, tenant_id, actor_user_id, action, subject_type, subject_id, data)
    select a.id, a.at, a.tenant_id, a.actor_user_id, a.action, a.subject_type, a.subject_id,
           coalesce(a.data, '{}'::jsonb)
      from jsonb_to_recordset(v_events)
        as a(id uuid, at timestamptz, tenant_id uuid, actor_user_id uuid,
             action text, subject_type text, subject_id text, data jsonb);
  end if;
end $$;

revoke execute on function answers_append_many(jsonb, boolean) from public;
grant execute on function answers_append_many(jsonb, boolean) to weerbaar_app;

drop trigger audit_events_insert_unsealed on audit_events;
create trigger audit_events_insert_unsealed before insert on audit_events
  for each row
  when (new.chain_seq is not null or new.prev_hash is not null or new.hash is not null)
  execute function audit_events_arrive_unsealed();
