// Three Vitest projects:
//   unit      every *.test.ts under test/ and src/ that needs no database
//   pglite    the database tests (*.db.test.ts) on in-memory PGlite
//   postgres  the same files on a real PostgreSQL (TEST_DATABASE_URL, or a throw-away cluster
//             started by test/support/postgres-setup.ts; reported as skipped when neither exists)
// A database test gets its database from createTestDatabase() in test/support/database.ts: a copy
// of a database migrated once per run (pglite-setup.ts: a PGlite dump; postgres-setup.ts: a
// template database), not an empty one that runs every migration again.
// test/faults/ holds the fault tests (a stopped PostgreSQL, the SMTP peer down, a full disk, an
// unreadable key store) with real parts: its *.test.ts run in `unit` (they start their own server
// processes, PostgreSQL cluster or tmpfs), its *.db.test.ts in both database projects.
import { defineConfig } from 'vitest/config';

const databaseTests = ['test/**/*.db.test.ts', 'src/**/*.db.test.ts'];
const exclude = ['**/node_modules/**', '**/dist/**', '**/.tmp/**', 'e2e/**'];

export default defineConfig({
  test: {
    // Two cores: two test files at a time. Each database test file opens its own PGlite or
    // PostgreSQL database, so more workers mostly add memory pressure.
    maxWorkers: 2,
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    passWithNoTests: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
          exclude: [...exclude, ...databaseTests],
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          environment: 'node',
          include: databaseTests,
          exclude,
          env: { TEST_DATABASE: 'pglite' },
          globalSetup: ['test/support/pglite-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          environment: 'node',
          include: databaseTests,
          exclude,
          env: { TEST_DATABASE: 'postgres' },
          globalSetup: ['test/support/postgres-setup.ts'],
          runner: './test/support/postgres-runner.ts',
        },
      },
    ],
  },
});
