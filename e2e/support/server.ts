// A Weerbaar server per Playwright worker: `node src/server/main.ts` on a free port with a fresh
// data folder (embedded PGlite, mail to the outbox folder, no demo organisation). Tests get its
// address as `baseURL`, so `page.goto('/')` works, and `app` for the data folder and the CLI:
//
//   import { expect, test } from './support/server.ts';
//   test('…', async ({ page, app }) => {
//     await app.cli(['tenant', 'create', …]);
//     await page.goto('/');
//   });
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

export { expect };

const root = path.resolve(import.meta.dirname, '..', '..');
const node = path.join(root, 'node_modules', '.bin', 'node');

export interface WeerbaarApp {
  /** http://localhost:<port> (also the server's WEERBAAR_PUBLIC_URL). */
  baseURL: string;
  /** The server's data folder; mail lands in <dataDir>/outbox/ (see mail.ts). */
  dataDir: string;
  /**
   * Runs `weerbaar <args>` with the server's settings and returns its stdout; rejects with the
   * output when it exits non-zero. In embedded mode one process owns the data folder, so the
   * server is stopped for the command and started again on the same port and folder (sessions
   * live in the database and survive this).
   */
  cli(args: string[]): Promise<string>;
  /** Everything the server printed so far (its log file). */
  output(): string;
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

/** The server's environment: the caller's, minus anything that would point it elsewhere. */
function serverEnv(port: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(WEERBAAR_|DATABASE_|SMTP_|MAIL_)/.test(key) || key === 'PORT' || key === 'HOST') continue;
    env[key] = value;
  }
  return {
    ...env,
    PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    WEERBAAR_DATA_DIR: dataDir,
    WEERBAAR_DEMO: 'false',
    WEERBAAR_PUBLIC_URL: `http://localhost:${port}`,
    LOG_LEVEL: 'warn',
    NO_COLOR: '1',
  };
}

async function waitForHealth(
  port: number,
  child: ChildProcess,
  logFile: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | null = null;
  const onExit = (code: number | null, signal: string | null) => {
    exited = `exit ${code ?? signal}`;
  };
  child.once('exit', onExit);
  try {
    while (Date.now() < deadline) {
      if (exited) break;
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`, {
          signal: AbortSignal.timeout(2_000),
        });
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    child.off('exit', onExit);
  }
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-4000) : '';
  throw new Error(
    `Weerbaar server did not become healthy on port ${port} (${exited ?? `no 200 from /api/health after ${timeoutMs} ms`})\n--- server output ---\n${log}`,
  );
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    kill('SIGTERM');
  });
}

export const test = base.extend<object, { app: WeerbaarApp }>({
  app: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-e2e-'));
      fs.mkdirSync(workerInfo.project.outputDir, { recursive: true });
      const logFile = path.join(
        workerInfo.project.outputDir,
        `weerbaar-server-${workerInfo.workerIndex}.log`,
      );
      const port = await freePort();
      const env = serverEnv(port, dataDir);
      let child: ChildProcess | null = null;

      const start = async () => {
        const log = fs.openSync(logFile, 'a');
        try {
          child = spawn(node, ['src/server/main.ts'], {
            cwd: root,
            env,
            detached: true,
            stdio: ['ignore', log, log],
          });
        } finally {
          fs.closeSync(log);
        }
        await waitForHealth(port, child, logFile, 60_000);
      };
      const stop = async () => {
        if (child) await stopProcess(child);
        child = null;
      };

      const app: WeerbaarApp = {
        baseURL: `http://localhost:${port}`,
        dataDir,
        output: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
        async cli(args) {
          await stop();
          try {
            return await new Promise<string>((resolve, reject) => {
              execFile(
                node,
                ['src/cli/main.ts', ...args],
                { cwd: root, env, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 },
                (error, stdout, stderr) => {
                  if (error) {
                    reject(
                      new Error(
                        `weerbaar ${args.join(' ')} failed (${error.code ?? error.signal}):\n${stdout}${stderr}`,
                      ),
                    );
                  } else {
                    resolve(stdout);
                  }
                },
              );
            });
          } finally {
            await start();
          }
        },
      };

      try {
        await start();
        await use(app);
      } finally {
        await stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ app }, use) => {
    await use(app.baseURL);
  },
});
