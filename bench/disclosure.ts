// Disclosure control alone (no database): protectTable on tables of growing size, each beside a
// plain count of the same ids into the same cells (what a `group by` gives), in the same run; the
// ratio says what protecting costs on top of counting. Deterministic tables: a seeded generator puts
// n ids into R×C cells, skewed so that many rows are small (the hard case). Then the differencing
// check of one more table against the shown sets of 20 earlier tables over the same 10,000 units.
//
//   npm run bench -- disclosure [--runs 5]
import {
  type CountTable,
  defaultDisclosureSettings,
  differencingConflicts,
  protectTable,
  publishedMemberSets,
} from '../src/core/aggregate/index.ts';

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n units, each with a (row, column); rows skewed (row = ⌊u²·R⌋) so that later rows are small. */
function units(rows: number, columns: number, n: number, seed = 42): { id: string; r: number; c: number }[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    r: Math.floor(random() ** 2 * rows),
    c: Math.floor(random() * columns),
  }));
}

function countTable(
  rows: number,
  columns: number,
  list: readonly { id: string; r: number; c: number }[],
): CountTable {
  const members = Array.from({ length: rows }, () => Array.from({ length: columns }, () => [] as string[]));
  for (const u of list) members[u.r]![u.c]!.push(u.id);
  return {
    rowLabels: Array.from({ length: rows }, (_, r) => `r${r}`),
    columnLabels: Array.from({ length: columns }, (_, c) => `c${c}`),
    members,
  };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(args: string[]): Promise<void> {
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
  // 3 offices × 4 instrument versions × 3 years × 4 organisation types = 144 rows by 4 levels, etc.
  const shapes: [number, number, number][] = [
    [6, 6, 1000],
    [36, 6, 10_000],
    [144, 4, 2000],
    [144, 4, 10_000],
    [400, 5, 10_000],
  ];
  const results = [];
  for (const [rows, columns, n] of shapes) {
    const list = units(rows, columns, n);
    const countMs: number[] = [];
    const protectMs: number[] = [];
    let suppressed = { primary: 0, complementary: 0, entries: 0 };
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const table = countTable(rows, columns, list);
      const t1 = performance.now();
      const p = protectTable(table, defaultDisclosureSettings);
      const t2 = performance.now();
      countMs.push(t1 - t0);
      protectMs.push(t2 - t1);
      const all = [...p.cells.flat(), ...p.rowTotals, ...p.columnTotals, p.total];
      suppressed = {
        primary: all.filter((e) => e.state === 'primary').length,
        complementary: all.filter((e) => e.state === 'complementary').length,
        entries: all.length,
      };
    }
    const count = median(countMs);
    const protect = median(protectMs);
    results.push({
      rows,
      columns,
      units: n,
      countMs: Number(count.toFixed(2)),
      protectMs: Number(protect.toFixed(2)),
      ratio: Number((protect / Math.max(count, 0.01)).toFixed(1)),
      ...suppressed,
    });
  }
  console.log('tabel            eenheden  tellen ms  beschermen ms  verhouding  primair  aanvullend  van');
  for (const r of results) {
    console.log(
      `${`${r.rows}×${r.columns}`.padEnd(16)} ${String(r.units).padStart(8)}  ${String(r.countMs).padStart(9)}  ${String(r.protectMs).padStart(13)}  ${String(r.ratio).padStart(10)}  ${String(r.primary).padStart(7)}  ${String(r.complementary).padStart(10)}  ${String(r.entries).padStart(4)}`,
    );
  }
  // differencing: 20 earlier 36×6 tables (different seeds: different splits of the same units)
  const earlier: string[][] = [];
  for (let seed = 1; seed <= 20; seed++) {
    const table = countTable(36, 6, units(36, 6, 10_000, seed));
    earlier.push(...publishedMemberSets(table, protectTable(table, defaultDisclosureSettings)));
  }
  const nextTable = countTable(36, 6, units(36, 6, 10_000, 99));
  const next = publishedMemberSets(nextTable, protectTable(nextTable, defaultDisclosureSettings));
  const differencingMs: number[] = [];
  let conflicts = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    conflicts = differencingConflicts(earlier, next, defaultDisclosureSettings.threshold).length;
    differencingMs.push(performance.now() - t0);
  }
  const differencing = {
    earlierSets: earlier.length,
    nextSets: next.length,
    ms: Number(median(differencingMs).toFixed(2)),
    conflicts,
  };
  console.log(
    `\nverschil: ${next.length} nieuwe tegen ${earlier.length} eerdere verzamelingen in ${differencing.ms} ms, ${conflicts} conflicten`,
  );
  console.log('');
  console.log(JSON.stringify({ benchmark: 'disclosure', runs, results, differencing }));
}
