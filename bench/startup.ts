// Startup time as a user meets it: from spawning `npm start` to the first 200 from /api/health,
//   (a) on an empty data folder (first start: database created, migrations, demo organisation),
//   (b) on that same folder again (a restart),
// beside the time a bare `node -e 0` takes on the same Node, measured in the same run, so the
// figures can be compared across machines as ratios.
//
//   npm run bench -- startup [--runs 5]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'node_modules', '.bin');
const node = path.join(bin, 'node');
const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
for (const key of Object.keys(env)) {
  if (/^(WEERBAAR_|DATABASE_|SMTP_|npm_)/.test(key) || key === 'PORT') delete env[key];
}

interface Stats {
  median: number;
  min: number;
  runs: number[];
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), min: round(sorted[0]!), runs: values.map(round) };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Spawn → exit of `node -e 0`. */
function bareNode(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(node, ['-e', '0'], { stdio: 'ignore', env });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`node -e 0: exit ${code}`)),
    );
  });
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole process group (npm and the server), SIGKILL after 15 s; waits until it is gone. */
async function stopGroup(pid: number): Promise<void> {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 15_000;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  if (groupAlive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
    while (groupAlive(pid)) await new Promise((r) => setTimeout(r, 25));
  }
}

/** Spawn `npm start` → first 200 from /api/health; the server's process group is stopped afterwards. */
async function npmStart(dataDir: string): Promise<number> {
  const port = await freePort();
  let output = '';
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...env, PORT: String(port), WEERBAAR_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited: string | null = null;
  child.on('exit', (code, signal) => {
    exited = `exit ${code ?? signal}`;
  });
  try {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && !exited) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`, {
          signal: AbortSignal.timeout(2_000),
        });
        if (response.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`npm start did not become healthy (${exited ?? 'timeout'}):\n${output}`);
  } finally {
    if (child.pid) await stopGroup(child.pid);
  }
}

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number ≥ 1`);
  return value;
}

export async function run(args: string[]): Promise<void> {
  const runs = option(args, 'runs', 5);
  if (!fs.existsSync(path.join(root, 'dist', 'web', 'index.html'))) {
    console.log(
      'dist/web ontbreekt: eerst bouwen (niet gemeten) / building the web app first (not measured)…',
    );
    const build = spawnSync(path.join(bin, 'vite'), ['build', '--logLevel', 'warn'], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('vite build failed');
  }

  // Warm the file system cache and npm, so the first measured run is not an outlier of its own.
  await bareNode();
  const warm = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-'));
  try {
    await npmStart(warm);
  } finally {
    fs.rmSync(warm, { recursive: true, force: true });
  }

  const bare: number[] = [];
  const fresh: number[] = [];
  const existing: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < 3; j++) bare.push(await bareNode());
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-'));
    try {
      fresh.push(await npmStart(dataDir));
      existing.push(await npmStart(dataDir));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    process.stdout.write(
      `  run ${i + 1}/${runs}: lege map ${Math.round(fresh.at(-1)!)} ms, bestaande map ${Math.round(existing.at(-1)!)} ms\n`,
    );
  }

  const nodeStats = stats(bare);
  const freshStats = stats(fresh);
  const existingStats = stats(existing);
  const ratio = (s: Stats) => Math.round((s.median / nodeStats.median) * 10) / 10;
  const rows: [string, Stats, string][] = [
    ['node -e "0"', nodeStats, '1×'],
    ['npm start, lege datamap / empty data folder', freshStats, `${ratio(freshStats)}×`],
    ['npm start, bestaande datamap / existing data folder', existingStats, `${ratio(existingStats)}×`],
  ];
  console.log(
    `\nOpstarttijd tot /api/health 200 / startup time to /api/health 200 (ms; node ${process.version}, ${os.cpus().length} cores)\n`,
  );
  console.log(`${''.padEnd(52)}${'median'.padStart(9)}${'min'.padStart(9)}${'× node'.padStart(9)}`);
  for (const [label, s, r] of rows) {
    console.log(
      `${label.padEnd(52)}${String(Math.round(s.median)).padStart(9)}${String(Math.round(s.min)).padStart(9)}${r.padStart(9)}`,
    );
  }
  console.log(
    `\nbestaande / lege map (median): ${Math.round((existingStats.median / freshStats.median) * 100) / 100}  ` +
      `(${runs} runs per start; ${bare.length} × node -e 0)\n`,
  );
  console.log(
    JSON.stringify({
      benchmark: 'startup',
      node: process.version,
      cpus: os.cpus().length,
      runs,
      node_ms: nodeStats,
      fresh_ms: freshStats,
      existing_ms: existingStats,
      ratio_fresh: ratio(freshStats),
      ratio_existing: ratio(existingStats),
    }),
  );
}
