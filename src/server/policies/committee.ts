// The kandidatencommissie of a party (issue 14). The organisation rule (`committee.lists`, role
// commissie) opens the door; below it an election list is visible only to the committee members
// who are its procedure members (procedure_members role `commissie`), loaded by id AND tenant AND
// that relationship — anything else is "not found". What the committee may do with a candidate of
// its list now is a rule table (policies/may.ts): the progress row sends `may`, the committee
// view's operation asserts the same rule. The committee never reaches answers, evidence, the
// network map or the expert's notes: no route of theirs opens those fields.
import type { Selectable } from 'kysely';
import { committeeReleased, type Release, type ScanStatus } from '../../core/sharing/scan-lifecycle.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { ElectionProceduresTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { type DomainError, notFound } from '../domain-error.ts';
import { actionsOf, type Rules } from './may.ts';
import { type LoadedProcedure, loadProcedureFor } from './procedure.ts';
import { notReleased } from './scan.ts';

export type LoadedElectionList = LoadedProcedure & { election: Selectable<ElectionProceduresTable> };

/** The election list if the person is on its committee; otherwise not found. */
export async function loadElectionListFor(
  tx: Tx,
  session: SessionInfo,
  tenantId: string,
  procedureId: string,
): Promise<LoadedElectionList> {
  const procedure = await loadProcedureFor(tx, session, tenantId, procedureId, ['commissie']);
  const election = await electionOf(tx, procedure);
  if (!election) throw notFound();
  return { ...procedure, election };
}

/** The election a procedure makes a list for, or undefined for any other procedure. */
export function electionOf(
  tx: Tx,
  procedure: { id: string; tenant_id: string },
): Promise<Selectable<ElectionProceduresTable> | undefined> {
  return tx
    .selectFrom('election_procedures')
    .selectAll()
    .where('procedure_id', '=', procedure.id)
    .where('tenant_id', '=', procedure.tenant_id)
    .executeTakeFirst();
}

// ── what the committee may do with one candidate of its list now ──

export interface CommitteeScanSubject {
  status: ScanStatus;
  releases: readonly Release[];
  now: Date;
}

export const committeeScanRules = {
  /** The committee view and its printed leidraad: a finished check released to the committee. */
  readView: (s): DomainError | null =>
    s.status === 'report-ready' && committeeReleased(s.releases, s.now) ? null : notReleased(),
} as const satisfies Rules<string, CommitteeScanSubject>;
export type CommitteeScanAction = keyof typeof committeeScanRules;
export const committeeScanActions = actionsOf<CommitteeScanAction>(committeeScanRules);

/** A date column as yyyy-mm-dd, whether the driver gives a Date or a string. */
export function dateOnly(value: Date | string): string {
  if (typeof value === 'string') return value.slice(0, 10);
  // A date column comes back as local midnight: take the local calendar day.
  const y = value.getFullYear();
  const m = String(value.getMonth() + 1).padStart(2, '0');
  const d = String(value.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The releases of these scans, by scan. */
export async function releasesOfScans(tx: Tx, scanIds: readonly string[]): Promise<Map<string, Release[]>> {
  const byScan = new Map<string, Release[]>();
  if (scanIds.length === 0) return byScan;
  const rows = await tx
    .selectFrom('releases')
    .selectAll()
    .where('scan_id', 'in', [...scanIds])
    .execute();
  for (const r of rows) {
    const list = byScan.get(r.scan_id) ?? [];
    list.push({
      scope: r.scope,
      until: new Date(r.until),
      revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
    });
    byScan.set(r.scan_id, list);
  }
  return byScan;
}
