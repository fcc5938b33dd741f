// The report as a PDF file for its reader: the cover data, the file name, and the rendering from the
// same view model as the page (report-view.ts → src/server/pdf). Used by the three download use
// cases (operations/render-own-report-pdf.ts, render-expert-report-pdf.ts, render-released-report-pdf.ts).
import type { Selectable } from 'kysely';
import type { ReportView } from '../../core/report/report-model.ts';
import type { AppDeps } from '../context.ts';
import type { ProceduresTable, ScansTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { renderReportPdf } from '../pdf/render-report.ts';

export interface ReportPdf {
  bytes: Uint8Array;
  filename: string;
}

export type ReportLanguage = 'nl' | 'en';

export async function candidateName(tx: Tx, scan: Selectable<ScansTable>): Promise<string | null> {
  if (!scan.candidate_user_id) return null;
  const row = await tx
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', scan.candidate_user_id)
    .executeTakeFirst();
  return row?.display_name ?? null;
}

/** "Rapport <procedure> <yyyy-mm-dd>.pdf" — the route strips what a file name may not hold. */
function fileName(procedure: Selectable<ProceduresTable>, date: Date, language: ReportLanguage): string {
  const day = date.toISOString().slice(0, 10);
  return `${language === 'en' ? 'Report' : 'Rapport'} ${procedure.name} ${day}.pdf`;
}

export async function renderReportFile(
  deps: AppDeps,
  report: ReportView,
  procedure: Selectable<ProceduresTable>,
  candidateLabel: string | null,
  language: ReportLanguage,
): Promise<ReportPdf> {
  const date = deps.now();
  const bytes = await renderReportPdf(
    report,
    { procedureName: procedure.name, candidateLabel, date },
    { language },
  );
  return { bytes, filename: fileName(procedure, date, language) };
}
