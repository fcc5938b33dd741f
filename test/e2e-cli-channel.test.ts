// The browser journeys' server (e2e/support/serve.ts): it refuses to run unless the e2e support
// started it (IPC and WEERBAAR_E2E_CLI_CHANNEL=1), and on its channel a command runs inside the
// server with the same output and exit codes as the `weerbaar` process.
import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliReply } from '../e2e/support/serve.ts';

const root = path.resolve(import.meta.dirname, '..');
const pinnedNode = path.join(root, 'node_modules/.bin/node');
const node = fs.existsSync(pinnedNode) ? pinnedNode : process.execPath;
const entry = path.join(root, 'e2e/support/serve.ts');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('the e2e server’s command channel', { timeout: 120_000 }, () => {
  let dataDir: string;
  let child: ChildProcess;
  let port: number;
  let env: NodeJS.ProcessEnv;
  let id = 0;

  const cli = (argv: string[]) =>
    new Promise<CliReply>((resolve) => {
      const sent = ++id;
      const onMessage = (reply: CliReply) => {
        if (reply.id !== sent) return;
        child.off('message', onMessage);
        resolve(reply);
      };
      child.on('message', onMessage);
      child.send({ id: sent, argv });
    });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-channel-'));
    port = await freePort();
    env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: '127.0.0.1',
      WEERBAAR_DATA_DIR: dataDir,
      WEERBAAR_DEMO: 'false',
      WEERBAAR_PUBLIC_URL: `http://localhost:${port}`,
      LOG_LEVEL: 'silent',
    };
    child = fork(entry, [], {
      cwd: root,
      env: { ...env, WEERBAAR_E2E_CLI_CHANNEL: '1' },
      execPath: node,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const deadline = Date.now() + 100_000;
    for (;;) {
      const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline || child.exitCode !== null) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to start without the channel variable, or without an IPC parent', async () => {
    // Forked with IPC, but without WEERBAAR_E2E_CLI_CHANNEL=1.
    const forked = fork(entry, [], {
      cwd: root,
      env,
      execPath: node,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    forked.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        forked.kill('SIGKILL');
        resolve(null);
      }, 60_000);
      forked.once('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).toBe(64);
    expect(stderr).toContain('only for the browser journeys');
    // With the variable, but started as a plain process (no IPC parent).
    const withoutParent = spawnSync(node, [entry], {
      cwd: root,
      env: { ...env, WEERBAAR_E2E_CLI_CHANNEL: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(withoutParent.status).toBe(64);
  });

  it('runs commands in the server: output, the database it has open, exit codes', async () => {
    const created = await cli(['tenant', 'create', '--slug', 'kanaal', '--name', 'Gemeente Kanaal']);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/organisation created: kanaal \(/);

    const invited = await cli([
      'user',
      'invite',
      '--tenant',
      'kanaal',
      '--email',
      'els@kanaal.test',
      '--name',
      'Els',
      '--role',
      'expert',
    ]);
    expect(invited.code).toBe(0);
    expect(invited.stdout).toMatch(new RegExp(`http://localhost:${port}/\\S+#token=\\S+`));

    // A refusal of the command itself (CliError), and one of commander (a missing option).
    const unknown = await cli([
      'user',
      'invite',
      '--tenant',
      'nergens',
      '--email',
      'a@b.nl',
      '--name',
      'A',
      '--role',
      'expert',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown organisation: nergens');
    const missing = await cli(['tenant', 'create', '--slug', 'x1']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--name');

    // The server kept running and serves what the command made.
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(child.exitCode).toBeNull();
  });
});
