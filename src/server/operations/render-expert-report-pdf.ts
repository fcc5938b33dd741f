// The assigned expert's copy of the report as a PDF, once the report is final; logged like the expert's reads.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadProcedureFor, loadScanOfProcedure } from '../policies/procedure.ts';
import { logAccess } from '../scans/access-log.ts';
import { candidateName, type ReportLanguage, type ReportPdf, renderReportFile } from '../scans/report-pdf.ts';
import { reportNotReady, reportViewOf } from '../scans/report-view.ts';

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
      if (scan.status !== 'report-ready') throw reportNotReady();
      await logAccess(tx, deps, {
        tenantId: input.tenantId,
        scanId: scan.id,
        actorUserId: session.userId,
        actorRole: 'expert',
        view: 'expert',
        outcome: 'allowed',
      });
      return {
        procedure,
        name: await candidateName(tx, scan),
        report: await reportViewOf(deps, procedure, scan, 'expert'),
      };
    },
  );
  return renderReportFile(deps, report, procedure, name, input.language);
}
