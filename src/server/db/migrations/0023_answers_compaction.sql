-- Compaction during editing in two statements and without holding the scan's row lock across
-- round trips (src/server/scans/answer-changes.ts, compactAnswersLater; issue #11). Every
-- `compactEvery` saves the app folded a scan's change sets inside a transaction of six round trips
-- (begin, lock, read, write, delete, commit) that held the scan's row lock while the app decrypted
-- and sealed: under load those transactions sat "idle in transaction" and saves queued behind them.
-- Now the app reads (answers_stored), folds and seals on its own time, and answers_compacted writes
-- the result only if the change sets it folded are all still there — so no compaction, submit,
-- withdrawal or shredding happened in between (each of those deletes them); change sets saved in
-- between have higher revisions and stay. Otherwise it writes nothing and says so. Submit still
-- compacts under the lock inside its own transaction (compactAnswers).
create function answers_stored(p_tenant uuid, p_user uuid, p_scan uuid)
  returns table (revision integer, sealed bytea)
  language plpgsql volatile set search_path = public as $$
begin
  perform set_config('role', 'weerbaar_app', true),
          set_config('weerbaar.tenant_id', p_tenant::text, true),
          set_config('weerbaar.user_id', p_user::text, true);
  return query
    select -1, s.answers_sealed from scans s where s.id = p_scan and s.tenant_id = p_tenant
    union all
    select c.revision, c.sealed from answers_changes c where c.scan_id = p_scan and c.tenant_id = p_tenant
    order by 1;
end $$;

create function answers_compacted(
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
  update scans s set answers_sealed = p_sealed where s.id = p_scan and s.tenant_id = p_tenant;
  delete from answers_changes c where c.scan_id = p_scan and c.tenant_id = p_tenant and c.revision <= p_last;
  return true;
end $$;

revoke execute on function answers_stored(uuid, uuid, uuid) from public;
grant execute on function answers_stored(uuid, uuid, uuid) to weerbaar_app;
revoke execute on function answers_compacted(uuid, uuid, uuid, bytea, integer, integer, integer) from public;
grant execute on function answers_compacted(uuid, uuid, uuid, bytea, integer, integer, integer) to weerbaar_app;
