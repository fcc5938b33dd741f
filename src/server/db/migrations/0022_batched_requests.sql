-- Several requests' statements in one (issue #11, src/server/db/batch.ts).
--
-- Under load most of a statement's cost is not its work but its being a statement: a round trip
-- (on this machine a socket write that wakes the database), a transaction begun and committed, every
-- table and index it touches locked and its cached plans checked again. PGlite makes this plain: a
-- `select 1` costs about 200 µs there while a session lookup inside a running transaction costs 150.
-- So the app gathers the session lookups, and the autosaves, that arrive in one turn of its event
-- loop and sends each kind as one statement. These functions only loop over the existing ones —
-- load_session (0005) and answers_append (0015) keep every rule — and return each result with its
-- place in the input. The caller sorts the input (by token hash, by scan id) so that two processes'
-- batches take row locks in the same order and cannot deadlock.
create function load_sessions(p_token_hashes bytea[], p_now timestamptz, p_idle_limit timestamptz)
  returns table (
    ord integer, id uuid, user_id uuid, created_at timestamptz, expires_at timestamptz,
    second_factor_at timestamptz, email text, display_name text, preferred_language text,
    memberships jsonb, totp boolean, passkeys integer, recovery_codes integer)
  language plpgsql volatile set search_path = public as $$
begin
  for i in 1 .. coalesce(array_length(p_token_hashes, 1), 0) loop
    return query select i, s.* from load_session(p_token_hashes[i], p_now, p_idle_limit) s;
  end loop;
end $$;

revoke execute on function load_sessions(bytea[], timestamptz, timestamptz) from public;
grant execute on function load_sessions(bytea[], timestamptz, timestamptz) to weerbaar_app;

-- Each element of p_saves is one answers_append call as an object: tenant, user, scan, hash,
-- from (array of statuses), to, base, save, sealed (base64), at, events, start (audit event arrays).
create function answers_append_many(p_saves jsonb)
  returns table (
    ord integer, outcome text, status text, revision integer, pending integer,
    procedure_id uuid, instrument_id text, instrument_version text, instrument_hash text, review text)
  language plpgsql volatile set search_path = public as $$
declare
  e jsonb;
begin
  for i in 0 .. jsonb_array_length(p_saves) - 1 loop
    e := p_saves -> i;
    return query select i + 1, a.*
      from answers_append(
        (e ->> 'tenant')::uuid, (e ->> 'user')::uuid, (e ->> 'scan')::uuid, e ->> 'hash',
        array(select jsonb_array_elements_text(e -> 'from')), e ->> 'to', (e ->> 'base')::integer,
        (e ->> 'save')::uuid, decode(e ->> 'sealed', 'base64'), (e ->> 'at')::timestamptz,
        nullif(e -> 'events', 'null'::jsonb), nullif(e -> 'start', 'null'::jsonb)) a;
  end loop;
end $$;

revoke execute on function answers_append_many(jsonb) from public;
grant execute on function answers_append_many(jsonb) to weerbaar_app;
