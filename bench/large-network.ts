// A large, deterministic fictional network for benchmarks: n contacts in k contexts with t ties,
// drawn with a seeded generator from an instrument's catalogue.
import type { NetworkBlock } from '../src/core/instrument/schema.ts';
import type { Network, NetworkContact } from '../src/core/network/model.ts';

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function largeNetwork(
  catalogue: NetworkBlock,
  contacts = 300,
  contexts = 40,
  ties = 1000,
  seed = 42,
): Network {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const contextList = Array.from({ length: contexts }, (_, i) => ({
    id: `c${i}`,
    catalogueId: catalogue.contexts[i % catalogue.contexts.length]!.id,
    label: `Netwerk ${i + 1}`,
    interests: random() < 0.25 ? [pick(catalogue.interests).id] : [],
  }));
  const people: NetworkContact[] = Array.from({ length: contacts }, (_, i) => ({
    id: `p${i}`,
    label: `K${i}`,
    kind: random() < 0.9 ? 'person' : 'organisation',
    direct: true,
    contexts:
      random() < 0.2
        ? [pick(contextList).id, pick(contextList).id].filter((v, j, a) => a.indexOf(v) === j)
        : [pick(contextList).id],
    relation: pick(catalogue.relations).id,
    closeness: 1 + Math.floor(random() * 5),
    frequency: pick(catalogue.frequencies).id,
    sector: pick(catalogue.sectors).id,
    business: pick(['ja', 'nee', 'onbekend'] as const),
  }));
  for (const c of people) {
    if (c.kind === 'person') {
      c.gender = pick(['vrouw', 'man']);
      c.ageBand = pick(['tot_30', 'van_30_tot_45', 'van_45_tot_60', 'vanaf_60']);
    }
  }
  const seen = new Set<string>();
  const tieList: Network['ties'] = [];
  while (tieList.length < ties) {
    const a = Math.floor(random() * contacts);
    const b = Math.floor(random() * contacts);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    tieList.push({ a: `p${a}`, b: `p${b}` });
  }
  return {
    version: 1,
    ego: { gender: 'man', ageBand: 'van_45_tot_60' },
    contexts: contextList,
    contacts: people,
    ties: tieList,
    memberships: [],
  };
}
