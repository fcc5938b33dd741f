// An independent linear-programming check for the disclosure tests: a dense two-phase simplex with
// Bland's rule (no cycling), written from the textbook and sharing nothing with
// src/core/aggregate's max-flow. Small problems only (≤ a few hundred variables).

export type LpResult =
  | { status: 'optimal'; value: number }
  | { status: 'unbounded' }
  | { status: 'infeasible' };

const eps = 1e-9;

/** max (or min) c·x subject to A x = b, x ≥ 0. */
export function solveLp(A: number[][], b: number[], c: number[], sense: 'max' | 'min'): LpResult {
  const m = A.length;
  const n = c.length;
  // Tableau rows: [x (n) | artificials (m) | rhs], every rhs ≥ 0.
  const T: number[][] = A.map((row, i) => {
    const flip = b[i]! < 0 ? -1 : 1;
    const r = new Array<number>(n + m + 1).fill(0);
    for (let j = 0; j < n; j++) r[j] = flip * (row[j] ?? 0);
    r[n + i] = 1;
    r[n + m] = flip * b[i]!;
    return r;
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);

  const pivot = (row: number, col: number) => {
    const pr = T[row]!;
    const pv = pr[col]!;
    for (let j = 0; j < pr.length; j++) pr[j]! /= pv;
    for (let i = 0; i < T.length; i++) {
      if (i === row) continue;
      const f = T[i]![col]!;
      if (Math.abs(f) < eps) continue;
      const r = T[i]!;
      for (let j = 0; j < r.length; j++) r[j]! -= f * pr[j]!;
    }
    basis[row] = col;
  };

  /** Minimise cost·x over the current tableau; columns ≥ allowed are never entered. */
  const run = (cost: number[], allowed: number): 'optimal' | 'unbounded' => {
    for (;;) {
      // reduced cost of column j: cost_j − Σ_i cost_{basis i} T[i][j]
      let entering = -1;
      for (let j = 0; j < allowed; j++) {
        if (basis.includes(j)) continue;
        let reduced = cost[j]!;
        for (let i = 0; i < T.length; i++) reduced -= cost[basis[i]!]! * T[i]![j]!;
        if (reduced < -eps) {
          entering = j; // Bland: the lowest index that improves
          break;
        }
      }
      if (entering < 0) return 'optimal';
      let leaving = -1;
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < T.length; i++) {
        const a = T[i]![entering]!;
        if (a <= eps) continue;
        const ratio = T[i]![n + m]! / a;
        if (ratio < best - eps || (Math.abs(ratio - best) <= eps && basis[i]! < basis[leaving]!)) {
          best = ratio;
          leaving = i;
        }
      }
      if (leaving < 0) return 'unbounded';
      pivot(leaving, entering);
    }
  };

  // Phase 1: minimise the sum of the artificials.
  const phase1 = new Array<number>(n + m).fill(0).map((_, j) => (j >= n ? 1 : 0));
  run(phase1, n + m);
  const infeasibility = T.reduce((s, row, i) => s + (basis[i]! >= n ? row[n + m]! : 0), 0);
  if (infeasibility > 1e-7) return { status: 'infeasible' };
  // Drive artificials at level 0 out of the basis; a row that cannot be is redundant and goes.
  for (let i = T.length - 1; i >= 0; i--) {
    if (basis[i]! < n) continue;
    const col = T[i]!.findIndex((a, j) => j < n && Math.abs(a) > eps);
    if (col >= 0) pivot(i, col);
    else {
      T.splice(i, 1);
      basis.splice(i, 1);
    }
  }
  // Phase 2 over the original columns only.
  const cost = new Array<number>(n + m).fill(0);
  for (let j = 0; j < n; j++) cost[j] = sense === 'max' ? -c[j]! : c[j]!;
  if (run(cost, n) === 'unbounded') return { status: 'unbounded' };
  let value = 0;
  for (let i = 0; i < T.length; i++) if (basis[i]! < n) value += c[basis[i]!]! * T[i]![n + m]!;
  return { status: 'optimal', value };
}

/**
 * The attacker's bounds on one entry of a table with margins, by LP: `grid` is the (R+1)×(C+1)
 * table (row totals in the last column, column totals in the last row, grand total in the corner),
 * `shown[r][c]` says which entries are published (exactly). Returns [min, max] (max Infinity when
 * unbounded).
 */
export function lpBounds(grid: number[][], shown: boolean[][], target: [number, number]): [number, number] {
  const R = grid.length - 1;
  const C = grid[0]!.length - 1;
  const unknowns: [number, number][] = [];
  const column = new Map<string, number>();
  for (let r = 0; r <= R; r++) {
    for (let c = 0; c <= C; c++) {
      if (shown[r]![c]) continue;
      column.set(`${r},${c}`, unknowns.length);
      unknowns.push([r, c]);
    }
  }
  const A: number[][] = [];
  const b: number[] = [];
  // one equation per sum: the parts minus the total = 0, with shown entries moved to the right.
  const equation = (parts: [number, number][], total: [number, number]) => {
    const row = new Array<number>(unknowns.length).fill(0);
    let rhs = 0;
    for (const [[r, c], sign] of [...parts.map((p) => [p, 1] as const), [total, -1] as const]) {
      const j = column.get(`${r},${c}`);
      if (j === undefined) rhs -= sign * grid[r]![c]!;
      else row[j]! += sign;
    }
    A.push(row);
    b.push(rhs);
  };
  for (let r = 0; r <= R; r++)
    equation(
      Array.from({ length: C }, (_, c) => [r, c]),
      [r, C],
    );
  for (let c = 0; c <= C; c++)
    equation(
      Array.from({ length: R }, (_, r) => [r, c]),
      [R, c],
    );
  const j = column.get(`${target[0]},${target[1]}`);
  if (j === undefined) throw new Error('target is shown');
  const objective = unknowns.map((_, k) => (k === j ? 1 : 0));
  const low = solveLp(A, b, objective, 'min');
  const high = solveLp(A, b, objective, 'max');
  if (low.status !== 'optimal') throw new Error(`min: ${low.status}`);
  if (high.status === 'infeasible') throw new Error('max: infeasible');
  return [low.value, high.status === 'unbounded' ? Number.POSITIVE_INFINITY : high.value];
}
