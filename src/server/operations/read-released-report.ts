// The opdrachtgever reads a released report; the scope decides the view, each read checks the releases
// as they are now, and every read (and refusal) is in the access log (scans/released.ts).
import type { ReleaseScope } from '../../core/sharing/scan-lifecycle.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { readReleased } from '../scans/released.ts';
import { reportViewOf } from '../scans/report-view.ts';

/** The opdrachtgever reads a released report; the scope decides the view. Refusals are logged. */
export async function readReleasedReport(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
) {
  return readReleased(deps, session, input, async (tx, { procedure, scan, view }) => {
    const scope: ReleaseScope = view === 'opdrachtgever-volledig' ? 'volledig' : 'samenvatting';
    return { scope, report: await reportViewOf(deps, tx, procedure, scan, view) };
  });
}
