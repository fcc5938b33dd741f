// The college view: the network maps of every member of one college (a college of B&W, a group an
// organisation names) stacked as aggregates, once every member has agreed (domain §2: "stacking
// the networks of all members of one college shows clusters and whether the college as a whole is
// still inclusive enough"). Pure: the server opens each map under its scan key and passes them in.
//
// What leaves this module is counts over the college and ids from the instrument's catalogues —
// never a contact, a label, a member's name, an own-named context's name, or a figure of one
// member. Parts that could single out one member are held back by one rule: a context type, a
// sector or a place is listed by name only when it appears in the maps of at least
// `sharedMinimum` members; the others are summed into one "elsewhere" count without a name.
// (A member still knows their own map; with at least `collegeLimits.minimumMembers` members the
// totals of the others stay a sum of at least two people.)
import {
  analyseNetwork,
  blauIndex,
  eiIndex,
  type InclusivenessAttribute,
  inclusivenessAttributes,
  qualitativeVariation,
} from '../network/metrics.ts';
import type { Network, NetworkCatalogue } from '../network/model.ts';

export const collegeLimits = {
  /** Fewer members would make the college's totals one other person's figures. */
  minimumMembers: 3,
  maximumMembers: 30,
  name: 120,
} as const;

/** A context type, sector or place is named only when at least this many members' maps hold it. */
export const sharedMinimum = 2;

export interface CollegeMemberMap {
  network: Network;
  /** The network block of the instrument version the member's scan pinned. */
  catalogue: NetworkCatalogue;
}

export interface SharedItem {
  /** A catalogue id (context type, sector or place option). */
  id: string;
  /** In how many members' maps it appears. */
  members: number;
  /** Direct contacts in it, summed over the college. */
  contacts: number;
}

export interface SharedList {
  /** Items in at least `sharedMinimum` members' maps, most members first (then by id). */
  shared: SharedItem[];
  /** Items in one member's map only: how many distinct ones, and their contacts summed. */
  elsewhere: { items: number; contacts: number };
}

export interface CollegeInclusiveness {
  attribute: InclusivenessAttribute;
  /** Direct contacts with a value for this attribute, over the college. */
  valued: number;
  /** K: the most categories any member's catalogue offers (or the number seen). */
  categories: number;
  /** Blau over the college's pooled contacts. */
  blau: number;
  /** IQV over the pooled contacts. */
  iqv: number;
  /** EI over every member's contacts against that member's own value; null when no member gave one. */
  ei: number | null;
}

export interface CollegeSensitiveExposure {
  /** Direct contacts in a sensitive sector, summed over the college. */
  direct: number;
  /** Contacts one person removed in a sensitive sector, summed over the college. */
  onePersonRemoved: number;
  /** In how many members' maps any sensitive contact appears (at distance 1 or 2). */
  members: number;
  /** Per sensitive sector held by at least `sharedMinimum` members: contacts at distance 1 and 2 summed. */
  sectors: SharedList;
}

export interface CollegeStack {
  members: number;
  /** Direct contacts over the college (a person in two members' maps counts twice: maps are pseudonymous). */
  contacts: number;
  contexts: {
    /** Contexts named over the college. */
    total: number;
    /** Catalogue context types; own-named contexts are counted under `ownNamed`, never by name. */
    types: SharedList;
    ownNamed: number;
  };
  /** Contacts in two or more contexts, summed over the college ("the same people, different hats"). */
  multiplexContacts: number;
  sectors: SharedList;
  places: SharedList;
  inclusiveness: CollegeInclusiveness[];
  sensitive: CollegeSensitiveExposure;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number) => Math.round(x * 1e9) / 1e9 + 0;

/** Per item id: the members holding it and the contacts in it, then split by `sharedMinimum`. */
class Tally {
  private readonly items = new Map<string, { members: Set<number>; contacts: number }>();
  add(id: string, member: number, contacts = 1) {
    const item = this.items.get(id) ?? { members: new Set<number>(), contacts: 0 };
    item.members.add(member);
    item.contacts += contacts;
    this.items.set(id, item);
  }
  list(): SharedList {
    const shared: SharedItem[] = [];
    const elsewhere = { items: 0, contacts: 0 };
    for (const [id, item] of [...this.items].sort(([a], [b]) => byCodePoint(a, b))) {
      if (item.members.size >= sharedMinimum)
        shared.push({ id, members: item.members.size, contacts: item.contacts });
      else {
        elsewhere.items += 1;
        elsewhere.contacts += item.contacts;
      }
    }
    shared.sort((a, b) => b.members - a.members || byCodePoint(a.id, b.id));
    return { shared, elsewhere };
  }
}

/**
 * The college's stacked view from its members' maps (in any order: the result does not depend on
 * it). Each map is measured with the network module's own `analyseNetwork`, so the contacts,
 * contexts, sectors and distances mean what they mean on each member's own report.
 */
export function stackCollege(maps: readonly CollegeMemberMap[]): CollegeStack {
  const contextTypes = new Tally();
  const sectors = new Tally();
  const places = new Tally();
  const sensitiveSectors = new Tally();
  let contacts = 0;
  let contextsTotal = 0;
  let ownNamed = 0;
  let multiplex = 0;
  let sensitiveDirect = 0;
  let sensitiveRemoved = 0;
  let sensitiveMembers = 0;
  const pooled = new Map<InclusivenessAttribute, Map<string, number>>(
    inclusivenessAttributes.map((a) => [a, new Map()]),
  );
  const categories = new Map<InclusivenessAttribute, number>(inclusivenessAttributes.map((a) => [a, 0]));
  const internal = new Map<InclusivenessAttribute, number>(inclusivenessAttributes.map((a) => [a, 0]));
  const external = new Map<InclusivenessAttribute, number>(inclusivenessAttributes.map((a) => [a, 0]));
  const egoGiven = new Map<InclusivenessAttribute, number>(inclusivenessAttributes.map((a) => [a, 0]));

  maps.forEach(({ network, catalogue }, member) => {
    const { measures, details } = analyseNetwork(network, catalogue);
    contacts += measures.contacts;
    contextsTotal += measures.contexts;
    multiplex += measures.multiplexContacts;

    const contextById = new Map(network.contexts.map((c) => [c.id, c] as const));
    for (const ctx of details.contexts) {
      const type = contextById.get(ctx.id)?.catalogueId;
      if (type === undefined) ownNamed += 1;
      else contextTypes.add(type, member, ctx.contacts.length);
    }

    const contactById = new Map(network.contacts.map((c) => [c.id, c] as const));
    for (const detail of details.contacts) {
      if (!detail.direct) continue;
      const contact = contactById.get(detail.id);
      if (contact?.sector) sectors.add(contact.sector, member);
      if (contact?.place) places.add(contact.place, member);
    }

    const sensitiveIds = [...details.sensitiveAtDistance1, ...details.sensitiveAtDistance2];
    sensitiveDirect += details.sensitiveAtDistance1.length;
    sensitiveRemoved += details.sensitiveAtDistance2.length;
    if (sensitiveIds.length > 0) sensitiveMembers += 1;
    for (const id of sensitiveIds) {
      const sector = contactById.get(id)?.sector;
      if (sector) sensitiveSectors.add(sector, member);
    }

    for (const attribute of inclusivenessAttributes) {
      const own = details.attributes[attribute];
      const counts = pooled.get(attribute)!;
      for (const [value, k] of Object.entries(own.counts)) counts.set(value, (counts.get(value) ?? 0) + k);
      categories.set(attribute, Math.max(categories.get(attribute)!, own.categories));
      if (own.ego !== null) {
        egoGiven.set(attribute, egoGiven.get(attribute)! + 1);
        internal.set(attribute, internal.get(attribute)! + own.internal);
        external.set(attribute, external.get(attribute)! + own.external);
      }
    }
  });

  const inclusiveness = inclusivenessAttributes.map((attribute): CollegeInclusiveness => {
    const counts = [...pooled.get(attribute)!].sort(([a], [b]) => byCodePoint(a, b));
    let valued = 0;
    for (const [, k] of counts) valued += k;
    const k = Math.max(categories.get(attribute)!, counts.length);
    const blau = blauIndex(counts.map(([, n]) => n));
    const i = internal.get(attribute)!;
    const e = external.get(attribute)!;
    return {
      attribute,
      valued,
      categories: k,
      blau: round(blau),
      iqv: round(valued > 0 ? qualitativeVariation(blau, k) : 0),
      ei: egoGiven.get(attribute)! > 0 && i + e > 0 ? round(eiIndex(e, i)) : null,
    };
  });

  return {
    members: maps.length,
    contacts,
    contexts: { total: contextsTotal, types: contextTypes.list(), ownNamed },
    multiplexContacts: multiplex,
    sectors: sectors.list(),
    places: places.list(),
    inclusiveness,
    sensitive: {
      direct: sensitiveDirect,
      onePersonRemoved: sensitiveRemoved,
      members: sensitiveMembers,
      sectors: sensitiveSectors.list(),
    },
  };
}
