// A property: a name with a random Dutch-style variation (spelling, a missing tussenvoegsel,
// initials, swapped order, one typing error, another case, accents) is still found in a small
// index, above the threshold, among names from the same pools.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildScreeningIndex,
  type ScreeningEntity,
  scoreEntity,
  screeningThreshold,
} from '../../src/core/screening/index.ts';

const given = [
  'Jan',
  'Pieter',
  'Kees',
  'Henk',
  'Maarten',
  'Sanne',
  'Femke',
  'Marieke',
  'Wouter',
  'Geertruida',
];
const particles = ['', 'van', 'de', 'van der', 'van den', 'ter', "van 't", 'op de'];
const surnames = [
  'Berg',
  'Dijk',
  'Bakker',
  'Visser',
  'Meijer',
  'Jansen',
  'Hoekstra',
  'Schouten',
  'Bruijn',
  'Smit',
];

const entities: ScreeningEntity[] = [];
for (const [g, first] of given.entries()) {
  for (const [s, surname] of surnames.entries()) {
    const particle = particles[(g + s) % particles.length]!;
    entities.push({
      id: `${g}-${s}`,
      kind: 'person',
      schema: 'Person',
      names: [[first, particle, surname].filter(Boolean).join(' ')],
      birthDates: [],
      countries: [],
      identifiers: [],
      topics: [],
      datasets: [],
    });
  }
}
const index = buildScreeningIndex(entities);

const spellings: Array<[RegExp, string]> = [
  [/ij/, 'y'],
  [/ss/, 's'],
  [/s(?=en$)/, 'ss'],
  [/ch/, 'g'],
  [/k/, 'c'],
  [/ou/, 'au'],
  [/ee/, 'e'],
  [/aa/, 'a'],
];

type Variation = (first: string, particle: string, surname: string, n: number) => string;
const variations: Record<string, Variation> = {
  spelling: (f, p, s, n) => {
    const rule = spellings.filter(([re]) => re.test(s))[n % 8];
    return [f, p, rule ? s.replace(rule[0], rule[1]) : s].filter(Boolean).join(' ');
  },
  'tussenvoegsel-missing': (f, _p, s) => `${f} ${s}`,
  initials: (f, p, s) => [`${f[0]}.`, p, s].filter(Boolean).join(' '),
  swapped: (f, p, s, n) => (n % 2 === 0 ? `${s}, ${f} ${p}` : [s, f, p].filter(Boolean).join(' ')),
  typo: (f, p, s, n) => {
    if (s.length < 5) return [f, p, s].filter(Boolean).join(' ');
    const at = 1 + (n % (s.length - 2));
    return [f, p, s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2)].filter(Boolean).join(' ');
  },
  case: (f, p, s) => [f, p, s].filter(Boolean).join(' ').toUpperCase(),
  accents: (f, p, s) => [f.replace('e', 'é'), p, s.replace('a', 'á')].filter(Boolean).join(' '),
};

describe('screening match, as a property', () => {
  it('finds a name with a random Dutch-style variation above the threshold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: given.length - 1 }),
        fc.integer({ min: 0, max: surnames.length - 1 }),
        fc.constantFrom(...Object.keys(variations)),
        fc.nat(100),
        (g, s, variation, n) => {
          const particle = particles[(g + s) % particles.length]!;
          const name = variations[variation]!(given[g]!, particle, surnames[s]!, n);
          const hits = index.match({ kind: 'person', name }, { limit: 20 });
          const hit = hits.find((h) => h.entityId === `${g}-${s}`);
          expect(hit, `${variation}: ${name}`).toBeDefined();
          expect(hit!.score).toBeGreaterThanOrEqual(screeningThreshold);
        },
      ),
      { seed: 13, numRuns: 400 },
    );
  });
});

describe('the index, as a property', () => {
  // Blocking, the bound and the early stop only skip work: from a minScore of 0.65 the index gives
  // what scoring every entity on its own gives (scoreEntity), down to the features. (Below it, an
  // entity that shares one word and disagrees on another — at most 1 − 0.4 − 0.1 + 0.12 — is not
  // a candidate.)
  const variation = fc.tuple(
    fc.integer({ min: 0, max: given.length - 1 }),
    fc.integer({ min: 0, max: surnames.length - 1 }),
    fc.constantFrom(...Object.keys(variations)),
    fc.nat(100),
  );
  const someone = fc.oneof(
    variation.map(([g, s, v, n]) =>
      variations[v]!(given[g]!, particles[(g + s) % particles.length]!, surnames[s]!, n),
    ),
    fc
      .tuple(
        fc.constantFrom(...given),
        fc.constantFrom(...given),
        fc.constantFrom(...particles),
        fc.constantFrom(...surnames),
      )
      .map(([a, b, p, s]) => [a, b, p, s].filter(Boolean).join(' ')),
    fc.tuple(fc.constantFrom(...given), fc.constantFrom(...surnames)).map(([a, s]) => `${a[0]}. ${a} ${s}`),
  );

  it('gives the same hits as scoring every entity', () => {
    fc.assert(
      fc.property(someone, fc.constantFrom(0.65, 0.7, 0.8, 0.9), (name, minScore) => {
        const query = { kind: 'person' as const, name };
        const expected = entities
          .map((entity) => scoreEntity(query, entity))
          .filter((hit) => hit !== undefined && hit.score >= minScore)
          .sort((a, b) => b!.score - a!.score || (a!.entityId < b!.entityId ? -1 : 1));
        expect(index.match(query, { minScore, limit: 1000 })).toEqual(expected);
      }),
      { seed: 13, numRuns: 300 },
    );
  });
});
