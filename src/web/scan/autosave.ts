// Autosave for a candidate's answers. Every change is kept in memory and sent ~600 ms after the
// person stops (at the latest after 5 s of continuous typing), as one change set based on the
// revision the page knows, with a saveId. What can go wrong, and what happens then:
//
// - offline or the server is away: the same change set (same saveId, so a request that did arrive
//   is not applied twice) is tried again with growing pauses, and at once when the browser is
//   back online; the status says so, and leaving the page asks for confirmation meanwhile;
// - another tab saved first (409 revision-conflict): the scan is read again and the changes made
//   here are put on top, question by question, and sent again: nothing typed here is lost;
// - an answer does not fit its question (checked here with the server's own rules, and by the
//   server: 400 invalid-answer): it stays on screen, is not sent, and the status says so;
// - the scan was submitted meanwhile (409 scan-frozen): saving stops and the page reloads it.
//
// When the page is hidden or closed (a closed laptop, a tab closed, a phone locking) the changes
// are sent at once with `keepalive`, so the request finishes even if the page does not. Nothing is
// written to localStorage or sessionStorage: answers do not stay behind in the browser.
import type { Answer, Answers } from '../../core/instrument/answers.ts';
import { type AnswerChanges, ApiError } from '../api.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'frozen' };

export interface AutosaveSnapshot {
  /** What the page shows: saved answers with every change on top, also those not saved yet. */
  answers: Answers;
  state: SaveState;
  /** Changes not yet confirmed by the server (also invalid ones that are held back). */
  unsaved: boolean;
  /** Answers held back because they do not fit their question: item → the server's message, if any. */
  held: Readonly<Record<string, string | null>>;
  /** Set when a save found that another tab saved first and the answers were merged. */
  mergedAt: Date | null;
  /** When the last save went through (in this page). */
  savedAt: Date | null;
}

export interface AutosaveDeps {
  save(
    input: { baseRevision: number; saveId: string; changes: AnswerChanges },
    keepalive: boolean,
  ): Promise<{ revision: number }>;
  /** Read the scan again (after a conflict). */
  reload(): Promise<{ revision: number; answers: Answers; editable: boolean }>;
  /** null when the answer may be sent; otherwise why not (the same rules the server applies). */
  check(item: string, value: Answer): string | null;
  /** The scan can no longer be changed (submitted elsewhere). */
  onFrozen(): void;
  /**
   * Pick up the session again: after signing in anew in another tab (a fresh link) this tab still
   * sends the old security token, which the server refuses (403 csrf) until it is renewed.
   */
  renewSession(): Promise<boolean>;
  uuid(): string;
  now(): Date;
}

interface Batch {
  saveId: string;
  baseRevision: number;
  changes: AnswerChanges;
}

export const DEBOUNCE_MS = 600;
const MAX_WAIT_MS = 5_000;
const RETRY_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];
/** Browsers allow about 64 KiB of keepalive bodies in flight; stay well below it. */
const KEEPALIVE_LIMIT = 16_000;

function apply(answers: Answers, changes: AnswerChanges): Answers {
  const next = { ...answers };
  for (const [item, value] of Object.entries(changes)) {
    if (value === null) delete next[item];
    else next[item] = value;
  }
  return next;
}

function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

/** "changes.nevenfuncties.0.organisatie" → "nevenfuncties" */
function itemOfPath(path: string): string | null {
  const parts = path.split(/[./]/).filter(Boolean);
  const at = parts.indexOf('changes');
  return at >= 0 ? (parts[at + 1] ?? null) : null;
}

export class Autosaver {
  private saved: Answers;
  private revision: number;
  private pending = new Map<string, Answer | null>();
  private held = new Map<string, { value: Answer; message: string | null }>();
  private inflight: Batch | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private maxWait: ReturnType<typeof setTimeout> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;
  private renewed = false;
  /** Send the next batch as soon as the current one is done (the page is being hidden). */
  private urgent = false;
  private frozen = false;
  private needsReload = false;
  private state: SaveState = { kind: 'idle' };
  private mergedAt: Date | null = null;
  private savedAt: Date | null = null;
  private snapshot: AutosaveSnapshot;
  private listeners = new Set<() => void>();
  private waiters: Array<(ok: boolean) => void> = [];

  private readonly deps: AutosaveDeps;

  constructor(deps: AutosaveDeps, initial: { revision: number; answers: Answers }) {
    this.deps = deps;
    this.saved = initial.answers;
    this.revision = initial.revision;
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AutosaveSnapshot => this.snapshot;

  /** A new answer for a question; undefined clears it. */
  change(item: string, value: Answer | undefined): void {
    if (this.frozen) return;
    this.held.delete(item);
    const reason = value === undefined ? null : this.deps.check(item, value);
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

  /**
   * Send everything now and wait until it is saved. Resolves false when that did not work
   * (offline, refused, or the scan was frozen); answers held back as invalid do not count.
   */
  flush(): Promise<boolean> {
    this.clearDebounce();
    if (this.settled()) return Promise.resolve(!this.frozen);
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    // Waiting for a retry: try now instead.
    if (this.retry) this.online();
    else void this.send(false);
    return done;
  }

  /** The page is being hidden: send at once, and let the request outlive the page. */
  pageHidden(): void {
    if (this.frozen) return;
    this.clearDebounce();
    if (this.inflight) this.urgent = true;
    else void this.send(true);
  }

  /**
   * The page is being unloaded. With a save still under way, the rest goes out too, based on the
   * revision that save will give: the best guess while there is no time to wait for its answer.
   * If the guess is wrong the server refuses it as a conflict, and nothing is applied twice.
   */
  pageUnloading(): void {
    if (this.frozen) return;
    this.clearDebounce();
    if (!this.inflight) {
      void this.send(true);
      return;
    }
    if (this.pending.size === 0) return;
    const changes = Object.fromEntries(this.pending);
    const body = { baseRevision: this.inflight.baseRevision + 1, saveId: this.deps.uuid(), changes };
    this.deps.save(body, true).catch(() => undefined);
  }

  /** Back online: try again now instead of waiting. */
  online(): void {
    if (!this.retry) return;
    clearTimeout(this.retry);
    this.retry = null;
    if (this.needsReload) void this.merge();
    else void this.attempt(false);
  }

  /**
   * Leaving the page within the app: what is not sent yet goes now. The saver keeps going until
   * everything is saved (also when offline, it keeps trying while the app is open).
   */
  leave(): void {
    this.pageHidden();
  }

  // ── internals ──

  private settled(): boolean {
    return this.frozen || (this.pending.size === 0 && this.inflight === null);
  }

  private schedule(): void {
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.fire(), DEBOUNCE_MS);
    this.maxWait ??= setTimeout(() => this.fire(), MAX_WAIT_MS);
  }

  private fire(): void {
    this.clearDebounce();
    void this.send(false);
  }

  private clearDebounce(): void {
    if (this.debounce) clearTimeout(this.debounce);
    if (this.maxWait) clearTimeout(this.maxWait);
    this.debounce = null;
    this.maxWait = null;
  }

  private async send(keepalive: boolean): Promise<void> {
    if (this.inflight || this.frozen || this.retry) return;
    if (this.pending.size === 0) {
      this.resolveWaiters();
      return;
    }
    this.inflight = {
      saveId: this.deps.uuid(),
      baseRevision: this.revision,
      changes: Object.fromEntries(this.pending),
    };
    this.pending.clear();
    await this.attempt(keepalive);
  }

  private async attempt(keepalive: boolean): Promise<void> {
    const batch = this.inflight;
    if (!batch || this.frozen) return;
    if (this.state.kind !== 'offline') this.setState({ kind: 'saving' });
    const small = JSON.stringify(batch).length < KEEPALIVE_LIMIT;
    try {
      const { revision } = await this.deps.save(batch, keepalive && small);
      this.saved = apply(this.saved, batch.changes);
      this.revision = revision;
      this.inflight = null;
      this.attempts = 0;
      this.renewed = false;
      this.savedAt = this.deps.now();
      this.setState({ kind: 'saved', at: this.savedAt });
      if (this.pending.size > 0) {
        if (this.urgent || this.waiters.length > 0) {
          this.urgent = false;
          await this.send(true);
        } else {
          this.schedule();
        }
      } else {
        this.urgent = false;
        this.resolveWaiters();
      }
    } catch (error) {
      await this.failed(batch, error);
    }
  }

  private async failed(batch: Batch, error: unknown): Promise<void> {
    if (error instanceof ApiError && error.code === 'revision-conflict') {
      await this.merge();
      return;
    }
    if (error instanceof ApiError && error.code === 'scan-frozen') {
      this.freeze();
      return;
    }
    if (error instanceof ApiError && error.code === 'csrf' && !this.renewed) {
      this.renewed = true;
      if (await this.deps.renewSession()) {
        await this.attempt(false);
        return;
      }
    }
    if (error instanceof ApiError && error.code === 'invalid-answer') {
      // Hold back what the server refused; send the rest again (newer changes win).
      const refused = new Map<string, string>();
      for (const e of error.problem.errors ?? []) {
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
        return;
      }
      this.emit();
      await this.send(false);
      return;
    }
    if (isRetryable(error)) {
      this.setState({ kind: 'offline' });
      this.resolveWaiters(false);
      this.retryLater(() => void this.attempt(false));
      return;
    }
    // Anything else (e.g. no longer allowed): keep the changes, so that the next change tries again.
    this.inflight = null;
    for (const [item, value] of Object.entries(batch.changes)) {
      if (!this.pending.has(item)) this.pending.set(item, value);
    }
    this.setState({
      kind: 'failed',
      error:
        error instanceof ApiError
          ? error
          : new ApiError({ type: 'about:blank', title: 'Error', status: 0, code: 'network' }),
    });
    this.resolveWaiters(false);
  }

  /** Another tab saved first: read the scan again and put the changes made here on top. */
  private async merge(): Promise<void> {
    const mine: AnswerChanges = { ...(this.inflight?.changes ?? {}), ...Object.fromEntries(this.pending) };
    this.inflight = null;
    this.pending = new Map(Object.entries(mine));
    this.needsReload = true;
    try {
      const fresh = await this.deps.reload();
      this.needsReload = false;
      if (!fresh.editable) {
        this.freeze();
        return;
      }
      this.saved = fresh.answers;
      this.revision = fresh.revision;
      this.mergedAt = this.deps.now();
      this.emit();
      await this.send(false);
    } catch (error) {
      this.setState(
        isRetryable(error)
          ? { kind: 'offline' }
          : {
              kind: 'failed',
              error:
                error instanceof ApiError
                  ? error
                  : new ApiError({ type: 'about:blank', title: 'Error', status: 0, code: 'network' }),
            },
      );
      this.resolveWaiters(false);
      if (isRetryable(error)) this.retryLater(() => void this.merge());
    }
  }

  private freeze(): void {
    this.frozen = true;
    this.inflight = null;
    this.pending.clear();
    this.clearDebounce();
    this.setState({ kind: 'frozen' });
    this.resolveWaiters(false);
    this.deps.onFrozen();
  }

  private retryLater(again: () => void): void {
    const delay = RETRY_MS[Math.min(this.attempts, RETRY_MS.length - 1)] ?? 30_000;
    this.attempts += 1;
    if (this.retry) clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.retry = null;
      again();
    }, delay);
  }

  private resolveWaiters(ok?: boolean): void {
    if (ok === undefined && !this.settled()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(ok ?? !this.frozen);
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.emit();
  }

  private makeSnapshot(): AutosaveSnapshot {
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

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
