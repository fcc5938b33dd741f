// Network measures: hand-computed small networks (the computation next to each expected value),
// the properties the issue names, and robustness (finite, deterministic, order-independent).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkMeasureNames } from '../../src/core/network/measure-names.ts';
import { analyseNetwork, measureNetwork } from '../../src/core/network/metrics.ts';
import type { Network } from '../../src/core/network/model.ts';
import {
  arbitraryNetwork,
  catalogue,
  clique,
  network,
  organisation,
  person,
  reorder,
  tie,
  valid,
} from '../support/network-fixtures.ts';

const analyse = (net: Network) => analyseNetwork(valid(net), catalogue);
const measure = (net: Network) => measureNetwork(valid(net), catalogue);

describe('hand-computed networks', () => {
  it('1. the empty network: zeros, and the undefined measures say so', () => {
    const { measures, details } = analyse(network({}));
    for (const name of networkMeasureNames) expect(measures[name], name).toBe(0);
    expect(details.undefinedMeasures).toEqual(
      expect.arrayContaining([
        'density',
        'clustering',
        'constraint',
        'effectiveSize',
        'efficiency',
        'top3Share',
        'blau.gender',
        'iqv.sector',
        'entropy.place',
        'ei.ageBand',
      ]),
    );
    // Counts of nothing are defined: zero contacts, zero components, zero exposure.
    expect(details.undefinedMeasures).not.toContain('contacts');
    expect(details.undefinedMeasures).not.toContain('components');
    expect(details.undefinedMeasures).not.toContain('sensitiveExposure1');
  });

  it('2. one contact', () => {
    const { measures, details } = analyse(network({ contacts: [person('a', { closeness: 4 })] }));
    expect(measures.contacts).toBe(1);
    expect(measures.density).toBe(0); // n < 2: undefined
    expect(details.undefinedMeasures).toContain('density');
    expect(measures.components).toBe(1); // {a}
    expect(measures.isolates).toBe(1); // a has no links
    expect(measures.constraint).toBe(1); // p_ea = 4/4 = 1, no q: (1)² = 1
    expect(measures.effectiveSize).toBe(1); // 1 − 2·0/1
    expect(measures.efficiency).toBe(1); // 1/1
    expect(measures.top3Share).toBe(1); // 4/4
    expect(measures.clustering).toBe(0); // fewer than two links
  });

  it('3. a star: four unconnected contacts, equally close', () => {
    const m = measure(network({ contacts: ['a', 'b', 'c', 'd'].map((id) => person(id, { closeness: 2 })) }));
    expect(m.contacts).toBe(4);
    expect(m.density).toBe(0); // 2·0/(4·3)
    expect(m.components).toBe(4);
    expect(m.isolates).toBe(4);
    expect(m.constraint).toBeCloseTo(0.25, 9); // 4 · (2/8)² = 4/16
    expect(m.effectiveSize).toBe(4); // 4 − 0
    expect(m.efficiency).toBe(1); // 4/4
    expect(m.top3Share).toBe(0.75); // (2+2+2)/8
  });

  it('4. a clique of three', () => {
    const m = measure(
      network({
        contacts: ['a', 'b', 'c'].map((id) => person(id, { closeness: 1 })),
        ties: clique('a', 'b', 'c'),
      }),
    );
    expect(m.density).toBe(1); // 2·3/(3·2)
    expect(m.clustering).toBe(1); // every pair of neighbours linked
    expect(m.components).toBe(1);
    expect(m.isolates).toBe(0);
    expect(m.effectiveSize).toBe(1); // 3 − 2·3/3
    expect(m.efficiency).toBeCloseTo(1 / 3, 9); // 1/3
    // p_ej = 1/3; each contact's total = closeness 1 + two ties = 3, so p_qj = 1/3.
    // c_ej = (1/3 + 2 · (1/3)(1/3))² = (5/9)² = 25/81; C = 3 · 25/81 = 25/27.
    expect(m.constraint).toBeCloseTo(25 / 27, 9);
    expect(m.top3Share).toBe(1); // three contacts: all of it
  });

  it('5. two cliques of three joined by a bridge', () => {
    const { measures: m, details } = analyse(
      network({
        contacts: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id, { closeness: 1 })),
        ties: [...clique('a', 'b', 'c'), ...clique('d', 'e', 'f'), tie('c', 'd')],
      }),
    );
    // L = 3 + 3 + 1 = 7; density = 14/30 = 7/15.
    expect(m.density).toBeCloseTo(7 / 15, 9);
    expect(m.components).toBe(1);
    expect(m.isolates).toBe(0);
    // effective size = 6 − 2·7/6 = 11/3; efficiency = 11/18.
    expect(m.effectiveSize).toBeCloseTo(11 / 3, 9);
    expect(m.efficiency).toBeCloseTo(11 / 18, 9);
    // Local clustering: a, b, e, f 1; c (neighbours a, b, d: only a–b linked) 1/3; d likewise.
    // Average (4 + 2/3)/6 = 7/9.
    expect(m.clustering).toBeCloseTo(7 / 9, 9);
    // p_ej = 1/6. Totals: a, b, e, f 1 + 2 = 3; c, d 1 + 3 = 4.
    // c_ea = (1/6 + p_eb·p_ba + p_ec·p_ca)² = (12/72 + 4/72 + 3/72)² = (19/72)² = 361/5184; b, e, f same.
    // c_ec = (1/6 + p_ea·p_ac + p_eb·p_bc + p_ed·p_dc)² = (12/72 + 4/72 + 4/72 + 3/72)² = (23/72)² = 529/5184; d same.
    // C = (4·361 + 2·529)/5184 = 2502/5184.
    expect(m.constraint).toBeCloseTo(2502 / 5184, 9);
    expect(details.contacts.find((c) => c.id === 'c')?.constraint).toBeCloseTo(529 / 5184, 9);
    expect(m.top3Share).toBe(0.5); // 3/6
  });

  it('6. isolates and components', () => {
    const { measures: m, details } = analyse(
      network({
        contacts: ['a', 'b', 'c', 'd'].map((id) => person(id, { closeness: 3 })),
        ties: [tie('a', 'b')],
      }),
    );
    expect(m.density).toBeCloseTo(1 / 6, 9); // 2·1/(4·3)
    expect(m.components).toBe(3); // {a, b}, {c}, {d}
    expect(details.components).toEqual([['a', 'b'], ['c'], ['d']]);
    expect(m.isolates).toBe(2); // c, d
    expect(details.isolates).toEqual(['c', 'd']);
    expect(m.effectiveSize).toBe(3.5); // 4 − 2·1/4
    expect(m.efficiency).toBe(0.875); // 3.5/4
    // p_ej = 3/12 = 1/4; totals a, b = 3 + 1 = 4 so p_ab = p_ba = 1/4.
    // c_ea = (1/4 + 1/4·1/4)² = (5/16)² = 25/256; b same; c_ec = c_ed = (1/4)² = 16/256.
    // C = (50 + 32)/256 = 82/256.
    expect(m.constraint).toBeCloseTo(82 / 256, 9);
  });

  it('7. weighted closeness and tie strength', () => {
    const m = measure(
      network({
        contacts: [
          person('a', { closeness: 5 }),
          person('b', { closeness: 3 }),
          person('c', { closeness: 1 }),
          person('d', { closeness: 1 }),
        ],
        ties: [tie('a', 'b', 2)],
      }),
    );
    // Ego total 10: p_ea .5, p_eb .3, p_ec .1, p_ed .1. Totals: a 5 + 2 = 7, b 3 + 2 = 5.
    // c_ea = (.5 + .3 · 2/5)² = .62² = .3844
    // c_eb = (.3 + .5 · 2/7)² = (31/70)² = 961/4900
    // c_ec = c_ed = .1² = .01
    expect(m.constraint).toBeCloseTo(0.3844 + 961 / 4900 + 0.02, 9);
    expect(m.top3Share).toBe(0.9); // (5 + 3 + 1)/10
    expect(m.effectiveSize).toBe(3.5); // binary: 4 − 2·1/4, strength does not count
    expect(m.density).toBeCloseTo(1 / 6, 9);
  });

  it('7b. closeness not yet given counts as the middle value 3', () => {
    const m = measure(network({ contacts: [person('a', { closeness: 1 }), person('b')] }));
    // p = 1/4 and 3/4: C = 1/16 + 9/16 = 10/16.
    expect(m.constraint).toBe(0.625);
    expect(m.top3Share).toBe(1);
  });

  it('8. sensitive sectors at distance 1 and 2, through ties and organisation membership', () => {
    const { measures: m, details } = analyse(
      network({
        contacts: [
          person('p', { closeness: 4, sector: 'onderwijs' }),
          organisation('o', { direct: false, sector: 'vastgoed', business: 'ja' }), // p works there
          person('q', { closeness: 2, sector: 'horeca', business: 'onbekend' }),
          person('r', { direct: false, sector: 'horeca' }), // q's friend
          organisation('s', { closeness: 5, sector: 'zorg' }),
          person('m', { direct: false, sector: 'vastgoed', business: 'nee' }), // on s's board
          person('t', { direct: false, sector: 'vastgoed' }), // r's friend: three steps away
          person('u', { closeness: 1, sector: 'vastgoed' }), // direct, and also r's friend
        ],
        ties: [tie('q', 'r'), tie('r', 't'), tie('r', 'u')],
        memberships: [
          { person: 'p', organisation: 'o' },
          { person: 'm', organisation: 's' },
        ],
      }),
    );
    expect(m.contacts).toBe(4); // p, q, s, u: the ones the candidate knows
    expect(m.sensitiveExposure1).toBe(2); // q (horeca), u (vastgoed)
    expect(details.sensitiveAtDistance1).toEqual(['q', 'u']);
    expect(m.sensitiveExposure2).toBe(3); // o via p (membership), r via q and u (tie), m via s (membership)
    expect(details.sensitiveAtDistance2).toEqual(['m', 'o', 'r']);
    const byId = Object.fromEntries(details.contacts.map((c) => [c.id, c]));
    expect(byId.o?.via).toEqual(['p']);
    expect(byId.r?.via).toEqual(['q', 'u']);
    expect(byId.m?.via).toEqual(['s']);
    expect(byId.t?.distance).toBe(3); // not counted
    expect(byId.u?.distance).toBe(1); // direct beats "through r"
    // Weighted: q (2/5)·1.5 = .6; u (1/5)·1 = .2;
    // o ½·(4/5)·2 = .8; r ½·max(2/5, 1/5)·1 = .2; m ½·(5/5)·1 = .5. Total 2.3.
    expect(byId.q?.exposureWeight).toBeCloseTo(0.6, 9);
    expect(byId.o?.exposureWeight).toBeCloseTo(0.8, 9);
    expect(byId.r?.exposureWeight).toBeCloseTo(0.2, 9);
    expect(m.sensitiveExposureWeighted).toBeCloseTo(2.3, 9);
    // Memberships among direct contacts would be links; here every direct contact stands alone.
    expect(m.isolates).toBe(4);
  });

  it('9. multiplexity, private-with-interest overlaps and interests', () => {
    const { measures: m, details } = analyse(
      network({
        contexts: [
          { id: 'fam', catalogueId: 'familie', interests: [] }, // private through the catalogue
          { id: 'club', catalogueId: 'sportclub', interests: [] }, // private
          { id: 'work', catalogueId: 'werk', interests: ['subsidies'] },
          { id: 'bouw', label: 'bouwcommissie', interests: [] }, // own context: not private; nobody in it
          { id: 'club2', label: 'tennisclub', private: true, interests: ['subsidies'] },
        ],
        contacts: [
          person('a', { contexts: ['fam', 'work'] }), // multiplex; private + other context with interests
          person('b', { contexts: ['fam', 'club'], business: 'nee' }), // multiplex; no interests
          person('c', { contexts: ['club'], business: 'ja' }), // private + own business
          person('d', { contexts: ['work'], business: 'ja' }), // interest, nothing private
          person('e', { contexts: ['club2'] }), // one context: private with interests is one hat
          person('f', { contexts: ['club2', 'fam'] }), // multiplex; fam private + club2 interests
          person('g', { business: 'onbekend' }),
        ],
      }),
    );
    expect(m.contexts).toBe(5); // every context named, used or not
    expect(m.multiplexContacts).toBe(3); // a, b, f
    expect(details.multiplexContacts).toEqual(['a', 'b', 'f']);
    expect(m.privateInterestOverlaps).toBe(3); // a, c, f
    expect(details.privateInterestOverlaps).toEqual(['a', 'c', 'f']);
    expect(m.interestContacts).toBe(2); // c, d (g's "onbekend" is not counted)
    expect(m.interestContexts).toBe(2); // work, club2
    expect(details.contexts.find((c) => c.id === 'fam')).toEqual({
      id: 'fam',
      private: true,
      interests: [],
      contacts: ['a', 'b', 'f'],
      multiplexContacts: ['a', 'b', 'f'],
    });
    expect(details.contexts.find((c) => c.id === 'bouw')?.private).toBe(false);
  });

  it('10. inclusiveness: Blau, IQV, entropy and EI per attribute', () => {
    const { measures: m, details } = analyse(
      network({
        ego: { gender: 'vrouw', ageBand: 'van_45_tot_60', place: 'zelfde_kern' },
        contacts: [
          person('a', { gender: 'vrouw', ageBand: 'van_45_tot_60', place: 'regio' }),
          person('b', { gender: 'vrouw', ageBand: 'van_45_tot_60', place: 'elders' }),
          person('c', { gender: 'man', ageBand: 'van_45_tot_60', place: 'gemeente' }),
          person('d', { gender: 'man', ageBand: 'van_45_tot_60', place: 'regio', sector: 'zorg' }),
          organisation('o', { sector: 'zorg' }), // no gender or age band; sector counts
        ],
      }),
    );
    // gender: 2 vrouw, 2 man. Blau 1 − (.25 + .25) = .5; K = 3: IQV .5/(2/3) = .75;
    // H = ln 2; EI (E 2 − I 2)/4 = 0.
    expect(m['blau.gender']).toBe(0.5);
    expect(m['iqv.gender']).toBe(0.75);
    expect(m['entropy.gender']).toBeCloseTo(Math.LN2, 9);
    expect(m['ei.gender']).toBe(0);
    // age band: all four alike and like the candidate: Blau 0, IQV 0, H 0, EI (0 − 4)/4 = −1.
    expect(m['blau.ageBand']).toBe(0);
    expect(m['iqv.ageBand']).toBe(0);
    expect(m['entropy.ageBand']).toBe(0);
    expect(m['ei.ageBand']).toBe(-1);
    // place: regio 2, elders 1, gemeente 1 of 4; none like the candidate.
    // Blau 1 − (1/4 + 1/16 + 1/16) = .625; K = 4: IQV .625/.75 = 5/6; EI (4 − 0)/4 = 1.
    expect(m['blau.place']).toBe(0.625);
    expect(m['iqv.place']).toBeCloseTo(5 / 6, 9);
    expect(m['ei.place']).toBe(1);
    // H = −(½ ln ½ + 2 · ¼ ln ¼) = 1.5 ln 2.
    expect(m['entropy.place']).toBeCloseTo(1.5 * Math.LN2, 9);
    // sector: d and o both zorg: Blau 0; the candidate's sector is not given: EI undefined → 0.
    expect(m['blau.sector']).toBe(0);
    expect(m['ei.sector']).toBe(0);
    expect(details.undefinedMeasures).toContain('ei.sector');
    expect(details.undefinedMeasures).not.toContain('ei.place');
    expect(details.attributes.gender).toEqual({
      counts: { man: 2, vrouw: 2 },
      categories: 3,
      ego: 'vrouw',
      internal: 2,
      external: 2,
    });
  });

  it('11. a membership between two direct contacts is a link in the ego network', () => {
    const m = measure(
      network({
        contacts: [person('p', { closeness: 2 }), organisation('o', { closeness: 2 })],
        memberships: [{ person: 'p', organisation: 'o' }],
      }),
    );
    expect(m.density).toBe(1); // 2·1/(2·1)
    expect(m.isolates).toBe(0);
    // p = ½ each; totals 2 + 1 = 3: c_ep = (½ + ½ · 1/3)² = (2/3)² = 4/9; C = 8/9.
    expect(m.constraint).toBeCloseTo(8 / 9, 9);
  });
});

describe('properties', () => {
  it('the constraint of a star of n unconnected, equally close contacts is 1/n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 5 }), (n, closeness) => {
        const contacts = Array.from({ length: n }, (_, i) => person(`c${i}`, { closeness }));
        expect(measure(network({ contacts })).constraint).toBeCloseTo(1 / n, 8);
      }),
    );
  });

  it('Blau is 0 for one category and 1 − 1/K for K equal groups', () => {
    const places = ['zelfde_kern', 'gemeente', 'regio', 'elders'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.constantFrom(...places), (size, place) => {
        const contacts = Array.from({ length: size }, (_, i) => person(`c${i}`, { place }));
        expect(measure(network({ contacts }))['blau.place']).toBe(0);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 10 }), (k, size) => {
        const contacts = places
          .slice(0, k)
          .flatMap((place, g) => Array.from({ length: size }, (_, i) => person(`c${g}_${i}`, { place })));
        const m = measure(network({ contacts }));
        expect(m['blau.place']).toBeCloseTo(1 - 1 / k, 8);
        // With all K = 4 offered places equally present, IQV is 1; entropy is ln K.
        if (k === 4) expect(m['iqv.place']).toBeCloseTo(1, 8);
        expect(m['entropy.place']).toBeCloseTo(Math.log(k), 8);
      }),
    );
  });

  it('EI is −1 when all contacts are alike and +1 when none is', () => {
    const genders = ['vrouw', 'man', 'anders'];
    fc.assert(
      fc.property(
        fc.constantFrom(...genders),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        (own, size, picks) => {
          const alike = Array.from({ length: size }, (_, i) => person(`c${i}`, { gender: own }));
          expect(measure(network({ ego: { gender: own }, contacts: alike }))['ei.gender']).toBe(-1);
          const others = genders.filter((g) => g !== own);
          const unlike = picks.map((p, i) => person(`c${i}`, { gender: others[p % others.length]! }));
          expect(measure(network({ ego: { gender: own }, contacts: unlike }))['ei.gender']).toBe(1);
        },
      ),
    );
  });

  it('every random valid network gives finite measures within their ranges', () => {
    fc.assert(
      fc.property(arbitraryNetwork(40), (net) => {
        const { measures: m, details } = analyse(net);
        for (const name of networkMeasureNames) {
          expect(Number.isFinite(m[name]), `${name} = ${m[name]}`).toBe(true);
          expect(Object.is(m[name], -0), name).toBe(false);
        }
        expect(m.density).toBeGreaterThanOrEqual(0);
        expect(m.density).toBeLessThanOrEqual(1);
        expect(m.clustering).toBeGreaterThanOrEqual(0);
        expect(m.clustering).toBeLessThanOrEqual(1);
        expect(m.efficiency).toBeGreaterThanOrEqual(0);
        expect(m.efficiency).toBeLessThanOrEqual(1);
        expect(m.top3Share).toBeLessThanOrEqual(1);
        expect(m.isolates).toBeLessThanOrEqual(m.components);
        expect(m.components).toBeLessThanOrEqual(m.contacts);
        expect(m.multiplexContacts).toBeLessThanOrEqual(m.contacts);
        if (m.contacts > 0) {
          // C ≥ Σ_j p_ej² ≥ 1/n (Cauchy–Schwarz): the evenly spread star is the least constrained.
          expect(m.constraint).toBeGreaterThanOrEqual(1 / m.contacts - 1e-9);
          // The three closest hold at least their even share.
          expect(m.top3Share).toBeGreaterThanOrEqual(Math.min(3, m.contacts) / m.contacts - 1e-9);
        }
        for (const attr of ['gender', 'ageBand', 'place', 'sector'] as const) {
          expect(m[`blau.${attr}`]).toBeGreaterThanOrEqual(0);
          expect(m[`blau.${attr}`]).toBeLessThan(1);
          expect(m[`iqv.${attr}`]).toBeGreaterThanOrEqual(0);
          expect(m[`iqv.${attr}`]).toBeLessThanOrEqual(1);
          expect(m[`entropy.${attr}`]).toBeGreaterThanOrEqual(0);
          expect(m[`ei.${attr}`]).toBeGreaterThanOrEqual(-1);
          expect(m[`ei.${attr}`]).toBeLessThanOrEqual(1);
        }
        expect(m.sensitiveExposure1).toBe(details.sensitiveAtDistance1.length);
        expect(m.sensitiveExposure2).toBe(details.sensitiveAtDistance2.length);
        // Every sensitive contact weighs at most 2 (very close, business ja).
        expect(m.sensitiveExposureWeighted).toBeLessThanOrEqual(
          2 * (m.sensitiveExposure1 + m.sensitiveExposure2),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('measures and details are deterministic and independent of the order of contacts, ties and memberships', () => {
    fc.assert(
      fc.property(arbitraryNetwork(40), fc.integer(), (net, seed) => {
        const first = analyse(net);
        expect(analyse(net)).toEqual(first);
        expect(analyse(reorder(net, seed))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('does not throw or give NaN on a network that skipped validation', () => {
    const broken = {
      ...network({}),
      contacts: [
        person('a', { closeness: Number.NaN, contexts: ['missing'] }),
        person('a', { closeness: 99 }),
        person('b', { closeness: -4 }),
      ],
      ties: [tie('a', 'zz'), tie('a', 'a'), tie('a', 'b', Number.POSITIVE_INFINITY), tie('b', 'a', 3)],
      memberships: [{ person: 'a', organisation: 'nobody' }],
    } as Network;
    const m = measureNetwork(broken, catalogue);
    for (const name of networkMeasureNames) expect(Number.isFinite(m[name]), name).toBe(true);
  });
});

describe('performance sanity', () => {
  it('measures 300 contacts and 1,000 ties', () => {
    const contacts = Array.from({ length: 300 }, (_, i) =>
      person(`c${i}`, {
        closeness: 1 + (i % 5),
        sector: catalogue.sectors[i % catalogue.sectors.length]!.id,
        gender: ['vrouw', 'man'][i % 2]!,
      }),
    );
    const ties = [];
    const seen = new Set<string>();
    let s = 42;
    while (ties.length < 1000) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const a = s % 300;
      s = (s * 1103515245 + 12345) % 2147483648;
      const b = s % 300;
      const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      ties.push(tie(`c${a}`, `c${b}`, 1 + (s % 5)));
    }
    const net = valid(network({ contacts, ties }));
    const start = performance.now();
    const m = measureNetwork(net, catalogue);
    const ms = performance.now() - start;
    expect(m.contacts).toBe(300);
    expect(m.density).toBeCloseTo(2000 / (300 * 299), 9);
    if (process.env.NETWORK_PERF)
      console.info(`measureNetwork: 300 contacts, 1000 ties in ${ms.toFixed(1)} ms`);
  });
});
