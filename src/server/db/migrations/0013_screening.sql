-- Antecedentenonderzoek (issue 13): the candidate's signed bewilligingsverklaring, the operator's
-- reference lists, and the check itself.
--
-- - The declaration is a versioned text (declarations/<id>/<version>.yaml); the scan keeps which
--   one the candidate signed, when, and whether they revoked it. Revoking is possible until a
--   check has run (operations/revoke-declaration.ts). No check runs without a signed, unrevoked
--   declaration (operations/run-screening-check.ts).
-- - The check (subjects, sources used with list id and version, hits with score and features, the
--   expert's decisions and manual sources) is scan content: sealed under the scan's data key
--   (associated data `tenant:scan:screening`), shredded with the scan (scans/shred-scan.ts).
-- - Reference lists are the operator's data, shared by every organisation of the installation,
--   like instrument_versions: no tenant, no person of this installation. Each import is a new
--   version; a list version never changes after its import (the app may insert, never update).

alter table scans add column declaration_id text;
alter table scans add column declaration_version text;
alter table scans add column declaration_signed_at timestamptz;
alter table scans add column declaration_revoked_at timestamptz;
alter table scans add column screening_sealed bytea;
alter table scans add column screening_ran_at timestamptz;
alter table scans add constraint scans_declaration_whole check (
  (declaration_id is null) = (declaration_version is null)
  and (declaration_id is null) = (declaration_signed_at is null)
  and (declaration_revoked_at is null or declaration_signed_at is not null)
);

create table screening_lists (
  id uuid primary key,
  name text not null check (length(name) between 1 and 200),
  version integer not null check (version >= 1),
  licence text check (licence is null or length(licence) <= 2000),
  entity_count integer not null default 0 check (entity_count >= 0),
  refused_count integer not null default 0 check (refused_count >= 0),
  imported_at timestamptz not null default now(),
  complete boolean not null default false,
  unique (name, version)
);

create table screening_list_entities (
  list_id uuid not null references screening_lists (id) on delete cascade,
  entity_id text not null,
  entity jsonb not null,
  primary key (list_id, entity_id)
);

-- Operator data for every organisation: readable by the app role; written only by an import
-- (new rows, and marking its own import complete), never changed or deleted by the app.
grant select, insert on screening_lists, screening_list_entities to weerbaar_app;
grant update (entity_count, refused_count, complete) on screening_lists to weerbaar_app;
