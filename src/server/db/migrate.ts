// Applies the committed SQL files in migrations/ in order, each in its own transaction, as the
// owner. A file that changed after it was applied stops the start: migrations are history.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Database } from './database.ts';

const migrationsDir = path.join(import.meta.dirname, 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(): Migration[] {
  return fs
    .readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(migrationsDir, file), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.slice(5, -4),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

export class MigrationError extends Error {}

/** Applies pending migrations; returns the versions applied now. */
export async function migrate(database: Database): Promise<number[]> {
  const owner = database.owner;
  // Under the same lock as each migration: two processes creating the table at once race in the
  // catalogue ("duplicate key … pg_type_typname_nsp_index"), which `if not exists` does not prevent.
  await owner.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(727274)`.execute(trx);
    await sql`create table if not exists schema_migrations (
      version integer primary key, name text not null, checksum text not null,
      applied_at timestamptz not null default now())`.execute(trx);
  });
  const applied = await owner.selectFrom('schema_migrations').selectAll().execute();
  const byVersion = new Map(applied.map((m) => [m.version, m]));
  const done: number[] = [];
  for (const migration of listMigrations()) {
    const existing = byVersion.get(migration.version);
    if (existing) {
      if (existing.checksum !== migration.checksum) {
        throw new MigrationError(
          `Migratie ${migration.version} (${migration.name}) is gewijzigd nadat ze is toegepast / was changed after it was applied`,
        );
      }
      continue;
    }
    await owner.transaction().execute(async (trx) => {
      // Two app processes starting together: the second waits here, then sees the row and skips.
      await sql`select pg_advisory_xact_lock(727274)`.execute(trx);
      const again = await trx
        .selectFrom('schema_migrations')
        .select('version')
        .where('version', '=', migration.version)
        .executeTakeFirst();
      if (again) return;
      await sql.raw(migration.sql).execute(trx);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, checksum: migration.checksum })
        .execute();
      done.push(migration.version);
    });
  }
  return done;
}

export async function currentMigrationVersion(database: Database): Promise<number> {
  const row = await database.owner
    .selectFrom('schema_migrations')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}
