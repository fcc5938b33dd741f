// One agreed version of the organisation's norm, as it was agreed (every member reads it).

import { sql } from 'kysely';
import type { NormContent } from '../../core/norm/schema.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import type { NormVersionSummary } from '../norm/versions.ts';

export interface NormVersionView extends NormVersionSummary {
  content: NormContent;
  sessionVersion: number;
}

export async function readNormVersion(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  version: number,
): Promise<NormVersionView> {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const row = await tx
      .selectFrom('norm_versions')
      .innerJoin('users', 'users.id', 'norm_versions.recorded_by')
      .select([
        'norm_versions.version',
        'norm_versions.content',
        'norm_versions.session_version',
        sql<string>`to_char(norm_versions.agreed_on, 'YYYY-MM-DD')`.as('agreed_on'),
        'norm_versions.agreed_by',
        'norm_versions.recorded_at',
        'users.display_name',
      ])
      .where('norm_versions.tenant_id', '=', tenantId)
      .where('norm_versions.version', '=', version)
      .executeTakeFirst();
    if (!row) throw notFound();
    return {
      version: row.version,
      content: row.content,
      sessionVersion: row.session_version,
      agreedOn: row.agreed_on,
      agreedBy: row.agreed_by,
      recordedAt: row.recorded_at.toISOString(),
      recordedBy: row.display_name,
    };
  });
}
