// A fresh, migrated database for one test file (or one test), on the engine the Vitest project
// chose: TEST_DATABASE=pglite (in-memory PGlite) or TEST_DATABASE=postgres (a new database on the
// cluster of postgres-setup.ts, with an owner role that migrates and a separate login role that
// the app connects as, like a production deployment with DATABASE_MIGRATION_URL).
//
//   let t: TestDatabase;
//   beforeAll(async () => { t = await createTestDatabase(); });
//   afterAll(() => t.cleanup());
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type KeyProvider, masterKeyProvider } from '../../src/server/crypto/key-provider.ts';
import { type Database, openPGlite, openPostgres } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { readSettings, type Settings } from '../../src/server/env.ts';

export type TestDatabaseKind = 'pglite' | 'postgres';

export interface TestDatabase {
  database: Database;
  settings: Settings;
  keys: KeyProvider;
  cleanup(): Promise<void>;
}

/** The engine of the running Vitest project; PGlite when run outside the projects. */
export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.TEST_DATABASE ?? 'pglite';
  if (kind !== 'pglite' && kind !== 'postgres') {
    throw new Error(`TEST_DATABASE must be pglite or postgres, not ${kind}`);
  }
  return kind;
}

/**
 * Opens a fresh database, applies every migration, and gives settings (with a temporary data
 * folder) and a key provider with a random master key. `settingsOverrides` are environment-style
 * settings (e.g. { SMTP_URL: 'smtp://…' }) on top of the test defaults.
 */
export async function createTestDatabase(
  settingsOverrides: Record<string, string | undefined> = {},
): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-test-'));
  const keys = masterKeyProvider(randomBytes(32));
  const env: Record<string, string | undefined> = {
    WEERBAAR_DATA_DIR: dataDir,
    WEERBAAR_DEMO: 'false',
    WEERBAAR_PUBLIC_URL: 'http://localhost:3000',
    LOG_LEVEL: 'silent',
  };
  let opened: { database: Database; dropServerSide: () => Promise<void> } | undefined;
  try {
    if (testDatabaseKind() === 'pglite') {
      const template = pgliteTemplate();
      opened = {
        database: await openPGlite(null, template ? { loadDataDir: template } : {}),
        dropServerSide: async () => {},
      };
    } else {
      const server = (await copyOfPostgresTemplate()) ?? (await createPostgresDatabase());
      env.DATABASE_URL = server.runtimeUrl;
      env.DATABASE_MIGRATION_URL = server.ownerUrl;
      try {
        opened = {
          database: await openPostgres(server.runtimeUrl, server.ownerUrl),
          dropServerSide: server.drop,
        };
      } catch (error) {
        await server.drop();
        throw error;
      }
    }
    // On a copy of the migrated template this finds every migration applied (and checks that none
    // changed since); otherwise it applies them all.
    await migrate(opened.database);
    if (testDatabaseKind() === 'postgres') await grantAppRole(env.DATABASE_URL!);
  } catch (error) {
    if (opened) {
      await opened.database.close().catch(() => {});
      await opened.dropServerSide().catch(() => {});
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const { database, dropServerSide } = opened;
  const settings = readSettings({ ...env, ...settingsOverrides });
  let cleaned = false;
  return {
    database,
    settings,
    keys,
    async cleanup() {
      if (cleaned) return;
      cleaned = true;
      try {
        await database.close();
      } finally {
        await dropServerSide();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The migrated PGlite dump of pglite-setup.ts, read once per test file's process; null outside
 * the `pglite` project (then each database migrates).
 */
let pgliteDump: Blob | null | undefined;
function pgliteTemplate(): Blob | null {
  if (pgliteDump === undefined) {
    const file = inject('pgliteTemplate');
    pgliteDump = file && fs.existsSync(file) ? new Blob([fs.readFileSync(file)]) : null;
  }
  return pgliteDump;
}

/**
 * A new database copied from the migrated template of postgres-setup.ts (CREATE DATABASE …
 * TEMPLATE), owned by the template's owner role (which owns its tables), plus a login role for
 * the app of its own; null when there is no template.
 */
async function copyOfPostgresTemplate(): Promise<{
  runtimeUrl: string;
  ownerUrl: string;
  drop(): Promise<void>;
} | null> {
  const template = inject('postgresTemplate');
  if (!template) return null;
  const name = `test_${randomBytes(6).toString('hex')}`;
  const runtime = `${name}_app`;
  const runtimePassword = randomBytes(12).toString('hex');
  const base = adminUrl();
  await withAdmin(async (client) => {
    await client.query(`create role ${runtime} login password '${runtimePassword}'`);
    await client.query(`create database ${name} template ${template.database} owner ${template.owner}`);
  });
  return {
    runtimeUrl: connectionUrl(base, runtime, runtimePassword, name),
    ownerUrl: connectionUrl(base, template.owner, template.password, name),
    async drop() {
      await withAdmin(async (client) => {
        await client.query(`drop database if exists ${name} with (force)`);
        await client.query(`drop role if exists ${runtime}`);
      });
    },
  };
}

function adminUrl(): string {
  const url = inject('postgresAdminUrl');
  if (!url) {
    const reason = inject('postgresSkipReason');
    throw new Error(
      `No PostgreSQL for TEST_DATABASE=postgres${reason ? ` (${reason})` : ''}: run the tests through ` +
        'the Vitest "postgres" project (vitest.config.ts), or set TEST_DATABASE_URL',
    );
  }
  return url;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function connectionUrl(base: string, user: string, password: string, database: string): string {
  const url = new URL(base);
  url.username = user;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * CREATE DATABASE test_<random>, owned by a new login role that may create roles (the migration
 * creates weerbaar_app when missing), plus a login role for the app. Names are random per call,
 * so parallel test files never collide; weerbaar_app itself is created once by the global setup.
 */
export async function createPostgresDatabase(): Promise<{
  runtimeUrl: string;
  ownerUrl: string;
  drop(): Promise<void>;
}> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const owner = `${name}_owner`;
  const runtime = `${name}_app`;
  const ownerPassword = randomBytes(12).toString('hex');
  const runtimePassword = randomBytes(12).toString('hex');
  const base = adminUrl();
  await withAdmin(async (client) => {
    await client.query(`create role ${owner} login createrole password '${ownerPassword}'`);
    await client.query(`create role ${runtime} login password '${runtimePassword}'`);
    await client.query(`create database ${name} owner ${owner}`);
  });
  return {
    runtimeUrl: connectionUrl(base, runtime, runtimePassword, name),
    ownerUrl: connectionUrl(base, owner, ownerPassword, name),
    async drop() {
      await withAdmin(async (client) => {
        await client.query(`drop database if exists ${name} with (force)`);
        await client.query(`drop role if exists ${runtime}`);
        await client.query(`drop role if exists ${owner}`);
      });
    },
  };
}

async function grantAppRole(runtimeUrl: string): Promise<void> {
  const runtime = decodeURIComponent(new URL(runtimeUrl).username);
  await withAdmin(async (client) => {
    await client.query(`grant weerbaar_app to ${runtime}`);
  });
}
