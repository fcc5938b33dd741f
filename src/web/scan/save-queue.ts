// The machinery the answers' autosave (autosave.ts) and the network map's autosave
// (network/network-autosave.ts) share: what is pending goes ~600 ms after the person stops (at the
// latest after 5 s of continuous work) as one batch based on the revision the page knows, with a
// saveId. What can go wrong, and what happens then:
//
// - offline or the server is away: the same batch (same saveId, so a request that did arrive is
//   not applied twice) is tried again with growing pauses, and at once when the browser is back
//   online; the status says so, and leaving the page asks for confirmation meanwhile;
// - another tab saved first (409 revision-conflict): the scan is read again and what this tab did
//   is put on top of it (how, the subclass says), and sent again: nothing done here is lost;
// - the old security token after signing in anew in another tab (403 csrf): the session is
//   renewed once and the same batch is tried again;
// - the scan was submitted meanwhile (409 scan-frozen): saving stops and the page is told.
//
// When the page is hidden or closed (a closed laptop, a tab closed, a phone locking) what is
// pending is sent at once with `keepalive`, so the request finishes even if the page does not.
// Nothing is written to localStorage or sessionStorage: nothing stays behind in the browser.
//
// A subclass says what is pending, how a batch is made of it and sent, what a saved batch means
// for what is saved, and how a batch goes back in front of what is pending (after a refusal, and
// before a conflict is merged).
import { ApiError } from '../api.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'frozen' };

/** What every autosave snapshot has: the status line and the leave-page warning read these. */
export interface SaveQueueSnapshot {
  state: SaveState;
  /** Something is not yet confirmed by the server. */
  unsaved: boolean;
}

export interface SaveQueueDeps<TBody, TFresh> {
  save(input: TBody, keepalive: boolean): Promise<{ revision: number }>;
  /** Read the scan again (after a conflict). */
  reload(): Promise<TFresh & { revision: number; editable: boolean }>;
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

/** What every batch carries: sent once under this id, based on this revision. */
export interface BatchHead {
  saveId: string;
  baseRevision: number;
}

export const DEBOUNCE_MS = 600;
const MAX_WAIT_MS = 5_000;
const RETRY_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];
/** Browsers allow about 64 KiB of keepalive bodies in flight; stay well below it. */
const KEEPALIVE_LIMIT = 16_000;

export const isSmall = (body: unknown): boolean => JSON.stringify(body).length < KEEPALIVE_LIMIT;

const networkError = () => new ApiError({ type: 'about:blank', title: 'Error', status: 0, code: 'network' });

export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

export abstract class SaveQueue<
  TBatch extends BatchHead,
  TBody,
  TFresh,
  TSnapshot extends SaveQueueSnapshot,
> {
  protected revision: number;
  protected inflight: TBatch | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private maxWait: ReturnType<typeof setTimeout> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;
  private renewed = false;
  /** Send the next batch as soon as the current one is done (the page is being hidden). */
  private urgent = false;
  protected frozen = false;
  private needsReload = false;
  protected state: SaveState = { kind: 'idle' };
  protected mergedAt: Date | null = null;
  protected savedAt: Date | null = null;
  // Set by the subclass's constructor (`this.emit()`), once what is saved is known.
  private snapshot!: TSnapshot;
  private listeners = new Set<() => void>();
  private waiters: Array<(ok: boolean) => void> = [];

  protected readonly deps: SaveQueueDeps<TBody, TFresh>;

  constructor(deps: SaveQueueDeps<TBody, TFresh>, revision: number) {
    this.deps = deps;
    this.revision = revision;
  }

  // ── what the subclass says ──

  /** Something is waiting to be sent (not in flight). */
  protected abstract hasPending(): boolean;
  /** Take everything pending into one batch. */
  protected abstract takeBatch(head: BatchHead): TBatch;
  /** What goes to the server for this batch. */
  protected abstract bodyOf(batch: TBatch): TBody;
  /** The server took the batch: it is now part of what is saved. */
  protected abstract confirmed(batch: TBatch): void;
  /** Put a batch that did not go through back in front of what is pending (newer changes win). */
  protected abstract putBack(batch: TBatch): void;
  /** After a conflict: what the server has now is what is saved (what is pending goes on top). */
  protected abstract rebase(fresh: TFresh): void;
  /** While the page unloads with a batch in flight: what is pending, on top of that batch. */
  protected abstract restBody(inflight: TBatch, head: BatchHead): TBody;
  /** Forget what is pending (the scan is frozen). */
  protected abstract dropPending(): void;
  protected abstract makeSnapshot(): TSnapshot;

  /** A refusal this kind of save understands and handles itself; true when it did. */
  protected async handleRefusal(_batch: TBatch, _error: unknown): Promise<boolean> {
    return false;
  }

  /** Whether the rest sent while the page unloads goes with `keepalive`. */
  protected keepaliveOnUnload(body: TBody): boolean {
    return isSmall(body);
  }

  // ── the page's side ──

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): TSnapshot => this.snapshot;

  /**
   * Send everything now and wait until it is saved. Resolves false when that did not work
   * (offline, refused, or the scan was frozen).
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
    if (!this.hasPending()) return;
    const body = this.restBody(this.inflight, {
      baseRevision: this.inflight.baseRevision + 1,
      saveId: this.deps.uuid(),
    });
    this.deps.save(body, this.keepaliveOnUnload(body)).catch(() => undefined);
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
    return this.frozen || (!this.hasPending() && this.inflight === null);
  }

  protected schedule(): void {
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

  protected async send(keepalive: boolean): Promise<void> {
    if (this.inflight || this.frozen || this.retry) return;
    if (!this.hasPending()) {
      this.resolveWaiters();
      return;
    }
    this.inflight = this.takeBatch({ saveId: this.deps.uuid(), baseRevision: this.revision });
    await this.attempt(keepalive);
  }

  private async attempt(keepalive: boolean): Promise<void> {
    const batch = this.inflight;
    if (!batch || this.frozen) return;
    if (this.state.kind !== 'offline') this.setState({ kind: 'saving' });
    const body = this.bodyOf(batch);
    const small = isSmall(body);
    try {
      const { revision } = await this.deps.save(body, keepalive && small);
      this.confirmed(batch);
      this.revision = revision;
      this.inflight = null;
      this.attempts = 0;
      this.renewed = false;
      this.savedAt = this.deps.now();
      this.setState({ kind: 'saved', at: this.savedAt });
      if (this.hasPending()) {
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

  private async failed(batch: TBatch, error: unknown): Promise<void> {
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
    if (await this.handleRefusal(batch, error)) return;
    if (isRetryable(error)) {
      this.setState({ kind: 'offline' });
      this.resolveWaiters(false);
      this.retryLater(() => void this.attempt(false));
      return;
    }
    // Anything else (e.g. no longer allowed): keep what was in the batch, so that the next change
    // tries again, and say so.
    this.inflight = null;
    this.putBack(batch);
    this.setState({ kind: 'failed', error: error instanceof ApiError ? error : networkError() });
    this.resolveWaiters(false);
  }

  /** Another tab saved first: read the scan again and put what this tab did on top. */
  private async merge(): Promise<void> {
    if (this.inflight) {
      this.putBack(this.inflight);
      this.inflight = null;
    }
    this.needsReload = true;
    try {
      const fresh = await this.deps.reload();
      this.needsReload = false;
      if (!fresh.editable) {
        this.freeze();
        return;
      }
      this.rebase(fresh);
      this.revision = fresh.revision;
      this.mergedAt = this.deps.now();
      this.emit();
      await this.send(false);
    } catch (error) {
      const retryable = isRetryable(error);
      this.setState(
        retryable
          ? { kind: 'offline' }
          : { kind: 'failed', error: error instanceof ApiError ? error : networkError() },
      );
      this.resolveWaiters(false);
      if (retryable) this.retryLater(() => void this.merge());
    }
  }

  private freeze(): void {
    this.frozen = true;
    this.inflight = null;
    this.dropPending();
    this.clearDebounce();
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
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

  protected resolveWaiters(ok?: boolean): void {
    if (ok === undefined && !this.settled()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(ok ?? !this.frozen);
  }

  protected setState(state: SaveState): void {
    this.state = state;
    this.emit();
  }

  /** Tell the page; `snapshot` when the subclass knows it already (saves working it out again). */
  protected emit(snapshot: TSnapshot = this.makeSnapshot()): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}
