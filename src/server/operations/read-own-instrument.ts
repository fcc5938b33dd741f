// The candidate reads the instrument version their scan is pinned to (the questionnaire page):
// the one definition they answer, not the catalogue.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { pinnedInstrument, presentDefinition } from '../scans/pinned-instrument.ts';

export async function readOwnInstrument(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  scanId: string,
) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    return presentDefinition(await pinnedInstrument(deps, await procedureOfScan(tx, scan)));
  });
}
