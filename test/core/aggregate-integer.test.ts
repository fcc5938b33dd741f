// The attacker over whole numbers, by enumeration: for tiny tables (up to 3×3), every table of non-negative
// integers that agrees with what is shown, and the least and greatest value each suppressed entry
// takes among them. These integer bounds equal the flow's (LP) bounds — the claim that the
// attacker's programme is totally unimodular, so an attacker who knows counts are whole numbers
// learns nothing more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attackerBounds, type CountTable, protectTable } from '../../src/core/aggregate/index.ts';

function tableOf(counts: number[][]): CountTable {
  let next = 0;
  return {
    rowLabels: counts.map((_, r) => `r${r}`),
    columnLabels: counts[0]!.map((_, c) => `c${c}`),
    members: counts.map((row) => row.map((n) => Array.from({ length: n }, () => `u${next++}`))),
  };
}

/** min and max of every grid entry over all integer tables matching the shown entries; null if too many */
function integerBounds(
  counts: number[][],
  shown: boolean[][],
  budget: number,
): { lower: number; upper: number }[][] | null {
  const R = counts.length;
  const C = counts[0]!.length;
  const truth = [...counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)])];
  truth.push(Array.from({ length: C + 1 }, (_, c) => truth.reduce((s, row) => s + row[c]!, 0)));
  const G = truth[R]![C]!;
  const bounds = truth.map((row) => row.map(() => ({ lower: Number.POSITIVE_INFINITY, upper: -1 })));
  const x = counts.map((row) => row.map(() => 0));
  let visited = 0;
  const record = () => {
    const full = [...x.map((row) => [...row, row.reduce((a, b) => a + b, 0)])];
    full.push(Array.from({ length: C + 1 }, (_, c) => full.reduce((s, row) => s + row[c]!, 0)));
    for (let r = 0; r <= R; r++) {
      for (let c = 0; c <= C; c++) {
        if (shown[r]![c] && full[r]![c] !== truth[r]![c]) return;
      }
    }
    full.forEach((row, r) =>
      row.forEach((v, c) => {
        bounds[r]![c]!.lower = Math.min(bounds[r]![c]!.lower, v);
        bounds[r]![c]!.upper = Math.max(bounds[r]![c]!.upper, v);
      }),
    );
  };
  const walk = (k: number, sum: number): boolean => {
    if (++visited > budget) return false;
    if (k === R * C) {
      record();
      return true;
    }
    const r = Math.floor(k / C);
    const c = k % C;
    if (shown[r]![c]) {
      x[r]![c] = counts[r]![c]!;
      return walk(k + 1, sum + x[r]![c]!);
    }
    const rowSoFar = x[r]!.slice(0, c).reduce((a, b) => a + b, 0);
    const columnSoFar = x.slice(0, r).reduce((s, row) => s + row[c]!, 0);
    let top = G - sum;
    if (shown[r]![C]) top = Math.min(top, truth[r]![C]! - rowSoFar);
    if (shown[R]![c]) top = Math.min(top, truth[R]![c]! - columnSoFar);
    // the last unknown of a row (column) whose total is shown is that total minus the rest
    const restOfRow = counts[r]!.slice(c + 1).reduce(
      (a, b, i) => (shown[r]![c + 1 + i] ? a + b : Number.NaN),
      0,
    );
    const restOfColumn = counts
      .slice(r + 1)
      .reduce((a, row, i) => (shown[r + 1 + i]![c] ? a + row[c]! : Number.NaN), 0);
    const forced = [
      shown[r]![C] && !Number.isNaN(restOfRow) ? truth[r]![C]! - rowSoFar - restOfRow : null,
      shown[R]![c] && !Number.isNaN(restOfColumn) ? truth[R]![c]! - columnSoFar - restOfColumn : null,
    ].filter((v): v is number => v !== null);
    const values = forced.length > 0 ? [forced[0]!] : Array.from({ length: top + 1 }, (_, v) => v);
    for (const v of values) {
      if (v < 0 || v > top || forced.some((f) => f !== v)) continue;
      x[r]![c] = v;
      if (!walk(k + 1, sum + v)) return false;
    }
    return true;
  };
  return walk(0, 0) ? bounds : null;
}

describe('tiny tables, every integer table the attacker cannot exclude', () => {
  it('the integer bounds of every suppressed entry equal the flow bounds', () => {
    let compared = 0;
    let tooLarge = 0;
    const countsArb = fc
      .record({ rows: fc.integer({ min: 1, max: 3 }), columns: fc.integer({ min: 1, max: 3 }) })
      .chain(({ rows, columns }) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      );
    fc.assert(
      fc.property(countsArb, fc.constantFrom(null, 0.9), (counts, dominance) => {
        const t = tableOf(counts);
        const p = protectTable(t, { threshold: 5, dominance, roundTo: null });
        if (p.total.state !== 'shown') return; // nothing shown: unbounded, nothing to enumerate
        const entries = [...p.cells.map((row, r) => [...row, p.rowTotals[r]!]), [...p.columnTotals, p.total]];
        const shown = entries.map((row) => row.map((e) => e.state === 'shown'));
        const exact = integerBounds(counts, shown, 100_000);
        if (!exact) {
          tooLarge++;
          return;
        }
        const flow = attackerBounds(t, p);
        const flowGrid = [
          ...flow.cells.map((row, r) => [...row, flow.rowTotals[r]!]),
          [...flow.columnTotals, flow.total],
        ];
        entries.forEach((row, r) =>
          row.forEach((e, c) => {
            if (e.state === 'shown') return;
            compared++;
            expect(flowGrid[r]![c], `entry ${r},${c}`).toEqual(exact[r]![c]);
          }),
        );
      }),
      { numRuns: 200 },
    );
    expect(compared).toBeGreaterThan(100);
    console.log('ENUM', compared, tooLarge);
    expect(tooLarge).toBeLessThan(20);
  });
});
