// The candidate's own scans, newest first, with procedure and instrument version.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { mayList } from '../policies/may.ts';
import { ownScanRules } from '../policies/scan.ts';

export async function listOwnScans(deps: AppDeps, session: SessionInfo, tenantId: string) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const rows = await tx
      .selectFrom('scans')
      .innerJoin('procedures', 'procedures.id', 'scans.procedure_id')
      .select([
        'scans.id',
        'scans.status',
        'scans.updated_at',
        'procedures.name',
        'procedures.office',
        'procedures.instrument_id',
        'procedures.instrument_version',
        'procedures.review',
      ])
      .where('scans.tenant_id', '=', tenantId)
      .where('scans.candidate_user_id', '=', session.userId)
      .orderBy('scans.created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      procedure: { name: r.name, office: r.office },
      instrument: { id: r.instrument_id, version: r.instrument_version },
      updatedAt: new Date(r.updated_at).toISOString(),
      may: mayList(ownScanRules, { status: r.status, review: r.review }),
    }));
  });
}
