// The picture of a network map, as data: where each contact, tie and context goes, and how each
// contact is marked. One seeded layout (layout.ts), so the web app (SVG), the report in the
// browser and the PDF (vector, src/server/pdf) draw exactly the same picture, and a reload shows
// what was there before. Pure: no DOM, no Node APIs.
//
// Marks are shape and text, never colour alone (WCAG 1.4.1): a contact in a sensitive sector is a
// diamond, an organisation a square, a person a circle; a contact who does business with the
// organisation carries a "€" badge; every mark is also in the contact's accessible name.
import type { Text } from '../instrument/schema.ts';

export type ContactShape = 'circle' | 'square' | 'diamond';

export interface DrawnContact {
  id: string;
  /** The candidate's own label for the contact (initials or a nickname). */
  label: string;
  x: number;
  y: number;
  /** Radius in drawing units; grows a little with closeness. */
  r: number;
  shape: ContactShape;
  kind: 'person' | 'organisation';
  /** Known only through another contact (distance 2): drawn with a dashed outline. */
  indirect: boolean;
  sensitive: boolean;
  business: boolean;
  /** In two or more contexts ("different hats"). */
  multiplex: boolean;
  /** Context ids, first the one the contact is drawn nearest to. */
  contexts: string[];
}

export interface DrawnTie {
  a: string;
  b: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** 1–5. */
  strength: number;
  /** A person's membership of an organisation (drawn dotted) rather than "they know each other". */
  membership: boolean;
}

export interface DrawnContext {
  id: string;
  label: Text;
  /** A circle around the context's contacts. */
  cx: number;
  cy: number;
  r: number;
  /** Index into a small palette; the label is always drawn too, so colour is never the only cue. */
  tone: number;
}

export interface NetworkDrawing {
  /** The drawing's box in drawing units; the candidate (centre) is at (0, 0). */
  box: { x: number; y: number; width: number; height: number };
  contexts: DrawnContext[];
  ties: DrawnTie[];
  contacts: DrawnContact[];
  /** A one-paragraph description of the picture, for alternative text (nl, en). */
  description: Text;
}
