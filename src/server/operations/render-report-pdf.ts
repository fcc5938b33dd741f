// The report as a PDF for its reader, rendered per request from the same view model as the page
// (report-view.ts → src/server/pdf); nothing is stored. The candidate downloads their own copy;
// the assigned expert theirs once the report is final; the opdrachtgever the released view, with
// the releases checked as they are now. Downloads by anyone but the candidate are written to the
// access log exactly like reads; a refused download of the opdrachtgever is logged in its own
// transaction, so it stays.
import type { Selectable } from 'kysely';
import type { ReportView } from '../../core/report/report-model.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import type { ProceduresTable, ScansTable } from '../db/schema.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { renderReportPdf } from '../pdf/render-report.ts';
import {
  loadOwnScan,
  loadProcedureFor,
  loadScanOfProcedure,
  procedureOfScan,
} from '../policies/procedure.ts';
import { logAccess } from '../scans/access-log.ts';
import { refuseUnreleased, releasedViewFor } from '../scans/released.ts';
import { reportNotReady, reportViewOf } from './report-view.ts';

export interface ReportPdf {
  bytes: Uint8Array;
  filename: string;
}

type Language = 'nl' | 'en';

async function candidateName(tx: Tx, scan: Selectable<ScansTable>): Promise<string | null> {
  if (!scan.candidate_user_id) return null;
  const row = await tx
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', scan.candidate_user_id)
    .executeTakeFirst();
  return row?.display_name ?? null;
}

/** "Rapport <procedure> <yyyy-mm-dd>.pdf" — the route strips what a file name may not hold. */
function fileName(procedure: Selectable<ProceduresTable>, date: Date, language: Language): string {
  const day = date.toISOString().slice(0, 10);
  return `${language === 'en' ? 'Report' : 'Rapport'} ${procedure.name} ${day}.pdf`;
}

async function render(
  deps: AppDeps,
  report: ReportView,
  procedure: Selectable<ProceduresTable>,
  candidateLabel: string | null,
  language: Language,
): Promise<ReportPdf> {
  const date = deps.now();
  const bytes = await renderReportPdf(
    report,
    { procedureName: procedure.name, candidateLabel, date },
    { language },
  );
  return { bytes, filename: fileName(procedure, date, language) };
}

/** The candidate's own report ("Uw rapport"). Their own reads are not access-logged. */
export async function ownReportPdf(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; language: Language },
): Promise<ReportPdf> {
  const { report, procedure } = await inTransaction(
    deps.database,
    { tenantId: input.tenantId, userId: session.userId },
    async (tx) => {
      const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId);
      if (scan.status !== 'report-ready') throw reportNotReady();
      const procedure = await procedureOfScan(tx, scan);
      return { procedure, report: await reportViewOf(deps, procedure, scan, 'kandidaat') };
    },
  );
  return render(deps, report, procedure, null, input.language);
}

/** The assigned expert's copy, once the report is final; logged like the expert's reads. */
export async function expertReportPdf(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string; language: Language },
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
  return render(deps, report, procedure, name, input.language);
}

/** The opdrachtgever's copy of a released report: the scope decides the view; refusals are logged. */
export async function releasedReportPdf(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string; language: Language },
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
  return render(deps, outcome.report, outcome.procedure, outcome.name, input.language);
}
