// The agreed versions of an organisation's norm, newest first (what the norm operations share).
import { sql } from 'kysely';
import type { Tx } from '../db/transaction.ts';

export interface NormVersionSummary {
  version: number;
  agreedOn: string;
  agreedBy: string[];
  recordedAt: string;
  recordedBy: string;
}

export async function normVersions(tx: Tx, tenantId: string): Promise<NormVersionSummary[]> {
  const rows = await tx
    .selectFrom('norm_versions')
    .innerJoin('users', 'users.id', 'norm_versions.recorded_by')
    .select([
      'norm_versions.version',
      sql<string>`to_char(norm_versions.agreed_on, 'YYYY-MM-DD')`.as('agreed_on'),
      'norm_versions.agreed_by',
      'norm_versions.recorded_at',
      'users.display_name',
    ])
    .where('norm_versions.tenant_id', '=', tenantId)
    .orderBy('norm_versions.version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    agreedOn: r.agreed_on,
    agreedBy: r.agreed_by,
    recordedAt: r.recorded_at.toISOString(),
    recordedBy: r.display_name,
  }));
}
