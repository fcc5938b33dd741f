// The opdrachtgever's copy of a released report as a PDF, with the releases checked as they are now:
// the scope decides the view; a refused download is logged in its own transaction, so it stays.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadProcedureFor, loadScanOfProcedure } from '../policies/procedure.ts';
import { refuseUnreleased, releasedViewFor } from '../scans/released.ts';
import { candidateName, type ReportLanguage, type ReportPdf, renderReportFile } from '../scans/report-pdf.ts';
import { reportViewOf } from '../scans/report-view.ts';

/** The opdrachtgever's copy of a released report: the scope decides the view; refusals are logged. */
export async function renderReleasedReportPdf(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string; language: ReportLanguage },
): Promise<ReportPdf> {
  const outcome = await inTransaction(
    deps.database,
    { tenantId: input.tenantId, userId: session.userId },
    async (tx) => {
      const procedure = await loadProcedureFor(tx, session, input.tenantId, input.procedureId, [
        'opdrachtgever',
      ]);
      const scan = await loadScanOfProcedure(tx, procedure, input.scanId);
      const view = await releasedViewFor(tx, deps, session, scan);
      if (!view) return null;
      return {
        procedure,
        name: await candidateName(tx, scan),
        report: await reportViewOf(deps, procedure, scan, view),
      };
    },
  );
  if (!outcome) return refuseUnreleased(deps, session, input);
  return renderReportFile(deps, outcome.report, outcome.procedure, outcome.name, input.language);
}
