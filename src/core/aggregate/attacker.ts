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

export type Direction = 'up' | 'down';

/**
 * The flow graph over every entry of the grid, built once per table: entry f joins node a[f] (its
 * grid row) and node b[f] (rows + 1 + its grid column), with a capacity from a to b and from b to
 * a (Infinity = unbounded). Which entries take part is the suppression pattern passed to each call;
 * the flow array is all zeros between calls.
 */
interface Network {
  g: Grid;
  nodes: number;
  a: Int32Array;
  b: Int32Array;
  forward: Float64Array;
  backward: Float64Array;
  flow: Float64Array;
  /** incident[node]: the entries at that node, in index order */
  incident: Int32Array[];
}

const networks = new WeakMap<readonly number[], Network>();

function networkOf(g: Grid, values: readonly number[]): Network {
  const known = networks.get(values);
  if (known && known.g.rows === g.rows && known.g.columns === g.columns) return known;
  const nodes = g.rows + g.columns + 2;
  const a = new Int32Array(g.size);
  const b = new Int32Array(g.size);
  const forward = new Float64Array(g.size);
  const backward = new Float64Array(g.size);
  const lists: number[][] = Array.from({ length: nodes }, () => []);
  for (let f = 0; f < g.size; f++) {
    const plus = signOf(g, f) === 1;
    a[f] = rowOf(g, f);
    b[f] = g.rows + 1 + columnOf(g, f);
    forward[f] = plus ? Number.POSITIVE_INFINITY : values[f]!;
    backward[f] = plus ? values[f]! : Number.POSITIVE_INFINITY;
    lists[a[f]!]!.push(f);
    lists[b[f]!]!.push(f);
  }
  const network: Network = {
    g,
    nodes,
    a,
    b,
    forward,
    backward,
    flow: new Float64Array(g.size),
    incident: lists.map((list) => Int32Array.from(list)),
  };
  networks.set(values, network);
  return network;
}

/** Source and sink of the return flow that moves entry e in a direction. */
function terminals(g: Grid, e: number, direction: Direction): { source: number; sink: number } {
  const rowNode = rowOf(g, e);
  const columnNode = g.rows + 1 + columnOf(g, e);
  const forwardOnE = (signOf(g, e) === 1) === (direction === 'up');
  // Δy_e > 0 runs row → column along e, so the return flow runs column → row.
  return forwardOnE ? { source: columnNode, sink: rowNode } : { source: rowNode, sink: columnNode };
}

/** What entry f can still carry leaving `node`. */
function residual(n: Network, f: number, node: number): number {
  return n.a[f] === node ? n.forward[f]! - n.flow[f]! : n.backward[f]! + n.flow[f]!;
}

/**
 * Maximum flow from source to sink over the suppressed entries except e, stopping once `limit` is
 * reached (limit must be finite). Edmonds–Karp: breadth-first augmenting paths, entries in index
 * order, so the result is deterministic. Leaves the flow in n.flow; returns its value and the
 * entries it runs through (which the caller must reset with `clear`).
 */
function maxFlow(
  n: Network,
  suppressed: readonly boolean[],
  e: number,
  source: number,
  sink: number,
  limit: number,
): { value: number; touched: number[] } {
  const touched: number[] = [];
  const via = new Int32Array(n.nodes);
  const seen = new Int32Array(n.nodes); // round number at which the node was reached
  const queue = new Int32Array(n.nodes);
  let value = 0;
  for (let round = 1; value < limit; round++) {
    seen[source] = round;
    queue[0] = source;
    let tail = 1;
    for (let head = 0; head < tail && seen[sink] !== round; head++) {
      const node = queue[head]!;
      for (const f of n.incident[node]!) {
        if (f === e || !suppressed[f]) continue;
        const next = n.a[f] === node ? n.b[f]! : n.a[f]!;
        if (seen[next] === round || residual(n, f, node) <= 0) continue;
        seen[next] = round;
        via[next] = f;
        queue[tail++] = next;
      }
    }
    if (seen[sink] !== round) break;
    let push = limit - value;
    for (let node = sink; node !== source; ) {
      const f = via[node]!;
      const from = n.a[f] === node ? n.b[f]! : n.a[f]!;
      push = Math.min(push, residual(n, f, from));
      node = from;
    }
    for (let node = sink; node !== source; ) {
      const f = via[node]!;
      const fromA = n.b[f] === node;
      if (n.flow[f] === 0) touched.push(f);
      n.flow[f]! += fromA ? push : -push;
      node = fromA ? n.a[f]! : n.b[f]!;
    }
    value += push;
  }
  return { value, touched };
}

function clear(n: Network, touched: readonly number[]): void {
  for (const f of touched) n.flow[f] = 0;
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
  return roomAndSupport(g, values, suppressed, e, direction, limit).value;
}

/** `room`, with the entries the flow that reached it runs through (its support). */
export function roomAndSupport(
  g: Grid,
  values: readonly number[],
  suppressed: readonly boolean[],
  e: number,
  direction: Direction,
  limit: number,
): { value: number; support: number[] } {
  // x_e itself can fall by at most its value (counts are ≥ 0) and rise without limit.
  const cap = direction === 'down' ? Math.min(limit, values[e]!) : limit;
  if (cap <= 0) return { value: 0, support: [] };
  const n = networkOf(g, values);
  const { source, sink } = terminals(g, e, direction);
  const { value, touched } = maxFlow(n, suppressed, e, source, sink, cap);
  const support = touched.filter((f) => n.flow[f] !== 0);
  clear(n, touched);
  return { value, support };
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
  const n = networkOf(g, values);
  const { source, sink } = terminals(g, e, direction);
  const { touched } = maxFlow(n, suppressed, e, source, sink, carried);
  try {
    for (const least of [wanted, 1]) {
      const path = cheapestPath(n, suppressed, weights, e, source, sink, least);
      if (path) return path.filter((f) => !suppressed[f]);
    }
    return null;
  } finally {
    clear(n, touched);
  }
}

/**
 * Dijkstra over every entry but e with residual ≥ least (shown entries carry no flow, so their
 * residual is their capacity); ties broken by the lower node and entry index.
 */
function cheapestPath(
  n: Network,
  suppressed: readonly boolean[],
  weights: readonly number[],
  e: number,
  source: number,
  sink: number,
  least: number,
): number[] | null {
  const distance = new Float64Array(n.nodes).fill(Number.POSITIVE_INFINITY);
  const via = new Int32Array(n.nodes).fill(-1);
  const done = new Uint8Array(n.nodes);
  distance[source] = 0;
  for (;;) {
    let node = -1;
    for (let m = 0; m < n.nodes; m++) {
      if (
        !done[m] &&
        distance[m]! < Number.POSITIVE_INFINITY &&
        (node < 0 || distance[m]! < distance[node]!)
      ) {
        node = m;
      }
    }
    if (node < 0 || node === sink) break;
    done[node] = 1;
    for (const f of n.incident[node]!) {
      if (f === e) continue;
      const next = n.a[f] === node ? n.b[f]! : n.a[f]!;
      if (done[next] || residual(n, f, node) < least) continue;
      const d = distance[node]! + (suppressed[f] ? 0 : weights[f]!);
      if (d < distance[next]!) {
        distance[next] = d;
        via[next] = f;
      }
    }
  }
  if (distance[sink] === Number.POSITIVE_INFINITY) return null;
  const path: number[] = [];
  for (let node = sink; node !== source; ) {
    const f = via[node]!;
    path.push(f);
    node = n.a[f] === node ? n.b[f]! : n.a[f]!;
  }
  return path;
}
