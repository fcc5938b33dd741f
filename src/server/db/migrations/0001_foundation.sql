-- Foundation: organisations (tenants), people, memberships with roles, sign-in, sessions,
-- second factors, rate limits, and the append-only hash-chained audit log.
--
-- Runs as the owner of the tables. The app works as role weerbaar_app, which owns nothing,
-- so row-level security applies to it (FORCE keeps it on even for the owner's own queries
-- inside app transactions).

-- Checked first: CREATE ROLE needs CREATEROLE even when the role exists (a second database on the
-- same server, or an owner without that right after a DBA created the role).
do $$ begin
  if not exists (select from pg_roles where rolname = 'weerbaar_app') then
    create role weerbaar_app nologin;
  end if;
exception when duplicate_object then null; when unique_violation then null;
end $$;

create table tenants (
  id uuid primary key,
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text not null check (length(name) between 1 and 200),
  -- Organisation settings; see src/server/operations/update-organisation-settings.ts.
  candidate_second_factor_required boolean not null default false,
  created_at timestamptz not null default now()
);

create table users (
  id uuid primary key,
  email text not null unique check (email = lower(email)),
  display_name text not null check (length(display_name) between 1 and 200),
  preferred_language text not null default 'nl' check (preferred_language in ('nl', 'en')),
  created_at timestamptz not null default now()
);

create table memberships (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  user_id uuid not null references users(id),
  role text not null check (role in ('beheerder', 'opdrachtgever', 'expert', 'kandidaat', 'onderzoeker')),
  status text not null default 'invited' check (status in ('invited', 'active', 'disabled')),
  invited_by uuid references users(id),
  created_at timestamptz not null default now(),
  activated_at timestamptz,
  unique (tenant_id, user_id, role)
);
create index memberships_user on memberships(user_id);

-- One-time links (sign-in and invitation). Only the SHA-256 of the token is stored.
create table sign_in_links (
  token_hash bytea primary key,
  user_id uuid not null references users(id),
  purpose text not null check (purpose in ('sign-in', 'invitation')),
  -- For an invitation: the membership it activates.
  membership_id uuid references memberships(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index sign_in_links_user on sign_in_links(user_id);

create table sessions (
  id uuid primary key,
  token_hash bytea not null unique,
  user_id uuid not null references users(id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  second_factor_at timestamptz,
  -- WebAuthn ceremony in progress: the challenge we issued, and when.
  webauthn_challenge text,
  webauthn_challenge_at timestamptz,
  revoked_at timestamptz
);
create index sessions_user on sessions(user_id);

-- TOTP secrets are stored encrypted (AES-256-GCM under a key derived from the master key).
create table totp_factors (
  user_id uuid primary key references users(id),
  secret_ciphertext bytea not null,
  confirmed_at timestamptz,
  -- The last accepted time step: a code is accepted once (no replay inside its window).
  last_used_step bigint,
  created_at timestamptz not null default now()
);

create table passkeys (
  id text primary key,
  user_id uuid not null references users(id),
  public_key bytea not null,
  counter bigint not null default 0,
  transports text[] not null default '{}',
  name text not null default 'passkey',
  created_at timestamptz not null default now(),
  last_used_at timestamptz
);
create index passkeys_user on passkeys(user_id);

create table recovery_codes (
  code_hash bytea primary key,
  user_id uuid not null references users(id),
  used_at timestamptz
);
create index recovery_codes_user on recovery_codes(user_id);

-- Fixed-window counters; keys are hashes, never an address or e-mail in the clear.
create table rate_limits (
  bucket text primary key,
  window_start timestamptz not null,
  hits integer not null
);

-- Mail waiting to be sent after its transaction committed; a failed send is retried.
-- The variables (they hold sign-in links) are sealed with a key derived from the master key and
-- wiped once the mail is sent, so a database copy holds no usable link.
create table mail_outbox (
  id uuid primary key,
  recipient text not null,
  template text not null,
  language text not null check (language in ('nl', 'en')),
  variables_sealed bytea not null,
  created_at timestamptz not null default now(),
  attempts integer not null default 0,
  sent_at timestamptz,
  last_error text
);

-- The audit log: append-only and hash-chained. Holds ids and action names, never content.
create table audit_events (
  seq bigint primary key,
  id uuid not null unique,
  at timestamptz not null,
  tenant_id uuid,
  actor_user_id uuid,
  action text not null,
  subject_type text,
  subject_id text,
  data jsonb not null default '{}',
  prev_hash text not null,
  hash text not null
);
create index audit_events_tenant on audit_events(tenant_id, seq);

-- The head of the chain: one row, locked by every append so events are chained in commit order.
create table audit_chain_head (
  singleton boolean primary key default true check (singleton),
  seq bigint not null,
  hash text not null
);
insert into audit_chain_head (seq, hash) values (0, repeat('0', 64));

create function audit_events_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only';
end $$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_immutable();
create trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function audit_events_immutable();

-- Row-level security on every tenant-owned table. The current tenant and user are set per
-- transaction with set_config(..., true) by src/server/db/transaction.ts.
create function current_tenant_id() returns uuid language sql stable as
  $$ select nullif(current_setting('weerbaar.tenant_id', true), '')::uuid $$;
create function current_user_id() returns uuid language sql stable as
  $$ select nullif(current_setting('weerbaar.user_id', true), '')::uuid $$;

alter table memberships enable row level security;
alter table memberships force row level security;
-- A person sees their own memberships in every organisation (to pick one), and everything of the
-- organisation the transaction is set to.
create policy memberships_read on memberships for select
  using (tenant_id = current_tenant_id() or user_id = current_user_id());
create policy memberships_write on memberships for insert with check (tenant_id = current_tenant_id());
create policy memberships_update on memberships for update
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- Not forced: the owner (the CLI's `audit verify`) reads the whole chain; the app sees its tenant's.
alter table audit_events enable row level security;
create policy audit_events_read on audit_events for select using (tenant_id = current_tenant_id());
create policy audit_events_append on audit_events for insert with check (true);

-- The app's rights. No DELETE anywhere but on transient tables; audit: insert and read only.
grant usage on schema public to weerbaar_app;
grant select, insert, update on tenants, users, memberships, sign_in_links, sessions,
  totp_factors, passkeys, recovery_codes, mail_outbox to weerbaar_app;
grant delete on sign_in_links, totp_factors, passkeys, rate_limits to weerbaar_app;
grant select, insert, update on rate_limits to weerbaar_app;
grant select, update on audit_chain_head to weerbaar_app;
grant select, insert on audit_events to weerbaar_app;
grant execute on function current_tenant_id(), current_user_id() to weerbaar_app;
