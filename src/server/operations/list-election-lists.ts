// The election lists the person is on the committee of: name, year, deadline and how many
// candidates stand where (counts only, no names here).
import {
  type CommitteeProgress,
  committeeProgress,
  committeeProgressOf,
} from '../../core/sharing/scan-lifecycle.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { dateOnly, releasesOfScans } from '../policies/committee.ts';
import { procedureMembershipIds } from '../policies/procedure.ts';

export interface ElectionListSummary {
  id: string;
  election: string;
  year: number;
  deadline: string;
  status: 'open' | 'closed';
  createdAt: string;
  counts: Record<CommitteeProgress, number>;
}

export async function listElectionLists(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
): Promise<ElectionListSummary[]> {
  const memberships = procedureMembershipIds(session, tenantId, ['commissie']);
  if (memberships.length === 0) return [];
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const lists = await tx
      .selectFrom('procedures')
      .innerJoin('procedure_members', 'procedure_members.procedure_id', 'procedures.id')
      .innerJoin('election_procedures', 'election_procedures.procedure_id', 'procedures.id')
      .select([
        'procedures.id',
        'procedures.status',
        'procedures.created_at',
        'election_procedures.election',
        'election_procedures.year',
        'election_procedures.deadline',
      ])
      .distinct()
      .where('procedures.tenant_id', '=', tenantId)
      .where('procedure_members.membership_id', 'in', memberships)
      .where('procedure_members.role', '=', 'commissie')
      .orderBy('procedures.created_at', 'desc')
      .execute();
    if (lists.length === 0) return [];
    const scans = await tx
      .selectFrom('scans')
      .select(['id', 'procedure_id', 'status'])
      .where('tenant_id', '=', tenantId)
      .where(
        'procedure_id',
        'in',
        lists.map((l) => l.id),
      )
      .execute();
    const releases = await releasesOfScans(
      tx,
      scans.map((s) => s.id),
    );
    const now = deps.now();
    return lists.map((l) => {
      const counts = Object.fromEntries(committeeProgress.map((p) => [p, 0])) as Record<
        CommitteeProgress,
        number
      >;
      for (const scan of scans.filter((s) => s.procedure_id === l.id)) {
        counts[committeeProgressOf(scan.status, releases.get(scan.id) ?? [], now)] += 1;
      }
      return {
        id: l.id,
        election: l.election,
        year: l.year,
        deadline: dateOnly(l.deadline),
        status: l.status,
        createdAt: new Date(l.created_at).toISOString(),
        counts,
      };
    });
  });
}
