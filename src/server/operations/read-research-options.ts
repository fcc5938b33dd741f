// What the onderzoeker may ask: the dimensions (fixed lists from the instruments), the filters,
// whether organisations admit this one for research, the threshold, and the tables released so far.
import { type Dimension, researchDimensions, researchYears } from '../../core/research/dimensions.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { researchSettingsOf } from '../research/pseudonyms.ts';

export interface ResearchOptions {
  dimensions: Dimension[];
  years: number[];
  instruments: string[];
  threshold: number;
  admittedBy: number;
  releases: Array<{
    id: string;
    releasedAt: string;
    rows: string;
    columns: string;
    scope: 'own' | 'admitted';
  }>;
}

export async function readResearchOptions(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
): Promise<ResearchOptions> {
  const years = researchYears(deps.now());
  const dimensions = researchDimensions(
    deps.instruments.all().map((l) => l.instrument),
    years,
  );
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const settings = await researchSettingsOf(tx, tenantId);
    const admissions = await tx
      .selectFrom('research_admissions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('research_tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow();
    const releases = await tx
      .selectFrom('research_releases')
      .select(['id', 'released_at', 'question'])
      .where('tenant_id', '=', tenantId)
      .orderBy('released_at', 'desc')
      .limit(50)
      .execute();
    return {
      dimensions,
      years,
      instruments: dimensions.find((d) => d.id === 'instrument')?.categories.slice() ?? [],
      threshold: settings.threshold,
      admittedBy: Number(admissions.n),
      releases: releases.map((r) => {
        const q = r.question as { rows: string; columns: string; scope: 'own' | 'admitted' };
        return {
          id: r.id,
          releasedAt: new Date(r.released_at).toISOString(),
          rows: q.rows,
          columns: q.columns,
          scope: q.scope,
        };
      }),
    };
  });
}
