// A throw-away PostgreSQL cluster for the `postgres` test project: initdb in a temporary folder,
// started on a free loopback port with durability switched off (tests do not need it), stopped and
// removed afterwards. initdb refuses to run as root, so as root (CI) the server runs as an
// unprivileged user via runuser.
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface PostgresBinaries {
  dir: string;
  initdb: string;
  pgCtl: string;
}

export interface PostgresCluster {
  /** Superuser connection to the `postgres` database. */
  url: string;
  stop(): Promise<void>;
  /** Fault tests: shut the server down (`pg_ctl stop -m fast`), keeping its data… */
  stopServer(): Promise<void>;
  /** …and start it again on the same port. */
  startServer(): Promise<void>;
}

const superuser = 'weerbaar_test';

/** Finds initdb and pg_ctl: the newest /usr/lib/postgresql/<version>/bin, else the PATH. */
export function findPostgresBinaries(): PostgresBinaries | null {
  const candidates: string[] = [];
  const debianRoot = '/usr/lib/postgresql';
  if (fs.existsSync(debianRoot)) {
    const versions = fs
      .readdirSync(debianRoot)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) candidates.push(path.join(debianRoot, version, 'bin'));
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(dir);
  for (const dir of candidates) {
    const initdb = path.join(dir, 'initdb');
    const pgCtl = path.join(dir, 'pg_ctl');
    if (isExecutable(initdb) && isExecutable(pgCtl)) {
      // A symlink in PATH (e.g. /usr/local/bin/initdb): use the real folder, where `postgres` lives.
      const realDir = path.dirname(fs.realpathSync(initdb));
      return { dir: realDir, initdb: path.join(realDir, 'initdb'), pgCtl: path.join(realDir, 'pg_ctl') };
    }
  }
  return null;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A free TCP port on the loopback interface (the OS picks; tiny race until the server binds). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

interface RunAs {
  /** The command prefix: [] or ['runuser', '-u', user, '--']. */
  prefix: string[];
  uid: number | null;
  gid: number | null;
}

function unprivilegedUser(): RunAs {
  if (process.getuid?.() !== 0) return { prefix: [], uid: null, gid: null };
  for (const user of ['postgres', 'nobody']) {
    const id = spawnSync('id', ['-u', user], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
    if (id.status === 0 && gid.status === 0) {
      return {
        prefix: ['runuser', '-u', user, '--'],
        uid: Number(id.stdout.trim()),
        gid: Number(gid.stdout.trim()),
      };
    }
  }
  throw new Error('running as root, but there is no user "postgres" or "nobody" to run PostgreSQL as');
}

function run(runAs: RunAs, command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const [file, ...rest] = [...runAs.prefix, command, ...args];
  // LC_ALL=C: initdb must not depend on the machine's locales.
  return spawnSync(file!, rest, { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', LANG: 'C' } });
}

/** As `run`, without blocking this process's event loop meanwhile. */
function runAsync(
  runAs: RunAs,
  command: string,
  args: string[],
  cwd: string,
): Promise<SpawnSyncReturns<string>> {
  const [file, ...rest] = [...runAs.prefix, command, ...args];
  return new Promise((resolve) => {
    const child = spawn(file!, rest, { cwd, env: { ...process.env, LC_ALL: 'C', LANG: 'C' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (status, signal) =>
      resolve({
        pid: child.pid ?? 0,
        output: [],
        stdout,
        stderr,
        status,
        signal,
      } as SpawnSyncReturns<string>),
    );
  });
}

function describeFailure(what: string, result: SpawnSyncReturns<string>, logFile?: string): Error {
  const log = logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-4000) : '';
  return new Error(
    `${what} failed (exit ${result.status ?? result.signal}):\n${result.stdout ?? ''}${result.stderr ?? ''}${log ? `\n--- server log ---\n${log}` : ''}`,
  );
}

/**
 * pg_ctl starts the server as a daemon, outside our process group: should this process die
 * without its teardown (SIGKILL, a crash), a small detached shell stops the cluster and removes
 * the folder once we are gone.
 */
function startWatchdog(root: string, stopCommand: string[]): { kill(): void } {
  const script =
    'parent=$1; dir=$2; shift 2; ' +
    'while kill -0 "$parent" 2>/dev/null; do sleep 1; done; ' +
    '"$@" >/dev/null 2>&1; rm -rf "$dir"';
  const child = spawn(
    'sh',
    ['-c', script, 'weerbaar-pg-watchdog', String(process.pid), root, ...stopCommand],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  child.unref();
  return {
    kill() {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    },
  };
}

export async function startPostgresCluster(binaries: PostgresBinaries): Promise<PostgresCluster> {
  const runAs = unprivilegedUser();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-pg-'));
  const dataDir = path.join(root, 'data');
  const logFile = path.join(root, 'server.log');
  const removeRoot = () => fs.rmSync(root, { recursive: true, force: true });
  try {
    if (runAs.uid !== null && runAs.gid !== null) fs.chownSync(root, runAs.uid, runAs.gid);
    const init = run(
      runAs,
      binaries.initdb,
      [
        '-D',
        dataDir,
        '-A',
        'trust',
        '-U',
        superuser,
        '--no-sync',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-instructions',
      ],
      root,
    );
    if (init.status !== 0) throw describeFailure('initdb', init);

    let lastFailure: Error | null = null;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const options = [
        `-k ${root}`,
        '-h 127.0.0.1',
        `-p ${port}`,
        '-F',
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=200',
        '-c shared_buffers=32MB',
      ].join(' ');
      const start = run(
        runAs,
        binaries.pgCtl,
        ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', 'start'],
        root,
      );
      if (start.status === 0) {
        const stopCommand = [...runAs.prefix, binaries.pgCtl, '-D', dataDir, '-m', 'immediate', '-w', 'stop'];
        const watchdog = startWatchdog(root, stopCommand);
        let stopped = false;
        const stopNow = () => {
          if (stopped) return;
          stopped = true;
          run(runAs, binaries.pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], root);
          removeRoot();
          watchdog.kill();
        };
        // Vitest ending on a signal skips the global teardown; this and the watchdog cover that.
        process.once('exit', stopNow);
        return {
          url: `postgresql://${superuser}@127.0.0.1:${port}/postgres`,
          async stop() {
            process.off('exit', stopNow);
            stopNow();
          },
          async stopServer() {
            const result = await runAsync(
              runAs,
              binaries.pgCtl,
              ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop'],
              root,
            );
            if (result.status !== 0) throw describeFailure('pg_ctl stop', result, logFile);
          },
          async startServer() {
            const result = await runAsync(
              runAs,
              binaries.pgCtl,
              ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', 'start'],
              root,
            );
            if (result.status !== 0) throw describeFailure('pg_ctl start', result, logFile);
          },
        };
      }
      lastFailure = describeFailure('pg_ctl start', start, logFile);
    }
    throw lastFailure ?? new Error('pg_ctl start failed');
  } catch (error) {
    removeRoot();
    throw error;
  }
}
