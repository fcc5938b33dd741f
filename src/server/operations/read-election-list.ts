// One election list as its committee sees it: the election, the deadline, and per candidate the
// name they were invited with and their progress (uitgenodigd, bezig, afgerond, vrijgegeven,
// gestopt) — never content. With each candidate what the committee may do now (`may`, the rule
// the committee view's operation asserts: policies/committee.ts).
import type { Release } from '../../core/sharing/scan-lifecycle.ts';
import { type CommitteeProgress, committeeProgressOf } from '../../core/sharing/scan-lifecycle.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { type CommitteeScanAction, committeeScanRules, loadElectionListFor } from '../policies/committee.ts';
import { mayList } from '../policies/may.ts';
import { procedureRules } from '../policies/procedure.ts';

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

export interface ElectionListDetail {
  id: string;
  election: string;
  year: number;
  deadline: string;
  status: 'open' | 'closed';
  createdAt: string;
  may: Array<'invite'>;
  candidates: Array<{
    scanId: string;
    displayName: string | null;
    progress: CommitteeProgress;
    may: CommitteeScanAction[];
  }>;
}

export async function readElectionList(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  procedureId: string,
): Promise<ElectionListDetail> {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const list = await loadElectionListFor(tx, session, tenantId, procedureId);
    const scans = await tx
      .selectFrom('scans')
      .leftJoin('users', 'users.id', 'scans.candidate_user_id')
      .select(['scans.id', 'scans.status', 'scans.created_at', 'users.display_name'])
      .where('scans.procedure_id', '=', list.id)
      .where('scans.tenant_id', '=', tenantId)
      .orderBy('scans.created_at', 'asc')
      .execute();
    const releases = await releasesOfScans(
      tx,
      scans.map((s) => s.id),
    );
    const now = deps.now();
    return {
      id: list.id,
      election: list.election.election,
      year: list.election.year,
      deadline: dateOnly(list.election.deadline),
      status: list.status,
      createdAt: new Date(list.created_at).toISOString(),
      may: mayList({ invite: procedureRules.invite }, { roles: list.roles, status: list.status }),
      candidates: scans.map((s) => {
        const subject = { status: s.status, releases: releases.get(s.id) ?? [], now };
        return {
          scanId: s.id,
          // A deleted scan names no one.
          displayName: s.status === 'deleted' ? null : (s.display_name ?? null),
          progress: committeeProgressOf(s.status, subject.releases, now),
          may: mayList(committeeScanRules, subject),
        };
      }),
    };
  });
}
