// The candidate's own network map in an open format (GraphML, egor CSV tables, FollowTheMoney).
import { toEgorTables, toFollowTheMoney, toGraphML } from '../../core/network/export.ts';
import { emptyNetwork, type Network } from '../../core/network/model.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { openField } from '../scans/content.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';

/** The candidate's own network in an open format (content as text; the web app offers it as a file). */
export async function exportOwnNetwork(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  scanId: string,
  format: 'graphml' | 'egor-ego' | 'egor-alters' | 'egor-ties' | 'ftm',
): Promise<string> {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    const procedure = await procedureOfScan(tx, scan);
    const { instrument } = await pinnedInstrument(deps, procedure);
    const network = (await openField<Network | null>(deps, scan, 'network', null)) ?? emptyNetwork();
    if (format === 'graphml') return toGraphML(network);
    if (format === 'ftm') return JSON.stringify(toFollowTheMoney(network), null, 2);
    const contextLabel = (id: string) => {
      const context = network.contexts.find((c) => c.id === id);
      const catalogue = instrument.network?.contexts.find((c) => c.id === context?.catalogueId);
      return context?.label ?? catalogue?.label.nl ?? id;
    };
    const tables = toEgorTables(network, contextLabel);
    return format === 'egor-ego' ? tables.ego : format === 'egor-alters' ? tables.alters : tables.alterTies;
  });
}
