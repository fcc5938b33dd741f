// Autosave for the network map. It works like the answers' autosave (src/web/scan/autosave.ts:
// same states, same pauses, same status line) with one difference: the server takes the whole
// network, and what this tab keeps are *operations* (src/core/network/edit.ts), not values.
//
// - every change is an operation, kept in memory and sent ~600 ms after the person stops (at the
//   latest after 5 s of continuous work): the saved network with the operations on top, based on
//   the revision the page knows, with a saveId;
// - offline or the server away: the same body with the same saveId is tried again with growing
//   pauses (a request that did arrive is not applied twice), and at once when back online;
// - another tab saved first (409 revision-conflict): the scan is read again and this tab's
//   operations are played again on top of the server's network, then sent: nothing done here is
//   lost, and what the other tab did stays (unless this tab removed it);
// - the scan was sent meanwhile (409 scan-frozen): saving stops and the page says so;
// - the page is hidden or closed: sent at once with `keepalive` (when small enough).
// Nothing is written to localStorage or sessionStorage.
import { applyNetworkOps, type NetworkOp } from '../../core/network/edit.ts';
import { emptyNetwork, type Network, type NetworkCatalogue } from '../../core/network/model.ts';
import { ApiError } from '../api.ts';
import { DEBOUNCE_MS, type SaveState } from '../scan/autosave.ts';

export type { SaveState };

export interface NetworkSnapshot {
  /** What the page shows: the saved network with every operation of this tab on top. */
  network: Network;
  state: SaveState;
  /** Operations not yet confirmed by the server. */
  unsaved: boolean;
  /** Set when another tab saved first and this tab's operations were put on top of its network. */
  mergedAt: Date | null;
  /** When the last save went through (in this page). */
  savedAt: Date | null;
}

export interface NetworkAutosaveDeps {
  save(
    input: { baseRevision: number; saveId: string; network: Network },
    keepalive: boolean,
  ): Promise<{ revision: number }>;
  /** Read the scan again (after a conflict). */
  reload(): Promise<{ revision: number; network: Network | null; editable: boolean }>;
  /** The scan can no longer be changed (sent elsewhere). */
  onFrozen(): void;
  /** Pick up the session again after signing in anew in another tab (403 csrf). */
  renewSession(): Promise<boolean>;
  uuid(): string;
  now(): Date;
}

interface Batch {
  saveId: string;
  baseRevision: number;
  ops: NetworkOp[];
  network: Network;
}

const MAX_WAIT_MS = 5_000;
const RETRY_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];
/** Browsers allow about 64 KiB of keepalive bodies in flight; stay well below it. */
const KEEPALIVE_LIMIT = 16_000;

const networkError = () => new ApiError({ type: 'about:blank', title: 'Error', status: 0, code: 'network' });

function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

export class NetworkAutosaver {
  private saved: Network;
  private revision: number;
  private pending: NetworkOp[] = [];
  private inflight: Batch | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private maxWait: ReturnType<typeof setTimeout> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;
  private renewed = false;
  private urgent = false;
  private frozen = false;
  private needsReload = false;
  private state: SaveState = { kind: 'idle' };
  private mergedAt: Date | null = null;
  private savedAt: Date | null = null;
  private snapshot: NetworkSnapshot;
  private listeners = new Set<() => void>();
  private waiters: Array<(ok: boolean) => void> = [];

  private readonly deps: NetworkAutosaveDeps;
  private readonly catalogue: NetworkCatalogue | undefined;

  constructor(
    deps: NetworkAutosaveDeps,
    initial: { revision: number; network: Network | null },
    catalogue?: NetworkCatalogue,
  ) {
    this.deps = deps;
    this.catalogue = catalogue;
    this.saved = initial.network ?? emptyNetwork();
    this.revision = initial.revision;
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): NetworkSnapshot => this.snapshot;

  /** One or more edits. Those that would make the network invalid change nothing. */
  apply(...ops: NetworkOp[]): void {
    if (this.frozen || ops.length === 0) return;
    const before = this.snapshot.network;
    const after = applyNetworkOps(before, ops, this.catalogue);
    if (after === before) return;
    this.pending.push(...ops);
    // The shown network is known already: no need to play every pending operation again.
    this.emit(after);
    this.schedule();
  }

  /** Send everything now and wait; false when that did not work (offline, refused, frozen). */
  flush(): Promise<boolean> {
    this.clearDebounce();
    if (this.settled()) return Promise.resolve(!this.frozen);
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve));
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

  /** The page is being unloaded: with a save under way, the rest goes on the revision it will give. */
  pageUnloading(): void {
    if (this.frozen) return;
    this.clearDebounce();
    if (!this.inflight) {
      void this.send(true);
      return;
    }
    if (this.pending.length === 0) return;
    const network = applyNetworkOps(this.inflight.network, this.pending, this.catalogue);
    const body = { baseRevision: this.inflight.baseRevision + 1, saveId: this.deps.uuid(), network };
    this.deps.save(body, JSON.stringify(body).length < KEEPALIVE_LIMIT).catch(() => undefined);
  }

  /** Back online: try again now instead of waiting. */
  online(): void {
    if (!this.retry) return;
    clearTimeout(this.retry);
    this.retry = null;
    if (this.needsReload) void this.merge();
    else void this.attempt(false);
  }

  /** Leaving the page within the app: what is not sent yet goes now. */
  leave(): void {
    this.pageHidden();
  }

  // ── internals ──

  private settled(): boolean {
    return this.frozen || (this.pending.length === 0 && this.inflight === null);
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
    if (this.pending.length === 0) {
      this.resolveWaiters();
      return;
    }
    const ops = this.pending;
    this.pending = [];
    this.inflight = {
      saveId: this.deps.uuid(),
      baseRevision: this.revision,
      ops,
      network: applyNetworkOps(this.saved, ops, this.catalogue),
    };
    await this.attempt(keepalive);
  }

  private async attempt(keepalive: boolean): Promise<void> {
    const batch = this.inflight;
    if (!batch || this.frozen) return;
    if (this.state.kind !== 'offline') this.setState({ kind: 'saving' });
    const body = { baseRevision: batch.baseRevision, saveId: batch.saveId, network: batch.network };
    const small = JSON.stringify(body).length < KEEPALIVE_LIMIT;
    try {
      const { revision } = await this.deps.save(body, keepalive && small);
      this.saved = batch.network;
      this.revision = revision;
      this.inflight = null;
      this.attempts = 0;
      this.renewed = false;
      this.savedAt = this.deps.now();
      this.setState({ kind: 'saved', at: this.savedAt });
      if (this.pending.length > 0) {
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
    if (isRetryable(error)) {
      this.setState({ kind: 'offline' });
      this.resolveWaiters(false);
      this.retryLater(() => void this.attempt(false));
      return;
    }
    // Anything else (invalid-network should not happen: the operations keep it valid; or no longer
    // allowed): keep the operations, so that the next change tries again, and say so.
    this.inflight = null;
    this.pending = [...batch.ops, ...this.pending];
    this.setState({ kind: 'failed', error: error instanceof ApiError ? error : networkError() });
    this.resolveWaiters(false);
  }

  /** Another tab saved first: read the scan again and play this tab's operations on top. */
  private async merge(): Promise<void> {
    if (this.inflight) {
      this.pending = [...this.inflight.ops, ...this.pending];
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
      this.saved = fresh.network ?? emptyNetwork();
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
    this.pending = [];
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

  private makeSnapshot(shown?: Network): NetworkSnapshot {
    let network = shown ?? (this.inflight ? this.inflight.network : this.saved);
    if (!shown && this.pending.length > 0) network = applyNetworkOps(network, this.pending, this.catalogue);
    return {
      network,
      state: this.state,
      unsaved: this.pending.length > 0 || this.inflight !== null,
      mergedAt: this.mergedAt,
      savedAt: this.savedAt,
    };
  }

  private emit(shown?: Network): void {
    this.snapshot = this.makeSnapshot(shown);
    for (const listener of this.listeners) listener();
  }
}
