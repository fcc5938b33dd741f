// The college view's aggregates (src/core/college/stack.ts) on example networks computed by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CollegeMemberMap, stackCollege } from '../../src/core/college/stack.ts';
import { arbitraryNetwork, catalogue, network, person, tie, valid } from '../support/network-fixtures.ts';

// Three members. A: a colleague in the family and at work. B: a club, a chess club of their own
// naming, and someone in hospitality one person removed. C: no own gender given.
const memberA = valid(
  network({
    ego: { gender: 'vrouw' },
    contexts: [
      { id: 'c1', catalogueId: 'familie', interests: [] },
      { id: 'c2', catalogueId: 'werk', interests: [] },
    ],
    contacts: [
      person('a1', { gender: 'vrouw', sector: 'vastgoed', place: 'gemeente', contexts: ['c1', 'c2'] }),
      person('a2', { gender: 'man', sector: 'onderwijs', place: 'gemeente', contexts: ['c2'] }),
    ],
  }),
);
const memberB = valid(
  network({
    ego: { gender: 'man' },
    contexts: [
      { id: 'k1', catalogueId: 'sportclub', interests: [] },
      { id: 'k2', label: 'Schaakclub de Toren', interests: [] },
    ],
    contacts: [
      person('b1', { gender: 'man', sector: 'vastgoed', place: 'regio', contexts: ['k1'] }),
      person('b2', { gender: 'man', sector: 'zorg', place: 'gemeente', contexts: ['k2'] }),
      person('b3', { direct: false, sector: 'horeca' }),
    ],
    ties: [tie('b1', 'b3')],
  }),
);
const memberC = valid(
  network({
    contexts: [{ id: 'w1', catalogueId: 'werk', interests: [] }],
    contacts: [person('c1x', { gender: 'vrouw', sector: 'onderwijs', place: 'elders', contexts: ['w1'] })],
  }),
);
const maps: CollegeMemberMap[] = [memberA, memberB, memberC].map((n) => ({ network: n, catalogue }));

describe('the college stacked', () => {
  const stack = stackCollege(maps);

  it('counts contacts, contexts and "the same people, different hats" over the college', () => {
    expect(stack.members).toBe(3);
    // b3 is known only through b1: outside B's own circle, so not a contact of the college.
    expect(stack.contacts).toBe(5);
    expect(stack.contexts.total).toBe(5);
    expect(stack.contexts.ownNamed).toBe(1);
    expect(stack.multiplexContacts).toBe(1);
  });

  it('names a context type only when two members hold it; the rest is one count without names', () => {
    expect(stack.contexts.types).toEqual({
      shared: [{ id: 'werk', members: 2, contacts: 3 }],
      elsewhere: { items: 2, contacts: 2 },
    });
  });

  it('shows the overlap of sectors and places between members', () => {
    expect(stack.sectors).toEqual({
      shared: [
        { id: 'onderwijs', members: 2, contacts: 2 },
        { id: 'vastgoed', members: 2, contacts: 2 },
      ],
      elsewhere: { items: 1, contacts: 1 },
    });
    expect(stack.places).toEqual({
      shared: [{ id: 'gemeente', members: 2, contacts: 3 }],
      elsewhere: { items: 2, contacts: 2 },
    });
  });

  it('sums the exposure to sensitive sectors, near and one person removed', () => {
    expect(stack.sensitive).toEqual({
      direct: 2,
      onePersonRemoved: 1,
      members: 2,
      sectors: {
        shared: [{ id: 'vastgoed', members: 2, contacts: 2 }],
        elsewhere: { items: 1, contacts: 1 },
      },
    });
  });

  it("computes the college's inclusiveness over the pooled contacts (Blau, IQV, EI)", () => {
    const gender = stack.inclusiveness.find((i) => i.attribute === 'gender')!;
    // 2 women, 3 men: Blau = 1 − (0.4² + 0.6²) = 0.48; K = 3 → IQV = 0.48 / (2/3) = 0.72.
    // EI against each member's own gender: A 1 alike 1 not, B 2 alike, C not given → (1 − 3)/4.
    expect(gender).toEqual({
      attribute: 'gender',
      valued: 5,
      categories: 3,
      blau: 0.48,
      iqv: 0.72,
      ei: -0.5,
    });
    const sector = stack.inclusiveness.find((i) => i.attribute === 'sector')!;
    // vastgoed 2, onderwijs 2, zorg 1: 1 − (0.16 + 0.16 + 0.04) = 0.64; K = 4 sectors → 0.64 / 0.75.
    expect(sector.blau).toBe(0.64);
    expect(sector.iqv).toBeCloseTo(0.853333333, 9);
    expect(sector.ei).toBeNull();
    const age = stack.inclusiveness.find((i) => i.attribute === 'ageBand')!;
    expect(age).toEqual({ attribute: 'ageBand', valued: 0, categories: 4, blau: 0, iqv: 0, ei: null });
  });

  it('holds no label, no contact id and no own-named context', () => {
    const json = JSON.stringify(stack);
    for (const word of ['A1', 'A2', 'B1', 'B2', 'B3', 'C1X', 'a1', 'b3', 'c1x', 'k2', 'Schaakclub'])
      expect(json).not.toContain(`"${word}`);
    expect(json).not.toContain('Schaakclub');
  });

  it('does not depend on the order of the members', () => {
    fc.assert(
      fc.property(fc.array(arbitraryNetwork(15), { minLength: 3, maxLength: 5 }), (networks) => {
        const forward = stackCollege(networks.map((n) => ({ network: n, catalogue })));
        const backward = stackCollege([...networks].reverse().map((n) => ({ network: n, catalogue })));
        expect(backward).toEqual(forward);
        for (const item of [
          ...forward.sectors.shared,
          ...forward.places.shared,
          ...forward.contexts.types.shared,
        ])
          expect(item.members).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 50 },
    );
  });
});
