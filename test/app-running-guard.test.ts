// "Stop the app first", enforced on PostgreSQL (src/server/db/app-presence.ts): the real server
// (src/server/main.ts, two workers behind one port) on a throw-away PostgreSQL cluster of our own,
// and the real `weerbaar restore` and `weerbaar keys rotate` beside it.
// - While the app runs both refuse, in Dutch and English, naming each app process (host and pid),
//   and change nothing: the signed-in candidate stays signed in, the key store's files are the same.
//   Once the app is stopped both run.
// - While a maintenance task holds the database, the app refuses to start, naming the task.
// - An app process whose lock connection is cut takes its lock again and keeps serving; if a task
//   took the lock in that gap, the process stops rather than serve beside it.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appPresenceLockKey, claimMaintenance } from '../src/server/db/app-presence.ts';
import {
  cli,
  filesUnder,
  freePort,
  type RunningServer,
  signInAsCandidate,
  spawnServer,
  startServer,
  until,
} from './faults/support.ts';
import {
  findPostgresBinaries,
  type PostgresCluster,
  startPostgresCluster,
} from './support/postgres-cluster.ts';

const binaries = findPostgresBinaries();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-app-running-'));
let cluster: PostgresCluster | null = null;
let server: RunningServer | null = null;
let env: NodeJS.ProcessEnv = {};
let ownerUrl = '';

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: cluster!.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The backends holding the app-presence lock in shared mode: one per running app process. */
function presenceHolders(): Promise<Array<{ pid: number; name: string }>> {
  return admin(async (client) => {
    const result = await client.query<{ pid: number; name: string }>(
      `select l.pid, a.application_name as name from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and l.granted and l.mode = 'ShareLock' and l.objid = $1 order by l.pid`,
      [appPresenceLockKey],
    );
    return result.rows;
  });
}

function childPids(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** A fingerprint of every file in the key store folder. */
function keyStoreFingerprint(): string {
  const folder = path.join(dataDir, 'keys');
  const hash = createHash('sha256');
  for (const file of filesUnder(folder).sort()) hash.update(file).update(fs.readFileSync(file));
  return hash.digest('hex');
}

beforeAll(async () => {
  if (!binaries) return;
  cluster = await startPostgresCluster(binaries);
  const ownerPassword = randomBytes(12).toString('hex');
  const appPassword = randomBytes(12).toString('hex');
  await admin(async (client) => {
    await client.query(`create role weerbaar_owner login createrole password '${ownerPassword}'`);
    await client.query(`create role weerbaar_login login password '${appPassword}'`);
    await client.query('create role weerbaar_app nologin');
    await client.query('grant weerbaar_app to weerbaar_login');
    await client.query('create database weerbaar owner weerbaar_owner');
  });
  const at = (user: string, password: string) => {
    const url = new URL(cluster!.url);
    url.username = user;
    url.password = password;
    url.pathname = '/weerbaar';
    return url.toString();
  };
  ownerUrl = at('weerbaar_owner', ownerPassword);
  env = {
    WEERBAAR_DATA_DIR: dataDir,
    DATABASE_URL: at('weerbaar_login', appPassword),
    DATABASE_MIGRATION_URL: ownerUrl,
    WEERBAAR_MASTER_KEY: randomBytes(32).toString('base64'),
    WEERBAAR_DEMO: 'true',
  };
}, 120_000);

// A test that fails half-way leaves its server running; the next test's server would replace it in
// `server` and it would outlive the run (seen: a main.ts with two workers left after a red run).
afterEach(async () => {
  await server?.stop();
  server = null;
});

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!binaries)('stop the app first, on PostgreSQL', { timeout: 600_000 }, () => {
  it('restore and keys rotate refuse while the app runs, naming its processes, and run once it stopped', async () => {
    server = await startServer({ env: { ...env, WEERBAAR_WORKERS: '2' } });
    const holders = await until('both workers hold their lock', async () => {
      const found = await presenceHolders();
      return found.length === 2 ? found : null;
    });
    const workers = childPids(server.child.pid!);
    expect(workers).toHaveLength(2);
    for (const pid of workers)
      expect(holders.map((h) => h.name)).toContain(`weerbaar app ${os.hostname().slice(0, 30)} pid ${pid}`);

    // A backup may be made while the app runs (one consistent snapshot).
    const backupFile = path.join(dataDir, 'guard.backup');
    const backup = cli(['backup', '--out', backupFile], env);
    expect(backup.status, backup.stderr).toBe(0);
    // After the backup a candidate signs in: a restore would take that session away.
    const { call, url } = await signInAsCandidate(server.port, dataDir);
    const keysBefore = keyStoreFingerprint();

    const restore = cli(['restore', '--from', backupFile, '--yes'], env);
    expect(restore.status, restore.stdout + restore.stderr).toBe(75);
    expect(restore.stderr).toMatch(/Weerbaar draait nog: .*Stop eerst elk app-proces/);
    expect(restore.stderr).toMatch(/Weerbaar is still running: .*Stop every app process first/);
    for (const pid of workers) expect(restore.stderr).toContain(`pid ${pid}`);

    const newKey = randomBytes(32).toString('base64');
    const rotate = cli(['keys', 'rotate'], { ...env, WEERBAAR_NEW_MASTER_KEY: newKey });
    expect(rotate.status, rotate.stdout + rotate.stderr).toBe(75);
    expect(rotate.stderr).toMatch(/Weerbaar draait nog: .*Weerbaar is still running/);
    for (const pid of workers) expect(rotate.stderr).toContain(`pid ${pid}`);

    // Nothing was changed: still signed in, the scan still opens, the key store is the same.
    expect((await call('GET', url)).status).toBe(200);
    expect(keyStoreFingerprint()).toBe(keysBefore);

    // Stopped: both run (the restore takes the candidate's session with it).
    await server.stop();
    server = null;
    await until('no lock held', async () => (await presenceHolders()).length === 0);
    const restored = cli(['restore', '--from', backupFile, '--yes'], env);
    expect(restored.status, restored.stdout + restored.stderr).toBe(0);
    const rotated = cli(['keys', 'rotate'], { ...env, WEERBAAR_NEW_MASTER_KEY: newKey });
    expect(rotated.status, rotated.stdout + rotated.stderr).toBe(0);
    expect(keyStoreFingerprint()).not.toBe(keysBefore);
    env = { ...env, WEERBAAR_MASTER_KEY: newKey };
  });

  it('the app does not start while a maintenance task holds the database, and says which', async () => {
    const claim = await claimMaintenance(ownerUrl, 'restore');
    try {
      const port = await freePort();
      const refused = spawnServer(port, { env: { ...env, WEERBAAR_WORKERS: '2' } });
      let code: number | null | undefined;
      void refused.exited.then((c) => {
        code = c;
      });
      // Either it stops, or it answers: a start beside the task is the failure this test is for.
      const outcome = await until('the start ends one way or the other', async () => {
        if (code !== undefined) return 'stopped';
        const answered = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        return answered ? 'started' : null;
      });
      if (outcome === 'started') {
        refused.child.kill('SIGTERM');
        await refused.exited;
      }
      expect(outcome).toBe('stopped');
      expect(code).not.toBe(0);
      expect(refused.output()).toMatch(/Een beheertaak houdt de database vast: weerbaar restore .* pid \d+/);
      expect(refused.output()).toMatch(/A maintenance task holds the database: weerbaar restore/);
      expect(await presenceHolders()).toEqual([]);
    } finally {
      await claim.release();
    }
  });

  it('an app process whose lock connection is cut takes it again; if a task took it meanwhile, it stops', async () => {
    server = await startServer({ env });
    const [first] = await until('the lock is held', async () => {
      const found = await presenceHolders();
      return found.length === 1 ? found : null;
    });
    await admin((client) => client.query('select pg_terminate_backend($1)', [first!.pid]));
    const [again] = await until('the lock is held again, by a new connection', async () => {
      const found = await presenceHolders();
      return found.length === 1 && found[0]!.pid !== first!.pid ? found : null;
    });
    expect(again!.name).toBe(first!.name);
    expect((await fetch(`http://127.0.0.1:${server.port}/api/health`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();

    // Cut again, and a task takes the lock before the process can.
    await admin((client) => client.query('select pg_terminate_backend($1)', [again!.pid]));
    const claim = await until(
      'the task has the lock',
      () => claimMaintenance(ownerUrl, 'keys rotate').catch(() => null),
      30_000,
      20,
    );
    try {
      const running = server;
      const { code } = await until('the process stops', () =>
        running.child.exitCode !== null ? { code: running.child.exitCode } : null,
      );
      expect(code).toBe(1);
      expect(server.output()).toMatch(/Een beheertaak houdt de database vast: weerbaar keys rotate/);
      server = null;
    } finally {
      await claim.release();
    }
  });
});
