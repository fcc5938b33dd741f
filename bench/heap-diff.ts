// Compares two V8 heap snapshots (.heapsnapshot, as v8.writeHeapSnapshot writes them): which kinds
// of object grew between them (count and own size per constructor or node type), and for the ones
// that grew most, what holds them in the later snapshot (the retaining object and its field).
//
// Used by bench/load.ts (--snapshots); also on its own:
//   node bench/heap-diff.ts early.heapsnapshot late.heapsnapshot
import fs from 'node:fs';

interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface Growth {
  kind: string;
  countBefore: number;
  countAfter: number;
  bytesBefore: number;
  bytesAfter: number;
  /** In the later snapshot: the most common holders of this kind, "holder kind.field × count". */
  retainers: string[];
}

function read(file: string): Snapshot {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
}

/** Per kind (node type + name: constructor, closure name, "(system)", string, …) count and own size. */
function census(s: Snapshot): Map<string, { count: number; bytes: number }> {
  const fields = s.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = s.snapshot.meta.node_types[0];
  const result = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < s.nodes.length; i += width) {
    const kind = kindOf(s, i, types, typeAt, nameAt);
    const entry = result.get(kind) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += s.nodes[i + sizeAt]!;
    result.set(kind, entry);
  }
  return result;
}

function kindOf(s: Snapshot, i: number, types: string[], typeAt: number, nameAt: number): string {
  const type = types[s.nodes[i + typeAt]!]!;
  // Strings and numbers are named by their value: group them by type only.
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'number') {
    return `(${type})`;
  }
  const name = s.strings[s.nodes[i + nameAt]!] ?? '?';
  const short = name.length > 60 ? `${name.slice(0, 57)}…` : name;
  return type === 'object' ? short : `(${type}) ${short}`;
}

/** For the given kinds: who holds their instances (holder kind and edge name), most common first. */
function retainersOf(s: Snapshot, kinds: Set<string>, top = 4): Map<string, string[]> {
  const nodeFields = s.snapshot.meta.node_fields;
  const width = nodeFields.length;
  const typeAt = nodeFields.indexOf('type');
  const nameAt = nodeFields.indexOf('name');
  const edgeCountAt = nodeFields.indexOf('edge_count');
  const types = s.snapshot.meta.node_types[0];
  const edgeFields = s.snapshot.meta.edge_fields;
  const edgeWidth = edgeFields.length;
  const edgeTypeAt = edgeFields.indexOf('type');
  const edgeNameAt = edgeFields.indexOf('name_or_index');
  const edgeToAt = edgeFields.indexOf('to_node');
  const edgeTypes = s.snapshot.meta.edge_types[0];
  const tallies = new Map<string, Map<string, number>>();
  let edge = 0;
  for (let i = 0; i < s.nodes.length; i += width) {
    const edges = s.nodes[i + edgeCountAt]!;
    let holder: string | null = null;
    for (let e = 0; e < edges; e++, edge += edgeWidth) {
      const edgeType = edgeTypes[s.edges[edge + edgeTypeAt]!]!;
      if (edgeType === 'weak' || edgeType === 'shortcut') continue;
      const to = s.edges[edge + edgeToAt]!;
      const kind = kindOf(s, to, types, typeAt, nameAt);
      if (!kinds.has(kind)) continue;
      holder ??= kindOf(s, i, types, typeAt, nameAt);
      const raw = s.edges[edge + edgeNameAt]!;
      const field = edgeType === 'element' || edgeType === 'hidden' ? '[]' : (s.strings[raw] ?? '?');
      const key = `${holder}.${field}`;
      const tally = tallies.get(kind) ?? new Map<string, number>();
      tally.set(key, (tally.get(key) ?? 0) + 1);
      tallies.set(kind, tally);
    }
  }
  const result = new Map<string, string[]>();
  for (const [kind, tally] of tallies) {
    result.set(
      kind,
      [...tally]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, n]) => `${k} × ${n}`),
    );
  }
  return result;
}

/** The kinds that grew most in own size from `earlyFile` to `lateFile`, with their holders. */
export function heapGrowth(earlyFile: string, lateFile: string, top = 12): Growth[] {
  const before = census(read(earlyFile));
  const lateSnapshot = read(lateFile);
  const after = census(lateSnapshot);
  const grown = [...after]
    .map(([kind, a]) => {
      const b = before.get(kind) ?? { count: 0, bytes: 0 };
      return { kind, countBefore: b.count, countAfter: a.count, bytesBefore: b.bytes, bytesAfter: a.bytes };
    })
    .filter((g) => g.bytesAfter > g.bytesBefore)
    .sort((x, y) => y.bytesAfter - y.bytesBefore - (x.bytesAfter - x.bytesBefore))
    .slice(0, top);
  const holders = retainersOf(lateSnapshot, new Set(grown.slice(0, 6).map((g) => g.kind)));
  return grown.map((g) => ({ ...g, retainers: holders.get(g.kind) ?? [] }));
}

export function printGrowth(growth: Growth[], indent = '    '): void {
  const kib = (n: number) => `${Math.round(n / 1024)} KiB`;
  for (const g of growth) {
    console.log(
      `${indent}${g.kind.padEnd(48)} ${String(g.countBefore).padStart(8)} → ${String(g.countAfter).padEnd(8)} ` +
        `${kib(g.bytesBefore).padStart(10)} → ${kib(g.bytesAfter)} (+${kib(g.bytesAfter - g.bytesBefore)})`,
    );
    for (const r of g.retainers) console.log(`${indent}    vastgehouden door / held by ${r}`);
  }
}

if (import.meta.main) {
  const [early, late] = process.argv.slice(2);
  if (!early || !late) {
    console.error('gebruik / usage: node bench/heap-diff.ts early.heapsnapshot late.heapsnapshot');
    process.exit(2);
  }
  printGrowth(heapGrowth(early, late));
}
