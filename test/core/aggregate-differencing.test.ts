// Differencing: releases about the same population must not be subtractable into a small group.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountTable,
  defaultDisclosureSettings,
  differencingConflicts,
  protectTable,
  publishedMemberSets,
} from '../../src/core/aggregate/index.ts';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}${k}`);

/** offices × level, one person per id, from a list of (id, office, level) */
function tableOver(people: readonly { id: string; office: number; level: number }[]): CountTable {
  const members = Array.from({ length: 2 }, () => Array.from({ length: 3 }, () => [] as string[]));
  for (const p of people) members[p.office]![p.level]!.push(p.id);
  return { rowLabels: ['burgemeester', 'wethouder'], columnLabels: ['laag', 'midden', 'hoog'], members };
}

const population = ids('p', 120).map((id, k) => ({ id, office: k % 2, level: k % 3 }));
const release = (people: typeof population) => {
  const t = tableOver(people);
  return publishedMemberSets(t, protectTable(t, defaultDisclosureSettings));
};

describe('two releases', () => {
  it('the same population twice: nothing new, no conflict', () => {
    expect(differencingConflicts(release(population), release(population), 10)).toEqual([]);
  });

  it('two populations differing by one person conflict (cell, margins and grand total)', () => {
    const earlier = release(population);
    const next = release(population.slice(1)); // a filter that leaves out one person
    const conflicts = differencingConflicts(earlier, next, 10);
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((c) => c.size === 1)).toBe(true);
    // the grand totals are among them
    expect(conflicts).toContainEqual({ next: next.length - 1, earlier: earlier.length - 1, size: 1 });
  });

  it('two populations differing by the threshold or more do not conflict', () => {
    const extra = ids('q', 10).map((id) => ({ id, office: 0, level: 0 }));
    expect(differencingConflicts(release(population), release([...population, ...extra]), 10)).toEqual([]);
    // 60 more spread evenly: ten more in every cell, more in every margin
    const many = ids('q', 60).map((id, k) => ({ id, office: k % 2, level: k % 3 }));
    expect(differencingConflicts(release(population), release([...population, ...many]), 10)).toEqual([]);
    // 30 more spread evenly: only five more per cell, and that is a conflict
    const some = ids('q', 30).map((id, k) => ({ id, office: k % 2, level: k % 3 }));
    const conflicts = differencingConflicts(release(population), release([...population, ...some]), 10);
    expect(conflicts.map((c) => c.size)).toEqual([5, 5, 5, 5, 5, 5]);
  });

  it('nine more conflict, ten more do not (threshold 10)', () => {
    expect(differencingConflicts([ids('a', 20)], [ids('a', 29)], 10)).toEqual([
      { next: 0, earlier: 0, size: 9 },
    ]);
    expect(differencingConflicts([ids('a', 20)], [ids('a', 30)], 10)).toEqual([]);
  });

  it('one person swapped for another is a difference of two', () => {
    const earlier = ids('a', 20);
    const next = [...ids('a', 19), 'b'];
    expect(differencingConflicts([earlier], [next], 10)).toEqual([{ next: 0, earlier: 0, size: 2 }]);
  });

  it('order and duplicates within a set do not matter', () => {
    const a = ids('a', 15);
    expect(differencingConflicts([a], [[...a].reverse(), [...a, ...a]], 10)).toEqual([]);
  });
});

describe('random sets', () => {
  it('conflicts are exactly the pairs whose symmetric difference holds 1..threshold−1 ids', () => {
    const setArb = fc
      .uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 })
      .map((xs) => xs.map(String));
    fc.assert(
      fc.property(
        fc.array(setArb, { maxLength: 6 }),
        fc.array(setArb, { maxLength: 6 }),
        fc.integer({ min: 5, max: 15 }),
        (earlier, next, threshold) => {
          const expected = [];
          for (let n = 0; n < next.length; n++) {
            for (let e = 0; e < earlier.length; e++) {
              const a = new Set(next[n]);
              const b = new Set(earlier[e]);
              const size = [...a].filter((x) => !b.has(x)).length + [...b].filter((x) => !a.has(x)).length;
              if (size >= 1 && size < threshold) expected.push({ next: n, earlier: e, size });
            }
          }
          expect(differencingConflicts(earlier, next, threshold)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
