// The assigned expert's copy of the report as a PDF, once the report is final; logged like the expert's reads.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertMay } from '../policies/may.ts';
import { loadProcedureFor, loadScanOfProcedure } from '../policies/procedure.ts';
import { expertScanRules } from '../policies/scan.ts';
import { logExpertRead } from '../scans/access-log.ts';
import { candidateName, type ReportLanguage, type ReportPdf, renderReportFile } from '../scans/report-pdf.ts';
import { reportViewOf } from '../scans/report-view.ts';

/** The assigned expert's copy, once the report is final; logged like the expert's reads. */
export async function renderExpertReportPdf(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string; language: ReportLanguage },
): Promise<ReportPdf> {
  const { report, procedure, name } = await inTransaction(
    deps.database,
    { tenantId: input.tenantId, userId: session.userId },
    async (tx) => {
      const procedure = await loadProcedureFor(tx, session, input.tenantId, input.procedureId, ['expert']);
      const scan = await loadScanOfProcedure(tx, procedure, input.scanId);
      assertMay(expertScanRules, { status: scan.status, review: procedure.review }, 'downloadPdf');
      await logExpertRead(tx, deps, session.userId, scan);
      return {
        procedure,
        name: await candidateName(tx, scan),
        report: await reportViewOf(deps, tx, procedure, scan, 'expert'),
      };
    },
  );
  return renderReportFile(deps, report, procedure, name, input.language);
}
