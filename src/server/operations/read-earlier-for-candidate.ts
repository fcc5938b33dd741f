// The candidate's view of their earlier scan in a follow-up procedure: the question, or with their
// consent the earlier agenda and how the results changed (rules in scans/earlier-scan.ts).
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { type EarlierView, earlierScanOf, noEarlier, sharedEarlier } from '../scans/earlier-scan.ts';

export async function readEarlierForCandidate(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  scanId: string,
): Promise<EarlierView> {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    const earlier = await earlierScanOf(tx, scan);
    if (earlier === null) return noEarlier('none');
    if (earlier === 'deleted') return noEarlier('deleted');
    const consentAt = scan.earlier_consent_at ? new Date(scan.earlier_consent_at).toISOString() : null;
    if (scan.earlier_consent !== true) {
      const procedure = await procedureOfScan(tx, earlier);
      return {
        ...noEarlier(scan.earlier_consent === false ? 'declined' : 'ask', consentAt),
        earlier: {
          procedureName: procedure.name,
          submittedAt: earlier.submitted_at ? new Date(earlier.submitted_at).toISOString() : null,
          finished: earlier.status === 'report-ready',
        },
      };
    }
    return sharedEarlier(deps, tx, scan, earlier);
  });
}
