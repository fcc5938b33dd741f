-- Organisation surveys (issue 15): many anonymous respondents per organisation answer a
-- questionnaire (surveys/<id>/<version>.yaml) through a shared link or a link of their own; the
-- organisation sees aggregates only. See ARCHITECTURE.md, "Organisation surveys".
--
-- Anonymity by construction: there are no response rows. A submission adds 1 to the counters of
-- the options it chose — (round, unit, question, option) — and to its unit's respondent count, in
-- one transaction, and marks a per-person link used (in a table with no person and only the day).
-- Every submission rewrites every counter row of its round (+1 or +0), so no row version says which
-- counters one submission touched. Nothing in these tables pairs two answers of one respondent.

create table survey_rounds (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  questionnaire_id text not null check (questionnaire_id ~ '^[a-z][a-z0-9_-]{0,62}$'),
  questionnaire_version text not null check (questionnaire_version ~ '^\d+\.\d+\.\d+$'),
  title text not null check (length(title) between 1 and 120),
  -- The units a respondent chooses from (names, in the beheerder's order); may be empty.
  units jsonb not null default '[]' check (jsonb_typeof(units) = 'array' and jsonb_array_length(units) <= 50),
  -- The smallest group shown (never below 5, as every disclosure threshold).
  threshold integer not null default 10 check (threshold between 5 and 1000),
  -- Whether the shared link (one for everyone, derived from the round id) is accepted.
  shared_link boolean not null,
  earlier_round_id uuid,
  status text not null default 'open' check (status in ('open', 'closed')),
  opened_on date not null,
  closed_on date,
  created_by uuid not null references users(id),
  unique (id, tenant_id),
  foreign key (earlier_round_id, tenant_id) references survey_rounds (id, tenant_id)
);
create index survey_rounds_tenant on survey_rounds(tenant_id);

-- Respondents per unit ('' = not said, or a round without units). Created with the round.
create table survey_unit_counts (
  tenant_id uuid not null references tenants(id),
  round_id uuid not null,
  unit text not null check (length(unit) <= 80),
  respondents integer not null default 0 check (respondents >= 0),
  primary key (round_id, unit),
  foreign key (round_id, tenant_id) references survey_rounds (id, tenant_id)
);

-- Answers per unit, question and option. Created (at 0) with the round, one row per combination.
create table survey_answer_counts (
  tenant_id uuid not null references tenants(id),
  round_id uuid not null,
  unit text not null check (length(unit) <= 80),
  question_id text not null,
  option_id text not null,
  count integer not null default 0 check (count >= 0),
  primary key (round_id, unit, question_id, option_id),
  foreign key (round_id, tenant_id) references survey_rounds (id, tenant_id)
);

-- Per-person links: only the token's SHA-256 and the day it was used. No person, no mail id, no
-- time of day; inserted in random order, so the order of rows does not follow the order of mails.
create table survey_invitations (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  tenant_id uuid not null references tenants(id),
  round_id uuid not null,
  used_on date,
  foreign key (round_id, tenant_id) references survey_rounds (id, tenant_id)
);
create index survey_invitations_round on survey_invitations(round_id);

do $$
declare t text;
begin
  foreach t in array array['survey_rounds', 'survey_unit_counts', 'survey_answer_counts', 'survey_invitations'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', t || '_tenant', t);
    -- `weerbaar backup` reads as the owner in a backup session (see 0006).
    execute format(
      'create policy %I on %I for select to current_user using (current_setting(''weerbaar.backup'', true) = ''on'')',
      t || '_backup_read', t);
  end loop;
end $$;

-- Counters only go up: a decrease would be a way to find one submission by undoing it.
create function survey_answer_counts_only_up() returns trigger language plpgsql as $$
begin
  if new.count < old.count then
    raise exception 'survey counters only go up' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger survey_answer_counts_only_up before update on survey_answer_counts
  for each row execute function survey_answer_counts_only_up();
create function survey_unit_counts_only_up() returns trigger language plpgsql as $$
begin
  if new.respondents < old.respondents then
    raise exception 'survey counters only go up' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger survey_unit_counts_only_up before update on survey_unit_counts
  for each row execute function survey_unit_counts_only_up();

-- A respondent has no account and no organisation in their session: the public link names the
-- round, and this function (owned by the table owner) says which organisation it belongs to, so
-- the rest of the submission runs under that organisation's row-level security like any request.
-- The owner is under the forced row-level security too: it reads a round's organisation through
-- a policy of its own that holds only while this function runs (the setting is switched on and off
-- around the one select; the app role has no such policy, whatever it sets).
create policy survey_rounds_owner_lookup on survey_rounds for select to current_user
  using (current_setting('weerbaar.survey_round_lookup', true) = 'on');
create function survey_round_tenant(p_round uuid) returns uuid
  language plpgsql security definer set search_path = public as $$
declare
  found uuid;
begin
  perform set_config('weerbaar.survey_round_lookup', 'on', true);
  select tenant_id into found from survey_rounds where id = p_round;
  perform set_config('weerbaar.survey_round_lookup', '', true);
  return found;
end $$;
revoke all on function survey_round_tenant(uuid) from public;
grant execute on function survey_round_tenant(uuid) to weerbaar_app;

grant select, insert, update on survey_rounds to weerbaar_app;
grant select, insert, update on survey_unit_counts, survey_answer_counts to weerbaar_app;
grant select, insert, update on survey_invitations to weerbaar_app;
