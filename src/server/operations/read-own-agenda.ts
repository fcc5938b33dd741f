// The candidate reads their integriteitsagenda on the finished report, with the measures chosen for it.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertMay } from '../policies/may.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { ownScanRules } from '../policies/scan.ts';
import { openAgenda } from '../scans/agenda.ts';
import { openField } from '../scans/content.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { emptyDecisions } from '../scans/stored-evaluation.ts';

export async function readOwnAgenda(deps: AppDeps, session: SessionInfo, tenantId: string, scanId: string) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    const procedure = await procedureOfScan(tx, scan);
    assertMay(ownScanRules, { status: scan.status, review: procedure.review }, 'agenda');
    const { instrument } = await pinnedInstrument(deps, procedure);
    const decisions = await openField(deps, scan, 'report', emptyDecisions);
    const agenda = await openAgenda(deps, scan);
    return {
      revision: scan.agenda_revision,
      updatedAt: scan.agenda_updated_at ? new Date(scan.agenda_updated_at).toISOString() : null,
      actions: agenda?.actions ?? [],
      measures: decisions.measures.flatMap((id) => {
        const m = instrument.measures.find((x) => x.id === id);
        return m ? [{ id: m.id, title: m.title, description: m.description }] : [];
      }),
      procedure: { name: procedure.name },
      finalisedAt: decisions.finalisedAt,
    };
  });
}
