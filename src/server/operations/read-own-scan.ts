// The candidate reads their scan back: answers and network map, with the instrument it is pinned to.
import type { Network } from '../../core/network/model.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { mayList } from '../policies/may.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { ownScanRules } from '../policies/scan.ts';
import { openField, readAnswers } from '../scans/content.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';

export async function readOwnScan(deps: AppDeps, session: SessionInfo, tenantId: string, scanId: string) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    const procedure = await procedureOfScan(tx, scan);
    const loaded = await pinnedInstrument(deps, procedure);
    return {
      id: scan.id,
      status: scan.status,
      revision: scan.revision,
      procedure: {
        id: procedure.id,
        name: procedure.name,
        office: procedure.office,
        review: procedure.review,
      },
      instrument: { id: loaded.instrument.id, version: loaded.instrument.version, hash: loaded.hash },
      answers: await readAnswers(deps, tx, scan),
      network: await openField<Network | null>(deps, scan, 'network', null),
      updatedAt: new Date(scan.updated_at).toISOString(),
      may: mayList(ownScanRules, { status: scan.status, review: procedure.review }),
    };
  });
}
