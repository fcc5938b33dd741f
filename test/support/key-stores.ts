// The two key stores behind ScanKeyStore, for tests that must hold for both (crypto-shredding,
// rotation): the key folder, and the separate key database — on the engine of the running Vitest
// project: in-memory PGlite (unit and pglite projects) or a database of its own, with its own
// login, on the throw-away PostgreSQL cluster (postgres project).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  databaseScanKeyStore,
  type KeySql,
  keyDatabaseConnection,
  prepareKeyDatabase,
} from '../../src/server/crypto/key-database.ts';
import type { KeyProvider } from '../../src/server/crypto/key-provider.ts';
import { fileScanKeyStore, type RewrappableKeyStore } from '../../src/server/crypto/scan-keys.ts';
import { createPostgresDatabase, testDatabaseKind } from './database.ts';

export type KeyStoreKind = 'folder' | 'database';
export const keyStoreKinds: readonly KeyStoreKind[] = ['folder', 'database'];

export interface TestKeyStore {
  kind: KeyStoreKind;
  /** A fresh store (no cached organisation keys) on the same keys, opened with `keys`. */
  open(keys: KeyProvider): RewrappableKeyStore;
  /** Look into the storage itself: does anything there still name this scan? */
  holdsScan(scanId: string): Promise<boolean>;
  /**
   * The settings that point the app (boot, the CLI) at this store; null for the key database on
   * PGlite, which only a test can reach.
   */
  settings: Record<string, string> | null;
  cleanup(): Promise<void>;
}

/** KeySql over PGlite: the key database's SQL on an in-memory engine. */
export function pgliteKeySql(pglite: PGlite): KeySql {
  return {
    async query<R>(text: string, parameters: unknown[] = []) {
      return { rows: (await pglite.query<R>(text, parameters)).rows };
    },
    transaction: (work) =>
      pglite.transaction((tx) =>
        work({
          async query<R>(text: string, parameters: unknown[] = []) {
            return { rows: (await tx.query<R>(text, parameters)).rows };
          },
        }),
      ),
    close: () => pglite.close(),
  };
}

export async function createTestKeyStore(kind: KeyStoreKind, dir?: string): Promise<TestKeyStore> {
  if (kind === 'folder') {
    const folder = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-keys-'));
    return {
      kind,
      open: (keys) => fileScanKeyStore(folder, keys),
      settings: { WEERBAAR_KEY_DIR: folder },
      async holdsScan(scanId) {
        return fs
          .readdirSync(folder, { recursive: true })
          .map(String)
          .some((f) => f.includes(scanId));
      },
      async cleanup() {
        if (!dir) fs.rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  let sql: KeySql;
  let drop = async () => {};
  let settings: Record<string, string> | null = null;
  if (testDatabaseKind() === 'pglite') {
    sql = pgliteKeySql(await PGlite.create());
  } else {
    // Its own database and login: the application's roles have no way in.
    const server = await createPostgresDatabase();
    sql = keyDatabaseConnection(server.ownerUrl);
    drop = server.drop;
    settings = { WEERBAAR_KEY_STORE: 'database', WEERBAAR_KEY_DATABASE_URL: server.ownerUrl };
  }
  await prepareKeyDatabase(sql);
  // Stores share the connection; only cleanup closes it.
  const shared: KeySql = { ...sql, close: async () => {} };
  return {
    kind,
    open: (keys) => databaseScanKeyStore(shared, keys),
    settings,
    async holdsScan(scanId) {
      const { rows } = await sql.query('select 1 from weerbaar_scan_keys where scan_id = $1', [scanId]);
      return rows.length > 0;
    },
    async cleanup() {
      await sql.close();
      await drop();
    },
  };
}
