// The candidate reads the bewilligingsverklaring of their scan (the one they signed, or the one its
// instrument asks them to sign), its state, and after the check: what was checked and the confirmed findings.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { mayList } from '../policies/may.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { ownScreeningRules } from '../policies/screening.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { checkedSourcesOf, findingsOf, openScreening } from '../screening/record.ts';
import { declarationOf, declarationSummary, screeningStateOf } from '../screening/views.ts';

export async function readOwnScreening(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  scanId: string,
) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    const record = await openScreening(deps, scan);
    const { instrument } = await pinnedInstrument(deps, await procedureOfScan(tx, scan));
    return {
      declaration: declarationOf(scan, instrument),
      signature: declarationSummary(scan),
      ranAt: record?.ranAt ?? null,
      checked: record ? checkedSourcesOf(record) : [],
      findings: record ? findingsOf(record) : [],
      may: mayList(ownScreeningRules, screeningStateOf(scan)),
    };
  });
}
