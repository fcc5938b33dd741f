// Layering, enforced: core imports neither server nor web; web never imports server code; use
// cases and their helpers (scans, auth, organisation, policies) do not know HTTP; jobs share
// helpers, not use cases; and no import cycles anywhere in src/.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ImportGraph,
  importCycles,
  importsOf,
  readImportGraph,
  ruleViolations,
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
  const graph = readImportGraph(root);

  it('reads the whole of src/', () => {
    // A broken reader that sees no files or no edges would make the checks below pass vacuously.
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/server/app.ts')?.length ?? 0).toBeGreaterThan(3);
  });

  it('keeps the layers', () => {
    expect(ruleViolations(graph)).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(importCycles(graph).map((cycle) => cycle.join(' ↔ '))).toEqual([]);
  });
});
