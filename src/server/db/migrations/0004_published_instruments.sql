-- Published instrument versions: the content hash of every version a procedure has pinned.
--
-- A scan is computed, re-computed and compared with the definition its procedure pinned
-- (procedures.instrument_hash). Once a version is pinned it is published and may never change:
-- the start compares every file on disk with this table and refuses a changed or missing one
-- (src/server/instruments/published.ts), so an edit in place of e.g. 1.0.0.yaml is caught
-- before any scan fails. The row is written by the trigger below in the transaction that opens
-- the procedure, so no code path can pin a version without recording it. The table names no
-- person and no organisation.
create table instrument_versions (
  instrument_id text not null,
  version text not null,
  hash text not null check (hash ~ '^[0-9a-f]{64}$'),
  first_pinned_at timestamptz not null default now(),
  primary key (instrument_id, version)
);

-- Versions pinned before this migration (the earliest procedure's hash counts).
insert into instrument_versions (instrument_id, version, hash, first_pinned_at)
select distinct on (instrument_id, instrument_version)
       instrument_id, instrument_version, instrument_hash, created_at
  from procedures
 order by instrument_id, instrument_version, created_at;

-- Owned by the table owner (security definer): the app may read the table but never write or
-- change it directly; pinning is the only way in, and a second hash for a version is refused.
create function procedures_record_instrument_version() returns trigger
  language plpgsql security definer set search_path = public as $$
declare
  recorded text;
begin
  insert into instrument_versions (instrument_id, version, hash)
  values (new.instrument_id, new.instrument_version, new.instrument_hash)
  on conflict (instrument_id, version) do nothing;
  select hash into recorded from instrument_versions
   where instrument_id = new.instrument_id and version = new.instrument_version;
  if recorded <> new.instrument_hash then
    raise exception 'instrument % % was published with another content hash',
      new.instrument_id, new.instrument_version using errcode = '23514';
  end if;
  return new;
end $$;
create trigger procedures_record_instrument_version
  before insert or update of instrument_id, instrument_version, instrument_hash on procedures
  for each row execute function procedures_record_instrument_version();

grant select on instrument_versions to weerbaar_app;
grant execute on function procedures_record_instrument_version() to weerbaar_app;
