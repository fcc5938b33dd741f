// The import graph of src/ and the layering rules it must keep. Kept apart from the test so the
// rules can be proven to fire on a small made-up graph (layering.test.ts) as well as on the tree.
import fs from 'node:fs';
import path from 'node:path';

/** File (relative to the repository, forward slashes) → files it imports. */
export type ImportGraph = Map<string, string[]>;

// Static imports and re-exports (`import … from '…'`, `export … from '…'`, `import '…'`) and
// dynamic `import('…')`. Type-only imports count too: a type from the wrong layer couples it.
const importPattern =
  /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(?\s*['"]([^'"]+)['"]/gm;

// `import type … from` and `export type … from` only: the compiler erases them, so nothing of the
// target runs where the importer runs. `import { type A }` is not one of them: it keeps a
// side-effect import of its module (verbatimModuleSyntax), so it counts as a value import.
// A match may begin at an earlier statement that has no `from` (`export type { A };`), so a
// statement with a `;` in it is never taken for a type-only one.
const typeOnlyStatement = /^(?:import|export)\s+type\s+(?!from\b)[^;]*$/;

export interface Import {
  specifier: string;
  typeOnly: boolean;
}

export function importStatementsOf(source: string): Import[] {
  const found: Import[] = [];
  for (const match of source.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2];
    const statement = match[0].replace(/^[\s;(]+/, '');
    if (specifier)
      found.push({ specifier, typeOnly: match[1] !== undefined && typeOnlyStatement.test(statement) });
  }
  return found;
}

export function importsOf(source: string): string[] {
  return importStatementsOf(source).map((found) => found.specifier);
}

/** File → the files it reaches with `import type` only (every import of that file is type-only). */
export type TypeOnlyImports = Map<string, Set<string>>;

function sourceFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
  }
  return files;
}

/** Reads src/ under `root`; only relative imports that resolve to a file in the tree are edges. */
export function readImports(root: string): { graph: ImportGraph; typeOnly: TypeOnlyImports } {
  const graph: ImportGraph = new Map();
  const typeOnly: TypeOnlyImports = new Map();
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const from = path.relative(root, file).split(path.sep).join('/');
    const targets: string[] = [];
    const valueTargets = new Set<string>();
    const typeTargets = new Set<string>();
    for (const found of importStatementsOf(fs.readFileSync(file, 'utf8'))) {
      if (!found.specifier.startsWith('.')) continue;
      const resolved = path.resolve(path.dirname(file), found.specifier);
      const candidates = [resolved, `${resolved}.ts`, `${resolved}.tsx`, path.join(resolved, 'index.ts')];
      const hit = candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
      if (!hit || !/\.(ts|tsx)$/.test(hit)) continue;
      const to = path.relative(root, hit).split(path.sep).join('/');
      targets.push(to);
      (found.typeOnly ? typeTargets : valueTargets).add(to);
    }
    graph.set(from, targets);
    const erased = [...typeTargets].filter((to) => !valueTargets.has(to));
    if (erased.length > 0) typeOnly.set(from, new Set(erased));
  }
  return { graph, typeOnly };
}

export function readImportGraph(root: string): ImportGraph {
  return readImports(root).graph;
}

export interface LayerRule {
  from: string;
  to: string;
  why: string;
  /** A folder under `to` that `import type` may reach all the same: erased, it couples types only. */
  typesFrom?: string;
}

/** Folder prefixes: an import from a file under `from` into a file under `to` is refused. */
export const layerRules: readonly LayerRule[] = [
  { from: 'src/core/', to: 'src/server/', why: 'core is pure and runs in the browser too' },
  { from: 'src/core/', to: 'src/web/', why: 'core is pure and knows no page' },
  { from: 'src/core/', to: 'src/cli/', why: 'core is pure' },
  {
    from: 'src/web/',
    to: 'src/server/',
    why: 'the web app reaches the server only over HTTP',
    // The typed client's contract (src/web/contract.ts) is the route definitions' types.
    typesFrom: 'src/server/routes/',
  },
  { from: 'src/web/', to: 'src/cli/', why: 'the web app reaches the server only over HTTP' },
  { from: 'src/server/', to: 'src/cli/', why: 'the command line is a caller of the server code' },
  { from: 'src/server/operations/', to: 'src/server/routes/', why: 'use cases do not know HTTP' },
  // No HTTP status inside: what refuses throws a DomainError, and http/problem.ts alone maps it.
  ...['operations', 'scans', 'auth', 'organisation', 'policies'].map((folder) => ({
    from: `src/server/${folder}/`,
    to: 'src/server/http/',
    why: 'use cases and their helpers do not know HTTP',
  })),
  { from: 'src/server/jobs/', to: 'src/server/operations/', why: 'jobs share helpers, not use cases' },
  {
    from: 'src/server/operations/',
    to: 'src/server/demo/',
    why: 'the demo is made through operations, not the other way',
  },
  {
    from: 'src/server/scans/',
    to: 'src/server/operations/',
    why: 'helpers serve use cases, not the other way',
  },
  {
    from: 'src/server/auth/',
    to: 'src/server/operations/',
    why: 'helpers serve use cases, not the other way',
  },
  {
    from: 'src/server/organisation/',
    to: 'src/server/operations/',
    why: 'helpers serve use cases, not the other way',
  },
  {
    from: 'src/server/policies/',
    to: 'src/server/operations/',
    why: 'policies decide, use cases act on the decision',
  },
];

export function ruleViolations(
  graph: ImportGraph,
  rules: readonly LayerRule[] = layerRules,
  typeOnly: TypeOnlyImports = new Map(),
): string[] {
  const violations: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      for (const rule of rules) {
        if (!from.startsWith(rule.from) || !to.startsWith(rule.to)) continue;
        const erasedType = rule.typesFrom && to.startsWith(rule.typesFrom) && typeOnly.get(from)?.has(to);
        if (!erasedType) violations.push(`${from} → ${to} (${rule.why})`);
      }
    }
  }
  return violations.sort();
}

/** Every import cycle, each once, as the files around it (strongly connected components > 1). */
export function importCycles(graph: ImportGraph): string[][] {
  // Tarjan's algorithm, iterative so a deep tree cannot overflow the stack.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = (graph.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    }
  }
  return cycles.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}
