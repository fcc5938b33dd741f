// Several app processes starting together on one fresh PostgreSQL database (WEERBAAR_WORKERS > 1,
// or two hosts) each run the migrations. Every step, the bookkeeping table included, must happen
// under the migration lock: a bare `create table if not exists` from two sessions at once races in
// the catalogue ("duplicate key … pg_type_typname_nsp_index"), seen once in a clean-clone run.
import { describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/server/db/database.ts';
import { listMigrations, migrate } from '../../src/server/db/migrate.ts';
import { createPostgresDatabase, testDatabaseKind } from './database.ts';

describe.skipIf(testDatabaseKind() !== 'postgres')('migrations from processes starting together', () => {
  it('four processes migrate one empty database at once: each migration applied exactly once', async () => {
    for (let round = 0; round < 5; round++) {
      const server = await createPostgresDatabase();
      const databases = await Promise.all(
        [1, 2, 3, 4].map(() => openPostgres(server.runtimeUrl, server.ownerUrl)),
      );
      try {
        const applied = await Promise.all(databases.map((d) => migrate(d)));
        const all = applied.flat().sort((a, b) => a - b);
        expect(all).toEqual(listMigrations().map((m) => m.version));
      } finally {
        await Promise.all(databases.map((d) => d.close()));
        await server.drop();
      }
    }
  }, 300_000);
});
