// A Weerbaar server per Playwright worker (e2e/support/serve.ts: the real server, forked with a
// channel for the command line) on a free port with its own data folder (embedded PGlite, mail to
// the outbox folder, no demo organisation). The data folder starts as a copy of the migrated
// template that global-setup.ts made once for the run. Tests get its address as `baseURL`, so
// `page.goto('/')` works, and `app` for the data folder and the CLI:
//
//   import { expect, test } from './support/server.ts';
//   test('…', async ({ page, app }) => {
//     await app.cli(['tenant', 'create', …]);
//     await page.goto('/');
//   });
import { type ChildProcess, execFile, fork } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { CliReply, CliRequest } from './serve.ts';

export { expect };

const root = path.resolve(import.meta.dirname, '..', '..');
const node = path.join(root, 'node_modules', '.bin', 'node');
const serverEntry = path.join(root, 'e2e', 'support', 'serve.ts');

/** Set by global-setup.ts: a migrated data folder (database and key files) to copy for each server. */
export const TEMPLATE_ENV = 'WEERBAAR_E2E_TEMPLATE_DIR';

/**
 * Commands that go through the app's own set-up only (src/cli/main.ts withApp) run inside the
 * server (serve.ts); any other (backup, restore, keys rotate open the database themselves) runs as
 * a process of its own while the server is stopped.
 */
const inServer = new Set([
  'migrate',
  'tenant create',
  'user invite',
  'demo',
  'audit seal',
  'audit verify',
  'retention',
  'report verify',
  'lists import',
]);

function runsInServer(args: readonly string[]): boolean {
  return inServer.has(args[0] ?? '') || inServer.has(`${args[0]} ${args[1]}`);
}

export interface WeerbaarApp {
  /** http://localhost:<port> (also the server's WEERBAAR_PUBLIC_URL). */
  baseURL: string;
  /** The server's data folder; mail lands in <dataDir>/outbox/ (see mail.ts). */
  dataDir: string;
  /**
   * Runs `weerbaar <args>` with the server's settings and returns its stdout; rejects with the
   * output when it exits non-zero. In embedded mode one process owns the data folder, so the
   * command runs inside the server process, against its open database (serve.ts); a command that
   * needs the database to itself (backup, restore, keys rotate) stops the server, runs as a
   * process of its own and starts it again on the same port and folder (sessions live in the
   * database and survive this).
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

/**
 * Runs `weerbaar migrate` on a new folder: the template that each server's data folder is copied
 * from (global-setup.ts), so migrations run once per test run, not once per spec file.
 */
export async function makeTemplateDataDir(dir: string): Promise<void> {
  // The port is not used: migrate opens no socket.
  const env = serverEnv(3000, dir);
  await new Promise<void>((resolve, reject) => {
    execFile(
      node,
      ['src/cli/main.ts', 'migrate'],
      { cwd: root, env, timeout: 120_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`weerbaar migrate (template) failed:\n${stdout}${stderr}`)) : resolve(),
    );
  });
}

/** A fresh data folder: a copy of the template when there is one, else empty (the server migrates). */
function newDataDir(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-e2e-'));
  const template = process.env[TEMPLATE_ENV];
  if (template && fs.existsSync(template)) fs.cpSync(template, dataDir, { recursive: true });
  return dataDir;
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
    // Opens serve.ts's command channel; nothing else reads it.
    WEERBAAR_E2E_CLI_CHANNEL: '1',
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

/** Sends one command to the server over its channel (serve.ts) and waits for the reply. */
function sendCommand(child: ChildProcess, request: CliRequest, timeoutMs: number): Promise<CliReply> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, reply?: CliReply) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(reply as CliReply);
    };
    const onMessage = (message: CliReply) => {
      if (message.id === request.id) done(null, message);
    };
    const onExit = (code: number | null, signal: string | null) =>
      done(new Error(`the server stopped (${code ?? signal}) during weerbaar ${request.argv.join(' ')}`));
    const timer = setTimeout(
      () => done(new Error(`weerbaar ${request.argv.join(' ')}: no reply within ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(request, (error) => {
      if (error) done(error);
    });
  });
}

export const test = base.extend<object, { app: WeerbaarApp }>({
  app: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      const dataDir = newDataDir();
      fs.mkdirSync(workerInfo.project.outputDir, { recursive: true });
      const logFile = path.join(
        workerInfo.project.outputDir,
        `weerbaar-server-${workerInfo.workerIndex}.log`,
      );
      const port = await freePort();
      const env = serverEnv(port, dataDir);
      let child: ChildProcess | null = null;
      let commands = 0;

      const start = async () => {
        const log = fs.openSync(logFile, 'a');
        try {
          child = fork(serverEntry, [], {
            cwd: root,
            env,
            execPath: node,
            detached: true,
            stdio: ['ignore', log, log, 'ipc'],
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
      const failed = (args: string[], code: string | number | null | undefined, output: string) =>
        new Error(`weerbaar ${args.join(' ')} failed (${code}):\n${output}`);

      const app: WeerbaarApp = {
        baseURL: `http://localhost:${port}`,
        dataDir,
        output: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
        async cli(args) {
          if (child && runsInServer(args)) {
            commands += 1;
            const reply = await sendCommand(child, { id: commands, argv: args }, 60_000);
            if (reply.code !== 0) throw failed(args, reply.code, `${reply.stdout}${reply.stderr}`);
            return reply.stdout;
          }
          await stop();
          try {
            return await new Promise<string>((resolve, reject) => {
              execFile(
                node,
                ['src/cli/main.ts', ...args],
                { cwd: root, env, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 },
                (error, stdout, stderr) => {
                  if (error) reject(failed(args, error.code ?? error.signal, `${stdout}${stderr}`));
                  else resolve(stdout);
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
