// The procedure's own opdrachtgevers and experts read the instrument version it pinned (the
// expert's review page): the one definition its scans are answered and judged with.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadProcedureFor } from '../policies/procedure.ts';
import { pinnedInstrument, presentDefinition } from '../scans/pinned-instrument.ts';

export async function readProcedureInstrument(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  procedureId: string,
) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const procedure = await loadProcedureFor(tx, session, tenantId, procedureId, ['opdrachtgever', 'expert']);
    return presentDefinition(await pinnedInstrument(deps, procedure));
  });
}
