// One election list as its committee sees it: the election, the deadline, and per candidate the
// name they were invited with and their progress (uitgenodigd, bezig, afgerond, vrijgegeven,
// gestopt) — never content. With each candidate what the committee may do now (`may`, the rule
// the committee view's operation asserts: policies/committee.ts).
import { type CommitteeProgress, committeeProgressOf } from '../../core/sharing/scan-lifecycle.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import {
  type CommitteeScanAction,
  committeeScanRules,
  dateOnly,
  loadElectionListFor,
  releasesOfScans,
} from '../policies/committee.ts';
import { mayList } from '../policies/may.ts';
import { procedureRules } from '../policies/procedure.ts';

export interface ElectionListDetail {
  id: string;
  election: string;
  year: number;
  deadline: string;
  status: 'open' | 'closed';
  createdAt: string;
  retentionDays: number;
  may: Array<'invite' | 'close'>;
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
      retentionDays: list.retention_days,
      may: mayList(
        { invite: procedureRules.invite, close: procedureRules.close },
        { roles: list.roles, status: list.status },
      ),
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
