// Autosave for the network map, on the shared save queue (src/web/scan/save-queue.ts: the same
// states, pauses, retries with the same saveId, keepalive, csrf renewal and frozen handling as the
// answers, and the same status line) with one difference: the server takes the whole network, and
// what this tab keeps are *operations* (src/core/network/edit.ts), not values.
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
import { type BatchHead, SaveQueue, type SaveQueueDeps, type SaveState } from '../scan/save-queue.ts';

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

interface Body extends BatchHead {
  network: Network;
}

interface Batch extends Body {
  ops: NetworkOp[];
}

/** The API and the clock (save-queue.ts); `onFrozen` is called when the scan was sent elsewhere. */
export type NetworkAutosaveDeps = SaveQueueDeps<Body, { network: Network | null }>;

export class NetworkAutosaver extends SaveQueue<Batch, Body, { network: Network | null }, NetworkSnapshot> {
  private saved: Network;
  private pending: NetworkOp[] = [];
  private readonly catalogue: NetworkCatalogue | undefined;

  constructor(
    deps: NetworkAutosaveDeps,
    initial: { revision: number; network: Network | null },
    catalogue?: NetworkCatalogue,
  ) {
    super(deps, initial.revision);
    this.catalogue = catalogue;
    this.saved = initial.network ?? emptyNetwork();
    this.emit();
  }

  /** One or more edits. Those that would make the network invalid change nothing. */
  apply(...ops: NetworkOp[]): void {
    if (this.frozen || ops.length === 0) return;
    const before = this.getSnapshot().network;
    const after = applyNetworkOps(before, ops, this.catalogue);
    if (after === before) return;
    this.pending.push(...ops);
    // The shown network is known already: no need to play every pending operation again.
    this.emit(this.makeSnapshot(after));
    this.schedule();
  }

  protected hasPending(): boolean {
    return this.pending.length > 0;
  }

  protected takeBatch(head: BatchHead): Batch {
    const ops = this.pending;
    this.pending = [];
    return { ...head, ops, network: applyNetworkOps(this.saved, ops, this.catalogue) };
  }

  protected bodyOf(batch: Batch): Body {
    return { baseRevision: batch.baseRevision, saveId: batch.saveId, network: batch.network };
  }

  protected confirmed(batch: Batch): void {
    this.saved = batch.network;
  }

  // Anything refused (invalid-network should not happen: the operations keep it valid; or no
  // longer allowed) and a conflict: the operations go back in front, to be played again.
  protected putBack(batch: Batch): void {
    this.pending = [...batch.ops, ...this.pending];
  }

  protected rebase(fresh: { network: Network | null }): void {
    this.saved = fresh.network ?? emptyNetwork();
  }

  protected restBody(inflight: Batch, head: BatchHead): Body {
    return { ...head, network: applyNetworkOps(inflight.network, this.pending, this.catalogue) };
  }

  protected dropPending(): void {
    this.pending = [];
  }

  protected makeSnapshot(shown?: Network): NetworkSnapshot {
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
}
