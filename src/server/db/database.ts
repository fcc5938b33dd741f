// One interface over embedded PGlite and a real PostgreSQL server: Kysely on top of either.
// PGlite is a single in-process connection, so its "pool" hands out that one connection to one
// transaction at a time; node-postgres pools real connections.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { startAutovacuum } from './pglite-autovacuum.ts';
import type { DatabaseSchema } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  /** The app's connection: every transaction runs as role weerbaar_app (see transaction.ts). */
  db: Kysely<DatabaseSchema>;
  /** The owner's connection: migrations, the CLI's audit verification, tests. */
  owner: Kysely<DatabaseSchema>;
  /** The embedded engine itself (PGlite only): `weerbaar backup` dumps its data folder. */
  pglite?: PGlite;
  close(): Promise<void>;
}

/** Serialises access to PGlite's single connection. */
class PGlitePool implements PostgresPool {
  private queue: Promise<void> = Promise.resolve();
  private readonly pglite: PGlite;
  /** When the connection was last asked for (the autovacuum waits for quiet to VACUUM). */
  lastAskedAt = 0;
  constructor(pglite: PGlite) {
    this.pglite = pglite;
  }
  async connect(): Promise<PostgresPoolClient> {
    this.lastAskedAt = performance.now();
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    const pglite = this.pglite;
    const query = async (sql: string, parameters: readonly unknown[]) => {
      // Without parameters use the simple protocol, which (like node-postgres) allows a
      // migration file with many statements.
      const result =
        parameters.length === 0
          ? ((await pglite.exec(sql)).at(-1) ?? { rows: [], affectedRows: 0 })
          : await pglite.query<Record<string, unknown>>(sql, parameters as unknown[]);
      // Kysely reads `command` to decide whether rowCount means "affected rows".
      const command = (/^\s*(\w+)/.exec(sql)?.[1] ?? '').toUpperCase();
      return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
    };
    return { query: query as PostgresPoolClient['query'], release };
  }
  async end(): Promise<void> {
    await this.queue;
  }
}

// int8 (count(*), bigserial) as a JS number on both engines; our counts stay far below 2^53.
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export class DatabaseInUseError extends Error {}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it.
 * A lock file with the owner's pid keeps the CLI from opening a folder the server is using.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(lockFile, 'utf8'));
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new DatabaseInUseError(
          `De database in ${path.dirname(dataDir)} is in gebruik door proces ${pid} (draait Weerbaar al?). ` +
            'Stop dat eerst. / The embedded database is in use by another process; stop it first.',
        );
      }
      fs.rmSync(lockFile, { force: true }); // stale: its process is gone
    }
  }
  throw new DatabaseInUseError(`Kan ${lockFile} niet vastleggen / cannot take the lock`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * `loadDataDir`: start from this dump (PGlite's dumpDataDir) instead of an empty cluster — the
 * database tests load one migrated dump per run (test/support/pglite-setup.ts).
 */
export async function openPGlite(
  dataDir: string | null,
  options: { loadDataDir?: Blob } = {},
): Promise<Database> {
  if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  let pglite: PGlite;
  try {
    if (options.loadDataDir)
      pglite = await PGlite.create({ ...(dataDir ? { dataDir } : {}), loadDataDir: options.loadDataDir });
    else pglite = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  } catch (error) {
    unlock();
    throw error;
  }
  const pool = new PGlitePool(pglite);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  const database: Database = {
    kind: 'pglite',
    db,
    // PGlite has one user (a superuser); transactions drop to weerbaar_app with SET LOCAL ROLE.
    owner: db,
    pglite,
    async close() {
      await autovacuum.stop();
      await db.destroy();
      await pglite.close();
      unlock();
    },
  };
  // What a server's autovacuum daemon would do (pglite-autovacuum.ts).
  const autovacuum = startAutovacuum(db, { quietForMs: () => performance.now() - pool.lastAskedAt });
  return database;
}

/**
 * Pool settings for a server that may go away (a restart, a fail-over) and come back: a connection
 * attempt gives up after a while instead of hanging the request, TCP keepalive notices a dead peer,
 * and idle connections are closed so a pool left from before an outage does not linger.
 */
const poolOptions = {
  types: pgTypes,
  connectionTimeoutMillis: 10_000,
  idleTimeoutMillis: 30_000,
  keepAlive: true,
};

/**
 * A connection that dies must not take the process with it. node-postgres emits 'error' on the
 * client when its socket breaks; the pool listens only while the client is idle, so a client that
 * is checked out (between two queries of a transaction) would throw an unhandled 'error'. This
 * listener catches it; the client is then no longer queryable and the pool drops it on release,
 * so the next request opens a fresh connection once the server is back.
 */
function survivesDroppedConnections(pool: pg.Pool): void {
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
}

export async function openPostgres(url: string, migrationUrl: string = url): Promise<Database> {
  const appPool = new pg.Pool({ connectionString: url, max: 10, ...poolOptions });
  const ownerPool =
    migrationUrl === url ? appPool : new pg.Pool({ connectionString: migrationUrl, max: 2, ...poolOptions });
  survivesDroppedConnections(appPool);
  if (ownerPool !== appPool) survivesDroppedConnections(ownerPool);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: appPool }) });
  const owner =
    ownerPool === appPool
      ? db
      : new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: ownerPool }) });
  return {
    kind: 'postgres',
    db,
    owner,
    async close() {
      await db.destroy();
      if (owner !== db) await owner.destroy();
    },
  };
}
