-- The audit log without a global lock in the request path.
--
-- Until now every append locked audit_chain_head to chain the event in the request's own
-- transaction, so every change in every organisation queued on one row. Now a request only
-- appends its event (seq from a sequence, no hash); a sealer (src/server/audit/sealer.ts) chains
-- the committed events shortly after, in batches, one sealer at a time across processes
-- (advisory lock). It gives each event its place in the chain (chain_seq: 1, 2, 3, … without
-- gaps, in the order the sealer saw the events committed), the previous event's hash and its own.
--
-- seq is storage order only: a rolled-back transaction leaves a gap in it, and a transaction
-- that took its seq earlier may commit later. The chain does not depend on it: it is ordered by
-- chain_seq, which the sealer alone assigns, so a late commit is chained when it is seen, never
-- lost and never put in front of events that are already sealed.

create sequence audit_events_seq_seq as bigint owned by audit_events.seq;
select setval('audit_events_seq_seq', coalesce((select max(seq) from audit_events), 0) + 1, false);
alter table audit_events alter column seq set default nextval('audit_events_seq_seq');

alter table audit_events add column chain_seq bigint unique;
alter table audit_events alter column prev_hash drop not null;
alter table audit_events alter column hash drop not null;

-- Events chained under the old rule were chained in seq order, without gaps.
drop trigger audit_events_no_update on audit_events;
update audit_events set chain_seq = seq;

alter table audit_events add constraint audit_events_sealed_whole check (
  (chain_seq is null and prev_hash is null and hash is null)
  or (chain_seq is not null and prev_hash ~ '^[0-9a-f]{64}$' and hash ~ '^[0-9a-f]{64}$')
);
create index audit_events_unsealed on audit_events (seq) where chain_seq is null;

-- Append-only, even for the owner. The one change allowed: sealing, once — filling chain_seq,
-- prev_hash and hash of an event that has none, leaving everything else as it was.
create or replace function audit_events_immutable() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    if old.chain_seq is null and new.chain_seq is not null
       and (new.seq, new.id, new.at, new.tenant_id, new.actor_user_id, new.action,
            new.subject_type, new.subject_id, new.data)
           is not distinct from
           (old.seq, old.id, old.at, old.tenant_id, old.actor_user_id, old.action,
            old.subject_type, old.subject_id, old.data) then
      return new;
    end if;
  end if;
  raise exception 'audit_events is append-only';
end $$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_immutable();

-- An event arrives unsealed: only the sealer chains it.
create function audit_events_arrive_unsealed() returns trigger language plpgsql as $$
begin
  if new.chain_seq is not null or new.prev_hash is not null or new.hash is not null then
    raise exception 'audit events arrive unsealed; the sealer chains them';
  end if;
  return new;
end $$;
create trigger audit_events_insert_unsealed before insert on audit_events
  for each row execute function audit_events_arrive_unsealed();

-- The sealer runs as the app, which sees only its organisation's events. These two functions
-- (owned by the owner) are its only way to the others: read the oldest unsealed events, and seal
-- a batch right after the chain head. audit_seal checks the batch links up with the head and
-- with itself, fills the seal columns (the trigger above allows that once) and moves the head.
create function audit_unsealed(max_count integer) returns setof audit_events
  language sql stable security definer set search_path = public as $$
  select * from audit_events where chain_seq is null
   order by seq limit least(greatest(max_count, 1), 5000)
$$;

create function audit_seal(expected_head bigint, seqs bigint[], prev_hashes text[], hashes text[])
  returns bigint language plpgsql security definer set search_path = public as $$
declare
  n integer := coalesce(array_length(seqs, 1), 0);
  head_seq bigint;
  head_hash text;
  sealed integer;
begin
  if n = 0 or coalesce(array_length(prev_hashes, 1), 0) <> n or coalesce(array_length(hashes, 1), 0) <> n then
    raise exception 'audit_seal: seqs, prev_hashes and hashes must be non-empty and of one length';
  end if;
  select seq, hash into head_seq, head_hash from audit_chain_head for update;
  if head_seq <> expected_head then
    raise exception 'audit_seal: the chain head moved (% instead of %)', head_seq, expected_head;
  end if;
  for i in 1..n loop
    if prev_hashes[i] is distinct from (case when i = 1 then head_hash else hashes[i - 1] end) then
      raise exception 'audit_seal: event % does not link to its predecessor', seqs[i];
    end if;
  end loop;
  update audit_events e
     set chain_seq = head_seq + u.ord, prev_hash = u.prev, hash = u.h
    from unnest(seqs, prev_hashes, hashes) with ordinality as u(s, prev, h, ord)
   where e.seq = u.s and e.chain_seq is null;
  get diagnostics sealed = row_count;
  if sealed <> n then
    raise exception 'audit_seal: % of % events were unsealed', sealed, n;
  end if;
  update audit_chain_head set seq = head_seq + n, hash = hashes[n];
  return head_seq + n;
end $$;

-- The app appends (insert, the sequence) and seals through the functions; it no longer writes the
-- chain head itself.
revoke update on audit_chain_head from weerbaar_app;
grant usage on sequence audit_events_seq_seq to weerbaar_app;
revoke execute on function audit_unsealed(integer) from public;
revoke execute on function audit_seal(bigint, bigint[], text[], text[]) from public;
grant execute on function audit_unsealed(integer) to weerbaar_app;
grant execute on function audit_seal(bigint, bigint[], text[], text[]) to weerbaar_app;

-- The session behind a cookie in one round trip (src/server/auth/session.ts loadSession): every
-- request of a signed-in person starts here. It runs as weerbaar_app (security invoker; the role is
-- set first, local to the transaction — on its own the statement is its own transaction), finds the
-- session by token hash (not revoked, not expired, not idle), then acts as that person to read
-- their memberships under the row-level policy, as the separate queries did. last_seen_at is
-- written at most once a minute.
create function load_session(p_token_hash bytea, p_now timestamptz, p_idle_limit timestamptz)
  returns table (
    id uuid, user_id uuid, created_at timestamptz, expires_at timestamptz,
    second_factor_at timestamptz, email text, display_name text, preferred_language text,
    memberships jsonb, totp boolean, passkeys integer, recovery_codes integer)
  language plpgsql volatile set search_path = public as $$
#variable_conflict use_column
declare
  s record;
begin
  perform set_config('role', 'weerbaar_app', true),
          set_config('weerbaar.tenant_id', '', true),
          set_config('weerbaar.user_id', '', true);
  select se.id, se.user_id, se.created_at, se.expires_at, se.last_seen_at, se.second_factor_at,
         u.email, u.display_name, u.preferred_language
    into s
    from sessions se join users u on u.id = se.user_id
   where se.token_hash = p_token_hash and se.revoked_at is null
     and se.expires_at > p_now and se.last_seen_at > p_idle_limit;
  if not found then
    return;
  end if;
  perform set_config('weerbaar.user_id', s.user_id::text, true);
  if p_now - s.last_seen_at > interval '60 seconds' then
    update sessions se set last_seen_at = p_now where se.id = s.id;
  end if;
  return query select
    s.id, s.user_id, s.created_at, s.expires_at, s.second_factor_at,
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
end $$;
revoke execute on function load_session(bytea, timestamptz, timestamptz) from public;
grant execute on function load_session(bytea, timestamptz, timestamptz) to weerbaar_app;
