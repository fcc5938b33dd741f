// The candidate's own report as a PDF ("Uw rapport"), rendered per request; nothing is stored.
// Their own reads are not access-logged.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertMay } from '../policies/may.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { ownScanRules } from '../policies/scan.ts';
import { type ReportLanguage, type ReportPdf, renderReportFile } from '../scans/report-pdf.ts';
import { reportViewOf } from '../scans/report-view.ts';

/** The candidate's own report ("Uw rapport"). Their own reads are not access-logged. */
export async function renderOwnReportPdf(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; language: ReportLanguage },
): Promise<ReportPdf> {
  const { report, procedure } = await inTransaction(
    deps.database,
    { tenantId: input.tenantId, userId: session.userId },
    async (tx) => {
      const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId);
      const procedure = await procedureOfScan(tx, scan);
      assertMay(ownScanRules, { status: scan.status, review: procedure.review }, 'readReport');
      return { procedure, report: await reportViewOf(deps, tx, procedure, scan, 'kandidaat') };
    },
  );
  return renderReportFile(deps, report, procedure, null, input.language);
}
