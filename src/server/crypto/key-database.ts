// The key store for several app hosts: a separate PostgreSQL database (WEERBAAR_KEY_STORE=database,
// WEERBAAR_KEY_DATABASE_URL) holding the same sealed keys the folder store keeps in files —
// organisation keys sealed under the master key, scan keys sealed under their organisation key.
//
// Separate on purpose, as the folder is: its own database and login, which the application
// database's roles cannot reach, with its own (short) backup retention. A dump of the application
// database never holds a key, so destroying a scan's key row keeps every copy of the scan's content
// unreadable. The tables are made on first use (`create table if not exists`); the login needs
// CREATE on its schema the first time, and SELECT, INSERT, UPDATE, DELETE afterwards.
//
// Destroy deletes the row and then vacuums the table, so the dead row version is removed from the
// table's pages soon rather than whenever autovacuum comes by. What PostgreSQL keeps elsewhere —
// the write-ahead log until it is recycled, WAL archives, base backups — holds the sealed key (under
// the organisation key, itself under the master key) for as long as those are kept: the reason the
// operator guide asks for short retention of key-database backups and archives.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { open, seal } from './aead.ts';
import type { KeyProvider } from './key-provider.ts';
import {
  type RewrapCount,
  type RewrappableKeyStore,
  rewrapTenantKey,
  ScanKeyGone,
  scanKeyAad,
  tenantKeyAad,
  tenantKeyPurpose,
  tryOpenTenantKey,
} from './scan-keys.ts';

/** The little SQL the key store needs: node-postgres in production, PGlite in unit tests. */
export interface KeySql {
  query<R>(text: string, parameters?: unknown[]): Promise<{ rows: R[] }>;
  /** One transaction: BEGIN … COMMIT on one connection, ROLLBACK on an error. */
  transaction<T>(work: (sql: Pick<KeySql, 'query'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A node-postgres pool on the key database. */
export function keyDatabaseConnection(url: string): KeySql {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => {});
  return {
    async query<R>(text: string, parameters: unknown[] = []) {
      const result = await pool.query(text, parameters);
      return { rows: result.rows as R[] };
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({
          async query<R>(text: string, parameters: unknown[] = []) {
            return { rows: (await client.query(text, parameters)).rows as R[] };
          },
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const schema = `
create table if not exists weerbaar_tenant_keys (
  tenant_id uuid primary key,
  sealed bytea not null,
  created_at timestamptz not null default now()
);
create table if not exists weerbaar_scan_keys (
  scan_id uuid primary key,
  tenant_id uuid not null references weerbaar_tenant_keys (tenant_id),
  sealed bytea not null,
  created_at timestamptz not null default now()
);
`;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
function checkId(id: string): void {
  if (!uuid.test(id)) throw new Error('key store: ids must be uuids');
}

/** Creates the key tables when missing (one statement each; safe to run on every start). */
export async function prepareKeyDatabase(sql: KeySql): Promise<void> {
  for (const statement of schema.split(';').map((s) => s.trim())) {
    if (statement) {
      // Two hosts starting at once may race on "if not exists"; the loser finds the table there.
      await sql.query(statement).catch(async (error: { code?: string }) => {
        if (error.code !== '23505' && error.code !== '42P07') throw error;
      });
    }
  }
}

export function databaseScanKeyStore(sql: KeySql, keys: KeyProvider): RewrappableKeyStore {
  // Organisation keys are cached (never destroyed with a scan); scan keys are read every time, so
  // a key destroyed by one host cannot live on in another.
  const tenantKeys = new Map<string, Buffer>();

  async function tenantKey(tenantId: string, createIfMissing: boolean): Promise<Buffer> {
    checkId(tenantId);
    const cached = tenantKeys.get(tenantId);
    if (cached) return cached;
    if (createIfMissing) {
      // Two hosts making an organisation's first scan at once keep one key: the first insert wins.
      const fresh = randomBytes(32);
      await sql.query(
        'insert into weerbaar_tenant_keys (tenant_id, sealed) values ($1, $2) on conflict (tenant_id) do nothing',
        [tenantId, seal(keys.derivedKey(tenantKeyPurpose), fresh, tenantKeyAad(tenantId))],
      );
    }
    const { rows } = await sql.query<{ sealed: Uint8Array }>(
      'select sealed from weerbaar_tenant_keys where tenant_id = $1',
      [tenantId],
    );
    const row = rows[0];
    if (!row) throw new ScanKeyGone();
    const key = open(keys.derivedKey(tenantKeyPurpose), row.sealed, tenantKeyAad(tenantId));
    tenantKeys.set(tenantId, key);
    return key;
  }

  return {
    async create(tenantId, scanId) {
      checkId(scanId);
      const key = randomBytes(32);
      const sealed = seal(await tenantKey(tenantId, true), key, scanKeyAad(tenantId, scanId));
      await sql.query(
        `insert into weerbaar_scan_keys (scan_id, tenant_id, sealed) values ($1, $2, $3)
         on conflict (scan_id) do update set sealed = excluded.sealed
         where weerbaar_scan_keys.tenant_id = excluded.tenant_id`,
        [scanId, tenantId, sealed],
      );
      return key;
    },
    async get(tenantId, scanId) {
      checkId(tenantId);
      checkId(scanId);
      const { rows } = await sql.query<{ sealed: Uint8Array }>(
        'select sealed from weerbaar_scan_keys where scan_id = $1 and tenant_id = $2',
        [scanId, tenantId],
      );
      const row = rows[0];
      if (!row) throw new ScanKeyGone();
      return open(await tenantKey(tenantId, false), row.sealed, scanKeyAad(tenantId, scanId));
    },
    async destroy(tenantId, scanId) {
      checkId(tenantId);
      checkId(scanId);
      const { rows } = await sql.query<{ scan_id: string }>(
        'delete from weerbaar_scan_keys where scan_id = $1 and tenant_id = $2 returning scan_id',
        [scanId, tenantId],
      );
      // The dead row version leaves the table's pages now, not at autovacuum's leisure. Best effort:
      // a login without the right to vacuum still has the key deleted.
      if (rows.length > 0) await sql.query('vacuum weerbaar_scan_keys').catch(() => {});
    },
    async close() {
      await sql.close();
    },
    async rewrapTenantKeys(next) {
      // All or nothing: one transaction over every organisation key. Idempotent as well, so a run
      // that is interrupted (and rolled back) or repeated ends in the same state.
      const count: RewrapCount = { rewrapped: 0, already: 0 };
      await sql.transaction(async (tx) => {
        const { rows } = await tx.query<{ tenant_id: string; sealed: Uint8Array }>(
          'select tenant_id, sealed from weerbaar_tenant_keys order by tenant_id for update',
        );
        for (const row of rows) {
          const rewrapped = rewrapTenantKey(keys, next, row.tenant_id, row.sealed);
          if (!rewrapped) {
            count.already += 1;
            continue;
          }
          await tx.query('update weerbaar_tenant_keys set sealed = $2 where tenant_id = $1', [
            row.tenant_id,
            rewrapped,
          ]);
          count.rewrapped += 1;
        }
      });
      // The versions sealed under the old master key leave the table's pages now (see above for
      // what remains elsewhere).
      if (count.rewrapped > 0) await sql.query('vacuum weerbaar_tenant_keys').catch(() => {});
      tenantKeys.clear();
      return count;
    },
    async hasTenantKeys() {
      return (await sql.query('select 1 from weerbaar_tenant_keys limit 1')).rows.length > 0;
    },
    async opensAnyTenantKey(other) {
      const { rows } = await sql.query<{ tenant_id: string; sealed: Uint8Array }>(
        'select tenant_id, sealed from weerbaar_tenant_keys',
      );
      return rows.some((row) => tryOpenTenantKey(other, row.tenant_id, row.sealed) !== null);
    },
  };
}
