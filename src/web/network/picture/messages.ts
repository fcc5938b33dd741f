// The messages between the page and the layout worker: one request per drawing, answered with
// the same id, so the page can drop answers that a newer request has overtaken.
import type { DrawingCatalogue, NetworkDrawing } from '../../../core/network/drawing.ts';
import type { Network } from '../../../core/network/model.ts';

export interface LayoutRequest {
  type: 'draw';
  id: number;
  network: Network;
  catalogue: DrawingCatalogue;
}

export type LayoutResponse =
  | { type: 'drawn'; id: number; drawing: NetworkDrawing }
  | { type: 'failed'; id: number };
