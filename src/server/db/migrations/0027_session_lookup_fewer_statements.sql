-- load_sessions of 0024 with two statements fewer per session (issue #11): the person is set in
-- the statement that finds the session (set_config in its select list, evaluated for the one row
-- found) instead of in a statement of its own after it, and no longer cleared before every
-- lookup — sessions and users have no row-level policy, so the lookup does not depend on it, and
-- the memberships are read only after the lookup set it to the session's own person. It is
-- cleared when a token finds no session, so nothing after that runs as the previous one. Each
-- `perform` was an executor run of its own: measured as the PostgreSQL processes' CPU per lookup
-- (200 at once, five rounds), ~140 µs before and ~100–110 after. Same arguments, rows and rules.
create or replace function load_sessions(p_token_hashes bytea[], p_now timestamptz, p_idle_limit timestamptz)
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
    select se.id, se.user_id, se.created_at, se.expires_at, se.last_seen_at, se.second_factor_at,
           u.email, u.display_name, u.preferred_language,
           set_config('weerbaar.user_id', se.user_id::text, true) as person
      into s
      from sessions se join users u on u.id = se.user_id
     where se.token_hash = p_token_hashes[i] and se.revoked_at is null
       and se.expires_at > p_now and se.last_seen_at > p_idle_limit;
    if not found then
      perform set_config('weerbaar.user_id', '', true);
      continue;
    end if;
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
