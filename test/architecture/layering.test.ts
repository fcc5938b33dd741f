// Layering, enforced: core imports neither server nor web; web never imports server code (only
// the route definitions' types, with `import type`); use cases and their helpers (scans, auth,
// organisation, policies) do not know HTTP; jobs share helpers, not use cases; and no import
// cycles anywhere in src/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ImportGraph,
  importCycles,
  importStatementsOf,
  importsOf,
  layerRules,
  readImports,
  ruleViolations,
  type TypeOnlyImports,
} from './import-graph.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('the rules themselves', () => {
  it('finds imports written every way', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "export { c } from './c.ts';",
      "export * from './d.ts';",
      "import './e.css';",
      "const f = await import('./f.ts');",
      'import {\n  g,\n  h,\n} from "./gh.ts";',
    ].join('\n');
    expect(importsOf(source)).toEqual([
      './a.ts',
      '../b.ts',
      './c.ts',
      './d.ts',
      './e.css',
      './f.ts',
      './gh.ts',
    ]);
  });

  it('refuses a forbidden import and names it', () => {
    const graph: ImportGraph = new Map([
      ['src/core/report/x.ts', ['src/server/db/schema.ts']],
      ['src/web/App.tsx', ['src/server/routes/index.ts', 'src/core/report/x.ts']],
      ['src/server/operations/y.ts', ['src/server/routes/z.ts', 'src/server/scans/content.ts']],
      ['src/server/jobs/retention.ts', ['src/server/operations/remove-scan.ts']],
      ['src/server/operations/w.ts', ['src/server/demo/demo-procedure.ts']],
      ['src/server/policies/p.ts', ['src/server/http/problem.ts', 'src/server/domain-error.ts']],
      ['src/server/scans/s.ts', ['src/server/http/rate-limit.ts']],
    ]);
    expect(ruleViolations(graph)).toEqual([
      'src/core/report/x.ts → src/server/db/schema.ts (core is pure and runs in the browser too)',
      'src/server/jobs/retention.ts → src/server/operations/remove-scan.ts (jobs share helpers, not use cases)',
      'src/server/operations/w.ts → src/server/demo/demo-procedure.ts (the demo is made through operations, not the other way)',
      'src/server/operations/y.ts → src/server/routes/z.ts (use cases do not know HTTP)',
      'src/server/policies/p.ts → src/server/http/problem.ts (use cases and their helpers do not know HTTP)',
      'src/server/scans/s.ts → src/server/http/rate-limit.ts (use cases and their helpers do not know HTTP)',
      'src/web/App.tsx → src/server/routes/index.ts (the web app reaches the server only over HTTP)',
    ]);
  });

  it('tells an erased `import type` from an import that runs', () => {
    const source = [
      "import type { A } from './a.ts';",
      "export type { B } from './b.ts';",
      "import { type C } from './c.ts';",
      "import { d, type E } from './d.ts';",
      // A match that starts at an earlier statement must not lend it its `type`.
      'export type { F };',
      "import { g } from './g.ts';",
      "const h = await import('./h.ts');",
      "import type {\n  I,\n} from './i.ts';",
    ].join('\n');
    expect(importStatementsOf(source).map((found) => [found.specifier, found.typeOnly])).toEqual([
      ['./a.ts', true],
      ['./b.ts', true],
      ['./c.ts', false],
      ['./d.ts', false],
      ['./g.ts', false],
      ['./h.ts', false],
      ['./i.ts', true],
    ]);
  });

  it('lets the web take types from the routes, and nothing else from the server', () => {
    const graph: ImportGraph = new Map([
      ['src/web/contract.ts', ['src/server/routes/index.ts']],
      ['src/web/client.ts', ['src/server/routes/index.ts']],
      ['src/web/rows.ts', ['src/server/db/schema.ts']],
      ['src/core/x.ts', ['src/server/routes/index.ts']],
    ]);
    const typeOnly: TypeOnlyImports = new Map([
      ['src/web/contract.ts', new Set(['src/server/routes/index.ts'])],
      ['src/web/rows.ts', new Set(['src/server/db/schema.ts'])],
      ['src/core/x.ts', new Set(['src/server/routes/index.ts'])],
    ]);
    expect(ruleViolations(graph, layerRules, typeOnly)).toEqual([
      'src/core/x.ts → src/server/routes/index.ts (core is pure and runs in the browser too)',
      'src/web/client.ts → src/server/routes/index.ts (the web app reaches the server only over HTTP)',
      'src/web/rows.ts → src/server/db/schema.ts (the web app reaches the server only over HTTP)',
    ]);
  });

  it('refuses a value import from the web into the routes, read from files', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-layering-'));
    try {
      const write = (file: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
      };
      write('src/server/routes/index.ts', 'export const allRoutes = [];\nexport type ApiRoute = never;\n');
      write('src/web/types.ts', "import type { ApiRoute } from '../server/routes/index.ts';\n");
      write('src/web/values.ts', "import { allRoutes } from '../server/routes/index.ts';\n");
      write(
        'src/web/both.ts',
        "import type { ApiRoute } from '../server/routes/index.ts';\nimport { allRoutes } from '../server/routes/index.ts';\n",
      );
      const { graph, typeOnly } = readImports(root);
      expect(ruleViolations(graph, layerRules, typeOnly)).toEqual([
        'src/web/both.ts → src/server/routes/index.ts (the web app reaches the server only over HTTP)',
        'src/web/both.ts → src/server/routes/index.ts (the web app reaches the server only over HTTP)',
        'src/web/values.ts → src/server/routes/index.ts (the web app reaches the server only over HTTP)',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('finds a cycle, however long, and not a diamond', () => {
    const graph: ImportGraph = new Map([
      ['a.ts', ['b.ts', 'c.ts']],
      ['b.ts', ['d.ts']],
      ['c.ts', ['d.ts']],
      ['d.ts', []],
      ['e.ts', ['f.ts']],
      ['f.ts', ['g.ts']],
      ['g.ts', ['e.ts']],
      ['h.ts', ['h.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['e.ts', 'f.ts', 'g.ts'], ['h.ts']]);
  });
});

describe('the tree', () => {
  const { graph, typeOnly } = readImports(root);

  it('reads the whole of src/', () => {
    // A broken reader that sees no files or no edges would make the checks below pass vacuously.
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/server/app.ts')?.length ?? 0).toBeGreaterThan(3);
  });

  it('keeps the layers', () => {
    expect(ruleViolations(graph, layerRules, typeOnly)).toEqual([]);
  });

  it('reaches the server from the web only through the contract, and only with `import type`', () => {
    const fromWeb = [...graph].flatMap(([from, targets]) =>
      from.startsWith('src/web/')
        ? targets
            .filter((to) => to.startsWith('src/server/'))
            .map((to) => ({ from, to, typeOnly: typeOnly.get(from)?.has(to) ?? false }))
        : [],
    );
    expect(fromWeb).toEqual([
      { from: 'src/web/contract.ts', to: 'src/server/routes/index.ts', typeOnly: true },
    ]);
  });

  it('has no import cycles', () => {
    expect(importCycles(graph).map((cycle) => cycle.join(' ↔ '))).toEqual([]);
  });
});
