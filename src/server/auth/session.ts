// Sessions: a random token in an HttpOnly cookie; the database keeps only its SHA-256.
// A session ends after idle time, after an absolute lifetime, on sign-out, or when the person
// signs out everywhere. Nothing about roles is cached in the token: every request reads them.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppDeps } from '../context.ts';
import { hmacHex, randomToken, sha256 } from '../crypto/tokens.ts';
import { batcherPerDatabase, inInputOrder } from '../db/batch.ts';
import type { Role } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';

export const sessionCookieName = '__Host-weerbaar-sessie';

export interface ActiveMembership {
  id: string;
  tenantId: string;
  tenantName: string;
  tenantSlug: string;
  role: Role;
  status: 'invited' | 'active' | 'disabled';
  candidateSecondFactorRequired: boolean;
}

export interface SessionInfo {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  language: 'nl' | 'en';
  createdAt: Date;
  expiresAt: Date;
  secondFactorAt: Date | null;
  memberships: ActiveMembership[];
  factors: { totp: boolean; passkeys: number; recoveryCodesLeft: number };
}

export async function createSession(
  tx: Tx,
  deps: AppDeps,
  userId: string,
): Promise<{ token: string; id: string }> {
  const token = randomToken();
  const id = randomUUID();
  const now = deps.now();
  await tx
    .insertInto('sessions')
    .values({
      id,
      token_hash: sha256(token),
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + deps.settings.WEERBAAR_SESSION_ABSOLUTE_HOURS * 3600_000),
    })
    .execute();
  return { token, id };
}

interface SessionRow {
  id: string;
  user_id: string;
  created_at: Date | string;
  expires_at: Date | string;
  second_factor_at: Date | string | null;
  email: string;
  display_name: string;
  preferred_language: 'nl' | 'en';
  memberships: ActiveMembership[];
  totp: boolean;
  passkeys: number;
  recovery_codes: number;
}

interface SessionLookup {
  tokenHash: Buffer;
  now: Date;
  idleLimit: Date;
}

/**
 * Session lookups arriving together go to the database as one statement (db/batch.ts): every
 * signed-in request makes one, so under load they are the commonest statement of all.
 * load_sessions (migrations 0022, 0024) runs as weerbaar_app: per token it finds the session, then
 * reads the person's memberships as that person under row-level security, and writes last_seen_at
 * at most once a minute (writing it on every request would serialise busy pages). A batch shares
 * the latest clock reading of its lookups (the strictest: a session is never let in past its time).
 */
const sessionBatcher = batcherPerDatabase<SessionLookup, SessionRow | undefined>((database) => {
  const many = async (lookups: SessionLookup[]) => {
    const now = lookups.reduce((max, l) => (l.now > max ? l.now : max), lookups[0]!.now);
    const idleLimit = lookups.reduce(
      (max, l) => (l.idleLimit > max ? l.idleLimit : max),
      lookups[0]!.idleLimit,
    );
    const hashes = `{${lookups.map((l) => `"\\\\x${l.tokenHash.toString('hex')}"`).join(',')}}`;
    const { rows } = await sql<SessionRow & { ord: number }>`select * from load_sessions(${hashes}::bytea[],
        ${now}, ${idleLimit})`.execute(database.db);
    return inInputOrder(rows, lookups.length);
  };
  return {
    many,
    one: async (lookup) => (await many([lookup]))[0],
    compare: (a, b) => Buffer.compare(a.tokenHash, b.tokenHash),
  };
});

/** The session for a cookie token, or null when unknown, revoked, idle too long or expired. */
export async function loadSession(deps: AppDeps, token: string | undefined): Promise<SessionInfo | null> {
  if (!token || token.length > 100) return null;
  const now = deps.now();
  const idleLimit = new Date(now.getTime() - deps.settings.WEERBAAR_SESSION_IDLE_MINUTES * 60_000);
  const row = await sessionBatcher(deps.database).run({ tokenHash: sha256(token), now, idleLimit });
  if (!row) return null;
  return {
    sessionId: row.id,
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    language: row.preferred_language,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    secondFactorAt: row.second_factor_at ? new Date(row.second_factor_at) : null,
    memberships: row.memberships,
    factors: {
      totp: row.totp,
      passkeys: Number(row.passkeys),
      recoveryCodesLeft: Number(row.recovery_codes),
    },
  };
}

export async function ownMemberships(tx: Tx, userId: string): Promise<ActiveMembership[]> {
  // RLS lets a person read their own memberships in every organisation (weerbaar.user_id).
  const rows = await tx
    .selectFrom('memberships')
    .innerJoin('tenants', 'tenants.id', 'memberships.tenant_id')
    .select([
      'memberships.id',
      'memberships.tenant_id',
      'memberships.role',
      'memberships.status',
      'tenants.name',
      'tenants.slug',
      'tenants.candidate_second_factor_required',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('tenants.name')
    .orderBy('memberships.role')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    tenantId: r.tenant_id,
    tenantName: r.name,
    tenantSlug: r.slug,
    role: r.role,
    status: r.status,
    candidateSecondFactorRequired: r.candidate_second_factor_required,
  }));
}

export async function ownFactors(tx: Tx, userId: string): Promise<SessionInfo['factors']> {
  const row = await sql<{ totp: boolean; passkeys: number; codes: number }>`
    select
      exists (select 1 from totp_factors where user_id = ${userId} and confirmed_at is not null) as totp,
      (select count(*) from passkeys where user_id = ${userId})::int as passkeys,
      (select count(*) from recovery_codes where user_id = ${userId} and used_at is null)::int as codes`.execute(
    tx,
  );
  const r = row.rows[0]!;
  return { totp: r.totp, passkeys: Number(r.passkeys), recoveryCodesLeft: Number(r.codes) };
}

/**
 * A second factor is required for every role except kandidaat; for kandidaat the organisation
 * decides. Whoever has set one up is always asked for it.
 */
export function secondFactorRequired(session: SessionInfo): boolean {
  if (session.factors.totp || session.factors.passkeys > 0) return true;
  return session.memberships.some(
    (m) => m.status !== 'disabled' && (m.role !== 'kandidaat' || m.candidateSecondFactorRequired),
  );
}

export function secondFactorSatisfied(session: SessionInfo): boolean {
  return !secondFactorRequired(session) || session.secondFactorAt !== null;
}

/** Synchroniser token for cookie-authenticated changes, bound to the session. */
/**
 * The synchroniser token is a function of the key and the session id alone, so it is computed once
 * per session and kept (per derived key; a bounded number of sessions, the oldest leaving first):
 * every change request compares it, and the HMAC was a visible share of an autosave's CPU.
 */
const csrfTokens = new WeakMap<Uint8Array, Map<string, string>>();
const maxCsrfTokens = 20_000;

export function csrfTokenFor(deps: AppDeps, sessionId: string): string {
  const key = deps.keys.derivedKey('csrf');
  let tokens = csrfTokens.get(key);
  if (!tokens) {
    tokens = new Map();
    csrfTokens.set(key, tokens);
  }
  let token = tokens.get(sessionId);
  if (token === undefined) {
    token = hmacHex(key, sessionId);
    if (tokens.size >= maxCsrfTokens) tokens.delete(tokens.keys().next().value as string);
    tokens.set(sessionId, token);
  }
  return token;
}

export function cookieOptions(maxAgeSeconds: number) {
  return {
    httpOnly: true,
    secure: true,
    sameSite: 'Strict' as const,
    path: '/',
    maxAge: maxAgeSeconds,
    // __Host- cookies carry no Domain attribute: the browser binds them to this host only.
  };
}

export async function markSecondFactor(tx: Tx, deps: AppDeps, sessionId: string): Promise<void> {
  await tx
    .updateTable('sessions')
    .set({ second_factor_at: deps.now() })
    .where('id', '=', sessionId)
    .execute();
}
