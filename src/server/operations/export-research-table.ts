// A released research table as a file: CSV (the table, then the metadata) or ODS (a sheet with the
// table and one with the metadata: population, threshold, date, instrument versions, what the
// marks mean). Only what was released is exported — the stored protected table, never a recount.
import type { ProtectedCell, ProtectedTable } from '../../core/aggregate/index.ts';
import type { TextKey } from '../../core/texts/translate.ts';
import type { Language } from '../../core/vocabulary.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import { type Cell, csvOf, odsMediaType, odsOf, type Sheet } from '../research/spreadsheet.ts';
import type { researchTexts } from '../research/texts.ts';
import { t } from '../texts.ts';

export type ResearchExportFormat = 'csv' | 'ods';

interface StoredQuestion {
  scope: 'own' | 'admitted';
  rows: string;
  columns: string;
  filters: Record<string, string | number | undefined>;
  organisations: number;
  instruments: string[];
}

export async function exportResearchTable(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; releaseId: string; format: ResearchExportFormat; language: Language },
): Promise<{ bytes: Uint8Array; contentType: string; filename: string }> {
  const release = await inTransaction(
    deps.database,
    { tenantId: input.tenantId, userId: session.userId },
    async (tx) => {
      const found = await tx
        .selectFrom('research_releases')
        .select(['id', 'released_at', 'question', 'protected_table'])
        .where('tenant_id', '=', input.tenantId)
        .where('id', '=', input.releaseId)
        .executeTakeFirst();
      if (!found) throw notFound();
      await recordAudit(tx, {
        action: 'research.table_exported',
        tenantId: input.tenantId,
        actorUserId: session.userId,
        subjectType: 'research_release',
        subjectId: found.id,
        data: { format: input.format },
      });
      return found;
    },
  );
  const question = release.question as StoredQuestion;
  const table = release.protected_table as ProtectedTable;
  const r = (key: TextKey<typeof researchTexts>, vars?: Record<string, string | number>) =>
    t('research', key, vars, input.language);
  const value = (cell: ProtectedCell): Cell =>
    cell.state === 'shown' && cell.value !== null
      ? cell.value
      : r(`mark.${cell.state === 'primary' ? 'primary' : 'complementary'}`);
  const tableRows: Cell[][] = [
    [`${question.rows} \\ ${question.columns}`, ...table.columnLabels, r('total')],
    ...table.rowLabels.map((label, i) => [label, ...table.cells[i]!.map(value), value(table.rowTotals[i]!)]),
    [r('total'), ...table.columnTotals.map(value), value(table.total)],
  ];
  const filters = Object.entries(question.filters)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  const metadata: Cell[][] = [
    [r('meta.title')],
    [r('meta.release'), release.id],
    [r('meta.date'), new Date(release.released_at).toISOString()],
    [r('meta.rows'), question.rows],
    [r('meta.columns'), question.columns],
    [r('meta.filters'), filters || r('meta.no-filters')],
    [
      r('meta.population'),
      question.scope === 'own'
        ? r('meta.population-own')
        : r('meta.population-admitted', { count: question.organisations }),
    ],
    [r('meta.threshold'), table.settings.threshold],
    ['', r('meta.threshold-text', { threshold: table.settings.threshold })],
    [r('meta.instruments'), question.instruments.join('; ')],
    ['', r('meta.mark-primary')],
    ['', r('meta.mark-complementary')],
  ];
  const base = `onderzoekstabel-${release.id.slice(0, 8)}`;
  if (input.format === 'csv') {
    const csv = csvOf([...tableRows, [], ...metadata]);
    return {
      bytes: new TextEncoder().encode(`\ufeff${csv}`),
      contentType: 'text/csv; charset=utf-8',
      filename: `${base}.csv`,
    };
  }
  const sheets: Sheet[] = [
    { name: r('sheet.table'), rows: tableRows },
    { name: r('sheet.metadata'), rows: metadata },
  ];
  return { bytes: odsOf(sheets), contentType: odsMediaType, filename: `${base}.ods` };
}
