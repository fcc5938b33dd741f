// One procedure with its candidates' status. No scan content: the opdrachtgever sees status only, and
// "released" only while a release is active.
import { clientStatus } from '../../core/sharing/scan-lifecycle.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { mayList } from '../policies/may.ts';
import { loadProcedureFor, procedureRules } from '../policies/procedure.ts';
import { type ProcedureScanAction, procedureScanRules } from '../policies/scan.ts';
import { pinnedRef } from '../scans/pinned-instrument.ts';

export interface CandidateStatus {
  scanId: string;
  /** Name and address as the opdrachtgever entered them; gone once the scan is deleted. */
  displayName: string | null;
  email: string | null;
  status: string;
  updatedAt: string;
  may: ProcedureScanAction[];
}

export async function readProcedure(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  procedureId: string,
) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const procedure = await loadProcedureFor(tx, session, tenantId, procedureId, ['opdrachtgever', 'expert']);
    const scans = await tx
      .selectFrom('scans')
      .leftJoin('users', 'users.id', 'scans.candidate_user_id')
      .select(['scans.id', 'scans.status', 'scans.updated_at', 'users.display_name', 'users.email'])
      .where('scans.procedure_id', '=', procedureId)
      .where('scans.tenant_id', '=', tenantId)
      .orderBy('scans.created_at')
      .execute();
    const releases = await tx
      .selectFrom('releases')
      .select(['scan_id', 'scope', 'until', 'revoked_at'])
      .where('tenant_id', '=', tenantId)
      .where(
        'scan_id',
        'in',
        scans.length ? scans.map((s) => s.id) : ['00000000-0000-0000-0000-000000000000'],
      )
      .execute();
    const now = deps.now();
    const candidates: CandidateStatus[] = scans.map((s) => {
      const own = releases
        .filter((r) => r.scan_id === s.id)
        .map((r) => ({
          scope: r.scope,
          until: new Date(r.until),
          revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
        }));
      const shown = clientStatus(s.status, own, now);
      return {
        scanId: s.id,
        displayName: s.display_name,
        email: s.email,
        // Whether a candidate shared their report is between them and the opdrachtgever: the
        // expert sees "report ready", never "released".
        status: procedure.as === 'expert' && shown === 'released' ? 'report-ready' : shown,
        updatedAt: new Date(s.updated_at).toISOString(),
        may: mayList(procedureScanRules, {
          roles: procedure.roles,
          procedureStatus: procedure.status,
          status: s.status,
          releases: own,
          now,
        }),
      };
    });
    return {
      id: procedure.id,
      name: procedure.name,
      office: procedure.office,
      instrument: pinnedRef(deps, procedure),
      review: procedure.review,
      retentionDays: procedure.retention_days,
      status: procedure.status,
      createdAt: new Date(procedure.created_at).toISOString(),
      closedAt: procedure.closed_at ? new Date(procedure.closed_at).toISOString() : null,
      as: procedure.as,
      may: mayList(procedureRules, procedure),
      candidates,
    };
  });
}
