// Builders and arbitraries for the network tests (not a test file itself).
import fc from 'fast-check';
import {
  emptyNetwork,
  type Network,
  type NetworkCatalogue,
  type NetworkContact,
  type NetworkContext,
  type NetworkTie,
  validateNetwork,
} from '../../src/core/network/model.ts';

export const catalogue: NetworkCatalogue = {
  contexts: [
    { id: 'familie', private: true },
    { id: 'sportclub', private: true },
    { id: 'werk', private: false },
  ],
  contextRoles: [{ id: 'lid' }, { id: 'bestuurslid' }, { id: 'eigenaar' }],
  interests: [{ id: 'vergunningen' }, { id: 'subsidies' }, { id: 'opdrachten' }],
  relations: [{ id: 'familielid' }, { id: 'vriend' }, { id: 'collega' }],
  frequencies: [{ id: 'wekelijks' }, { id: 'zelden' }],
  dependences: [{ id: 'financieel' }, { id: 'persoonlijk' }],
  sectors: [
    { id: 'vastgoed', sensitive: true },
    { id: 'horeca', sensitive: true },
    { id: 'onderwijs', sensitive: false },
    { id: 'zorg' },
  ],
  attributes: [
    { id: 'gender', options: [{ id: 'vrouw' }, { id: 'man' }, { id: 'anders' }] },
    {
      id: 'ageBand',
      options: [{ id: 'tot_30' }, { id: 'van_30_tot_45' }, { id: 'van_45_tot_60' }, { id: 'vanaf_60' }],
    },
    { id: 'place', options: [{ id: 'zelfde_kern' }, { id: 'gemeente' }, { id: 'regio' }, { id: 'elders' }] },
    { id: 'sector' },
  ],
  tiePrompts: [{ id: 'bespreken' }, { id: 'gunst' }],
};

export function person(id: string, extra: Partial<NetworkContact> = {}): NetworkContact {
  return { id, label: id.toUpperCase(), kind: 'person', direct: true, contexts: [], ...extra };
}

export function organisation(id: string, extra: Partial<NetworkContact> = {}): NetworkContact {
  return { id, label: id.toUpperCase(), kind: 'organisation', direct: true, contexts: [], ...extra };
}

export function tie(a: string, b: string, strength?: number): NetworkTie {
  return strength === undefined ? { a, b } : { a, b, strength };
}

/** All pairs of the given contacts tied (strength 1). */
export function clique(...ids: string[]): NetworkTie[] {
  const ties: NetworkTie[] = [];
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) ties.push(tie(a, b));
  });
  return ties;
}

export function network(parts: Partial<Omit<Network, 'version'>>): Network {
  return { ...emptyNetwork(), ...parts };
}

/** A network that must be valid: the hand-computed cases double as validator tests. */
export function valid(net: Network): Network {
  const result = validateNetwork(net, catalogue);
  if (!result.ok) throw new Error(`invalid test network: ${JSON.stringify(result.issues, null, 1)}`);
  return result.network;
}

// ── Random valid networks ─────────────────────────────────────────────────────────────────────

const sectorIds = catalogue.sectors.map((s) => s.id);
const optionsOf = (attr: string) =>
  catalogue.attributes?.find((a) => a.id === attr)?.options?.map((o) => o.id) ?? [];
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const contactSpec = fc.record({
  direct: fc.boolean(),
  directBias: fc.integer({ min: 0, max: 3 }),
  organisation: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
  closeness: maybe(fc.integer({ min: 1, max: 5 })),
  sector: maybe(fc.constantFrom(...sectorIds)),
  business: maybe(fc.constantFrom('ja' as const, 'nee' as const, 'onbekend' as const)),
  gender: maybe(fc.constantFrom(...optionsOf('gender'))),
  ageBand: maybe(fc.constantFrom(...optionsOf('ageBand'))),
  place: maybe(fc.constantFrom(...optionsOf('place'))),
  contexts: fc.array(fc.nat(), { maxLength: 4 }),
  dependence: maybe(fc.constantFrom('financieel', 'persoonlijk')),
});

const contextSpec = fc.record({
  catalogueId: maybe(fc.constantFrom(...catalogue.contexts.map((c) => c.id))),
  private: maybe(fc.boolean()),
  interests: fc.subarray(['vergunningen', 'subsidies', 'opdrachten']),
});

/** Valid networks of up to `maxContacts` contacts, with ties, memberships and contexts. */
export function arbitraryNetwork(maxContacts = 40): fc.Arbitrary<Network> {
  return fc
    .record({
      contexts: fc.array(contextSpec, { maxLength: 8 }),
      contacts: fc.array(contactSpec, { maxLength: maxContacts }),
      ties: fc.array(fc.tuple(fc.nat(), fc.nat(), maybe(fc.integer({ min: 1, max: 5 }))), { maxLength: 120 }),
      memberships: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
      ego: fc.record({
        gender: maybe(fc.constantFrom(...optionsOf('gender'))),
        ageBand: maybe(fc.constantFrom(...optionsOf('ageBand'))),
        place: maybe(fc.constantFrom(...optionsOf('place'))),
        sector: maybe(fc.constantFrom(...sectorIds)),
      }),
    })
    .map((spec) => {
      const contexts: NetworkContext[] = spec.contexts.map((c, i) => ({
        id: `k${i}`,
        ...(c.catalogueId !== undefined ? { catalogueId: c.catalogueId } : { label: `eigen ${i}` }),
        ...(c.private !== undefined ? { private: c.private } : {}),
        interests: c.interests,
      }));
      const contacts: NetworkContact[] = spec.contacts.map((c, i) => {
        // Mostly direct contacts, as in a real map.
        const direct = c.direct || c.directBias > 0;
        const kind = c.organisation ? 'organisation' : 'person';
        const contact: NetworkContact = { id: `c${i}`, label: `C${i}`, kind, direct, contexts: [] };
        if (direct && contexts.length > 0)
          contact.contexts = [...new Set(c.contexts.map((x) => `k${x % contexts.length}`))];
        if (direct && c.closeness !== undefined) contact.closeness = c.closeness;
        if (direct && c.dependence !== undefined)
          contact.dependences = [{ kind: c.dependence, direction: 'candidate-on-contact' }];
        if (c.sector !== undefined) contact.sector = c.sector;
        if (c.business !== undefined) contact.business = c.business;
        if (kind === 'person' && c.gender !== undefined) contact.gender = c.gender;
        if (kind === 'person' && c.ageBand !== undefined) contact.ageBand = c.ageBand;
        if (c.place !== undefined) contact.place = c.place;
        return contact;
      });
      const n = contacts.length;
      const ties: NetworkTie[] = [];
      const seen = new Set<string>();
      for (const [x, y, strength] of spec.ties) {
        if (n < 2) break;
        const a = `c${x % n}`;
        const b = `c${y % n}`;
        const key = [a, b].sort().join('|');
        if (a === b || seen.has(key)) continue;
        seen.add(key);
        ties.push(tie(a, b, strength));
      }
      const persons = contacts.filter((c) => c.kind === 'person');
      const organisations = contacts.filter((c) => c.kind === 'organisation');
      const memberships: Network['memberships'] = [];
      const seenMembership = new Set<string>();
      for (const [x, y] of spec.memberships) {
        if (persons.length === 0 || organisations.length === 0) break;
        const p = persons[x % persons.length]!.id;
        const o = organisations[y % organisations.length]!.id;
        if (seenMembership.has(`${p}|${o}`)) continue;
        seenMembership.add(`${p}|${o}`);
        memberships.push({ person: p, organisation: o });
      }
      const ego: Network['ego'] = {};
      for (const [k, v] of Object.entries(spec.ego)) if (v !== undefined) ego[k as keyof Network['ego']] = v;
      return network({ ego, contexts, contacts, ties, memberships });
    });
}

/** A deterministic shuffle (mulberry32), so a failing order can be replayed from its seed. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The same network in another order: contacts, contexts, ties (and their ends), memberships. */
export function reorder(net: Network, seed: number): Network {
  return {
    ...net,
    contexts: shuffle(net.contexts, seed),
    contacts: shuffle(net.contacts, seed + 1),
    ties: shuffle(net.ties, seed + 2).map((t, i) => ((seed + i) % 2 === 0 ? { ...t, a: t.b, b: t.a } : t)),
    memberships: shuffle(net.memberships, seed + 3),
  };
}
