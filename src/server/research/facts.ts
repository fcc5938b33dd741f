// The facts a research table counts, opened inside the server: for each consented scan of one
// organisation that is submitted or further, its sealed evaluation and decisions are opened under
// the scan's key and reduced to levels, gaps and numbers (core/research/dimensions.ts). Nothing
// of it leaves the server except through the protected table.
import type { Level } from '../../core/instrument/scale.ts';
import type { ReportDecisions } from '../../core/report/report-model.ts';
import type { ResearchFacts } from '../../core/research/dimensions.ts';
import type { OrganisationType } from '../../core/vocabulary.ts';
import type { AppDeps } from '../context.ts';
import type { Tx } from '../db/transaction.ts';
import { openField } from '../scans/content.ts';
import { emptyDecisions, type StoredEvaluation } from '../scans/stored-evaluation.ts';

/** The statuses in which a scan's evaluation is final enough to count (submitted or further). */
export const countedStatuses = ['submitted', 'in-review', 'report-ready'] as const;

export interface CountedScan {
  tenantId: string;
  scanId: string;
  facts: ResearchFacts;
}

/** Every consented, submitted scan of the organisation the transaction is scoped to. */
export async function consentedScanFacts(
  tx: Tx,
  deps: AppDeps,
  tenantId: string,
  organisationType: OrganisationType,
): Promise<CountedScan[]> {
  const scans = await tx
    .selectFrom('scans')
    .innerJoin('procedures', (join) =>
      join
        .onRef('procedures.id', '=', 'scans.procedure_id')
        .onRef('procedures.tenant_id', '=', 'scans.tenant_id'),
    )
    .selectAll('scans')
    .select(['procedures.office'])
    .where('scans.tenant_id', '=', tenantId)
    .where('scans.research_consent', '=', true)
    .where('scans.status', 'in', countedStatuses)
    .where('scans.evaluation_sealed', 'is not', null)
    .orderBy('scans.id')
    .execute();
  const counted: CountedScan[] = [];
  for (const scan of scans) {
    const stored = await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null);
    if (!stored) continue;
    const decisions = await openField<ReportDecisions>(deps, scan, 'report', emptyDecisions);
    const judged = new Map(decisions.judgements.map((j) => [j.theme, j.level] as const));
    const themes: Record<string, Level> = {};
    for (const theme of stored.evaluation.themes) themes[theme.id] = judged.get(theme.id) ?? theme.level;
    const indicators: Record<string, Level> = {};
    for (const indicator of stored.evaluation.indicators) indicators[indicator.id] = indicator.level;
    const awareness: Record<string, number> = {};
    for (const a of stored.evaluation.awareness) awareness[a.theme] = a.gap;
    const measures =
      decisions.judgements.length > 0 || decisions.measures.length > 0
        ? decisions.measures.length
        : stored.evaluation.measures.length;
    const at = scan.submitted_at ?? scan.created_at;
    counted.push({
      tenantId,
      scanId: scan.id,
      facts: {
        office: scan.office,
        instrument: `${stored.instrument.id}@${stored.instrument.version}`,
        year: new Date(at).getUTCFullYear(),
        organisationType,
        themes,
        indicators,
        awareness,
        measures,
        network: stored.network ? { ...stored.network.measures } : null,
        undefinedMeasures: stored.network ? [...stored.network.details.undefinedMeasures] : [],
      },
    });
  }
  return counted;
}
