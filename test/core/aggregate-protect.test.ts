// Disclosure control: hand-made examples, then random tables against an independent simplex (the
// attacker's LP bounds on every suppressed entry must cover its protection interval).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attackerBounds,
  type CountTable,
  checkDisclosureSettings,
  type DisclosureSettings,
  defaultDisclosureSettings,
  type ProtectedCell,
  type ProtectedTable,
  protectionLevel,
  protectTable,
  protectTableAgainst,
  publishedMemberSets,
} from '../../src/core/aggregate/index.ts';
import { lpBounds, solveLp } from '../support/simplex.ts';

/** A count table from counts, with fresh ids per cell (u0, u1, …). */
function tableOf(counts: number[][]): CountTable {
  let next = 0;
  return {
    rowLabels: counts.map((_, r) => `r${r}`),
    columnLabels: (counts[0] ?? []).map((_, c) => `c${c}`),
    members: counts.map((row) => row.map((n) => Array.from({ length: n }, () => `u${next++}`))),
  };
}

/** The (R+1)×(C+1) grid of true counts, margins last. */
function gridOf(counts: number[][]): number[][] {
  const C = counts[0]?.length ?? 0;
  const rows = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const last = Array.from({ length: C + 1 }, (_, c) => rows.reduce((s, row) => s + row[c]!, 0));
  return [...rows, last];
}

/** The protected table's entries on the same grid. */
function entriesOf(p: ProtectedTable): ProtectedCell[][] {
  return [...p.cells.map((row, r) => [...row, p.rowTotals[r]!]), [...p.columnTotals, p.total]];
}

const show = (p: ProtectedTable) => entriesOf(p).map((row) => row.map((e) => e.value ?? e.state[0]));

describe('settings', () => {
  it('the defaults are 10, 0.9 and no rounding, and they pass', () => {
    expect(defaultDisclosureSettings).toEqual({ threshold: 10, dominance: 0.9, roundTo: null });
    expect(checkDisclosureSettings(defaultDisclosureSettings)).toEqual({ ok: true });
    expect(protectionLevel(defaultDisclosureSettings)).toBe(5);
  });

  it('refuses a threshold below 5 (or not whole), a dominance outside (0.5, 1], a bad rounding base', () => {
    const s = defaultDisclosureSettings;
    for (const threshold of [4, 0, -10, 7.5, Number.NaN]) {
      expect(checkDisclosureSettings({ ...s, threshold })).toEqual({
        ok: false,
        problem: 'threshold-below-minimum',
      });
    }
    expect(checkDisclosureSettings({ ...s, threshold: 5 })).toEqual({ ok: true });
    for (const dominance of [0.5, 0, 1.01, Number.NaN]) {
      expect(checkDisclosureSettings({ ...s, dominance })).toEqual({
        ok: false,
        problem: 'dominance-out-of-range',
      });
    }
    expect(checkDisclosureSettings({ ...s, dominance: 1 })).toEqual({ ok: true });
    expect(checkDisclosureSettings({ ...s, dominance: null })).toEqual({ ok: true });
    for (const roundTo of [1, 0, 2.5, 11]) {
      expect(checkDisclosureSettings({ ...s, roundTo })).toEqual({ ok: false, problem: 'rounding-invalid' });
    }
    expect(checkDisclosureSettings({ ...s, roundTo: 5 })).toEqual({ ok: true });
    expect(checkDisclosureSettings({ ...s, roundTo: 10 })).toEqual({ ok: true });
  });

  it('protectTable refuses settings that do not pass', () => {
    expect(() => protectTable(tableOf([[20]]), { ...defaultDisclosureSettings, threshold: 3 })).toThrow(
      'threshold-below-minimum',
    );
  });
});

describe('examples', () => {
  it('a cell of 9 is never shown, and its row gets a complementary suppression', () => {
    const p = protectTable(
      tableOf([
        [20, 30, 9],
        [25, 15, 40],
        [30, 30, 30],
      ]),
      defaultDisclosureSettings,
    );
    expect(p.cells[0]![2]).toEqual({ value: null, state: 'primary' });
    // the row total is shown, so a second entry of row 0 must go, and one more in column 2
    expect(p.rowTotals[0]!.state).toBe('shown');
    expect(p.cells[0]!.filter((e) => e.state === 'complementary')).toHaveLength(1);
    expect(p.cells.map((row) => row[2]!).filter((e) => e.state === 'complementary')).toHaveLength(1);
    // the cheapest cover: 20 and 30 in column 0, 30 in column 2 (cost 83 against 88 for any other)
    expect(show(p)).toEqual([
      ['c', 30, 'p', 59],
      [25, 15, 40, 80],
      ['c', 30, 'c', 90],
      [75, 75, 79, 229],
    ]);
  });

  it('hand-computed bounds: the 9 lies anywhere in [0, 29]', () => {
    const t = tableOf([
      [20, 30, 9],
      [25, 15, 40],
      [30, 30, 30],
    ]);
    const b = attackerBounds(t, protectTable(t, defaultDisclosureSettings));
    // row 0: x00 + x02 = 29; column 2: x02 + x22 = 39; column 0: x00 + x20 = 50; row 2: x20 + x22 = 60.
    // x02 = t, x00 = 29 − t ≥ 0, x22 = 39 − t ≥ 0, x20 = 21 + t: t ∈ [0, 29].
    expect(b.cells[0]![2]).toEqual({ lower: 0, upper: 29 });
    expect(b.cells[0]![0]).toEqual({ lower: 0, upper: 29 });
    expect(b.cells[2]![0]).toEqual({ lower: 21, upper: 50 });
    expect(b.rowTotals[0]).toBeNull();
  });

  it('a table whose grand total is below the threshold shows nothing', () => {
    const p = protectTable(
      tableOf([
        [3, 2],
        [0, 4],
      ]),
      defaultDisclosureSettings,
    );
    for (const row of entriesOf(p)) for (const e of row) expect(e).toEqual({ value: null, state: 'primary' });
    const empty = protectTable(tableOf([]), defaultDisclosureSettings);
    expect(empty.total).toEqual({ value: null, state: 'primary' });
  });

  it('a margin below the threshold is suppressed, and protected', () => {
    const t = tableOf([
      [4, 3, 0],
      [20, 25, 30],
      [15, 12, 11],
    ]);
    const p = protectTable(t, defaultDisclosureSettings);
    expect(p.rowTotals[0]!.state).toBe('primary');
    const b = attackerBounds(t, p);
    expect(b.rowTotals[0]!.lower).toBeLessThanOrEqual(2);
    expect(b.rowTotals[0]!.upper).toBeGreaterThanOrEqual(12);
  });

  it('zeros are shown; a cell that fills its row is dominated and cannot be read off the zeros', () => {
    const t = tableOf([
      [0, 0, 30],
      [12, 14, 16],
      [20, 11, 13],
    ]);
    const p = protectTable(t, defaultDisclosureSettings);
    expect(p.cells[0]![2]!.state).toBe('primary');
    const b = attackerBounds(t, p);
    // 0.9 × 30 = 27: the attacker must not be able to prove ≥ 27, nor ≥ 30 − 5
    expect(b.cells[0]![2]!.lower).toBeLessThanOrEqual(25);
    expect(p.cells[0]![0]!.state === 'shown' ? p.cells[0]![0]!.value : 0).toBe(0);
  });

  it('one person in many cells of a row is still one person: the row total is primary', () => {
    const t: CountTable = {
      rowLabels: ['alone', 'many'],
      columnLabels: Array.from({ length: 12 }, (_, c) => `m${c}`),
      members: [
        Array.from({ length: 12 }, () => ['solo']),
        Array.from({ length: 12 }, (_, c) => Array.from({ length: 10 + c }, (_, k) => `p${k}`)),
      ],
    };
    const p = protectTable(t, defaultDisclosureSettings);
    expect(p.rowTotals[0]!.state).toBe('primary');
    expect(p.cells[0]!.every((e) => e.state !== 'shown')).toBe(true);
  });

  it('rounds what is shown, after suppression', () => {
    const p = protectTable(
      tableOf([
        [12, 13],
        [21, 37],
      ]),
      { threshold: 10, dominance: null, roundTo: 5 },
    );
    expect(show(p)).toEqual([
      [10, 15, 25],
      [20, 35, 60],
      [35, 50, 85],
    ]);
  });

  it('publishes the member sets of what is shown only, margins as the union of their cells', () => {
    const t: CountTable = {
      rowLabels: ['a', 'b'],
      columnLabels: ['x', 'y'],
      members: [
        [Array.from({ length: 12 }, (_, k) => `a${k}`), ['lonely']],
        [Array.from({ length: 15 }, (_, k) => `b${k}`), Array.from({ length: 20 }, (_, k) => `c${k}`)],
      ],
    };
    const p = protectTable(t, { threshold: 10, dominance: null, roundTo: null });
    const sets = publishedMemberSets(t, p);
    expect(p.cells[0]![1]!.state).toBe('primary');
    expect(sets.every((s) => s.length >= 10)).toBe(true);
    expect(sets.length).toBe(
      entriesOf(p)
        .flat()
        .filter((e) => e.state === 'shown').length,
    );
    // the lonely one is only ever inside a larger shown group (a margin), never a set of its own
    expect(sets.filter((s) => s.includes('lonely')).every((s) => s.length >= 10)).toBe(true);
    if (p.rowTotals[0]!.state === 'shown')
      expect(sets).toContainEqual([...t.members[0]![0]!, 'lonely'].sort());
  });

  it('the simplex itself: a textbook problem', () => {
    // max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 (slacks s1..s3) → 36 at (2, 6)
    const r = solveLp(
      [
        [1, 0, 1, 0, 0],
        [0, 2, 0, 1, 0],
        [3, 2, 0, 0, 1],
      ],
      [4, 12, 18],
      [3, 5, 0, 0, 0],
      'max',
    );
    expect(r).toEqual({ status: 'optimal', value: expect.closeTo(36, 9) });
    expect(solveLp([[1, -1]], [0], [1, 0], 'max')).toEqual({ status: 'unbounded' });
    expect(solveLp([[1, 1]], [-1], [1, 0], 'max')).toEqual({ status: 'infeasible' });
  });
});

// ---- random tables ----

const settingsArb: fc.Arbitrary<DisclosureSettings> = fc
  .record({
    threshold: fc.integer({ min: 5, max: 15 }),
    dominance: fc.constantFrom(null, 0.8, 0.9, 1),
    rounding: fc.boolean(),
  })
  .map(({ threshold, dominance, rounding }) => ({
    threshold,
    dominance,
    roundTo: rounding ? Math.min(5, threshold) : null,
  }));

/** counts 0–40, with many small and zero cells (the interesting ones) */
const countsArb = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 6 }) })
  .chain(({ rows, columns }) =>
    fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 40 })), {
        minLength: columns,
        maxLength: columns,
      }),
      { minLength: rows, maxLength: rows },
    ),
  );

/** What the spec says is primary on the grid, with the interval the attacker must not narrow. */
function expectedPrimary(
  grid: number[][],
  s: DisclosureSettings,
): ({ lower: number; upper: number } | null)[][] {
  const R = grid.length - 1;
  const C = grid[0]!.length - 1;
  const p = Math.ceil(s.threshold / 2);
  const needs = grid.map((row) => row.map(() => null as { lower: number; upper: number } | null));
  if (grid[R]![C]! < s.threshold) return grid.map((row) => row.map((v) => ({ lower: v, upper: v })));
  for (let r = 0; r <= R; r++) {
    for (let c = 0; c <= C; c++) {
      const v = grid[r]![c]!;
      // up to v + p, but never beyond a total the entry is part of (its group's size)
      const groups =
        r < R && c < C
          ? [...(C >= 2 ? [grid[r]![C]!] : []), ...(R >= 2 ? [grid[R]![c]!] : [])]
          : r < R
            ? R >= 2
              ? [grid[R]![C]!]
              : []
            : c < C && C >= 2
              ? [grid[R]![C]!]
              : [];
      if (v > 0 && v < s.threshold)
        needs[r]![c] = { lower: Math.max(0, v - p), upper: Math.min(v + p, ...groups) };
      if (s.dominance === null || r === R || c === C || v === 0) continue;
      const totals = [C >= 2 ? grid[r]![C]! : 0, R >= 2 ? grid[R]![c]! : 0];
      for (const total of totals) {
        if (total > 0 && v >= s.dominance * total - 1e-9) {
          const had = needs[r]![c];
          // strictly below dominance × total, and at most v − p
          const lower = Math.min(Math.max(0, v - p), Math.ceil(s.dominance * total - 1e-9) - 1);
          needs[r]![c] = { lower: Math.min(had?.lower ?? lower, lower), upper: had?.upper ?? v };
        }
      }
    }
  }
  return needs;
}

describe('random tables (sizes to 6×6, counts 0–40)', () => {
  it('every suppressed entry: the independent LP bounds cover the protection interval, and equal the flow bounds', () => {
    let checked = 0;
    let complementary = 0;
    fc.assert(
      fc.property(countsArb, settingsArb, (counts, settings) => {
        const t = tableOf(counts);
        const p = protectTable(t, settings);
        const grid = gridOf(counts);
        const entries = entriesOf(p);
        const shown = entries.map((row) => row.map((e) => e.state === 'shown'));
        const needs = expectedPrimary(grid, settings);
        const flow = attackerBounds(t, p);
        const flowGrid = [
          ...flow.cells.map((row, r) => [...row, flow.rowTotals[r]!]),
          [...flow.columnTotals, flow.total],
        ];
        const R = counts.length;
        const C = counts[0]!.length;
        if (shown.flat().every((x) => !x)) return; // nothing shown: nothing to solve
        for (let r = 0; r <= R; r++) {
          for (let c = 0; c <= C; c++) {
            const need = needs[r]![c];
            expect(entries[r]![c]!.state === 'primary', `primary at ${r},${c}`).toBe(need !== null);
            if (shown[r]![c]) continue;
            const [low, high] = lpBounds(grid, shown, [r, c]);
            checked++;
            if (entries[r]![c]!.state === 'complementary') complementary++;
            expect(flowGrid[r]![c]!.lower).toBeCloseTo(low, 6);
            if (high === Number.POSITIVE_INFINITY) expect(flowGrid[r]![c]!.upper).toBe(high);
            else expect(flowGrid[r]![c]!.upper).toBeCloseTo(high, 6);
            if (need) {
              expect(low, `lower bound at ${r},${c}`).toBeLessThanOrEqual(need.lower + 1e-6);
              expect(high, `upper bound at ${r},${c}`).toBeGreaterThanOrEqual(need.upper - 1e-6);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
    // not vacuous: many suppressed entries were solved, complementary ones among them
    expect(checked).toBeGreaterThan(500);
    expect(complementary).toBeGreaterThan(50);
  });

  it('no shown value counts fewer than the threshold (except zeros), shown values are the true ones (rounded), totals add up', () => {
    fc.assert(
      fc.property(countsArb, settingsArb, (counts, settings) => {
        const p = protectTable(tableOf(counts), settings);
        const grid = gridOf(counts);
        const entries = entriesOf(p);
        const base = settings.roundTo;
        entries.forEach((row, r) =>
          row.forEach((e, c) => {
            const v = grid[r]![c]!;
            if (e.state !== 'shown') {
              expect(e.value).toBeNull();
              return;
            }
            expect(v === 0 || v >= settings.threshold, `shown ${v} at ${r},${c}`).toBe(true);
            expect(e.value).toBe(base === null ? v : Math.floor((v + base / 2) / base) * base);
          }),
        );
        if (base === null) {
          // every fully shown row and column sums to its shown total
          for (const row of entries) {
            if (row.every((e) => e.state === 'shown')) {
              const parts = row.slice(0, -1).reduce((s, e) => s + e.value!, 0);
              expect(parts).toBe(row.at(-1)!.value);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is minimal: showing any single complementary entry again lets the LP narrow a primary one', () => {
    let tried = 0;
    fc.assert(
      fc.property(countsArb, settingsArb, (counts, settings) => {
        const p = protectTable(tableOf(counts), settings);
        const grid = gridOf(counts);
        const entries = entriesOf(p);
        const needs = expectedPrimary(grid, settings);
        const shown = entries.map((row) => row.map((e) => e.state === 'shown'));
        entries.forEach((row, r) =>
          row.forEach((e, c) => {
            if (e.state !== 'complementary') return;
            const more = shown.map((line) => [...line]);
            more[r]![c] = true;
            let broken = false;
            needs.forEach((line, i) =>
              line.forEach((need, j) => {
                if (!need || broken) return;
                const [low, high] = lpBounds(grid, more, [i, j]);
                if (low > need.lower + 1e-6 || high < need.upper - 1e-6) broken = true;
              }),
            );
            tried++;
            expect(broken, `complementary ${r},${c} could be shown`).toBe(true);
          }),
        );
      }),
      { numRuns: 40 },
    );
    expect(tried).toBeGreaterThan(10);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(countsArb, settingsArb, (counts, settings) => {
        expect(protectTable(tableOf(counts), settings)).toEqual(protectTable(tableOf(counts), settings));
      }),
      { numRuns: 50 },
    );
  });
});

describe('against earlier releases (random tables, random earlier-shown and earlier-hidden entries)', () => {
  it('hides again what was hidden, never picks a known entry as complementary, and holds for an attacker who knows the earlier ones', () => {
    let knownChecked = 0;
    fc.assert(
      fc.property(
        countsArb,
        settingsArb,
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 49, maxLength: 49 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 49, maxLength: 49 }),
        (counts, settings, pickShown, pickHidden) => {
          const t = tableOf(counts);
          const grid = gridOf(counts);
          const R = counts.length;
          const C = counts[0]!.length;
          // the member sets of the grid's entries, margins as unions
          const setAt = (r: number, c: number): string[] =>
            (r < R ? [r] : [...Array(R).keys()]).flatMap((i) =>
              (c < C ? [c] : [...Array(C).keys()]).flatMap((j) => t.members[i]![j]!),
            );
          const known: string[][] = [];
          const hidden: string[][] = [];
          const key = (ids: readonly string[]) => [...ids].sort().join(' ');
          for (let r = 0; r <= R; r++) {
            for (let c = 0; c <= C; c++) {
              const k = r * (C + 1) + c;
              // independently: some entries are both (two earlier releases disagreed)
              if (pickHidden[k] === 0) hidden.push(setAt(r, c));
              if (pickShown[k] === 0) known.push(setAt(r, c));
            }
          }
          const p = protectTableAgainst(t, settings, { shown: known, suppressed: hidden });
          const entries = entriesOf(p);
          const hiddenKeys = new Set(hidden.map(key));
          const knownKeys = new Set(known.map(key));
          const visible = entries.map((row, r) =>
            row.map(
              (e, c) => e.state === 'shown' || (setAt(r, c).length > 0 && knownKeys.has(key(setAt(r, c)))),
            ),
          );
          entries.forEach((row, r) =>
            row.forEach((e, c) => {
              const ids = setAt(r, c);
              if (ids.length > 0 && hiddenKeys.has(key(ids)))
                expect(e.state, `hidden ${r},${c}`).not.toBe('shown');
            }),
          );
          if (p.total.state !== 'shown') return; // nothing shown, or refused (everything suppressed)
          const needs = expectedPrimary(grid, settings);
          entries.forEach((row, r) =>
            row.forEach((e, c) => {
              const ids = setAt(r, c);
              // (an entry both hidden and known earlier is hidden again; it stays fixed for the attacker)
              if (e.state === 'complementary' && ids.length > 0 && !hiddenKeys.has(key(ids))) {
                expect(knownKeys.has(key(ids)), `known ${r},${c} chosen`).toBe(false);
              }
              const need = needs[r]![c];
              if (!need || visible[r]![c]) return;
              const [low, high] = lpBounds(grid, visible, [r, c]);
              knownChecked++;
              expect(low, `lower bound at ${r},${c}`).toBeLessThanOrEqual(need.lower + 1e-6);
              expect(high, `upper bound at ${r},${c}`).toBeGreaterThanOrEqual(need.upper - 1e-6);
            }),
          );
        },
      ),
      { numRuns: 150 },
    );
    expect(knownChecked).toBeGreaterThan(50);
  });
});
