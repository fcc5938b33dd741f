// The layout of the network picture off the main thread: the force simulation for a few hundred
// contacts takes a noticeable fraction of a second, which would make typing in the map stutter.
// Bundled by Vite as its own file (same origin, so the CSP's script-src 'self' covers it).
import { drawNetwork } from '../../../core/network/drawing.ts';
import type { LayoutRequest, LayoutResponse } from './messages.ts';

// The worker's global, typed by what is used (the DOM and WebWorker type libraries clash).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
};

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  if (request?.type !== 'draw') return;
  let response: LayoutResponse;
  try {
    response = { type: 'drawn', id: request.id, drawing: drawNetwork(request.network, request.catalogue) };
  } catch {
    // No content in the message: the page falls back to drawing on the main thread.
    response = { type: 'failed', id: request.id };
  }
  scope.postMessage(response);
};
