-- An autosave in two statements instead of a transaction of four round trips
-- (src/server/scans/autosave.ts). Both functions run as weerbaar_app under row-level security, the
-- organisation and the person set first, local to the statement's own transaction — as
-- load_session (0005) does.
--
-- autosave_read: the candidate's own scan (by id AND organisation AND candidate) with its
-- procedure and, for an answers save, the sealed answers it changes (a network map is saved whole:
-- nothing sealed is read). No row lock: nothing is held while the app checks and seals.
--
-- autosave_write: the change and its audit events in one statement, so they commit together. It
-- writes only if the scan is still exactly as read — the same revision and the same status — and
-- otherwise writes nothing and returns null; the app then reads again and answers as the locked
-- version did (a retry of the same save, a frozen scan, or a revision conflict). Two saves based on
-- the same revision: the second one's update waits for the first's row lock, then sees the raised
-- revision and writes nothing.
create function autosave_read(p_tenant uuid, p_user uuid, p_scan uuid, p_field text)
  returns table (
    id uuid, tenant_id uuid, status text, revision integer, last_save_id uuid, sealed bytea,
    procedure_id uuid, instrument_id text, instrument_version text, instrument_hash text, review text)
  language plpgsql volatile set search_path = public as $$
#variable_conflict use_column
begin
  if p_field not in ('answers', 'network') then
    raise exception 'autosave_read: unknown field %', p_field;
  end if;
  perform set_config('role', 'weerbaar_app', true),
          set_config('weerbaar.tenant_id', p_tenant::text, true),
          set_config('weerbaar.user_id', p_user::text, true);
  return query
    select s.id, s.tenant_id, s.status, s.revision, s.last_save_id,
           case when p_field = 'answers' then s.answers_sealed end,
           p.id, p.instrument_id, p.instrument_version, p.instrument_hash, p.review
      from scans s
      join procedures p on p.id = s.procedure_id and p.tenant_id = s.tenant_id
     where s.id = p_scan and s.tenant_id = p_tenant and s.candidate_user_id = p_user;
end $$;

create function autosave_write(
  p_tenant uuid, p_user uuid, p_scan uuid, p_field text,
  p_base_revision integer, p_from_status text, p_to_status text,
  p_sealed bytea, p_save_id uuid, p_at timestamptz, p_events jsonb)
  returns integer
  language plpgsql volatile set search_path = public as $$
begin
  if p_field not in ('answers', 'network') then
    raise exception 'autosave_write: unknown field %', p_field;
  end if;
  if jsonb_typeof(p_events) is distinct from 'array' or jsonb_array_length(p_events) = 0 then
    raise exception 'autosave_write: a save records at least one audit event';
  end if;
  perform set_config('role', 'weerbaar_app', true),
          set_config('weerbaar.tenant_id', p_tenant::text, true),
          set_config('weerbaar.user_id', p_user::text, true);
  update scans s
     set answers_sealed = case when p_field = 'answers' then p_sealed else s.answers_sealed end,
         network_sealed = case when p_field = 'network' then p_sealed else s.network_sealed end,
         revision = p_base_revision + 1, last_save_id = p_save_id, status = p_to_status,
         updated_at = p_at
   where s.id = p_scan and s.tenant_id = p_tenant and s.candidate_user_id = p_user
     and s.revision = p_base_revision and s.status = p_from_status;
  if not found then
    return null;
  end if;
  insert into audit_events (id, at, tenant_id, actor_user_id, action, subject_type, subject_id, data)
  select e.id, e.at, e.tenant_id, e.actor_user_id, e.action, e.subject_type, e.subject_id,
         coalesce(e.data, '{}'::jsonb)
    from jsonb_to_recordset(p_events) as e(id uuid, at timestamptz, tenant_id uuid, actor_user_id uuid,
                                           action text, subject_type text, subject_id text, data jsonb);
  return p_base_revision + 1;
end $$;

revoke execute on function autosave_read(uuid, uuid, uuid, text) from public;
revoke execute on function autosave_write(uuid, uuid, uuid, text, integer, text, text, bytea, uuid, timestamptz, jsonb) from public;
grant execute on function autosave_read(uuid, uuid, uuid, text) to weerbaar_app;
grant execute on function autosave_write(uuid, uuid, uuid, text, integer, text, text, bytea, uuid, timestamptz, jsonb) to weerbaar_app;
