// The candidate saves their integriteitsagenda. Each save raises its own revision; a save based on an
// older one (a second tab) is a conflict and nothing is saved.
import { type Agenda, type AgendaAction, checkAgenda } from '../../core/agenda/agenda.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, invalidInput } from '../domain-error.ts';
import { assertMay } from '../policies/may.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { ownScanRules } from '../policies/scan.ts';
import { sealAgenda } from '../scans/agenda.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { sentence } from '../texts.ts';

export async function saveOwnAgenda(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; baseRevision: number; actions: AgendaAction[] },
): Promise<{ revision: number; updatedAt: string }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId, { forUpdate: true });
    const procedure = await procedureOfScan(tx, scan);
    assertMay(ownScanRules, { status: scan.status, review: procedure.review }, 'agenda');
    if (input.baseRevision !== scan.agenda_revision) {
      throw conflict('agenda-conflict', sentence('errors', 'agenda-conflict'));
    }
    const { instrument } = await pinnedInstrument(deps, procedure);
    const agenda: Agenda = { actions: input.actions };
    const issues = checkAgenda(agenda, instrument);
    if (issues.length > 0) {
      throw invalidInput(
        'invalid-agenda',
        sentence('errors', 'invalid-agenda'),
        issues.map((i) => ({
          path: ['actions', i.action, i.field],
          message: { nl: i.message.nl, en: i.message.en ?? i.message.nl },
        })),
      );
    }
    const revision = scan.agenda_revision + 1;
    const now = deps.now();
    await tx
      .updateTable('scans')
      .set({
        agenda_sealed: await sealAgenda(deps, scan, agenda),
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
