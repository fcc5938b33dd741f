// The procedures a person takes part in, and one procedure with its candidates' status. No scan
// content here: the opdrachtgever sees status only, and "released" only while a release is active.

import { clientStatus } from '../../core/sharing/scan-lifecycle.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadProcedureFor } from '../policies/procedure.ts';

export interface ProcedureSummary {
  id: string;
  name: string;
  office: string;
  instrument: { id: string; version: string; hash: string };
  review: 'required' | 'optional' | 'none';
  retentionDays: number;
  status: 'open' | 'closed';
  createdAt: string;
  closedAt: string | null;
  as: 'opdrachtgever' | 'expert';
}

export async function listProcedures(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
): Promise<ProcedureSummary[]> {
  const memberships = session.memberships
    .filter(
      (m) =>
        m.tenantId === tenantId &&
        m.status === 'active' &&
        (m.role === 'opdrachtgever' || m.role === 'expert'),
    )
    .map((m) => m.id);
  if (memberships.length === 0) return [];
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const rows = await tx
      .selectFrom('procedures')
      .innerJoin('procedure_members', 'procedure_members.procedure_id', 'procedures.id')
      .selectAll('procedures')
      .select('procedure_members.role as as')
      .where('procedures.tenant_id', '=', tenantId)
      .where('procedure_members.membership_id', 'in', memberships)
      .orderBy('procedures.created_at', 'desc')
      .execute();
    // One row per procedure, even when someone is both its opdrachtgever and its expert.
    const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
    return unique.map((r) => ({
      id: r.id,
      name: r.name,
      office: r.office,
      instrument: { id: r.instrument_id, version: r.instrument_version, hash: r.instrument_hash },
      review: r.review,
      retentionDays: r.retention_days,
      status: r.status,
      createdAt: new Date(r.created_at).toISOString(),
      closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
      as: r.as as 'opdrachtgever' | 'expert',
    }));
  });
}

export interface CandidateStatus {
  scanId: string;
  /** Name and address as the opdrachtgever entered them; gone once the scan is deleted. */
  displayName: string | null;
  email: string | null;
  status: string;
  updatedAt: string;
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
      const shown = clientStatus(
        s.status,
        releases
          .filter((r) => r.scan_id === s.id)
          .map((r) => ({
            scope: r.scope,
            until: new Date(r.until),
            revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
          })),
        now,
      );
      return {
        scanId: s.id,
        displayName: s.display_name,
        email: s.email,
        // Whether a candidate shared their report is between them and the opdrachtgever: the
        // expert sees "report ready", never "released".
        status: procedure.as === 'expert' && shown === 'released' ? 'report-ready' : shown,
        updatedAt: new Date(s.updated_at).toISOString(),
      };
    });
    return {
      id: procedure.id,
      name: procedure.name,
      office: procedure.office,
      instrument: {
        id: procedure.instrument_id,
        version: procedure.instrument_version,
        hash: procedure.instrument_hash,
      },
      review: procedure.review,
      retentionDays: procedure.retention_days,
      status: procedure.status,
      createdAt: new Date(procedure.created_at).toISOString(),
      closedAt: procedure.closed_at ? new Date(procedure.closed_at).toISOString() : null,
      as: procedure.as,
      candidates,
    };
  });
}

/** Active experts of the organisation, by name, for the opdrachtgever's expert picker. */
export async function listExperts(deps: AppDeps, session: SessionInfo, tenantId: string) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const rows = await tx
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['memberships.id', 'users.display_name'])
      .where('memberships.tenant_id', '=', tenantId)
      .where('memberships.role', '=', 'expert')
      .where('memberships.status', '!=', 'disabled')
      .orderBy('users.display_name')
      .execute();
    return rows.map((r) => ({ membershipId: r.id, displayName: r.display_name }));
  });
}
