// The procedures a person takes part in as opdrachtgever or expert. No scan content here.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { mayList } from '../policies/may.ts';
import {
  type ProcedureAction,
  procedureMembershipIds,
  procedureRoles,
  procedureRules,
} from '../policies/procedure.ts';
import { pinnedRef } from '../scans/pinned-instrument.ts';

export interface ProcedureSummary {
  id: string;
  name: string;
  office: string;
  instrument: { id: string; version: string; hash: string; title: { nl: string; en?: string } };
  review: 'required' | 'optional' | 'none';
  retentionDays: number;
  status: 'open' | 'closed';
  createdAt: string;
  closedAt: string | null;
  as: 'opdrachtgever' | 'expert';
  may: ProcedureAction[];
}

export async function listProcedures(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
): Promise<ProcedureSummary[]> {
  const memberships = procedureMembershipIds(session, tenantId, procedureRoles);
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
    // One row per procedure, even when someone is both its opdrachtgever and its expert (then
    // shown as its opdrachtgever, with what either part allows).
    const rolesOf = (id: string) =>
      procedureRoles.filter((role) => rows.some((r) => r.id === id && r.as === role));
    const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
    return unique.map((r) => ({
      id: r.id,
      name: r.name,
      office: r.office,
      instrument: pinnedRef(deps, r),
      review: r.review,
      retentionDays: r.retention_days,
      status: r.status,
      createdAt: new Date(r.created_at).toISOString(),
      closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
      as: rolesOf(r.id)[0]!,
      may: mayList(procedureRules, { roles: rolesOf(r.id), status: r.status }),
    }));
  });
}
