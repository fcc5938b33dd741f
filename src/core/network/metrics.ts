// Network measures of one candidate's network map (domain §6). Pure and deterministic: the same
// network gives the same numbers in the browser and on the server, whatever the order of its
// contacts, ties or memberships (everything is sorted by id before anything is summed).
//
// Vocabulary. The candidate is ego. A *direct* contact is an alter: someone ego knows. The ego
// network is ego plus the direct contacts; the ego–alter tie strength is the contact's closeness
// (1–5). Among contacts, a *link* is a tie (strength 1–5, default 1) or a membership of a person
// in an organisation (strength 1, or the strength of a tie between the same two). Contacts that
// ego knows only through someone else (`direct: false`) are outside the ego network: they count
// only for exposure at distance 2 (and appear, with their distance, in the details).
//
// Undefined values. A measure that is undefined for a network (the density of fewer than two
// contacts, the EI index when the candidate's own attribute is not given, …) is 0, never NaN, and
// its name is listed in `details.undefinedMeasures` so a report can say "niet te bepalen" instead
// of reading the 0 as a finding. Every measure is rounded to nine decimals, so that a rule such as
// `top3Share gte 0.6` compares as a person would expect and not on a last floating-point bit.
//
// The awareness gap (own rating versus computed level per theme) is not computed here: the
// instrument engine derives it from the indicator levels (evaluate → awareness).
import type { NetworkMeasureName } from './measure-names.ts';
import {
  isPrivateContext,
  type Network,
  type NetworkCatalogue,
  type NetworkContact,
  type YesNoUnknown,
} from './model.ts';

/** Closeness used for a direct contact whose closeness is not (yet) given: the middle of 1–5. */
export const defaultCloseness = 3;
/** Strength of a tie without a strength, and of a membership link. */
export const defaultTieStrength = 1;
/**
 * Weight of business with the organisation in the weighted exposure: a sensitive contact who does
 * business with the organisation counts double; "onbekend" half as much again, because not knowing
 * is itself a point of attention; "nee" or not stated counts once.
 */
export const businessWeight: Readonly<Record<YesNoUnknown | 'unstated', number>> = {
  ja: 2,
  onbekend: 1.5,
  nee: 1,
  unstated: 1,
};
/** Each step further from the candidate halves a contact's weight in the weighted exposure. */
export const distanceDecay = 0.5;

export const inclusivenessAttributes = ['gender', 'ageBand', 'place', 'sector'] as const;
export type InclusivenessAttribute = (typeof inclusivenessAttributes)[number];

export type NetworkMeasures = Record<NetworkMeasureName, number>;

export interface ContactDetail {
  id: string;
  kind: NetworkContact['kind'];
  direct: boolean;
  /** Steps from the candidate: 1 for a direct contact; null when no chain of links reaches it. */
  distance: number | null;
  /** For a contact at distance 2: the direct contacts through whom it is reached (sorted). */
  via: string[];
  /** The contact's existing contexts (sorted). */
  contexts: string[];
  /** In two or more contexts. */
  multiplex: boolean;
  /** In a private context and in another context with interests, or doing business itself. */
  privateInterestOverlap: boolean;
  /** In a sector the catalogue marks as sensitive. */
  sensitive: boolean;
  /** This contact's part of `sensitiveExposureWeighted` (0 unless sensitive at distance 1 or 2). */
  exposureWeight: number;
  business: YesNoUnknown | null;
  /** Does business with the organisation (business = ja). */
  interest: boolean;
  /** Closeness used in the measures (direct contacts only). */
  closeness: number | null;
  /** Links to other direct contacts. */
  links: number;
  isolate: boolean;
  /** Index into `details.components` (direct contacts only). */
  component: number | null;
  /** Burt's dyadic constraint c_ej: this contact's part of the candidate's constraint. */
  constraint: number;
}

export interface ContextDetail {
  id: string;
  private: boolean;
  interests: string[];
  /** Direct contacts in this context (sorted). */
  contacts: string[];
  /** Those of them who are also in another context. */
  multiplexContacts: string[];
}

export interface AttributeDetail {
  /** Direct contacts per category (persons only for gender and age band). */
  counts: Record<string, number>;
  /** K: the number of categories the instrument offers (or, without a list, the number seen). */
  categories: number;
  /** The candidate's own value, the reference of the EI index. */
  ego: string | null;
  /** Contacts with a value: I = same as the candidate, E = different. */
  internal: number;
  external: number;
}

export interface NetworkDetails {
  contacts: ContactDetail[];
  contexts: ContextDetail[];
  multiplexContacts: string[];
  privateInterestOverlaps: string[];
  /** Components of the graph of direct contacts, each sorted, ordered by their first id. */
  components: string[][];
  isolates: string[];
  /** The (at most) three direct contacts with the highest closeness, highest first (ties by id). */
  top3: string[];
  sensitiveAtDistance1: string[];
  sensitiveAtDistance2: string[];
  interestContacts: string[];
  interestContexts: string[];
  attributes: Record<InclusivenessAttribute, AttributeDetail>;
  /** Measures that are undefined for this network and reported as 0. */
  undefinedMeasures: NetworkMeasureName[];
}

export interface NetworkAnalysis {
  measures: NetworkMeasures;
  details: NetworkDetails;
}

/**
 * Blau's index of heterogeneity 1 − Σ p_k² over category counts (p_k the share of category k):
 * 0 when all are alike, 1 − 1/K for K equal groups; 0 for no counts. Shared with the college view.
 */
export function blauIndex(counts: Iterable<number>): number {
  const list = [...counts];
  let valued = 0;
  for (const k of list) valued += k;
  if (valued <= 0) return 0;
  let sumSquares = 0;
  for (const k of list) sumSquares += (k / valued) ** 2;
  return 1 - sumSquares;
}

/** IQV = Blau / (1 − 1/K) (Agresti & Agresti 1978), capped at 1; 0 for K ≤ 1. */
export function qualitativeVariation(blau: number, categories: number): number {
  return categories > 1 ? Math.min(1, blau / (1 - 1 / categories)) : 0;
}

/** Krackhardt & Stern's EI index (E − I)/(E + I): −1 all alike, +1 none alike; 0 without any. */
export function eiIndex(external: number, internal: number): number {
  return external + internal > 0 ? (external - internal) / (external + internal) : 0;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number) => Math.round(x * 1e9) / 1e9 + 0; // + 0 turns -0 into 0
const clamp = (x: unknown, low: number, high: number, fallback: number) =>
  typeof x === 'number' && Number.isFinite(x) ? Math.min(high, Math.max(low, x)) : fallback;

/** The measures alone, for `evaluate(instrument, { answers, network })`. */
export function measureNetwork(network: Network, catalogue: NetworkCatalogue): NetworkMeasures {
  return analyseNetwork(network, catalogue).measures;
}

/**
 * Every measure and the details behind it (which contacts are multiplex, sensitive at distance 1
 * or 2, carry interests, …) for evidence in the report. Expects a network that passed
 * `validateNetwork`; anything else does not throw and gives finite numbers (unknown references
 * are ignored, out-of-range numbers clamped), but is not meaningful.
 */
export function analyseNetwork(network: Network, catalogue: NetworkCatalogue): NetworkAnalysis {
  const undefinedMeasures = new Set<NetworkMeasureName>();
  const undefinedIf = (condition: boolean, ...names: NetworkMeasureName[]) => {
    if (condition) for (const name of names) undefinedMeasures.add(name);
  };

  // ── Canonical order ───────────────────────────────────────────────────────────────────────
  const contactById = new Map<string, NetworkContact>();
  for (const c of [...network.contacts].sort((a, b) => byCodePoint(a.id, b.id)))
    if (!contactById.has(c.id)) contactById.set(c.id, c);
  const contacts = [...contactById.values()];
  const isDirect = (c: NetworkContact) => c.direct !== false;
  const direct = contacts.filter(isDirect);
  const directIds = new Set(direct.map((c) => c.id));
  const n = direct.length;

  const contextById = new Map(
    [...network.contexts].sort((a, b) => byCodePoint(a.id, b.id)).map((c) => [c.id, c] as const),
  );
  const contextPrivate = new Map([...contextById].map(([id, c]) => [id, isPrivateContext(c, catalogue)]));
  const contextInterests = new Map(
    [...contextById].map(([id, c]) => [id, [...new Set(c.interests)].sort(byCodePoint)] as const),
  );
  const contextsOf = (c: NetworkContact) =>
    isDirect(c) ? [...new Set(c.contexts)].filter((id) => contextById.has(id)).sort(byCodePoint) : [];
  const sensitiveSectors = new Set(catalogue.sectors.filter((s) => s.sensitive === true).map((s) => s.id));
  const closenessOf = (c: NetworkContact) => clamp(c.closeness, 1, 5, defaultCloseness);

  // Links among all contacts: ties and memberships, undirected; a pair named twice keeps the
  // strongest (a maximum does not depend on order).
  const linkMap = new Map<string, Map<string, number>>();
  const link = (a: string, b: string, strength: number) => {
    if (a === b || !contactById.has(a) || !contactById.has(b)) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const m = linkMap.get(x) ?? new Map<string, number>();
      linkMap.set(x, m);
      m.set(y, Math.max(m.get(y) ?? 0, strength));
    }
  };
  for (const t of network.ties) link(t.a, t.b, clamp(t.strength, 1, 5, defaultTieStrength));
  for (const m of network.memberships) link(m.person, m.organisation, defaultTieStrength);
  const neighbours = new Map<string, Array<{ id: string; z: number }>>();
  for (const c of contacts)
    neighbours.set(
      c.id,
      [...(linkMap.get(c.id) ?? [])].map(([id, z]) => ({ id, z })).sort((a, b) => byCodePoint(a.id, b.id)),
    );
  /** Links of a direct contact to other direct contacts: the alter–alter ties of the ego network. */
  const alterNeighbours = new Map(
    direct.map((c) => [c.id, (neighbours.get(c.id) ?? []).filter((x) => directIds.has(x.id))] as const),
  );
  const alterLinks = (id: string) => alterNeighbours.get(id) ?? [];

  // ── Size ──────────────────────────────────────────────────────────────────────────────────
  // contacts: the number of direct contacts (ego-network size n); contexts: every context named.
  const contactsCount = n;
  const contextsCount = contextById.size;

  // ── Multiplexity ("the same people, different hats", Slingerland) ──────────────────────────
  // multiplexContacts: direct contacts in two or more contexts.
  // privateInterestOverlaps: direct contacts the candidate knows from a private context and who
  // also have interests with the organisation: through another context that has interests, or
  // because they do business with the organisation themselves.
  const multiplexIds: string[] = [];
  const overlapIds: string[] = [];
  const contactContexts = new Map<string, string[]>();
  for (const c of direct) {
    const ctx = contextsOf(c);
    contactContexts.set(c.id, ctx);
    if (ctx.length >= 2) multiplexIds.push(c.id);
    const privates = ctx.filter((id) => contextPrivate.get(id) === true);
    const withInterest = ctx.filter((id) => (contextInterests.get(id) ?? []).length > 0);
    const overlap =
      privates.length > 0 && (c.business === 'ja' || withInterest.some((x) => privates.some((p) => p !== x)));
    if (overlap) overlapIds.push(c.id);
  }

  // ── Cohesion among direct contacts ─────────────────────────────────────────────────────────
  // density = 2L / (n(n − 1)), L the number of linked pairs of direct contacts (Wasserman & Faust);
  // undefined for n < 2.
  let pairs = 0;
  for (const c of direct) pairs += alterLinks(c.id).length;
  pairs /= 2;
  const density = n >= 2 ? (2 * pairs) / (n * (n - 1)) : 0;
  undefinedIf(n < 2, 'density');

  // components: connected components of the graph of direct contacts (without ego, who joins
  // everything); a single contact with no links is a component of its own, and an isolate.
  const componentOf = new Map<string, number>();
  const components: string[][] = [];
  for (const c of direct) {
    if (componentOf.has(c.id)) continue;
    const index = components.length;
    const members: string[] = [];
    const queue = [c.id];
    componentOf.set(c.id, index);
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      members.push(id);
      for (const x of alterLinks(id))
        if (!componentOf.has(x.id)) {
          componentOf.set(x.id, index);
          queue.push(x.id);
        }
    }
    components.push(members.sort(byCodePoint));
  }
  const isolateIds = direct.filter((c) => alterLinks(c.id).length === 0).map((c) => c.id);

  // clustering: the average over direct contacts of the local clustering coefficient (Watts &
  // Strogatz): of the pairs of a contact's linked direct contacts, the share that are linked
  // themselves; 0 for a contact with fewer than two links (the networkx convention). Undefined
  // for n = 0.
  let clusteringSum = 0;
  for (const c of direct) {
    const nb = alterLinks(c.id);
    if (nb.length < 2) continue;
    let closed = 0;
    for (let i = 0; i < nb.length; i++) {
      const linked = linkMap.get(nb[i]!.id);
      for (let j = i + 1; j < nb.length; j++) if (linked?.has(nb[j]!.id)) closed++;
    }
    clusteringSum += closed / ((nb.length * (nb.length - 1)) / 2);
  }
  const clustering = n > 0 ? clusteringSum / n : 0;
  undefinedIf(n === 0, 'clustering');

  // ── Dependence and brokerage ───────────────────────────────────────────────────────────────
  // Burt's constraint (Structural Holes, 1992), ego included:
  //   C_e = Σ_j c_ej,  c_ej = (p_ej + Σ_{q ≠ e, j} p_eq · p_qj)²
  // over the direct contacts j, with p_xy = z_xy / Σ_k z_xk the share of x's tie strength that goes
  // to y. Ego–contact strength z_ej = closeness; contact–contact strength = tie strength. A
  // contact's total includes its tie to ego ("ego included"), and only ties inside the ego network
  // count. With symmetric strengths Burt's (z_xy + z_yx) gives the same shares. Ranges from about
  // 1/n (n contacts, equally close, not linked) to above 1 (one contact; or few, closely linked).
  // Undefined for n = 0.
  const closeness = new Map(direct.map((c) => [c.id, closenessOf(c)] as const));
  let egoTotal = 0;
  for (const c of direct) egoTotal += closeness.get(c.id)!;
  const total = new Map<string, number>();
  for (const c of direct) {
    let sum = closeness.get(c.id)!;
    for (const x of alterLinks(c.id)) sum += x.z;
    total.set(c.id, sum);
  }
  const pEgo = (id: string) => closeness.get(id)! / egoTotal;
  const dyadicConstraint = new Map<string, number>();
  let constraint = 0;
  for (const c of direct) {
    let indirect = 0;
    // p_qj = z_qj / total_q, for each q linked to j (z_qj = z_jq).
    for (const q of alterLinks(c.id)) indirect += pEgo(q.id) * (q.z / total.get(q.id)!);
    const cej = (pEgo(c.id) + indirect) ** 2;
    dyadicConstraint.set(c.id, cej);
    constraint += cej;
  }
  undefinedIf(n === 0, 'constraint');

  // Effective size (Burt; binary form of Borgatti 1997): n − 2t/n with t the number of ties among
  // direct contacts; efficiency = effective size / n. Both undefined for n = 0.
  const effectiveSize = n > 0 ? n - (2 * pairs) / n : 0;
  const efficiency = n > 0 ? effectiveSize / n : 0;
  undefinedIf(n === 0, 'effectiveSize', 'efficiency');

  // top3Share: the share of ego's total tie strength (closeness) held by the three closest
  // contacts: Σ top-3 closeness / Σ closeness. 1 for three contacts or fewer; undefined for n = 0.
  const ranked = [...direct].sort(
    (a, b) => closeness.get(b.id)! - closeness.get(a.id)! || byCodePoint(a.id, b.id),
  );
  const top3 = ranked.slice(0, 3).map((c) => c.id);
  let top3Sum = 0;
  for (const id of top3) top3Sum += closeness.get(id)!;
  const top3Share = n > 0 ? top3Sum / egoTotal : 0;
  undefinedIf(n === 0, 'top3Share');

  // ── Exposure to sensitive sectors ("one person removed", Slingerland) ──────────────────────
  // Distance from ego by breadth-first search: direct contacts at 1; a contact linked (tie or
  // membership) to a contact at distance d, and not nearer, at d + 1. Membership makes a person's
  // organisation, or an organisation's member, one step further away.
  // sensitiveExposure1: direct contacts in a sensitive sector.
  // sensitiveExposure2: contacts at distance exactly 2 in a sensitive sector.
  // sensitiveExposureWeighted = Σ over sensitive contacts at distance 1 of (closeness/5) · b
  //   + Σ over sensitive contacts at distance 2 of ½ · max over intermediaries m of (closeness_m/5) · b,
  // b = businessWeight of the sensitive contact (ja 2, onbekend 1.5, nee or not stated 1). A very
  // close sensitive contact who does business with the organisation weighs 2; the same contact
  // one person removed, through a very close intermediary, weighs 1.
  const distance = new Map<string, number>();
  const queue: string[] = [];
  for (const c of direct) {
    distance.set(c.id, 1);
    queue.push(c.id);
  }
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    const d = distance.get(id)!;
    for (const x of neighbours.get(id) ?? [])
      if (!distance.has(x.id)) {
        distance.set(x.id, d + 1);
        queue.push(x.id);
      }
  }
  const isSensitive = (c: NetworkContact) => c.sector !== undefined && sensitiveSectors.has(c.sector);
  const bWeight = (c: NetworkContact) => businessWeight[c.business ?? 'unstated'] ?? 1;
  const via = new Map<string, string[]>();
  const exposureWeight = new Map<string, number>();
  const sensitive1: string[] = [];
  const sensitive2: string[] = [];
  let weighted = 0;
  for (const c of contacts) {
    const d = distance.get(c.id);
    if (d === 2)
      via.set(
        c.id,
        (neighbours.get(c.id) ?? []).filter((x) => directIds.has(x.id)).map((x) => x.id),
      );
    if (!isSensitive(c)) continue;
    let w = 0;
    if (d === 1) {
      sensitive1.push(c.id);
      w = (closeness.get(c.id)! / 5) * bWeight(c);
    } else if (d === 2) {
      sensitive2.push(c.id);
      let strongest = 0;
      for (const m of via.get(c.id) ?? []) strongest = Math.max(strongest, closeness.get(m)! / 5);
      w = distanceDecay * strongest * bWeight(c);
    }
    exposureWeight.set(c.id, w);
    weighted += w;
  }

  // ── Conflicts of interest ──────────────────────────────────────────────────────────────────
  // interestContacts: direct contacts who do business with the organisation (business = ja;
  // "onbekend" is in the details, not in the count). interestContexts: contexts with at least one
  // interest (permits, subsidies, contracts, land or lease, lobbying, …).
  const interestIds = direct.filter((c) => c.business === 'ja').map((c) => c.id);
  const interestContextIds = [...contextInterests].filter(([, i]) => i.length > 0).map(([id]) => id);

  // ── Inclusiveness (homophily), per attribute, over direct contacts with a value ───────────
  // Blau's index of heterogeneity 1 − Σ p_k² (p_k the share of category k): 0 when all are alike,
  // 1 − 1/K for K equal groups. IQV = Blau / (1 − 1/K) (Agresti & Agresti 1978), K the number of
  // categories the instrument offers, so 1 means evenly spread over all of them. Shannon entropy
  // H = −Σ p_k ln p_k (natural log, in nats). Krackhardt & Stern's EI index relative to the
  // candidate: (E − I)/(E + I), I the contacts with the candidate's own value, E the others:
  // −1 all alike, +1 none alike. Gender and age band only for persons. Undefined (0): all four
  // without values; IQV also for K ≤ 1; EI also when the candidate's own value is not given.
  const attributeOptions = new Map((catalogue.attributes ?? []).map((a) => [a.id, a.options] as const));
  const attributeDetails = {} as Record<InclusivenessAttribute, AttributeDetail>;
  const inclusiveness = {} as Record<
    InclusivenessAttribute,
    { blau: number; iqv: number; entropy: number; ei: number }
  >;
  for (const attr of inclusivenessAttributes) {
    const counts = new Map<string, number>();
    for (const c of direct) {
      if ((attr === 'gender' || attr === 'ageBand') && c.kind !== 'person') continue;
      const v = attr === 'sector' ? c.sector : c[attr];
      if (typeof v === 'string' && v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const sortedCounts = [...counts].sort(([a], [b]) => byCodePoint(a, b));
    let valued = 0;
    for (const [, k] of sortedCounts) valued += k;
    let entropy = 0;
    for (const [, k] of sortedCounts) {
      const p = k / valued;
      entropy -= p * Math.log(p);
    }
    const blau = blauIndex(sortedCounts.map(([, k]) => k));
    const offered = attr === 'sector' ? catalogue.sectors.length : (attributeOptions.get(attr)?.length ?? 0);
    const categories = Math.max(offered, counts.size);
    const iqv = valued > 0 ? qualitativeVariation(blau, categories) : 0;
    const egoValue = network.ego[attr];
    const own = typeof egoValue === 'string' && egoValue !== '' ? egoValue : null;
    const internal = own === null ? 0 : (counts.get(own) ?? 0);
    const external = own === null ? 0 : valued - internal;
    const ei = own !== null ? eiIndex(external, internal) : 0;
    undefinedIf(valued === 0, `blau.${attr}`, `entropy.${attr}`);
    undefinedIf(valued === 0 || categories <= 1, `iqv.${attr}`);
    undefinedIf(valued === 0 || own === null, `ei.${attr}`);
    inclusiveness[attr] = { blau, iqv, entropy: Math.max(0, entropy), ei };
    attributeDetails[attr] = {
      counts: Object.fromEntries(sortedCounts),
      categories,
      ego: own,
      internal,
      external,
    };
  }

  const inc = inclusiveness;
  // An object literal, so the compiler checks that every measure name has a value.
  const measures: NetworkMeasures = {
    contacts: contactsCount,
    contexts: contextsCount,
    multiplexContacts: multiplexIds.length,
    privateInterestOverlaps: overlapIds.length,
    density,
    clustering,
    components: components.length,
    isolates: isolateIds.length,
    constraint,
    effectiveSize,
    efficiency,
    top3Share,
    sensitiveExposure1: sensitive1.length,
    sensitiveExposure2: sensitive2.length,
    sensitiveExposureWeighted: weighted,
    interestContacts: interestIds.length,
    interestContexts: interestContextIds.length,
    'blau.gender': inc.gender.blau,
    'blau.ageBand': inc.ageBand.blau,
    'blau.place': inc.place.blau,
    'blau.sector': inc.sector.blau,
    'iqv.gender': inc.gender.iqv,
    'iqv.ageBand': inc.ageBand.iqv,
    'iqv.place': inc.place.iqv,
    'iqv.sector': inc.sector.iqv,
    'entropy.gender': inc.gender.entropy,
    'entropy.ageBand': inc.ageBand.entropy,
    'entropy.place': inc.place.entropy,
    'entropy.sector': inc.sector.entropy,
    'ei.gender': inc.gender.ei,
    'ei.ageBand': inc.ageBand.ei,
    'ei.place': inc.place.ei,
    'ei.sector': inc.sector.ei,
  };
  for (const key of Object.keys(measures) as NetworkMeasureName[]) measures[key] = round(measures[key]);

  const multiplexSet = new Set(multiplexIds);
  const overlapSet = new Set(overlapIds);
  const isolateSet = new Set(isolateIds);
  const contactDetails: ContactDetail[] = contacts.map((c) => {
    const directContact = isDirect(c);
    return {
      id: c.id,
      kind: c.kind,
      direct: directContact,
      distance: distance.get(c.id) ?? null,
      via: via.get(c.id) ?? [],
      contexts: contactContexts.get(c.id) ?? [],
      multiplex: multiplexSet.has(c.id),
      privateInterestOverlap: overlapSet.has(c.id),
      sensitive: isSensitive(c),
      exposureWeight: round(exposureWeight.get(c.id) ?? 0),
      business: c.business ?? null,
      interest: directContact && c.business === 'ja',
      closeness: closeness.get(c.id) ?? null,
      links: directContact ? alterLinks(c.id).length : 0,
      isolate: isolateSet.has(c.id),
      component: componentOf.get(c.id) ?? null,
      constraint: round(dyadicConstraint.get(c.id) ?? 0),
    };
  });
  const contextDetails = [...contextById.values()].map((ctx) => {
    const members = direct.filter((c) => contactContexts.get(c.id)?.includes(ctx.id)).map((c) => c.id);
    return {
      id: ctx.id,
      private: contextPrivate.get(ctx.id) === true,
      interests: contextInterests.get(ctx.id) ?? [],
      contacts: members,
      multiplexContacts: members.filter((id) => multiplexSet.has(id)),
    };
  });

  return {
    measures,
    details: {
      contacts: contactDetails,
      contexts: contextDetails,
      multiplexContacts: multiplexIds,
      privateInterestOverlaps: overlapIds,
      components,
      isolates: isolateIds,
      top3,
      sensitiveAtDistance1: sensitive1,
      sensitiveAtDistance2: sensitive2,
      interestContacts: interestIds,
      interestContexts: interestContextIds,
      attributes: attributeDetails,
      undefinedMeasures: [...undefinedMeasures].sort(byCodePoint),
    },
  };
}
