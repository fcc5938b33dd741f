// Linked tables: two tables over the same people sharing a dimension (office × level, then
// office × year). The second must not show what the first hid, nor rely on hiding what the first
// showed; protectTableAgainst keeps both.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountTable,
  defaultDisclosureSettings,
  linkedConflicts,
  type ProtectedTable,
  protectTable,
  protectTableAgainst,
  publishedMemberSets,
  suppressedMemberSets,
} from '../../src/core/aggregate/index.ts';

type Person = { id: string; office: number; level: number; year: number };

function tableBy(people: readonly Person[], dimension: 'level' | 'year'): CountTable {
  const members = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => [] as string[]));
  for (const p of people) members[p.office]![p[dimension]]!.push(p.id);
  return { rowLabels: ['o0', 'o1', 'o2'], columnLabels: ['d0', 'd1', 'd2'], members };
}

const released = (t: CountTable, p: ProtectedTable) => ({
  shown: publishedMemberSets(t, p),
  suppressed: suppressedMemberSets(t, p),
});

const peopleArb = fc
  .array(
    fc.record({
      office: fc.constantFrom(0, 0, 0, 1, 1, 2),
      level: fc.integer({ min: 0, max: 2 }),
      year: fc.integer({ min: 0, max: 2 }),
    }),
    { minLength: 30, maxLength: 100 },
  )
  .map((xs) => xs.map((x, k) => ({ ...x, id: `p${k}` })));

describe('linkedConflicts', () => {
  const a = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
  it('names a set the next release shows that the earlier one hid, and the other way round', () => {
    expect(
      linkedConflicts({ shown: [], suppressed: [a] }, { shown: [[...a].reverse()], suppressed: [] }, 10),
    ).toEqual([{ kind: 'reveals', next: 0, earlier: 0, size: 0 }]);
    expect(linkedConflicts({ shown: [a], suppressed: [] }, { shown: [], suppressed: [a] }, 10)).toEqual([
      { kind: 'relies', next: 0, earlier: 0, size: 0 },
    ]);
    expect(
      linkedConflicts({ shown: [a], suppressed: [] }, { shown: [a.slice(1)], suppressed: [] }, 10),
    ).toEqual([{ kind: 'difference', next: 0, earlier: 0, size: 1 }]);
    // both hidden, or both shown alike: nothing new
    expect(linkedConflicts({ shown: [a], suppressed: [a] }, { shown: [a], suppressed: [a] }, 10)).toEqual([
      { kind: 'reveals', next: 0, earlier: 0, size: 0 },
      { kind: 'relies', next: 0, earlier: 0, size: 0 },
    ]);
    expect(
      linkedConflicts({ shown: [a], suppressed: [['x']] }, { shown: [a], suppressed: [['x']] }, 10),
    ).toEqual([]);
  });
});

describe('office × level, then office × year, over the same people', () => {
  it('protectTableAgainst leaves no linked conflict, and the first table does not help narrow the second', () => {
    let plainConflicts = 0;
    let knownEntries = 0;
    fc.assert(
      fc.property(peopleArb, (people) => {
        const s = defaultDisclosureSettings;
        const t1 = tableBy(people, 'level');
        const first = released(t1, protectTable(t1, s));
        const t2 = tableBy(people, 'year');
        const plain = protectTable(t2, s);
        plainConflicts += linkedConflicts(first, released(t2, plain), s.threshold).filter(
          (c) => c.kind !== 'difference',
        ).length;

        const p2 = protectTableAgainst(t2, s, first);
        const conflicts = linkedConflicts(first, released(t2, p2), s.threshold);
        expect(conflicts.filter((c) => c.kind !== 'difference')).toEqual([]);

        // nothing table 2 hides is an entry table 1 showed: its protection holds for an attacker who
        // knows both (the two tables share only the office totals and the grand total; given those,
        // any level split and any year split of an office fit together, so the cells of table 1 add
        // no bound on the cells of table 2)
        const key = (ids: readonly string[]) => [...new Set(ids)].sort().join(' ');
        const known = new Set(first.shown.map(key));
        for (const ids of suppressedMemberSets(t2, p2)) if (known.has(key(ids))) knownEntries++;
        // and nothing table 1 hid is shown by table 2
        const hidden = new Set(first.suppressed.map(key));
        for (const ids of publishedMemberSets(t2, p2)) expect(hidden.has(key(ids))).toBe(false);
      }),
      { numRuns: 120 },
    );
    // not vacuous: plain protection of the second table does conflict with the first, sometimes
    expect(plainConflicts).toBeGreaterThan(0);
    expect(knownEntries).toBe(0);
  });
});
