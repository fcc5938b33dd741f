// "Stop the app first", enforced on PostgreSQL (PGlite has its data folder's lock file).
//
// Every running app process holds one session-level advisory lock in SHARED mode on a connection of
// its own, named in application_name after its host and pid. `weerbaar restore` and `weerbaar keys
// rotate` take the same lock EXCLUSIVELY, on their own connection, for as long as they run:
// - while any app process runs they cannot get it, and refuse, naming the processes that hold it;
// - while they run, an app process that starts cannot get its shared lock and refuses to start,
//   naming the task.
// A session-level lock lives exactly as long as its connection: a process that dies or loses its
// connection lets go at once, so there is nothing stale to clean up (and no --force).
//
// An app process whose connection breaks (a database restart) takes its lock again as soon as the
// database is back, and keeps serving meanwhile. If a maintenance task took the lock in that gap,
// the process stops (onLost) instead of serving beside it.
import os from 'node:os';
import pg from 'pg';

/** The advisory lock key (bigint form). Others: migrations 727274, the audit sealer 727275. */
export const appPresenceLockKey = 727276;

/** application_name of an app process's presence connection. */
const appName = () => `weerbaar app ${os.hostname().slice(0, 30)} pid ${process.pid}`;

export class AppRunningError extends Error {
  constructor(holders: string[]) {
    super(
      `Weerbaar draait nog: ${holders.join('; ')}. Stop eerst elk app-proces en probeer het dan opnieuw; ` +
        `er is niets gewijzigd. / Weerbaar is still running: ${holders.join('; ')}. Stop every app process ` +
        'first, then try again; nothing was changed.',
    );
    this.name = 'AppRunningError';
  }
}

export class MaintenanceRunningError extends Error {
  constructor(holders: string[]) {
    super(
      `Een beheertaak houdt de database vast: ${holders.join('; ')}. Weerbaar start niet zolang die loopt; ` +
        `start opnieuw als de taak klaar is. / A maintenance task holds the database: ${holders.join('; ')}. ` +
        'Weerbaar does not start while it runs; start again when it has finished.',
    );
    this.name = 'MaintenanceRunningError';
  }
}

async function connect(url: string, applicationName: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    application_name: applicationName,
    connectionTimeoutMillis: 10_000,
    keepAlive: true,
  });
  // A broken socket must not take the process with it (see database.ts).
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** Who holds the lock now, as "<application_name> (<mode>)": app processes and maintenance tasks. */
async function holdersOf(client: pg.Client, mode: 'ShareLock' | 'ExclusiveLock'): Promise<string[]> {
  // application_name is visible for every session, whoever's it is (pg_stat_activity).
  const result = await client.query<{ name: string | null; pid: number }>(
    `select a.application_name as name, a.pid
       from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and l.granted and l.mode = $1
        and l.database = (select oid from pg_database where datname = current_database())
        and l.classid = 0 and l.objid = $2 and l.objsubid = 1
      order by a.application_name, a.pid`,
    [mode, appPresenceLockKey],
  );
  return result.rows.map((r) => (r.name ? r.name : `database-sessie / session ${r.pid}`));
}

export interface AppPresence {
  /** Lets go of the lock and its connection (at shutdown). */
  stop(): Promise<void>;
}

/**
 * An app process: takes the shared lock before it touches the database (migrations included), or
 * refuses with MaintenanceRunningError. After a lost connection it takes it again every few
 * seconds; `onLost` runs if a maintenance task holds it by then.
 */
export async function holdAppPresence(
  url: string,
  onLost: (error: MaintenanceRunningError) => void,
  retryMs = 2_000,
): Promise<AppPresence> {
  let stopped = false;
  let client: pg.Client | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function take(): Promise<void> {
    const fresh = await connect(url, appName());
    try {
      const result = await fresh.query<{ locked: boolean }>(
        'select pg_try_advisory_lock_shared($1) as locked',
        [appPresenceLockKey],
      );
      if (!result.rows[0]?.locked) throw new MaintenanceRunningError(await holdersOf(fresh, 'ExclusiveLock'));
    } catch (error) {
      await fresh.end().catch(() => {});
      throw error;
    }
    client = fresh;
    const lost = () => {
      if (client !== fresh) return;
      client = null;
      void fresh.end().catch(() => {});
      schedule();
    };
    fresh.on('error', lost);
    fresh.on('end', lost);
  }

  function schedule(): void {
    if (stopped || timer) return;
    timer = setTimeout(async () => {
      timer = null;
      if (stopped) return;
      try {
        await take();
      } catch (error) {
        if (error instanceof MaintenanceRunningError) {
          stopped = true;
          onLost(error);
          return;
        }
        schedule(); // the database is not back yet
      }
    }, retryMs);
    timer.unref();
  }

  await take();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const holding = client;
      client = null;
      await holding?.end().catch(() => {});
    },
  };
}

export interface MaintenanceClaim {
  release(): Promise<void>;
}

/**
 * A maintenance task (`restore`, `keys rotate`): takes the lock exclusively, or refuses with
 * AppRunningError naming every app process that holds it (or the other task).
 */
export async function claimMaintenance(url: string, task: string): Promise<MaintenanceClaim> {
  const client = await connect(url, `weerbaar ${task} ${os.hostname().slice(0, 30)} pid ${process.pid}`);
  try {
    const result = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [
      appPresenceLockKey,
    ]);
    if (!result.rows[0]?.locked) {
      const holders = [
        ...(await holdersOf(client, 'ShareLock')),
        ...(await holdersOf(client, 'ExclusiveLock')),
      ];
      throw new AppRunningError(holders.length > 0 ? holders : ['?']);
    }
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return {
    async release() {
      await client.query('select pg_advisory_unlock($1)', [appPresenceLockKey]).catch(() => {});
      await client.end().catch(() => {});
    },
  };
}
