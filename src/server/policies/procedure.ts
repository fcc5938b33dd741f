// Relationship rules under the organisation rules: a procedure is visible to its own members
// (opdrachtgevers and assigned experts), a scan to its own candidate. Every load goes by id AND
// tenant AND relationship, so an id from elsewhere is "not found", never a hint that it exists.
// Below the loads, what a member may do with a procedure now (`procedureRules`, policies/may.ts):
// the operations assert it, and the procedure's replies send the same list as `may`.

import type { Selectable } from 'kysely';
import type { SessionInfo } from '../auth/session.ts';
import type { ProceduresTable, ScansTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { conflict, type DomainError, notFound, reauthenticate } from '../domain-error.ts';
import { sentence } from '../texts.ts';
import { actionsOf, type Rules } from './may.ts';

/** A person's parts in a procedure, the opdrachtgever's first (it names them in lists). */
export const procedureRoles = ['opdrachtgever', 'expert'] as const;
/** Besides those, an election list's kandidatencommissie (its own lists: policies/committee.ts). */
export type ProcedureRole = (typeof procedureRoles)[number] | 'commissie';

/** The person's active memberships here in which they can take part in procedures in these roles. */
export function procedureMembershipIds(
  session: SessionInfo,
  tenantId: string,
  roles: readonly ProcedureRole[],
): string[] {
  return session.memberships
    .filter(
      (m) =>
        m.tenantId === tenantId && m.status === 'active' && (roles as readonly string[]).includes(m.role),
    )
    .map((m) => m.id);
}

export type LoadedProcedure = Selectable<ProceduresTable> & {
  /** The person's part here: the first of the asked roles they have. */
  as: ProcedureRole;
  /** All their parts here among the asked roles (someone may be opdrachtgever and expert). */
  roles: ProcedureRole[];
};

/** The procedure if the person takes part in it in one of the given roles; otherwise not found. */
export async function loadProcedureFor(
  tx: Tx,
  session: SessionInfo,
  tenantId: string,
  procedureId: string,
  roles: readonly ProcedureRole[],
): Promise<LoadedProcedure> {
  const memberships = procedureMembershipIds(session, tenantId, roles);
  if (memberships.length === 0) throw notFound();
  const rows = await tx
    .selectFrom('procedures')
    .innerJoin('procedure_members', 'procedure_members.procedure_id', 'procedures.id')
    .selectAll('procedures')
    .select('procedure_members.role as as')
    .where('procedures.id', '=', procedureId)
    .where('procedures.tenant_id', '=', tenantId)
    .where('procedure_members.membership_id', 'in', memberships)
    .where('procedure_members.role', 'in', [...roles])
    .execute();
  const held = roles.filter((role) => rows.some((r) => r.as === role));
  const row = rows[0];
  if (!row || held.length === 0) throw notFound();
  return { ...row, as: held[0]!, roles: held };
}

/** The candidate's own scan (row locked for the change that follows); otherwise not found. */
export async function loadOwnScan(
  tx: Tx,
  session: SessionInfo,
  tenantId: string,
  scanId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Selectable<ScansTable>> {
  return loadScanWhere(tx, scanId, tenantId, ['candidate_user_id', session.userId], options);
}

/**
 * A scan of a procedure loaded under the rules above (by id AND tenant AND that procedure);
 * otherwise not found. `forUpdate` locks the row for the change that follows.
 */
export async function loadScanOfProcedure(
  tx: Tx,
  procedure: { id: string; tenant_id: string },
  scanId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Selectable<ScansTable>> {
  return loadScanWhere(tx, scanId, procedure.tenant_id, ['procedure_id', procedure.id], options);
}

/** A scan by id AND tenant AND its relationship to the reader; otherwise not found. */
async function loadScanWhere(
  tx: Tx,
  scanId: string,
  tenantId: string,
  [column, value]: ['candidate_user_id' | 'procedure_id', string],
  options: { forUpdate?: boolean },
): Promise<Selectable<ScansTable>> {
  let query = tx
    .selectFrom('scans')
    .selectAll()
    .where('id', '=', scanId)
    .where('tenant_id', '=', tenantId)
    .where(column, '=', value);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The procedure a scan (already loaded under the rules above) belongs to. */
export async function procedureOfScan(
  tx: Tx,
  scan: { procedure_id: string; tenant_id: string },
): Promise<Selectable<ProceduresTable>> {
  const procedure = await tx
    .selectFrom('procedures')
    .selectAll()
    .where('id', '=', scan.procedure_id)
    .where('tenant_id', '=', scan.tenant_id)
    .executeTakeFirst();
  if (!procedure) throw notFound();
  return procedure;
}

/**
 * Sensitive actions (release, revoke, download all data, delete, withdraw) need a recent proof
 * of presence: a second factor, or a fresh sign-in link, within the last ten minutes.
 */
export const recentAuthenticationMs = 10 * 60_000;

export function assertRecentlyAuthenticated(session: SessionInfo, now: Date): void {
  const last = Math.max(session.createdAt.getTime(), session.secondFactorAt?.getTime() ?? 0);
  if (now.getTime() - last > recentAuthenticationMs) throw reauthenticate();
}

// ── what a member may do with the procedure now ──

export interface ProcedureSubject {
  roles: readonly ProcedureRole[];
  status: 'open' | 'closed';
}

const asOpdrachtgever = (p: ProcedureSubject): DomainError | null =>
  p.roles.includes('opdrachtgever') ? null : notFound();

/** Who invites: the opdrachtgever, or an election list's kandidatencommissie (policies/committee.ts). */
const asInviter = (p: ProcedureSubject): DomainError | null =>
  p.roles.includes('opdrachtgever') || p.roles.includes('commissie') ? null : notFound();

export const procedureRules = {
  /** Invite a candidate (invite-candidate.ts): its opdrachtgever or committee, while open. */
  invite: (p) =>
    asInviter(p) ??
    (p.status === 'open'
      ? null
      : conflict('procedure-closed', sentence('errors', 'procedure-closed.default'))),
  /** Close it (close-procedure.ts): its opdrachtgever, or an election list's committee, once. */
  close: (p) =>
    asInviter(p) ??
    (p.status === 'open'
      ? null
      : conflict('procedure-closed', sentence('errors', 'procedure-closed.already'))),
  /** Open a herhaalscan following it (scans/follow-up.ts): its opdrachtgever, open or closed. */
  followUp: asOpdrachtgever,
} as const satisfies Rules<string, ProcedureSubject>;
export type ProcedureAction = keyof typeof procedureRules;
export const procedureActions = actionsOf<ProcedureAction>(procedureRules);
