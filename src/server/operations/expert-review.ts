// The assigned expert's work on a submitted scan: read it (logged for the candidate), start the
// review, keep conversation notes, set a judgement per theme with a rationale (the proposed level
// is kept beside it), choose the measures, and finalise — or reopen the answers, with a reason.
import type { Selectable } from 'kysely';
import type { Evaluation } from '../../core/instrument/evaluate.ts';
import { levels } from '../../core/instrument/schema.ts';
import type { NetworkDrawing } from '../../core/network/drawing.ts';
import type { NetworkAnalysis } from '../../core/network/metrics.ts';
import type { Judgement, ReportDecisions } from '../../core/report/report-model.ts';
import { type ScanEvent, transition } from '../../core/sharing/scan-lifecycle.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import type { ProceduresTable, ScansTable } from '../db/schema.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { Problem } from '../http/problem.ts';
import { assertSubmitted, loadProcedureFor, loadScanOfProcedure } from '../policies/procedure.ts';
import { logAccess } from '../scans/access-log.ts';
import { openField, sealField } from '../scans/content.ts';
import { notify } from '../scans/notify.ts';
import { pinnedInstrument } from './candidate-scans.ts';

export interface StoredEvaluation {
  instrument: { id: string; version: string; hash: string };
  evaluatedAt: string;
  evaluation: Evaluation;
  /** The network measures and their per-contact details, when the scan has a network map. */
  network?: NetworkAnalysis | null;
  /**
   * The network picture, drawn once at submit (the map is frozen from then on): the layout of a
   * few hundred contacts takes a noticeable part of a second, too long to repeat at every read of
   * the report or PDF. Absent for scans submitted before it was kept; then it is drawn per read.
   */
  drawing?: NetworkDrawing | null;
}

export const emptyDecisions: ReportDecisions = { judgements: [], measures: [], finalisedAt: null };

interface Loaded {
  procedure: Selectable<ProceduresTable>;
  scan: Selectable<ScansTable>;
}

async function loadForExpert(
  tx: Tx,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
  forUpdate = false,
): Promise<Loaded> {
  const procedure = await loadProcedureFor(tx, session, input.tenantId, input.procedureId, ['expert']);
  const scan = await loadScanOfProcedure(tx, procedure, input.scanId, { forUpdate });
  assertSubmitted(scan);
  return { procedure, scan };
}

export async function readScanForExpert(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
) {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const { procedure, scan } = await loadForExpert(tx, session, input);
    const loaded = await pinnedInstrument(deps, procedure);
    await logAccess(tx, deps, {
      tenantId: input.tenantId,
      scanId: scan.id,
      actorUserId: session.userId,
      actorRole: 'expert',
      view: 'expert',
      outcome: 'allowed',
    });
    return {
      id: scan.id,
      status: scan.status,
      instrument: { id: loaded.instrument.id, version: loaded.instrument.version, hash: loaded.hash },
      answers: await openField(deps, scan, 'answers', {}),
      network: await openField(deps, scan, 'network', null),
      networkAnalysis:
        (await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null))?.network ?? null,
      evaluation:
        (await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null))?.evaluation ?? null,
      notes: await openField(deps, scan, 'notes', ''),
      decisions: await openField(deps, scan, 'report', emptyDecisions),
    };
  });
}

async function step(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
  event: ScanEvent,
  change: (loaded: Loaded, tx: Tx) => Promise<Record<string, unknown>>,
  action: 'scan.review_started' | 'scan.reopened' | 'scan.finalised',
): Promise<{ status: string }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const loaded = await loadForExpert(tx, session, input, true);
    const next = transition(loaded.scan.status, event, loaded.procedure.review);
    if (!next.ok) throw new Problem(409, 'wrong-state', `${next.reason}.`);
    const extra = await change(loaded, tx);
    await tx
      .updateTable('scans')
      .set({ status: next.to, updated_at: deps.now(), ...extra })
      .where('id', '=', loaded.scan.id)
      .execute();
    if (next.to === 'report-ready') {
      await notify(tx, deps, {
        tenantId: input.tenantId,
        procedureId: loaded.procedure.id,
        scanId: loaded.scan.id,
        audience: 'candidate',
        template: 'report-ready',
      });
    }
    await recordAudit(tx, {
      action,
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: loaded.scan.id,
      data: { status: next.to },
    });
    return { status: next.to };
  }).finally(() => deps.mailer.deliverPending());
}

export function beginReview(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
) {
  return step(deps, session, input, 'begin-review', async () => ({}), 'scan.review_started');
}

/** Reopening keeps the reason with the notes (sealed), so the candidate's answers can be corrected. */
export function reopenScan(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string; reason: string },
) {
  return step(
    deps,
    session,
    input,
    'reopen',
    async ({ scan }) => {
      const notes = await openField(deps, scan, 'notes', '');
      const stamped = `${notes}${notes ? '\n\n' : ''}[${deps.now().toISOString().slice(0, 10)}] Heropend / reopened: ${input.reason}`;
      return {
        notes_sealed: await sealField(deps, scan, 'notes', stamped),
        evaluation_sealed: null,
        submitted_at: null,
      };
    },
    'scan.reopened',
  );
}

export async function saveNotes(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string; notes: string },
) {
  await inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const { scan } = await loadForExpert(tx, session, input, true);
    await tx
      .updateTable('scans')
      .set({ notes_sealed: await sealField(deps, scan, 'notes', input.notes), updated_at: deps.now() })
      .where('id', '=', scan.id)
      .execute();
    await recordAudit(tx, {
      action: 'scan.notes_saved',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: {},
    });
  });
}

export interface DecisionsInput {
  judgements: Array<{ theme: string; level: string; rationale: string }>;
  measures: string[];
}

export async function saveDecisions(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string } & DecisionsInput,
): Promise<ReportDecisions> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const { procedure, scan } = await loadForExpert(tx, session, input, true);
    if (scan.status !== 'in-review' && !(scan.status === 'submitted' && procedure.review === 'optional')) {
      throw new Problem(409, 'wrong-state', 'Begin eerst de beoordeling. / Start the review first.');
    }
    const { instrument } = await pinnedInstrument(deps, procedure);
    const stored = await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null);
    const errors: Array<{ path: string; message: string }> = [];
    const judgements: Judgement[] = [];
    input.judgements.forEach((j, i) => {
      const theme = stored?.evaluation.themes.find((t) => t.id === j.theme);
      if (!theme || !instrument.themes.some((t) => t.id === j.theme)) {
        errors.push({ path: `judgements.${i}.theme`, message: 'Onbekend thema / unknown theme' });
        return;
      }
      if (!(levels as readonly string[]).includes(j.level)) {
        errors.push({ path: `judgements.${i}.level`, message: 'Onbekend niveau / unknown level' });
        return;
      }
      judgements.push({
        theme: j.theme,
        proposed: theme.level,
        level: j.level as Judgement['level'],
        rationale: j.rationale,
      });
    });
    input.measures.forEach((m, i) => {
      if (!instrument.measures.some((x) => x.id === m))
        errors.push({ path: `measures.${i}`, message: 'Onbekende maatregel / unknown measure' });
    });
    if (errors.length)
      throw new Problem(
        400,
        'invalid-input',
        'Niet alles past bij dit instrument. / Does not fit the instrument.',
        errors,
      );
    const decisions: ReportDecisions = {
      judgements,
      measures: [...new Set(input.measures)],
      finalisedAt: null,
    };
    await tx
      .updateTable('scans')
      .set({ report_sealed: await sealField(deps, scan, 'report', decisions), updated_at: deps.now() })
      .where('id', '=', scan.id)
      .execute();
    await recordAudit(tx, {
      action: 'scan.judged',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: {
        themes: judgements.length,
        differing: judgements.filter((j) => j.level !== j.proposed).length,
        measures: decisions.measures.length,
      },
    });
    return decisions;
  });
}

/** Finalising needs a judgement with a rationale for every theme. */
export function finaliseReport(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
) {
  return step(
    deps,
    session,
    input,
    'finalise',
    async ({ scan, procedure }) => {
      const { instrument } = await pinnedInstrument(deps, procedure);
      const decisions = await openField(deps, scan, 'report', emptyDecisions);
      const missing = instrument.themes.filter(
        (t) => !decisions.judgements.some((j) => j.theme === t.id && j.rationale.trim().length > 0),
      );
      if (missing.length > 0) {
        throw new Problem(
          422,
          'judgements-missing',
          'Geef voor elk thema een oordeel met onderbouwing. / Give a judgement with a rationale for every theme.',
          missing.map((t) => ({
            path: `judgements.${t.id}`,
            message: `${t.title.nl}: oordeel of onderbouwing ontbreekt`,
          })),
        );
      }
      const now = deps.now();
      return {
        report_sealed: await sealField(deps, scan, 'report', {
          ...decisions,
          finalisedAt: now.toISOString(),
        }),
        finalised_at: now,
      };
    },
    'scan.finalised',
  );
}
