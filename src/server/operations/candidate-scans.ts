// The candidate's side of a scan: their list, reading it back (with the instrument it is pinned
// to), and the autosave. Each save is one change set with the revision it was based on:
// - a retry of a save that already went through (same saveId) answers as before;
// - a save based on an older revision (a second, stale tab) is refused with a conflict, and the
//   tab reloads and merges: nothing the person typed is lost;
// - every answer is checked against the pinned instrument: what does not fit is refused with the
//   question and the reason.
import type { Selectable } from 'kysely';
import type { Answer, Answers } from '../../core/instrument/answers.ts';
import { validateAnswer } from '../../core/instrument/answers.ts';
import { indexInstrument } from '../../core/instrument/index-instrument.ts';
import { toEgorTables, toFollowTheMoney, toGraphML } from '../../core/network/export.ts';
import { emptyNetwork, type Network, validateNetwork } from '../../core/network/model.ts';
import { transition } from '../../core/sharing/scan-lifecycle.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import type { ProceduresTable } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { Problem } from '../http/problem.ts';
import type { LoadedInstrument } from '../instruments/registry.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { openField, readAnswers, sealField } from '../scans/content.ts';

export async function pinnedInstrument(
  deps: AppDeps,
  procedure: Selectable<ProceduresTable>,
): Promise<LoadedInstrument> {
  const loaded = deps.instruments.get(procedure.instrument_id, procedure.instrument_version);
  // A missing or changed definition would silently evaluate a scan against other questions.
  if (!loaded || loaded.hash !== procedure.instrument_hash) {
    deps.logger.error({ procedure: procedure.id }, 'pinned instrument version missing or changed');
    throw new Problem(
      500,
      'instrument-missing',
      'De vragenlijst van deze procedure ontbreekt. Meld dit aan de beheerder. / Instrument version missing.',
    );
  }
  return loaded;
}

export async function listOwnScans(deps: AppDeps, session: SessionInfo, tenantId: string) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const rows = await tx
      .selectFrom('scans')
      .innerJoin('procedures', 'procedures.id', 'scans.procedure_id')
      .select([
        'scans.id',
        'scans.status',
        'scans.updated_at',
        'procedures.name',
        'procedures.office',
        'procedures.instrument_id',
        'procedures.instrument_version',
      ])
      .where('scans.tenant_id', '=', tenantId)
      .where('scans.candidate_user_id', '=', session.userId)
      .orderBy('scans.created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      procedure: { name: r.name, office: r.office },
      instrument: { id: r.instrument_id, version: r.instrument_version },
      updatedAt: new Date(r.updated_at).toISOString(),
    }));
  });
}

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
      answers: await readAnswers(deps, scan),
      network: await openField<Network | null>(deps, scan, 'network', null),
      updatedAt: new Date(scan.updated_at).toISOString(),
    };
  });
}

export interface SaveAnswersInput {
  tenantId: string;
  scanId: string;
  baseRevision: number;
  saveId: string;
  /** Item id → new answer, or null to clear it. */
  changes: Record<string, Answer | null>;
}

export async function saveAnswers(
  deps: AppDeps,
  session: SessionInfo,
  input: SaveAnswersInput,
): Promise<{ revision: number }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId, { forUpdate: true });
    if (scan.last_save_id === input.saveId) return { revision: scan.revision };
    const procedure = await procedureOfScan(tx, scan);
    const step = transition(scan.status, 'save', procedure.review);
    if (!step.ok) throw new Problem(409, 'scan-frozen', `${step.reason}.`);
    if (input.baseRevision !== scan.revision) {
      throw new Problem(
        409,
        'revision-conflict',
        'Deze scan is intussen ergens anders gewijzigd (een ander tabblad?). Uw antwoorden worden opnieuw geladen en samengevoegd. / Changed elsewhere: reload and merge.',
      );
    }
    const loaded = await pinnedInstrument(deps, procedure);
    const index = indexInstrument(loaded.instrument);
    const errors: Array<{ path: string; message: string }> = [];
    for (const [itemId, value] of Object.entries(input.changes)) {
      const place = index.items.get(itemId);
      if (!place) {
        errors.push({
          path: `changes.${itemId}`,
          message: 'Deze vraag bestaat niet in deze vragenlijst / unknown question',
        });
        continue;
      }
      if (value === null) continue;
      for (const e of validateAnswer(place.item, value)) {
        if (e.code === 'required') continue;
        const where = e.entry !== undefined ? `.${e.entry}${e.field ? `.${e.field}` : ''}` : '';
        errors.push({
          path: `changes.${itemId}${where}`,
          message: `${e.message.nl} / ${e.message.en ?? e.message.nl}`,
        });
      }
    }
    if (errors.length > 0) {
      throw new Problem(
        400,
        'invalid-answer',
        'Niet alle antwoorden passen bij de vraag. / Some answers do not fit.',
        errors,
      );
    }
    const answers: Answers = { ...(await readAnswers(deps, scan)) };
    for (const [itemId, value] of Object.entries(input.changes)) {
      if (value === null) delete answers[itemId];
      else answers[itemId] = value;
    }
    const revision = scan.revision + 1;
    await tx
      .updateTable('scans')
      .set({
        answers_sealed: await sealField(deps, scan, 'answers', answers),
        revision,
        last_save_id: input.saveId,
        status: step.to,
        updated_at: deps.now(),
      })
      .where('id', '=', scan.id)
      .execute();
    if (scan.status === 'invited') {
      await recordAudit(tx, {
        action: 'scan.started',
        tenantId: input.tenantId,
        actorUserId: session.userId,
        subjectType: 'scan',
        subjectId: scan.id,
        data: {},
      });
    }
    await recordAudit(tx, {
      action: 'scan.saved',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: { revision, items: Object.keys(input.changes).length },
    });
    return { revision };
  });
}

export interface SaveNetworkInput {
  tenantId: string;
  scanId: string;
  baseRevision: number;
  saveId: string;
  network: unknown;
}

/**
 * The network map is saved whole (a few hundred contacts at most), with the same revision,
 * retry and conflict rules as the answers, validated against the pinned instrument's catalogue.
 */
export async function saveNetwork(
  deps: AppDeps,
  session: SessionInfo,
  input: SaveNetworkInput,
): Promise<{ revision: number }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId, { forUpdate: true });
    if (scan.last_save_id === input.saveId) return { revision: scan.revision };
    const procedure = await procedureOfScan(tx, scan);
    const step = transition(scan.status, 'save', procedure.review);
    if (!step.ok) throw new Problem(409, 'scan-frozen', `${step.reason}.`);
    if (input.baseRevision !== scan.revision) {
      throw new Problem(
        409,
        'revision-conflict',
        'Deze scan is intussen ergens anders gewijzigd (een ander tabblad?). Uw netwerk wordt opnieuw geladen. / Changed elsewhere: reload.',
      );
    }
    const { instrument } = await pinnedInstrument(deps, procedure);
    if (!instrument.network) {
      throw new Problem(
        400,
        'no-network',
        'Deze vragenlijst heeft geen netwerkkaart. / This instrument has no network map.',
      );
    }
    const checked = validateNetwork(input.network, instrument.network);
    if (!checked.ok) {
      throw new Problem(
        400,
        'invalid-network',
        'De netwerkkaart klopt niet helemaal; er is niets opgeslagen. / The network map is not valid; nothing was saved.',
        checked.issues.slice(0, 50).map((i) => ({
          path: ['network', ...i.path].join('.'),
          message: `${i.message.nl} / ${i.message.en ?? i.message.nl}`,
        })),
      );
    }
    const revision = scan.revision + 1;
    await tx
      .updateTable('scans')
      .set({
        network_sealed: await sealField(deps, scan, 'network', checked.network),
        revision,
        last_save_id: input.saveId,
        status: step.to,
        updated_at: deps.now(),
      })
      .where('id', '=', scan.id)
      .execute();
    await recordAudit(tx, {
      action: 'scan.network_saved',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: { revision, contacts: checked.network.contacts.length },
    });
    return { revision };
  });
}

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
