// The drawing of a network, computed in a Web Worker: debounced while the candidate edits, the
// last drawing stays on screen while the next one is computed, and without Workers (or when the
// worker fails) the same pure function runs on the main thread. Same input, same picture.
import { useEffect, useRef, useState } from 'react';
import { type DrawingCatalogue, drawNetwork, type NetworkDrawing } from '../../../core/network/drawing.ts';
import type { Network } from '../../../core/network/model.ts';
import type { LayoutRequest, LayoutResponse } from './messages.ts';

/** Wait this long after the last change before drawing again: one drawing per burst of typing. */
export const drawDebounceMs = 250;

let shared: Worker | null | undefined;

/** One worker for the page, started on first use; null when Workers are missing or refused. */
function layoutWorker(): Worker | null {
  if (shared !== undefined) return shared;
  try {
    shared =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    shared = null;
  }
  return shared;
}

let nextId = 1;

export interface NetworkDrawingState {
  /** The latest finished drawing (kept while a newer one computes), or null before the first. */
  drawing: NetworkDrawing | null;
  /** A newer drawing is being computed. */
  pending: boolean;
}

export function useNetworkDrawing(network: Network, catalogue: DrawingCatalogue): NetworkDrawingState {
  const [state, setState] = useState<NetworkDrawingState>({ drawing: null, pending: true });
  const first = useRef(true);

  useEffect(() => {
    let cancelled = false;
    const id = nextId++;
    const onMainThread = () => {
      if (cancelled) return;
      const drawing = drawNetwork(network, catalogue);
      if (!cancelled) setState({ drawing, pending: false });
    };
    const start = () => {
      const worker = layoutWorker();
      if (!worker) {
        onMainThread();
        return;
      }
      const onMessage = (event: MessageEvent<LayoutResponse>) => {
        if (event.data?.id !== id) return;
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (cancelled) return;
        if (event.data.type === 'drawn') setState({ drawing: event.data.drawing, pending: false });
        else onMainThread();
      };
      const onError = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        // A worker that cannot start (blocked, old browser) stays unused for the rest of the page.
        shared = null;
        onMainThread();
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      const request: LayoutRequest = { type: 'draw', id, network, catalogue };
      worker.postMessage(request);
    };
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    // The first drawing starts at once; later ones wait for a pause in the changes.
    const timer = setTimeout(start, first.current ? 0 : drawDebounceMs);
    first.current = false;
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [network, catalogue]);

  return state;
}
