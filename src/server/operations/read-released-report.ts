// The opdrachtgever reads a released report; the scope decides the view, each read checks the releases
// as they are now, and every read (and refusal) is in the access log.
import type { ReleaseScope } from '../../core/sharing/scan-lifecycle.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadProcedureFor, loadScanOfProcedure } from '../policies/procedure.ts';
import { refuseUnreleased, releasedViewFor } from '../scans/released.ts';
import { reportViewOf } from '../scans/report-view.ts';

/** The opdrachtgever reads a released report; the scope decides the view. Refusals are logged. */
export async function readReleasedReport(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
) {
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
      const scope: ReleaseScope = view === 'opdrachtgever-volledig' ? 'volledig' : 'samenvatting';
      return { scope, report: await reportViewOf(deps, procedure, scan, view) };
    },
  );
  return outcome ?? refuseUnreleased(deps, session, input);
}
