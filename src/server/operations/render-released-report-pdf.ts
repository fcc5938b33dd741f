// The opdrachtgever's copy of a released report as a PDF, with the releases checked as they are now:
// the scope decides the view; a refused download is logged in its own transaction, so it stays
// (scans/released.ts, the same load as the page).
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { readReleased } from '../scans/released.ts';
import { candidateName, type ReportLanguage, type ReportPdf, renderReportFile } from '../scans/report-pdf.ts';
import { reportViewOf } from '../scans/report-view.ts';

/** The opdrachtgever's copy of a released report: the scope decides the view; refusals are logged. */
export async function renderReleasedReportPdf(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string; language: ReportLanguage },
): Promise<ReportPdf> {
  const outcome = await readReleased(deps, session, input, async (tx, { procedure, scan, view }) => ({
    procedure,
    name: await candidateName(tx, scan),
    report: await reportViewOf(deps, tx, procedure, scan, view),
  }));
  return renderReportFile(deps, outcome.report, outcome.procedure, outcome.name, input.language);
}
