// The autosave of the candidate's answers. Each save is one change set with the revision it was
// based on (retry, frozen and conflict rules: decideSave in scans/autosave.ts); every answer is
// checked against the pinned instrument: what does not fit is refused with the question and the
// reason. The change set alone is sealed and appended, in one statement with its checks, the raised
// revision and the audit events (scans/answer-changes.ts, migration 0015): the stored answers are
// not read, opened or sealed again on a save.
import type { AnswerChanges } from '../../core/instrument/answers.ts';
import { validateAnswer } from '../../core/instrument/answers.ts';
import { type InstrumentIndex, indexInstrument } from '../../core/instrument/index-instrument.ts';
import { type ScanStatus, scanStatuses, transition } from '../../core/sharing/scan-lifecycle.ts';
import type { AuditEventInput } from '../audit/events.ts';
import { auditCommitted, auditEventsJson } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { conflict, type FieldError, invalidInput, notFound } from '../domain-error.ts';
import {
  type AppendInput,
  type AppendRow,
  appendAnswerChanges,
  compactAnswersLater,
  compactAt,
  sealAnswerChanges,
} from '../scans/answer-changes.ts';
import { decideSave, type SavingProcedure } from '../scans/autosave.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { sentence } from '../texts.ts';

export interface SaveAnswersInput {
  tenantId: string;
  scanId: string;
  baseRevision: number;
  saveId: string;
  /** Item id → new answer, or null to clear it. */
  changes: AnswerChanges;
}

/**
 * The procedure a scan belongs to, as a save needs it (its pinned instrument and review), per scan,
 * kept per app: a procedure's pin never changes, and the save statement checks the hash anyway
 * (a different one refuses the save and the app learns the new one). No personal data.
 */
interface Pin extends SavingProcedure {
  /** Seen started: a scan never goes back to invited, so its saves need no scan.started event. */
  started: boolean;
}
const pinsByApp = new WeakMap<AppDeps, Map<string, Pin>>();
const maxPins = 10_000;

function pins(deps: AppDeps): Map<string, Pin> {
  let map = pinsByApp.get(deps);
  if (!map) {
    map = new Map();
    pinsByApp.set(deps, map);
  }
  return map;
}

function remember(deps: AppDeps, scanId: string, row: AppendRow): Pin {
  const pin: Pin = {
    started: row.status !== 'invited',
    id: row.procedure_id,
    instrument_id: row.instrument_id,
    instrument_version: row.instrument_version,
    instrument_hash: row.instrument_hash,
    review: row.review,
  };
  const map = pins(deps);
  map.delete(scanId);
  if (map.size >= maxPins) map.delete(map.keys().next().value as string);
  map.set(scanId, pin);
  return pin;
}

/** The statuses a save may start from and the one it moves to, from the core lifecycle. */
function saveSteps(review: SavingProcedure['review']): { from: ScanStatus[]; to: ScanStatus } {
  const from: ScanStatus[] = [];
  const to = new Set<ScanStatus>();
  for (const status of scanStatuses) {
    const step = transition(status, 'save', review);
    if (step.ok) {
      from.push(status);
      to.add(step.to);
    }
  }
  if (to.size !== 1) throw new Error('saveAnswers: a save must move every savable status to one status');
  return { from, to: [...to][0]! };
}

export async function saveAnswers(
  deps: AppDeps,
  session: SessionInfo,
  input: SaveAnswersInput,
): Promise<{ revision: number }> {
  const conflictSentence = sentence('errors', 'revision-conflict.answers');
  const call = (over: Partial<AppendInput>) =>
    appendAnswerChanges(deps, {
      tenantId: input.tenantId,
      userId: session.userId,
      scanId: input.scanId,
      hash: null,
      fromStatuses: [],
      toStatus: 'started',
      baseRevision: input.baseRevision,
      saveId: input.saveId,
      sealed: null,
      at: deps.now(),
      events: null,
      startEvents: null,
      ...over,
    });
  /** The rules on the scan as the statement found it: not found, retry, frozen or conflict. */
  const decide = (row: AppendRow | undefined) => {
    if (!row) throw notFound();
    return decideSave(
      {
        status: row.status,
        revision: row.revision,
        last_save_id: row.outcome === 'retry' ? input.saveId : null,
        review: row.review,
      },
      input,
      conflictSentence,
    );
  };

  let pin = pins(deps).get(input.scanId);
  if (!pin) {
    // The first save of this scan in this process: learn its procedure (nothing is written).
    const row = await call({});
    const decided = decide(row);
    pin = remember(deps, input.scanId, row!);
    if (decided.retry) return { revision: decided.revision };
  }
  for (let attempt = 0; ; attempt++) {
    const errors = await invalidAnswers(deps, pin, input);
    if (errors.length > 0) {
      // As before: a scan that is not the person's, a retry, a frozen scan or a conflict answer first.
      const decided = decide(await call({}));
      if (decided.retry) return { revision: decided.revision };
      throw invalidInput('invalid-answer', sentence('errors', 'invalid-answer'), errors);
    }
    const revision = input.baseRevision + 1;
    const scan = { id: input.scanId, tenant_id: input.tenantId };
    const key = await deps.scanKeys.get(input.tenantId, input.scanId);
    const steps = saveSteps(pin.review);
    const event = (action: AuditEventInput['action'], data: AuditEventInput['data']): AuditEventInput => ({
      action,
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: input.scanId,
      data,
    });
    const row = await call({
      hash: pin.instrument_hash,
      fromStatuses: steps.from,
      toStatus: steps.to,
      sealed: sealAnswerChanges(key, scan, revision, input.changes),
      events: auditEventsJson([event('scan.saved', { revision, items: Object.keys(input.changes).length })]),
      startEvents: pin.started ? null : auditEventsJson([event('scan.started', {})]),
    });
    if (row?.outcome === 'saved') {
      remember(deps, input.scanId, row);
      auditCommitted(deps.database.db);
      // After the reply, not before it: a save never waits for the fold (its answer does not depend
      // on it), so the save that reaches the scan's fold point is not the slowest one.
      if ((row.pending ?? 0) >= compactAt(input.scanId)) compactSoon(deps, session, scan);
      return { revision: row.revision };
    }
    if (row?.outcome === 'refused' && attempt === 0) {
      if (row.instrument_hash !== pin.instrument_hash || (pin.started && row.status === 'invited')) {
        // The procedure pins another instrument, or the scan has not started after all: again,
        // with what the statement found.
        pin = remember(deps, input.scanId, row);
        continue;
      }
    }
    const decided = decide(row);
    if (decided.retry) return { revision: decided.revision };
    throw conflict('revision-conflict', conflictSentence);
  }
}

/** The instrument's index, made once per loaded definition. */
const indexes = new WeakMap<object, InstrumentIndex>();

async function invalidAnswers(
  deps: AppDeps,
  pin: SavingProcedure,
  input: SaveAnswersInput,
): Promise<FieldError[]> {
  const { instrument } = await pinnedInstrument(deps, pin);
  let index = indexes.get(instrument);
  if (!index) {
    index = indexInstrument(instrument);
    indexes.set(instrument, index);
  }
  const errors: FieldError[] = [];
  for (const [itemId, value] of Object.entries(input.changes)) {
    const place = index.items.get(itemId);
    if (!place) {
      errors.push({ path: ['changes', itemId], message: sentence('errors', 'fields.unknown-question') });
      continue;
    }
    if (value === null) continue;
    for (const e of validateAnswer(place.item, value)) {
      if (e.code === 'required') continue;
      const where = e.entry !== undefined ? [e.entry, ...(e.field ? [e.field] : [])] : [];
      errors.push({
        path: ['changes', itemId, ...where],
        message: { nl: e.message.nl, en: e.message.en ?? e.message.nl },
      });
    }
  }
  return errors;
}

/** Scans being folded by this process now: saves arriving meanwhile do not start another fold. */
const folding = new Set<string>();

/**
 * Every so many saves, the change sets are folded into the sealed answers, after the reply. A
 * failure only logs: the change sets stay and the next save tries again. Stopping half-way leaves
 * nothing half-done (the write is one guarded statement, compactAnswersLater).
 */
function compactSoon(deps: AppDeps, session: SessionInfo, scan: { id: string; tenant_id: string }): void {
  if (folding.has(scan.id)) return;
  folding.add(scan.id);
  compactAnswersLater(deps, scan, session.userId)
    .catch((error: unknown) => {
      deps.logger.warn({ scan: scan.id, error: (error as Error).name }, 'answers compaction failed');
    })
    .finally(() => folding.delete(scan.id));
}
