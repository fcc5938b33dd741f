-- `weerbaar backup` on PostgreSQL runs pg_dump over the owner connection (DATABASE_MIGRATION_URL).
-- The tenant-owned tables force row-level security for their owner too, so pg_dump would see no
-- rows (or, with row security off, refuse). This policy lets the owner — the role running this
-- migration — read every row, but only in a session that declares itself a backup
-- (`PGOPTIONS='-c weerbaar.backup=on'`, which maintenance/backup.ts sets). The app's role is not
-- the owner, so the setting gives it nothing; the owner could lift row security anyway.
do $$
declare
  t text;
begin
  for t in
    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and c.relforcerowsecurity
    order by c.relname
  loop
    execute format(
      'create policy %I on %I for select to current_user using (current_setting(''weerbaar.backup'', true) = ''on'')',
      t || '_backup_read', t);
  end loop;
end $$;
