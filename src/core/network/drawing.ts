// The picture of a network map, as data: where each contact, tie and context goes, and how each
// contact is marked. One seeded layout (layout.ts), so the web app (SVG), the report in the
// browser and the PDF (vector, src/server/pdf) draw exactly the same picture, and a reload shows
// what was there before. Pure: no DOM, no Node APIs.
//
// Marks are shape and text, never colour alone (WCAG 1.4.1): a contact in a sensitive sector is a
// diamond, an organisation a square, a person a circle; a contact who does business with the
// organisation carries a "€" badge; every mark is also in the contact's accessible name.
import type { Text } from '../instrument/schema.ts';
import { sentence, t } from '../texts/namespaces.ts';
import type { Language } from '../vocabulary.ts';
import { type LayoutOptions, layoutNetwork } from './layout.ts';
import type { Network, NetworkCatalogue } from './model.ts';

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
  /** Sector id from the catalogue, when given. */
  sector?: string;
  /** The sector's name from the catalogue (for the accessible name), when known. */
  sectorLabel?: Text;
  /** 1–5, when given. */
  closeness?: number;
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
  /** Where the label goes: just outside the circle, on the side away from the candidate. */
  labelX: number;
  labelY: number;
  /** How the label is anchored horizontally at (labelX, labelY). */
  labelAnchor: 'start' | 'middle' | 'end';
  /** Number of contacts in this context. */
  size: number;
}

/** What the description counts; the PDF and tests read these too. */
export interface DrawingCounts {
  contacts: number;
  contexts: number;
  ties: number;
  memberships: number;
  sensitive: number;
  business: number;
  multiplex: number;
  indirect: number;
}

export interface NetworkDrawing {
  /** The drawing's box in drawing units; the candidate (centre) is at (0, 0). */
  box: { x: number; y: number; width: number; height: number };
  contexts: DrawnContext[];
  ties: DrawnTie[];
  contacts: DrawnContact[];
  /** A one-paragraph description of the picture, for alternative text (nl, en). */
  description: Text;
  /** The candidate's own mark at the centre (drawn as a small "U" / "You", never as a contact). */
  ego: { x: number; y: number; r: number };
  counts: DrawingCounts;
}

/**
 * The catalogue parts the drawing reads: `NetworkBlock` from the instrument schema fits. Labels
 * are optional so tests may pass less.
 */
export interface DrawingCatalogue extends NetworkCatalogue {
  contexts: ReadonlyArray<{ id: string; private?: boolean; label?: Text }>;
  sectors: ReadonlyArray<{ id: string; sensitive?: boolean; label?: Text }>;
}

export type DrawOptions = LayoutOptions;

/** Number of tones in the context palette (the web and PDF palettes have this many entries). */
export const contextTones = 6;
/** Space between a context's outermost contact (with its label) and its circle. */
const contextPadding = 10;
/** Label height below a contact mark, and the gap to it; the label is drawn at y + r + labelGap. */
export const contactLabelGap = 10;
/** Rough width of one label character at the drawing's label size (for the box, not for layout). */
const charWidth = 5.5;
/** Margin around everything in the box. */
const boxMargin = 16;

const round = (n: number) => Math.round(n * 10) / 10;

export function describeDrawing(counts: DrawingCounts): Text {
  const c = counts;
  if (c.contacts === 0 && c.contexts === 0) return sentence('network', 'alt.empty');
  return { nl: describeIn(c, 'nl'), en: describeIn(c, 'en') };
}

function describeIn(c: DrawingCounts, language: Language): string {
  const count = (key: 'contacts' | 'contexts' | 'ties' | 'memberships', n: number) =>
    t('network', `alt.${key}`, { count: n }, language);
  const shows = {
    contacts: count('contacts', c.contacts),
    contexts: count('contexts', c.contexts),
    ties: count('ties', c.ties),
  };
  const sentences = [
    c.memberships > 0
      ? t(
          'network',
          'alt.showsWithMemberships',
          { ...shows, memberships: count('memberships', c.memberships) },
          language,
        )
      : t('network', 'alt.shows', shows, language),
    t(
      'network',
      'alt.marks',
      {
        sensitive: t('network', 'alt.sensitive', { count: c.sensitive }, language),
        business: t('network', 'alt.business', { count: c.business }, language),
        multiplex: t('network', 'alt.multiplex', { count: c.multiplex }, language),
      },
      language,
    ),
  ];
  if (c.indirect > 0) sentences.push(t('network', 'alt.indirect', { count: c.indirect }, language));
  return sentences.join(' ');
}

/**
 * The whole picture of a network: seeded layout (layout.ts), then marks, context circles, ties and
 * the description. Pure and deterministic; a draft with dangling references is drawn without them.
 */
export function drawNetwork(
  network: Network,
  catalogue: DrawingCatalogue = { contexts: [], sectors: [] },
  options: DrawOptions = {},
): NetworkDrawing {
  const layout = layoutNetwork(network, options);
  const contactById = new Map(network.contacts.map((p) => [p.id, p]));
  const sectorById = new Map(catalogue.sectors.map((s) => [s.id, s]));
  const contextById = new Map(network.contexts.map((x) => [x.id, x]));
  const catalogueContext = new Map(catalogue.contexts.map((x) => [x.id, x]));

  const contacts: DrawnContact[] = layout.contacts.map((placed) => {
    const contact = contactById.get(placed.id)!;
    const sector = contact.sector === undefined ? undefined : sectorById.get(contact.sector);
    const sensitive = sector?.sensitive === true;
    const drawn: DrawnContact = {
      id: contact.id,
      label: contact.label,
      x: placed.x,
      y: placed.y,
      r: placed.r,
      shape: sensitive ? 'diamond' : contact.kind === 'organisation' ? 'square' : 'circle',
      kind: contact.kind,
      indirect: !contact.direct,
      sensitive,
      business: contact.business === 'ja',
      multiplex: placed.contexts.length >= 2,
      contexts: placed.contexts,
    };
    if (contact.sector !== undefined) drawn.sector = contact.sector;
    if (sector?.label) drawn.sectorLabel = sector.label;
    if (contact.closeness !== undefined) drawn.closeness = contact.closeness;
    return drawn;
  });
  const at = new Map(contacts.map((p) => [p.id, p]));

  const ties: DrawnTie[] = [];
  const seen = new Set<string>();
  const tieList = [...network.ties]
    .filter((t) => t.a !== t.b && at.has(t.a) && at.has(t.b))
    .map((t) => (t.a < t.b ? t : { ...t, a: t.b, b: t.a }))
    .sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
  for (const t of tieList) {
    const key = `${t.a}\u0000${t.b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const a = at.get(t.a)!;
    const b = at.get(t.b)!;
    ties.push({
      a: t.a,
      b: t.b,
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      strength: t.strength ?? 1,
      membership: false,
    });
  }
  const membershipList = [...network.memberships]
    .filter((m) => at.has(m.person) && at.has(m.organisation))
    .sort((p, q) =>
      p.person < q.person
        ? -1
        : p.person > q.person
          ? 1
          : p.organisation < q.organisation
            ? -1
            : p.organisation > q.organisation
              ? 1
              : 0,
    );
  for (const m of membershipList) {
    const a = at.get(m.person)!;
    const b = at.get(m.organisation)!;
    ties.push({
      a: m.person,
      b: m.organisation,
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      strength: 1,
      membership: true,
    });
  }

  const contexts: DrawnContext[] = layout.contexts.map((placed) => {
    const context = contextById.get(placed.id)!;
    // A contact in several contexts sits between their circles (and is marked as such).
    // Contacts in this context alone set its circle; a context with only shared contacts takes
    // those drawn nearest to it.
    const only = contacts.filter((p) => p.contexts.length === 1 && p.contexts[0] === placed.id);
    const primary = only.length > 0 ? only : contacts.filter((p) => p.contexts[0] === placed.id);
    let cx = placed.x;
    let cy = placed.y;
    let r = layout.egoRadius + contextPadding;
    if (primary.length > 0) {
      cx = primary.reduce((s, p) => s + p.x, 0) / primary.length;
      cy = primary.reduce((s, p) => s + p.y, 0) / primary.length;
      r = Math.max(
        r,
        ...primary.map((p) => Math.hypot(p.x - cx, p.y - cy) + p.r + contactLabelGap + contextPadding / 2),
      );
    }
    const d = Math.hypot(cx, cy) || 1;
    const ux = cx / d;
    const uy = cy / d;
    const own = context.label?.trim();
    const fromCatalogue =
      context.catalogueId === undefined ? undefined : catalogueContext.get(context.catalogueId)?.label;
    const label: Text = own ? { nl: own, en: own } : (fromCatalogue ?? { nl: context.id, en: context.id });
    return {
      id: placed.id,
      label,
      cx: round(cx),
      cy: round(cy),
      r: round(r),
      tone: placed.order % contextTones,
      labelX: round(cx + ux * (r + 12)),
      labelY: round(cy + uy * (r + 12) + 4),
      labelAnchor: ux > 0.35 ? 'start' : ux < -0.35 ? 'end' : 'middle',
      size: network.contacts.filter((p) => p.contexts.includes(placed.id)).length,
    };
  });

  // The box around everything, labels included (their width estimated).
  let minX = -layout.egoRadius;
  let minY = -layout.egoRadius;
  let maxX = layout.egoRadius;
  let maxY = layout.egoRadius;
  const grow = (x1: number, y1: number, x2: number, y2: number) => {
    minX = Math.min(minX, x1);
    minY = Math.min(minY, y1);
    maxX = Math.max(maxX, x2);
    maxY = Math.max(maxY, y2);
  };
  for (const p of contacts) {
    const half = Math.max(p.r, (Math.min(p.label.length, 10) * charWidth) / 2);
    grow(p.x - half, p.y - p.r, p.x + half, p.y + p.r + contactLabelGap + 4);
  }
  for (const x of contexts) {
    grow(x.cx - x.r, x.cy - x.r, x.cx + x.r, x.cy + x.r);
    const width = Math.max(x.label.nl.length, x.label.en?.length ?? 0) * charWidth;
    const lx = x.labelX ?? x.cx;
    const ly = x.labelY ?? x.cy;
    const left = x.labelAnchor === 'start' ? lx : x.labelAnchor === 'end' ? lx - width : lx - width / 2;
    grow(left, ly - 10, left + width, ly + 4);
  }

  const counts: DrawingCounts = {
    contacts: contacts.length,
    contexts: contexts.length,
    ties: ties.filter((t) => !t.membership).length,
    memberships: ties.filter((t) => t.membership).length,
    sensitive: contacts.filter((p) => p.sensitive).length,
    business: contacts.filter((p) => p.business).length,
    multiplex: contacts.filter((p) => p.multiplex).length,
    indirect: contacts.filter((p) => p.indirect).length,
  };
  return {
    box: {
      x: round(minX - boxMargin),
      y: round(minY - boxMargin),
      width: round(maxX - minX + 2 * boxMargin),
      height: round(maxY - minY + 2 * boxMargin),
    },
    contexts,
    ties,
    contacts,
    description: describeDrawing(counts),
    ego: { x: 0, y: 0, r: layout.egoRadius },
    counts,
  };
}
