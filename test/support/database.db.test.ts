// Smoke test of the test database helper on both engines: migrations ran, the app role works.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMigrations } from '../../src/server/db/migrate.ts';
import { inTransaction } from '../../src/server/db/transaction.ts';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from './database.ts';

describe(`createTestDatabase (${testDatabaseKind()})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t?.cleanup());

  it('opens the engine of the project', () => {
    expect(t.database.kind).toBe(testDatabaseKind());
    expect(t.settings.database.kind).toBe(testDatabaseKind());
  });

  it('applied every migration', async () => {
    const rows = await t.database.owner
      .selectFrom('schema_migrations')
      .select('version')
      .orderBy('version')
      .execute();
    expect(rows.map((r) => r.version)).toEqual(listMigrations().map((m) => m.version));
  });

  it('runs app transactions as weerbaar_app', async () => {
    const role = await inTransaction(t.database, { tenantId: null, userId: null }, async (tx) => {
      const result = await sql<{ role: string }>`select current_user as role`.execute(tx);
      return result.rows[0]?.role;
    });
    expect(role).toBe('weerbaar_app');
  });

  it('gives each call its own database', async () => {
    const other = await createTestDatabase();
    try {
      await other.database.owner
        .insertInto('tenants')
        .values({ id: '00000000-0000-4000-8000-000000000001', slug: 'alleen-hier', name: 'Alleen hier' })
        .execute();
      const here = await t.database.owner
        .selectFrom('tenants')
        .select('id')
        .where('slug', '=', 'alleen-hier')
        .execute();
      expect(here).toEqual([]);
    } finally {
      await other.cleanup();
    }
  });

  it('has its own data folder and a working key provider', () => {
    expect(t.settings.dataDir).toMatch(/weerbaar-test-/);
    expect(t.keys.derivedKey('x')).toHaveLength(32);
  });
});
