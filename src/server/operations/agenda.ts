// The candidate's integriteitsagenda on the finished report. It is theirs alone: only the
// candidate reads and writes it here (the follow-up expert sees it only through earlier-scan.ts,
// with the candidate's consent, logged). Sealed under the scan's data key like all scan content;
// each save raises its own revision, and a save based on an older one (a second tab) is a 409.
import type { Selectable } from 'kysely';
import { type Agenda, type AgendaAction, checkAgenda } from '../../core/agenda/agenda.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { openScanField, sealScanField } from '../crypto/scan-keys.ts';
import type { ScansTable } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { Problem } from '../http/problem.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { openField } from '../scans/content.ts';
import { pinnedInstrument } from './candidate-scans.ts';
import { emptyDecisions } from './expert-review.ts';

const field = 'agenda';

/** The agenda stored with a scan, or null when none was saved (or the scan is deleted). */
export async function openAgenda(
  deps: AppDeps,
  scan: Pick<Selectable<ScansTable>, 'tenant_id' | 'id' | 'agenda_sealed'>,
): Promise<Agenda | null> {
  if (!scan.agenda_sealed) return null;
  const key = await deps.scanKeys.get(scan.tenant_id, scan.id);
  return openScanField<Agenda>(key, scan.tenant_id, scan.id, field, scan.agenda_sealed);
}

const notReady = () =>
  new Problem(
    409,
    'report-not-ready',
    'De agenda maakt u bij het afgeronde rapport. Dat is er nog niet. / The agenda comes with the finished report.',
  );

export async function readOwnAgenda(deps: AppDeps, session: SessionInfo, tenantId: string, scanId: string) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    if (scan.status !== 'report-ready') throw notReady();
    const procedure = await procedureOfScan(tx, scan);
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

export async function saveOwnAgenda(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; baseRevision: number; actions: AgendaAction[] },
): Promise<{ revision: number; updatedAt: string }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId, { forUpdate: true });
    if (scan.status !== 'report-ready') throw notReady();
    if (input.baseRevision !== scan.agenda_revision) {
      throw new Problem(
        409,
        'agenda-conflict',
        'Uw agenda is intussen ergens anders opgeslagen (in een ander tabblad of venster). Er is hier niets opgeslagen. Laad de agenda opnieuw en breng uw wijziging daarna nog eens aan. / Your agenda was saved elsewhere (another tab); nothing was saved here. Reload and make your change again.',
      );
    }
    const procedure = await procedureOfScan(tx, scan);
    const { instrument } = await pinnedInstrument(deps, procedure);
    const agenda: Agenda = { actions: input.actions };
    const issues = checkAgenda(agenda, instrument);
    if (issues.length > 0) {
      throw new Problem(
        400,
        'invalid-agenda',
        'Niet alles in de agenda klopt; er is niets opgeslagen. / Not everything in the agenda is valid; nothing was saved.',
        issues.map((i) => ({
          path: `actions.${i.action}.${i.field}`,
          message: `${i.message.nl} / ${i.message.en ?? i.message.nl}`,
        })),
      );
    }
    const key = await deps.scanKeys.get(scan.tenant_id, scan.id);
    const revision = scan.agenda_revision + 1;
    const now = deps.now();
    await tx
      .updateTable('scans')
      .set({
        agenda_sealed: sealScanField(key, scan.tenant_id, scan.id, field, agenda),
        agenda_revision: revision,
        agenda_updated_at: now,
      })
      .where('id', '=', scan.id)
      .where('tenant_id', '=', input.tenantId)
      .execute();
    await recordAudit(tx, {
      action: 'scan.agenda_saved',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: {
        revision,
        actions: agenda.actions.length,
        done: agenda.actions.filter((a) => a.status === 'gedaan').length,
      },
    });
    return { revision, updatedAt: now.toISOString() };
  });
}
