// The procedures a person takes part in as opdrachtgever or expert. No scan content here.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';

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
