// The follow-up procedure's assigned expert sees the earlier scan only with the candidate's consent;
// each read is in the access log of both scans.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadProcedureFor, loadScanOfProcedure } from '../policies/procedure.ts';
import { assertSubmitted } from '../policies/scan.ts';
import { logAccess } from '../scans/access-log.ts';
import { type EarlierView, earlierScanOf, noEarlier, sharedEarlier } from '../scans/earlier-scan.ts';

/** The follow-up procedure's assigned expert; with consent only, and logged for the candidate. */
export async function readEarlierForExpert(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
): Promise<Omit<EarlierView, 'state'> & { state: 'none' | 'deleted' | 'shared' }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const procedure = await loadProcedureFor(tx, session, input.tenantId, input.procedureId, ['expert']);
    const scan = await loadScanOfProcedure(tx, procedure, input.scanId);
    assertSubmitted(scan);
    // Without the candidate's consent the expert learns noEarlier, not even that there is an earlier scan.
    if (scan.earlier_consent !== true) return noEarlier('none') as EarlierView & { state: 'none' };
    const earlier = await earlierScanOf(tx, scan);
    if (earlier === null) return noEarlier('none') as EarlierView & { state: 'none' };
    if (earlier === 'deleted') return noEarlier('deleted') as EarlierView & { state: 'deleted' };
    const view = await sharedEarlier(deps, tx, scan, earlier);
    if (view.state === 'shared') {
      for (const scanId of [scan.id, earlier.id]) {
        await logAccess(tx, deps, {
          tenantId: input.tenantId,
          scanId,
          actorUserId: session.userId,
          actorRole: 'expert',
          view: 'herhaalscan',
          outcome: 'allowed',
        });
      }
    }
    return view as EarlierView & { state: 'shared' | 'deleted' };
  });
}
