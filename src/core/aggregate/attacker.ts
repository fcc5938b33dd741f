// The attacker's model of a published table, solved exactly as a network flow.
//
// A table of R rows and C columns with its margins is an extended grid of (R+1)×(C+1) entries x:
// cells x[r][c], row totals x[r][C], column totals x[R][c] and the grand total x[R][C]. Write
// y = x for cells and the grand total and y = −x for the margins; then every row and every column of
// the extended grid sums to 0 (Σc x[r][c] − x[r][C] = 0, and so on). An attacker who knows the shown
// entries exactly and that counts are ≥ 0 may move the suppressed entries by any Δ that keeps those
// sums — that is, by a circulation Δy on the bipartite graph whose nodes are the grid's rows and
// columns and whose edges are the suppressed entries. Non-negativity bounds each edge: a cell (or the
// grand total) can fall by at most its value and rise without limit, a margin the other way round.
//
// So the attacker's linear programme "max (min) x_e subject to the published table" is a maximum
// flow: raise x_e by t and send t back around through the other suppressed entries. The constraint
// matrix is a network matrix (totally unimodular), so the LP bounds are integral and equal to the
// bounds over whole numbers. The tests check these bounds against an independent simplex.

/** Index helpers for the extended grid of a table with `rows` × `columns` cells. */
export interface Grid {
  readonly rows: number;
  readonly columns: number;
  /** Entry index of (r, c), 0 ≤ r ≤ rows, 0 ≤ c ≤ columns; r = rows is the column-totals row. */
  index(r: number, c: number): number;
  readonly size: number;
}

export function gridOf(rows: number, columns: number): Grid {
  return {
    rows,
    columns,
    index: (r, c) => r * (columns + 1) + c,
    size: (rows + 1) * (columns + 1),
  };
}

const rowOf = (g: Grid, e: number) => Math.floor(e / (g.columns + 1));
const columnOf = (g: Grid, e: number) => e % (g.columns + 1);

/** +1 for cells and the grand total, −1 for row and column totals. */
export function signOf(g: Grid, e: number): 1 | -1 {
  const isRowMargin = rowOf(g, e) === g.rows;
  const isColumnMargin = columnOf(g, e) === g.columns;
  return isRowMargin === isColumnMargin ? 1 : -1;
}

/** One edge of the flow graph: node a (a grid row) to node b (a grid column). */
interface Edge {
  entry: number;
  a: number;
  b: number;
  /** capacity from a to b, and from b to a (Infinity = unbounded). */
  forward: number;
  backward: number;
  flow: number;
}

function edgeOf(g: Grid, e: number, values: readonly number[]): Edge {
  const v = values[e]!;
  const plus = signOf(g, e) === 1;
  return {
    entry: e,
    a: rowOf(g, e),
    b: g.rows + 1 + columnOf(g, e),
    forward: plus ? Number.POSITIVE_INFINITY : v,
    backward: plus ? v : Number.POSITIVE_INFINITY,
    flow: 0,
  };
}

export type Direction = 'up' | 'down';

/** Source and sink of the return flow that moves entry e in a direction. */
function terminals(g: Grid, e: number, direction: Direction): { source: number; sink: number } {
  const rowNode = rowOf(g, e);
  const columnNode = g.rows + 1 + columnOf(g, e);
  const forwardOnE = (signOf(g, e) === 1) === (direction === 'up');
  // Δy_e > 0 runs row → column along e, so the return flow runs column → row.
  return forwardOnE ? { source: columnNode, sink: rowNode } : { source: rowNode, sink: columnNode };
}

const residual = (edge: Edge, fromA: boolean) =>
  fromA ? edge.forward - edge.flow : edge.backward + edge.flow;

interface FlowResult {
  value: number;
  edges: Edge[];
}

/**
 * Maximum flow from source to sink over the given entries (not e itself), stopping once `limit` is
 * reached (limit must be finite). Edmonds–Karp: breadth-first augmenting paths, in index order, so
 * the result is deterministic.
 */
function maxFlow(
  g: Grid,
  values: readonly number[],
  entries: readonly number[],
  source: number,
  sink: number,
  limit: number,
): FlowResult {
  const nodes = g.rows + g.columns + 2;
  const edges = entries.map((f) => edgeOf(g, f, values));
  const incident: number[][] = Array.from({ length: nodes }, () => []);
  edges.forEach((edge, i) => {
    incident[edge.a]!.push(i);
    incident[edge.b]!.push(i);
  });
  let value = 0;
  while (value < limit) {
    const via = new Int32Array(nodes).fill(-1);
    const seen = new Uint8Array(nodes);
    seen[source] = 1;
    const queue = [source];
    for (let head = 0; head < queue.length && !seen[sink]; head++) {
      const node = queue[head]!;
      for (const i of incident[node]!) {
        const edge = edges[i]!;
        const fromA = edge.a === node;
        const next = fromA ? edge.b : edge.a;
        if (seen[next] || residual(edge, fromA) <= 0) continue;
        seen[next] = 1;
        via[next] = i;
        queue.push(next);
      }
    }
    if (!seen[sink]) break;
    let push = limit - value;
    for (let node = sink; node !== source; ) {
      const edge = edges[via[node]!]!;
      const fromA = edge.b === node;
      push = Math.min(push, residual(edge, fromA));
      node = fromA ? edge.a : edge.b;
    }
    for (let node = sink; node !== source; ) {
      const edge = edges[via[node]!]!;
      const fromA = edge.b === node;
      edge.flow += fromA ? push : -push;
      node = fromA ? edge.a : edge.b;
    }
    value += push;
  }
  return { value, edges };
}

/**
 * How far entry e can move in a direction while the shown entries stay as they are, capped at
 * `limit`: the attacker's max (up) or the distance to the min (down), but never more than `limit`.
 */
export function room(
  g: Grid,
  values: readonly number[],
  suppressed: readonly boolean[],
  e: number,
  direction: Direction,
  limit: number,
): number {
  // x_e itself can fall by at most its value (counts are ≥ 0) and rise without limit.
  const cap = direction === 'down' ? Math.min(limit, values[e]!) : limit;
  if (cap <= 0) return 0;
  const others: number[] = [];
  for (let f = 0; f < g.size; f++) if (f !== e && suppressed[f]) others.push(f);
  const { source, sink } = terminals(g, e, direction);
  return maxFlow(g, values, others, source, sink, cap).value;
}

/**
 * After the suppressed entries carry what they can, the cheapest path that would carry more:
 * suppressed entries cost nothing, a shown entry f costs weights[f]. Prefers a path whose every edge
 * can carry `wanted` at once; returns the shown entries on the path (to be suppressed), or null when
 * no path exists (never for a table whose entries all may be suppressed).
 */
export function cheapestWidening(
  g: Grid,
  values: readonly number[],
  suppressed: readonly boolean[],
  weights: readonly number[],
  e: number,
  direction: Direction,
  carried: number,
  wanted: number,
): number[] | null {
  const others: number[] = [];
  for (let f = 0; f < g.size; f++) if (f !== e && suppressed[f]) others.push(f);
  const { source, sink } = terminals(g, e, direction);
  const flow = maxFlow(g, values, others, source, sink, carried);
  const edges = flow.edges;
  for (let f = 0; f < g.size; f++) if (f !== e && !suppressed[f]) edges.push(edgeOf(g, f, values));
  const costOf = (edge: Edge) => (suppressed[edge.entry] ? 0 : weights[edge.entry]!);
  for (const least of [wanted, 1]) {
    const path = cheapestPath(g, edges, costOf, source, sink, least);
    if (path) return path.filter((f) => !suppressed[f]);
  }
  return null;
}

/** Dijkstra over edges with residual ≥ least; ties broken by the lower node and edge index. */
function cheapestPath(
  g: Grid,
  edges: readonly Edge[],
  costOf: (edge: Edge) => number,
  source: number,
  sink: number,
  least: number,
): number[] | null {
  const nodes = g.rows + g.columns + 2;
  const incident: number[][] = Array.from({ length: nodes }, () => []);
  edges.forEach((edge, i) => {
    incident[edge.a]!.push(i);
    incident[edge.b]!.push(i);
  });
  const distance = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
  const via = new Int32Array(nodes).fill(-1);
  const done = new Uint8Array(nodes);
  distance[source] = 0;
  for (;;) {
    let node = -1;
    for (let n = 0; n < nodes; n++) {
      if (
        !done[n] &&
        distance[n]! < Number.POSITIVE_INFINITY &&
        (node < 0 || distance[n]! < distance[node]!)
      ) {
        node = n;
      }
    }
    if (node < 0 || node === sink) break;
    done[node] = 1;
    for (const i of incident[node]!) {
      const edge = edges[i]!;
      const fromA = edge.a === node;
      const next = fromA ? edge.b : edge.a;
      if (done[next] || residual(edge, fromA) < least) continue;
      const d = distance[node]! + costOf(edge);
      if (d < distance[next]!) {
        distance[next] = d;
        via[next] = i;
      }
    }
  }
  if (distance[sink] === Number.POSITIVE_INFINITY) return null;
  const path: number[] = [];
  for (let node = sink; node !== source; ) {
    const edge = edges[via[node]!]!;
    path.push(edge.entry);
    node = edge.a === node ? edge.b : edge.a;
  }
  return path;
}
