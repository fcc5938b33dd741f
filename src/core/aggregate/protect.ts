// Protecting a count table: primary suppression (small counts, dominated cells, small margins),
// complementary suppression until the attacker's bounds on every primary entry cover its protection
// interval, then rounding of what is shown. See ARCHITECTURE.md, "Disclosure control".
import { cheapestWidening, type Direction, type Grid, gridOf, room, roomAndSupport } from './attacker.ts';
import { checkDisclosureSettings, type DisclosureSettings, protectionLevel } from './settings.ts';

export interface CountTable {
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  /** members[r][c]: pseudonymous ids of the units (scans/respondents) counted in that cell; count = length */
  members: readonly (readonly (readonly string[])[])[];
}

export type CellState = 'shown' | 'primary' | 'complementary';

/** value null unless shown */
export interface ProtectedCell {
  value: number | null;
  state: CellState;
}

export interface ProtectedTable {
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  cells: ProtectedCell[][];
  rowTotals: ProtectedCell[];
  columnTotals: ProtectedCell[];
  total: ProtectedCell;
  settings: DisclosureSettings;
}

/** How far the attacker must be unable to pin an entry: it may be as low as `down` below and as high as `up` above. */
interface Need {
  up: number;
  down: number;
}

/** The table's counts on the extended grid (cells, then row totals in column C, column totals in row R). */
interface Counted {
  grid: Grid;
  /** values[e]: the count (cells: distinct ids; margins and grand total: the sum of their cells). */
  values: number[];
  /** distinct[e]: how many distinct units the entry counts (differs from values only for multi-response tables). */
  distinct: number[];
}

function count(table: CountTable): Counted {
  const R = table.rowLabels.length;
  const C = table.columnLabels.length;
  if (table.members.length !== R || table.members.some((row) => row.length !== C)) {
    throw new RangeError(
      'count table: members must have one row per row label and one cell per column label',
    );
  }
  const grid = gridOf(R, C);
  const values = new Array<number>(grid.size).fill(0);
  const distinct = new Array<number>(grid.size).fill(0);
  const rowSets = Array.from({ length: R }, () => new Set<string>());
  const columnSets = Array.from({ length: C }, () => new Set<string>());
  const all = new Set<string>();
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const ids = new Set(table.members[r]![c]!);
      const e = grid.index(r, c);
      values[e] = ids.size;
      distinct[e] = ids.size;
      values[grid.index(r, C)]! += ids.size;
      values[grid.index(R, c)]! += ids.size;
      values[grid.index(R, C)]! += ids.size;
      for (const id of ids) {
        rowSets[r]!.add(id);
        columnSets[c]!.add(id);
        all.add(id);
      }
    }
  }
  for (let r = 0; r < R; r++) distinct[grid.index(r, C)] = rowSets[r]!.size;
  for (let c = 0; c < C; c++) distinct[grid.index(R, c)] = columnSets[c]!.size;
  distinct[grid.index(R, C)] = all.size;
  return { grid, values, distinct };
}

/**
 * Primary needs. A cell or margin counting 1..threshold−1 units must be anything from
 * max(0, v − p) to min(v + p, its group) for the attacker, where its group is the total it is part
 * of (a cell: its row's and its column's total, where the table has at least two columns or rows; a
 * margin: the grand total): that a count of a group cannot exceed the group is the group's size, not
 * a disclosure, and demanding more would force every margin near the threshold to be suppressed.
 * A dominated cell (≥ dominance × its row's or column's total, in a direction with at least two
 * categories) must not be provably dominant: the attacker's minimum must lie below
 * dominance × total, and at most v − p. A zero is never primary: it says
 * nobody, and nobody is no person (a zero beside a dominated cell is covered by that cell's need).
 */
function primaryNeeds(counted: Counted, settings: DisclosureSettings): (Need | null)[] {
  const { grid, values, distinct } = counted;
  const R = grid.rows;
  const C = grid.columns;
  const p = protectionLevel(settings);
  const needs: (Need | null)[] = new Array(grid.size).fill(null);
  const widen = (e: number, up: number, down: number) => {
    const had = needs[e];
    needs[e] = { up: Math.max(had?.up ?? 0, up), down: Math.max(had?.down ?? 0, down) };
  };
  const grand = values[grid.index(R, C)]!;
  /** the totals entry e is part of, in directions with at least two categories */
  const groupsOf = (r: number, c: number): number[] => {
    if (r < R && c < C) {
      return [...(C >= 2 ? [values[grid.index(r, C)]!] : []), ...(R >= 2 ? [values[grid.index(R, c)]!] : [])];
    }
    if (r < R) return R >= 2 ? [grand] : [];
    if (c < C) return C >= 2 ? [grand] : [];
    return [];
  };
  for (let r = 0; r <= R; r++) {
    for (let c = 0; c <= C; c++) {
      const e = grid.index(r, c);
      const v = values[e]!;
      if (distinct[e]! > 0 && distinct[e]! < settings.threshold) {
        widen(e, Math.min(p, ...groupsOf(r, c).map((total) => total - v)), Math.min(v, p));
      }
    }
  }
  const d = settings.dominance;
  if (d !== null) {
    const dominated = (e: number, total: number) => {
      const v = values[e]!;
      if (total <= 0 || v <= 0 || v < d * total - 1e-9) return;
      const provable = Math.ceil(d * total - 1e-9); // the attacker must not prove x ≥ this
      widen(e, 0, Math.min(v, Math.max(p, v - provable + 1)));
    };
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        if (C >= 2) dominated(grid.index(r, c), values[grid.index(r, C)]!);
        if (R >= 2) dominated(grid.index(r, c), values[grid.index(R, c)]!);
      }
    }
  }
  return needs;
}

function protectedOn(
  grid: Grid,
  values: readonly number[],
  suppressed: readonly boolean[],
  needs: readonly (Need | null)[],
): boolean {
  for (let e = 0; e < grid.size; e++) {
    const need = needs[e];
    if (!need) continue;
    if (need.up > 0 && room(grid, values, suppressed, e, 'up', need.up) < need.up) return false;
    if (need.down > 0 && room(grid, values, suppressed, e, 'down', need.down) < need.down) return false;
  }
  return true;
}

/**
 * The suppression pattern on the extended grid (entry r·(C+1)+c; row totals in column C, column
 * totals in row R): which entries are not shown, and which of those are primary.
 */
export function suppressionPattern(
  table: CountTable,
  settings: DisclosureSettings,
  earlier: {
    /** entries the attacker already knows (an earlier release showed them): never chosen as complementary */
    known?: readonly boolean[];
    /** entries an earlier release suppressed: suppressed here too, so this table does not give them away */
    hidden?: readonly boolean[];
  } = {},
): { grid: Grid; values: number[]; suppressed: boolean[]; primary: boolean[] } {
  const checked = checkDisclosureSettings(settings);
  if (!checked.ok) throw new RangeError(`disclosure settings: ${checked.problem}`);
  const counted = count(table);
  const { grid, values, distinct } = counted;
  const grand = grid.index(grid.rows, grid.columns);
  if (distinct[grand]! < settings.threshold) {
    const all = new Array<boolean>(grid.size).fill(true);
    return { grid, values, suppressed: all, primary: [...all] };
  }
  const needs = primaryNeeds(counted, settings);
  const primary = needs.map((need) => need !== null);
  const hidden = earlier.hidden ?? [];
  const known = earlier.known ?? [];
  const everything = () => ({ grid, values, suppressed: new Array<boolean>(grid.size).fill(true), primary });
  // A primary entry an earlier release showed cannot be protected: refuse (show nothing).
  if (primary.some((p, e) => p && known[e])) return everything();
  // open[e]: suppressed and unknown to the attacker, so free in the attacker's programme. An entry
  // hidden again but known from elsewhere stays fixed for the attacker.
  const open = primary.map((p, e) => p || (hidden[e] === true && !known[e]));
  // Cost of suppressing an entry: its count plus one (the total suppressed, and fewer cells on a tie).
  const weights = values.map((v, e) => (known[e] ? Number.POSITIVE_INFINITY : v + 1));

  // Each need with the flow that meets it (its support): suppressing more never takes a flow away.
  const flows: { e: number; direction: Direction; wanted: number; support: Set<number> }[] = [];
  for (let e = 0; e < grid.size; e++) {
    const need = needs[e];
    if (!need) continue;
    for (const direction of ['up', 'down'] as Direction[]) {
      const wanted = need[direction];
      if (wanted <= 0) continue;
      for (;;) {
        const carried = roomAndSupport(grid, values, open, e, direction, wanted);
        if (carried.value >= wanted) {
          flows.push({ e, direction, wanted, support: new Set(carried.support) });
          break;
        }
        const path = cheapestWidening(
          grid,
          values,
          open,
          weights,
          e,
          direction,
          carried.value,
          wanted - carried.value,
        );
        if (!path || path.length === 0) {
          // Without earlier releases this cannot happen (with every entry suppressed the flow is
          // unbounded); with them, the table cannot be protected without a known entry: refuse.
          return everything();
        }
        for (const f of path) open[f] = true;
      }
    }
  }

  // Give back what is not needed: each complementary entry, dearest first, is shown again if every
  // primary entry stays protected without it. Showing more only removes freedom, so an entry given
  // back never has to be taken again; the result is minimal (no single entry can be given back).
  // A need whose current flow does not run through the entry stays met without it, so only the
  // needs whose flow does are solved again.
  const complementary = [];
  for (let e = 0; e < grid.size; e++) if (open[e] && !primary[e] && !hidden[e]) complementary.push(e);
  complementary.sort((a, b) => weights[b]! - weights[a]! || a - b);
  for (const f of complementary) {
    open[f] = false;
    const again = [];
    for (const flow of flows) {
      if (!flow.support.has(f)) continue;
      const next = roomAndSupport(grid, values, open, flow.e, flow.direction, flow.wanted);
      if (next.value < flow.wanted) {
        again.length = 0;
        open[f] = true;
        break;
      }
      again.push({ flow, support: next.support });
    }
    for (const { flow, support } of again) flow.support = new Set(support);
  }
  if (!protectedOn(grid, values, open, needs)) return everything();
  return { grid, values, suppressed: open.map((o, e) => o || hidden[e] === true), primary };
}

/** Simple rounding to the nearest multiple of the base, halves up; 0 stays 0. */
function rounded(v: number, base: number | null): number {
  return base === null ? v : Math.floor((v + base / 2) / base) * base;
}

export function protectTable(table: CountTable, settings: DisclosureSettings): ProtectedTable {
  return present(table, settings, suppressionPattern(table, settings));
}

/**
 * `protectTable` for a population of which earlier tables were released (their member sets, from
 * `publishedMemberSets` and `suppressedMemberSets`): an entry whose set an earlier release showed is
 * known to the attacker, so it is never chosen as a complementary suppression; an entry whose set an
 * earlier release suppressed is suppressed here too. When the table cannot be protected without a
 * known entry, everything is suppressed and `linkedConflicts` reports it (`relies`): refuse it.
 */
export function protectTableAgainst(
  table: CountTable,
  settings: DisclosureSettings,
  earlier: { shown: readonly (readonly string[])[]; suppressed: readonly (readonly string[])[] },
): ProtectedTable {
  const shown = new Set(earlier.shown.map((ids) => keyOf(ids)));
  const suppressed = new Set(earlier.suppressed.map((ids) => keyOf(ids)));
  const sets = entryMemberSets(table);
  const known = sets.map((ids) => ids.length > 0 && shown.has(keyOf(ids)));
  const hidden = sets.map((ids) => ids.length > 0 && suppressed.has(keyOf(ids)));
  return present(table, settings, suppressionPattern(table, settings, { known, hidden }));
}

function present(
  table: CountTable,
  settings: DisclosureSettings,
  { grid, values, suppressed, primary }: ReturnType<typeof suppressionPattern>,
): ProtectedTable {
  const cellAt = (e: number): ProtectedCell =>
    suppressed[e]
      ? { value: null, state: primary[e] ? 'primary' : 'complementary' }
      : { value: rounded(values[e]!, settings.roundTo), state: 'shown' };
  const R = grid.rows;
  const C = grid.columns;
  return {
    rowLabels: [...table.rowLabels],
    columnLabels: [...table.columnLabels],
    cells: Array.from({ length: R }, (_, r) => Array.from({ length: C }, (_, c) => cellAt(grid.index(r, c)))),
    rowTotals: Array.from({ length: R }, (_, r) => cellAt(grid.index(r, C))),
    columnTotals: Array.from({ length: C }, (_, c) => cellAt(grid.index(R, c))),
    total: cellAt(grid.index(R, C)),
    settings: { ...settings },
  };
}

const keyOf = (ids: readonly string[]) => JSON.stringify([...new Set(ids)].sort());

/** The distinct ids of every entry of the extended grid, sorted (margins: the union of their cells). */
function entryMemberSets(table: CountTable): string[][] {
  const R = table.rowLabels.length;
  const C = table.columnLabels.length;
  const grid = gridOf(R, C);
  const sets: Set<string>[] = Array.from({ length: grid.size }, () => new Set());
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      for (const id of table.members[r]?.[c] ?? []) {
        for (const e of [grid.index(r, c), grid.index(r, C), grid.index(R, c), grid.index(R, C)])
          sets[e]!.add(id);
      }
    }
  }
  return sets.map((set) => [...set].sort());
}

const entryStates = (p: ProtectedTable): CellState[] => [
  ...p.cells.flatMap((row, r) => [...row.map((e) => e.state), p.rowTotals[r]!.state]),
  ...p.columnTotals.map((e) => e.state),
  p.total.state,
];

/** Member sets of everything the protected table shows (cells and margins), for the differencing check. */
export function publishedMemberSets(table: CountTable, protectedTable: ProtectedTable): string[][] {
  const states = entryStates(protectedTable);
  return entryMemberSets(table).filter((ids, e) => ids.length > 0 && states[e] === 'shown');
}

/** Member sets of everything the protected table suppresses, for `linkedConflicts`. */
export function suppressedMemberSets(table: CountTable, protectedTable: ProtectedTable): string[][] {
  const states = entryStates(protectedTable);
  return entryMemberSets(table).filter((ids, e) => ids.length > 0 && states[e] !== 'shown');
}

export interface AttackerBounds {
  /** Smallest and largest value the entry can have given everything shown (upper: Infinity when unbounded). */
  lower: number;
  upper: number;
}

/**
 * What an attacker learns about each suppressed entry from the shown entries (taken exact, not
 * rounded — rounding only widens these) and non-negativity: the exact LP bounds, which are also the
 * bounds over whole numbers. Shown entries get null.
 */
export function attackerBounds(
  table: CountTable,
  protectedTable: ProtectedTable,
): {
  cells: (AttackerBounds | null)[][];
  rowTotals: (AttackerBounds | null)[];
  columnTotals: (AttackerBounds | null)[];
  total: AttackerBounds | null;
} {
  const { grid, values } = count(table);
  const R = grid.rows;
  const C = grid.columns;
  const suppressed = new Array<boolean>(grid.size).fill(false);
  const state = (r: number, c: number) =>
    r < R && c < C
      ? protectedTable.cells[r]![c]!.state
      : r < R
        ? protectedTable.rowTotals[r]!.state
        : c < C
          ? protectedTable.columnTotals[c]!.state
          : protectedTable.total.state;
  for (let r = 0; r <= R; r++)
    for (let c = 0; c <= C; c++) suppressed[grid.index(r, c)] = state(r, c) !== 'shown';
  const unbounded = values.reduce((a, b) => a + b, 0) + 1;
  const boundsOf = (r: number, c: number): AttackerBounds | null => {
    const e = grid.index(r, c);
    if (!suppressed[e]) return null;
    const up = room(grid, values, suppressed, e, 'up', unbounded);
    const down = room(grid, values, suppressed, e, 'down', values[e]!);
    return { lower: values[e]! - down, upper: up >= unbounded ? Number.POSITIVE_INFINITY : values[e]! + up };
  };
  return {
    cells: Array.from({ length: R }, (_, r) => Array.from({ length: C }, (_, c) => boundsOf(r, c))),
    rowTotals: Array.from({ length: R }, (_, r) => boundsOf(r, C)),
    columnTotals: Array.from({ length: C }, (_, c) => boundsOf(R, c)),
    total: boundsOf(R, C),
  };
}
