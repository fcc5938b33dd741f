// The seeded force layout of a network map: where each contact and each context goes. Pure and
// deterministic: the same network gives the same positions on every reload, in the report in the
// browser and in the PDF on the server, whatever order the contacts and ties are listed in.
//
// How (the habit of Network Canvas's autoLayout.worker.ts: every constant says why it is what it is):
//  1. Everything is sorted by id first, so input order cannot matter.
//  2. The candidate sits at (0, 0), fixed. Each context gets a centre on a ring around them; contexts
//     that share contacts are put next to each other on the ring, so "different hats" stay short.
//  3. Each contact is pulled to the mean of its contexts' centres (a contact in two contexts sits
//     between them), moved inwards by closeness (close people sit nearer the candidate). Ties and
//     memberships pull gently; collision keeps marks and labels apart.
//  4. d3-force runs a fixed number of ticks with its random source taken from a small seeded PRNG
//     and starting positions derived from a hash of each id; no clock, no Math.random.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Network, NetworkContact } from './model.ts';

/** Tunables. Every value is in drawing units (a contact mark is about 8–12 units across its radius). */
export const layoutConstants = {
  /**
   * Ticks of the simulation. d3's default cooling (alpha 1 → 0.001) takes about 300; 300 gives the
   * same settled picture while staying a fixed, known amount of work (≈ 0.1–0.3 s for 300 contacts
   * and 1,000 ties in a worker).
   */
  ticks: 300,
  /** Alpha at which d3 would stop by itself; with `ticks` it sets the cooling rate. */
  alphaMin: 0.001,
  /** Seed of the PRNG d3 uses to break ties between coincident points. Any fixed number will do. */
  seed: 0x5eed,
  /** Radius of the candidate's "U" mark; collision keeps contacts off it. */
  egoRadius: 14,
  /** Radius of a contact mark at closeness 1 (or unknown): big enough to hold two initials. */
  baseRadius: 8,
  /** Extra radius per step of closeness above 1, so very close people stand out a little (max +4). */
  radiusPerCloseness: 1,
  /** Radius of a contact known only through another: small, they matter only at distance 2. */
  indirectRadius: 7,
  /**
   * Space collision keeps around a mark beyond its radius: the label is drawn below the mark
   * (about 10 units high), so this keeps one contact's label clear of its neighbour's mark.
   */
  labelPadding: 9,
  /** Space per contact inside a context: a context of n contacts gets a circle of about √n·this. */
  contextSpacing: 24,
  /** Smallest radius of the ring of context centres, so even one context stands clear of the candidate. */
  minRingRadius: 110,
  /** Gap between neighbouring context circles on the ring. */
  ringGap: 24,
  /**
   * How far closeness pulls a contact from its context's centre towards the candidate: closeness 5
   * moves the target this fraction of the way in; closeness 1 not at all. Less than 0.5 keeps the
   * contact inside its context's half of the picture.
   */
  closenessPull: 0.35,
  /**
   * Strength of the pull towards the context target. Strong enough that contexts stay recognisable
   * groups against the ties, weak enough that collision can spread a group into a disc.
   */
  contextStrength: 0.12,
  /** Pull for a contact with no context (a direct contact not yet placed): towards the candidate. */
  looseStrength: 0.04,
  /** Strength of a tie (d3 default is 1/min(degree)); "gently": ties bend groups, they do not merge them. */
  tieStrength: 0.04,
  /** Rest length of a tie: a little more than two marks with their labels. */
  tieDistance: 40,
  /** Strength of a membership (person in organisation): a bit more than a tie, they belong together. */
  membershipStrength: 0.08,
  /** A small repulsion spreads a group evenly instead of packing it in collision order. */
  charge: -12,
  /** Repulsion reaches only neighbours, so distant groups do not push each other off the ring. */
  chargeDistanceMax: 80,
  /** Collision passes per tick: 2 settles labels clear of each other at 300 contacts. */
  collideIterations: 2,
  /** Where an indirect contact without ties goes: on an outer ring, this far beyond the contexts. */
  outerMargin: 60,
  /** Initial scatter around the target, from the id hash: breaks symmetry without randomness. */
  scatter: 12,
} as const;

export interface PlacedContact {
  id: string;
  x: number;
  y: number;
  r: number;
  /** Contexts, the one the contact ended up nearest to first. */
  contexts: string[];
}

export interface PlacedContext {
  id: string;
  /** The context's centre on the ring (the pull target of its contacts). */
  x: number;
  y: number;
  /** Position on the ring, 0-based (for a palette tone). */
  order: number;
  /** Radius the context was given room for on the ring. */
  room: number;
}

export interface NetworkLayout {
  egoRadius: number;
  ringRadius: number;
  contexts: PlacedContext[];
  contacts: PlacedContact[];
}

export interface LayoutOptions {
  /** Override the number of ticks (tests, benchmarks). */
  ticks?: number;
}

/** FNV-1a 32-bit: a small, stable hash of a string. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny seeded PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Rounded to 0.1 unit: the picture cannot show less, and it keeps JSON and PDF output stable. */
const round = (n: number) => Math.round(n * 10) / 10;

export function contactRadius(contact: Pick<NetworkContact, 'direct' | 'closeness'>): number {
  const c = layoutConstants;
  if (!contact.direct) return c.indirectRadius;
  return c.baseRadius + c.radiusPerCloseness * Math.max(0, (contact.closeness ?? 1) - 1);
}

interface Node extends SimulationNodeDatum {
  id: string;
  r: number;
  tx: number;
  ty: number;
  strength: number;
}

/**
 * Orders contexts around the ring: the largest first, then each time the unplaced context sharing
 * the most contacts with the one placed last (ties broken by size, then id). Deterministic.
 */
function ringOrder(contextIds: string[], members: Map<string, string[]>, contacts: NetworkContact[]) {
  const shared = new Map<string, number>();
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const contact of contacts) {
    const cs = [...new Set(contact.contexts)].sort();
    for (let i = 0; i < cs.length; i++)
      for (let j = i + 1; j < cs.length; j++) {
        const k = key(cs[i]!, cs[j]!);
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
  }
  const size = (id: string) => members.get(id)?.length ?? 0;
  const left = [...contextIds];
  const order: string[] = [];
  const better = (a: string, b: string, last: string | undefined) => {
    const sa = last ? (shared.get(key(a, last)) ?? 0) : 0;
    const sb = last ? (shared.get(key(b, last)) ?? 0) : 0;
    if (sa !== sb) return sa > sb;
    if (size(a) !== size(b)) return size(a) > size(b);
    return a < b;
  };
  while (left.length > 0) {
    const last = order[order.length - 1];
    let best = 0;
    for (let i = 1; i < left.length; i++) if (better(left[i]!, left[best]!, last)) best = i;
    order.push(left.splice(best, 1)[0]!);
  }
  return order;
}

export function layoutNetwork(network: Network, options: LayoutOptions = {}): NetworkLayout {
  const c = layoutConstants;
  const contexts = [...network.contexts].sort(byId);
  const contacts = [...network.contacts].sort(byId);
  const contactIds = new Set(contacts.map((p) => p.id));
  const contextIds = new Set(contexts.map((x) => x.id));

  // Members per context (sorted, only known references: the layout never throws on a draft).
  const members = new Map<string, string[]>(contexts.map((x) => [x.id, []]));
  for (const contact of contacts)
    for (const cid of new Set(contact.contexts)) members.get(cid)?.push(contact.id);

  // 2. Context centres on the ring, each with room proportional to √(members).
  const order = ringOrder(
    contexts.map((x) => x.id),
    members,
    contacts,
  );
  const room = (id: string) => c.contextSpacing * Math.max(1, Math.sqrt(members.get(id)?.length ?? 0));
  const circumference = order.reduce((sum, id) => sum + 2 * room(id) + c.ringGap, 0);
  const ringRadius = Math.max(
    c.minRingRadius,
    circumference / (2 * Math.PI),
    // Room for the candidate's own mark and the largest context between it and the ring.
    c.egoRadius + 2 * Math.max(0, ...order.map(room)),
  );
  const placed = new Map<string, PlacedContext>();
  let along = 0;
  order.forEach((id, i) => {
    const half = room(id) + c.ringGap / 2;
    along += half;
    // Start at the top (−π/2) and go clockwise, like a clock face.
    const angle = -Math.PI / 2 + (order.length === 1 ? 0 : (2 * Math.PI * along) / circumference);
    along += half;
    placed.set(id, {
      id,
      x: ringRadius * Math.cos(angle),
      y: ringRadius * Math.sin(angle),
      order: i,
      room: room(id),
    });
  });

  // 3. Nodes with their targets.
  const ties = network.ties
    .filter((t) => t.a !== t.b && contactIds.has(t.a) && contactIds.has(t.b))
    .map((t) => (t.a < t.b ? { a: t.a, b: t.b } : { a: t.b, b: t.a }))
    .sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
  const memberships = network.memberships
    .filter((m) => contactIds.has(m.person) && contactIds.has(m.organisation))
    .map((m) => ({ a: m.person, b: m.organisation }))
    .sort((p, q) => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
  const neighbours = new Map<string, string[]>();
  for (const t of [...ties, ...memberships]) {
    neighbours.set(t.a, [...(neighbours.get(t.a) ?? []), t.b]);
    neighbours.set(t.b, [...(neighbours.get(t.b) ?? []), t.a]);
  }

  const targetOf = (contact: NetworkContact): { x: number; y: number; strength: number } | null => {
    const own = [...new Set(contact.contexts)].filter((id) => contextIds.has(id)).sort();
    if (own.length === 0) return null;
    let x = 0;
    let y = 0;
    for (const id of own) {
      x += placed.get(id)!.x;
      y += placed.get(id)!.y;
    }
    const inwards = 1 - (c.closenessPull * Math.max(0, (contact.closeness ?? 1) - 1)) / 4;
    return { x: (x / own.length) * inwards, y: (y / own.length) * inwards, strength: c.contextStrength };
  };
  const targets = new Map<string, { x: number; y: number; strength: number }>();
  for (const contact of contacts) {
    const t = targetOf(contact);
    if (t) targets.set(contact.id, t);
  }
  // Contacts without a context (those known through another, drafts): next to the mean of their
  // placed neighbours, pushed outwards; with none, on an outer ring by id hash.
  const outer = ringRadius + Math.max(0, ...order.map(room)) + c.outerMargin;
  for (const contact of contacts) {
    if (targets.has(contact.id)) continue;
    const placedNeighbours = (neighbours.get(contact.id) ?? [])
      .map((id) => targets.get(id))
      .filter((t) => t !== undefined);
    if (placedNeighbours.length > 0) {
      const x = placedNeighbours.reduce((s, t) => s + t.x, 0) / placedNeighbours.length;
      const y = placedNeighbours.reduce((s, t) => s + t.y, 0) / placedNeighbours.length;
      const d = Math.hypot(x, y) || 1;
      const out = (d + c.outerMargin) / d;
      targets.set(contact.id, { x: x * out, y: y * out, strength: c.looseStrength });
    } else if (contact.direct) {
      targets.set(contact.id, { x: 0, y: 0, strength: c.looseStrength });
    } else {
      const angle = (hashId(contact.id) / 2 ** 32) * 2 * Math.PI;
      targets.set(contact.id, {
        x: outer * Math.cos(angle),
        y: outer * Math.sin(angle),
        strength: c.looseStrength,
      });
    }
  }

  const nodes: Node[] = contacts.map((contact) => {
    const t = targets.get(contact.id)!;
    const h = hashId(contact.id);
    // Two 16-bit halves of the hash as a starting offset in [−scatter, scatter]: no trigonometry,
    // so every JavaScript engine starts from bit-identical positions.
    const dx = ((h & 0xffff) / 0xffff - 0.5) * 2 * c.scatter;
    const dy = ((h >>> 16) / 0xffff - 0.5) * 2 * c.scatter;
    return {
      id: contact.id,
      r: contactRadius(contact),
      tx: t.x,
      ty: t.y,
      strength: t.strength,
      x: t.x + dx,
      y: t.y + dy,
    };
  });
  const ego: Node = { id: '\u0000ego', r: c.egoRadius, tx: 0, ty: 0, strength: 0, x: 0, y: 0, fx: 0, fy: 0 };
  const all = [ego, ...nodes];

  type Link = SimulationLinkDatum<Node> & { strength: number };
  const links: Link[] = [
    ...ties.map((t) => ({ source: t.a, target: t.b, strength: c.tieStrength })),
    ...memberships.map((t) => ({ source: t.a, target: t.b, strength: c.membershipStrength })),
  ];

  const ticks = options.ticks ?? c.ticks;
  const simulation = forceSimulation<Node>(all)
    .randomSource(seededRandom(c.seed))
    .alphaDecay(1 - c.alphaMin ** (1 / Math.max(1, ticks)))
    .force(
      'x',
      forceX<Node>((n) => n.tx).strength((n) => n.strength),
    )
    .force(
      'y',
      forceY<Node>((n) => n.ty).strength((n) => n.strength),
    )
    .force(
      'links',
      forceLink<Node, Link>(links)
        .id((n) => n.id)
        .distance(c.tieDistance)
        .strength((l) => l.strength),
    )
    .force('charge', forceManyBody<Node>().strength(c.charge).distanceMax(c.chargeDistanceMax))
    .force('collide', forceCollide<Node>((n) => n.r + c.labelPadding).iterations(c.collideIterations))
    .stop();
  simulation.tick(ticks);

  const byContact = new Map(contacts.map((p) => [p.id, p]));
  return {
    egoRadius: c.egoRadius,
    ringRadius: round(ringRadius),
    contexts: order.map((id) => {
      const p = placed.get(id)!;
      return { ...p, x: round(p.x), y: round(p.y), room: round(p.room) };
    }),
    contacts: nodes.map((n) => {
      const x = Number.isFinite(n.x) ? n.x! : n.tx;
      const y = Number.isFinite(n.y) ? n.y! : n.ty;
      const own = [...new Set(byContact.get(n.id)!.contexts)].filter((id) => contextIds.has(id));
      const distance = (id: string) => Math.hypot(placed.get(id)!.x - x, placed.get(id)!.y - y);
      own.sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1));
      return { id: n.id, x: round(x), y: round(y), r: n.r, contexts: own };
    }),
  };
}
