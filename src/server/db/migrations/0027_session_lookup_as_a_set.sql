-- load_sessions as a set (issue #11): the sessions of a batch of requests in three statements, not
-- two to four per session (0024). Each statement in the loop paid an executor start of its own — on
-- PGlite, where the database runs in the server's own thread, the lookups of a hundred requests
-- took ~29 ms, ~290 µs each, more than the saves they came with.
--
-- The loop existed for one reason: a person's memberships are read under row-level security as
-- that person (weerbaar.user_id), and a setting holds one person at a time. Now the persons whose
-- sessions this function found are named together, for this function's statement only, in
-- weerbaar.lookup_user_ids, and the memberships policy admits them as it admits weerbaar.user_id.
-- Nothing else sets it, and it is cleared before the function returns (and with the transaction:
-- set_config(…, true)), so no other reader sees more than before. The rules are those of 0024: a
-- session is found only if not revoked, not expired and not idle too long; last_seen_at is written
-- at most once a minute; the same rows, in the input's order (ord).
create function current_lookup_user_ids() returns uuid[] language sql stable as
  $$ select string_to_array(nullif(current_setting('weerbaar.lookup_user_ids', true), ''), ',')::uuid[] $$;

drop policy memberships_read on memberships;
create policy memberships_read on memberships for select
  using (tenant_id = current_tenant_id() or user_id = current_user_id()
         -- In a sub-select: worked out once per statement, not once per row.
         or user_id = any ((select current_lookup_user_ids())::uuid[]));

create or replace function load_sessions(p_token_hashes bytea[], p_now timestamptz, p_idle_limit timestamptz)
  returns table (
    ord integer, id uuid, user_id uuid, created_at timestamptz, expires_at timestamptz,
    second_factor_at timestamptz, email text, display_name text, preferred_language text,
    memberships jsonb, totp boolean, passkeys integer, recovery_codes integer)
  language plpgsql volatile set search_path = public as $$
#variable_conflict use_column
declare
  v_users text;
begin
  perform set_config('role', 'weerbaar_app', true),
          set_config('weerbaar.tenant_id', '', true),
          set_config('weerbaar.user_id', '', true);
  with found as (
    select se.id, se.user_id, se.last_seen_at from sessions se
     where se.token_hash = any (p_token_hashes) and se.revoked_at is null
       and se.expires_at > p_now and se.last_seen_at > p_idle_limit
  ), touched as (
    update sessions se set last_seen_at = p_now
      from found f
     where se.id = f.id and p_now - f.last_seen_at > interval '60 seconds'
  )
  select string_agg(distinct f.user_id::text, ',') into v_users from found f;
  if v_users is null then
    return;
  end if;
  perform set_config('weerbaar.lookup_user_ids', v_users, true);
  return query select
      t.i::integer, se.id, se.user_id, se.created_at, se.expires_at, se.second_factor_at,
      u.email, u.display_name, u.preferred_language,
      coalesce((
        select jsonb_agg(jsonb_build_object(
                 'id', m.id, 'tenantId', m.tenant_id, 'tenantName', tn.name, 'tenantSlug', tn.slug,
                 'role', m.role, 'status', m.status,
                 'candidateSecondFactorRequired', tn.candidate_second_factor_required)
               order by tn.name, m.role)
          from memberships m join tenants tn on tn.id = m.tenant_id
         where m.user_id = se.user_id), '[]'::jsonb),
      exists (select 1 from totp_factors f where f.user_id = se.user_id and f.confirmed_at is not null),
      (select count(*) from passkeys p where p.user_id = se.user_id)::integer,
      (select count(*) from recovery_codes r where r.user_id = se.user_id and r.used_at is null)::integer
    from unnest(p_token_hashes) with ordinality as t(hash, i)
    join sessions se on se.token_hash = t.hash
    join users u on u.id = se.user_id
   where se.revoked_at is null and se.expires_at > p_now and se.last_seen_at > p_idle_limit;
  perform set_config('weerbaar.lookup_user_ids', '', true);
end $$;
