// Global setup of the `pglite` test project: one in-memory PGlite, migrated, dumped to a file
// (PGlite's dumpDataDir) that every database test loads (createTestDatabase in database.ts)
// instead of creating an empty cluster and running every migration again. Made anew each run, so
// it always has the migrations of the tree under test; removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPGlite } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite dump (a file) to start each test database from; null: migrate each. */
    pgliteTemplate: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-pglite-template-'));
  const file = path.join(folder, 'migrated.tar');
  const database = await openPGlite(null);
  try {
    await migrate(database);
    const dump = await database.pglite!.dumpDataDir('none');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(folder, { recursive: true, force: true });
}
