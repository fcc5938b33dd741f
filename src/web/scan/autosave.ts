// Autosave for a candidate's answers, on the shared save queue (save-queue.ts: debounce, retries
// with the same saveId, keepalive when the page is hidden or closed, csrf renewal, frozen scans;
// nothing written to browser storage). What is particular to answers:
//
// - what is pending are values, item by item: a change set based on the revision the page knows;
// - another tab saved first (409 revision-conflict): the scan is read again and the changes made
//   here are put on top, question by question, and sent again: nothing typed here is lost;
// - an answer does not fit its question (checked here with the server's own rules, and by the
//   server: 400 invalid-answer): it stays on screen, is not sent, and the status says so;
// - the scan was submitted meanwhile (409 scan-frozen): saving stops and the page reloads it.
import type { Answer, Answers } from '../../core/instrument/answers.ts';
import type { Sentence } from '../../core/vocabulary.ts';
import { ApiError, type ProblemPath } from '../api.ts';
import type { AnswerChanges } from '../contract.ts';
import { type BatchHead, SaveQueue, type SaveQueueDeps, type SaveState } from './save-queue.ts';

export { DEBOUNCE_MS, type SaveState } from './save-queue.ts';

export interface AutosaveSnapshot {
  /** What the page shows: saved answers with every change on top, also those not saved yet. */
  answers: Answers;
  state: SaveState;
  /** Changes not yet confirmed by the server (also invalid ones that are held back). */
  unsaved: boolean;
  /** Answers held back because they do not fit their question: item → the server's message, if any. */
  held: Readonly<Record<string, Sentence | null>>;
  /** Set when a save found that another tab saved first and the answers were merged. */
  mergedAt: Date | null;
  /** When the last save went through (in this page). */
  savedAt: Date | null;
}

interface Batch extends BatchHead {
  changes: AnswerChanges;
}

export interface AutosaveDeps extends SaveQueueDeps<Batch, { answers: Answers }> {
  /** null when the answer may be sent; otherwise why not (the same rules the server applies). */
  check(item: string, value: Answer): string | null;
}

function apply(answers: Answers, changes: AnswerChanges): Answers {
  const next = { ...answers };
  for (const [item, value] of Object.entries(changes)) {
    if (value === null) delete next[item];
    else next[item] = value;
  }
  return next;
}

/** ['changes', 'nevenfuncties', 0, 'organisatie'] → 'nevenfuncties' */
function itemOfPath([list, item]: ProblemPath): string | null {
  return list === 'changes' && typeof item === 'string' ? item : null;
}

export class Autosaver extends SaveQueue<Batch, Batch, { answers: Answers }, AutosaveSnapshot> {
  private saved: Answers;
  private pending = new Map<string, Answer | null>();
  private held = new Map<string, { value: Answer; message: Sentence | null }>();
  private readonly rules: Pick<AutosaveDeps, 'check'>;

  constructor(deps: AutosaveDeps, initial: { revision: number; answers: Answers }) {
    super(deps, initial.revision);
    this.rules = deps;
    this.saved = initial.answers;
    this.emit();
  }

  /** A new answer for a question; undefined clears it. */
  change(item: string, value: Answer | undefined): void {
    if (this.frozen) return;
    this.held.delete(item);
    const reason = value === undefined ? null : this.rules.check(item, value);
    if (value !== undefined && reason !== null) {
      // Shown on screen, kept here, not sent: the server would refuse the whole change set.
      this.pending.delete(item);
      this.held.set(item, { value, message: null });
    } else {
      this.pending.set(item, value ?? null);
    }
    this.emit();
    this.schedule();
  }

  // Answers held back as invalid do not count for flush(): they are not pending.

  protected hasPending(): boolean {
    return this.pending.size > 0;
  }

  protected takeBatch(head: BatchHead): Batch {
    const batch = { ...head, changes: Object.fromEntries(this.pending) };
    this.pending.clear();
    return batch;
  }

  protected bodyOf(batch: Batch): Batch {
    return batch;
  }

  protected confirmed(batch: Batch): void {
    this.saved = apply(this.saved, batch.changes);
  }

  protected putBack(batch: Batch): void {
    for (const [item, value] of Object.entries(batch.changes)) {
      if (!this.pending.has(item)) this.pending.set(item, value);
    }
  }

  protected rebase(fresh: { answers: Answers }): void {
    this.saved = fresh.answers;
  }

  protected restBody(_inflight: Batch, head: BatchHead): Batch {
    return { ...head, changes: Object.fromEntries(this.pending) };
  }

  // The rest of the answers goes with keepalive whatever its size, as it always did.
  protected override keepaliveOnUnload(): boolean {
    return true;
  }

  protected dropPending(): void {
    this.pending.clear();
  }

  protected override async handleRefusal(batch: Batch, error: unknown): Promise<boolean> {
    if (!(error instanceof ApiError) || error.code !== 'invalid-answer') return false;
    // Hold back what the server refused; send the rest again (newer changes win).
    const refused = new Map<string, Sentence>();
    for (const e of error.fieldErrors()) {
      const item = itemOfPath(e.path);
      if (item && !refused.has(item)) refused.set(item, e.message);
    }
    this.inflight = null;
    for (const [item, value] of Object.entries(batch.changes)) {
      if (this.pending.has(item)) continue;
      if (refused.has(item) && value !== null) this.held.set(item, { value, message: refused.get(item)! });
      else if (!refused.has(item)) this.pending.set(item, value);
    }
    if (refused.size === 0) {
      // Nothing to hold back: a refusal we do not understand; stop and tell.
      this.setState({ kind: 'failed', error });
      this.resolveWaiters(false);
      return true;
    }
    this.emit();
    await this.send(false);
    return true;
  }

  protected makeSnapshot(): AutosaveSnapshot {
    let answers = this.saved;
    if (this.inflight) answers = apply(answers, this.inflight.changes);
    if (this.pending.size > 0) answers = apply(answers, Object.fromEntries(this.pending));
    if (this.held.size > 0) {
      answers = { ...answers };
      for (const [item, { value }] of this.held) answers[item] = value;
    }
    return {
      answers,
      state: this.state,
      unsaved: this.pending.size > 0 || this.inflight !== null || this.held.size > 0,
      held: Object.fromEntries([...this.held].map(([item, { message }]) => [item, message])),
      mergedAt: this.mergedAt,
      savedAt: this.savedAt,
    };
  }
}
