// What the fault tests share: a real server process (src/server/main.ts, as test/crash.test.ts
// starts it), a small cookie-and-CSRF client, the demo candidate's sign-in through the file outbox,
// and waiting by polling (generous bounds, never a timing assertion).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect } from 'vitest';
import { firstLink, parseMail } from '../support/mime.ts';

export const root = path.resolve(import.meta.dirname, '../..');
const pinnedNode = path.join(root, 'node_modules/.bin/node');
export const node = fs.existsSync(pinnedNode) ? pinnedNode : process.execPath;

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export async function until<T>(
  what: string,
  check: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  timeoutMs = 90_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export interface RunningServer {
  port: number;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  env: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
}

function serverEnv(port: number, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(port),
    WEERBAAR_PUBLIC_URL: `http://localhost:${port}`,
    LOG_LEVEL: 'warn',
    WEERBAAR_SIGN_IN_RATE_LIMIT: '1000',
    ...env,
  };
}

/** Spawns the server; resolves once /api/health answers, or rejects with its output if it exits. */
export async function startServer(options: SpawnOptions): Promise<RunningServer> {
  const port = await freePort();
  const { child, output, exited } = spawnServer(port, options);
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  await until(
    `server on ${port} (output so far: ${output().slice(-2000)})`,
    async () => {
      if (gone) throw new Error(`server exited: ${output()}`);
      try {
        return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
      } catch {
        return false;
      }
    },
    120_000,
  );
  return {
    port,
    child,
    output,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Spawns the server without waiting: for starts that are meant to be refused. */
export function spawnServer(port: number, options: SpawnOptions) {
  let out = '';
  const child = spawn(node, [path.join(root, 'src/server/main.ts')], {
    cwd: root,
    env: serverEnv(port, options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
  });
  child.stdout!.on('data', (d) => {
    out += d;
  });
  child.stderr!.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Runs the weerbaar command line to its end. */
export function cli(args: string[], env: NodeJS.ProcessEnv, ids: { uid?: number; gid?: number } = {}) {
  return spawnSync(node, [path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    ...(ids.uid === undefined ? {} : { uid: ids.uid, gid: ids.gid }),
  });
}

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: the tests read several reply shapes by name
  body: Record<string, any> | null;
}

/** A tiny cookie-and-CSRF client against the real server. Network failures reject. */
export function client(port: number) {
  let cookie = '';
  let csrf = '';
  return async (method: string, url: string, body?: unknown): Promise<Reply> => {
    const response = await fetch(`http://127.0.0.1:${port}${url}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (json && typeof json.csrfToken === 'string') csrf = json.csrfToken;
    return { status: response.status, headers: response.headers, body: json };
  };
}

export function newestLinkFor(dataDir: string, email: string): string {
  const dir = path.join(dataDir, 'outbox');
  for (const file of fs.readdirSync(dir).sort().reverse()) {
    const mail = parseMail(fs.readFileSync(path.join(dir, file)));
    if (mail.to === email) return new URL(firstLink(mail.text)!).hash.replace('#token=', '');
  }
  throw new Error(`no mail for ${email}`);
}

/** The demo organisation's candidate, signed in; their first scan. */
export async function signInAsCandidate(port: number, dataDir: string) {
  const call = client(port);
  const email = 'kandidaat@voorbeeld.nl';
  expect((await call('POST', '/api/auth/sign-in-link', { email })).status).toBe(202);
  const token = await until('the sign-in mail', () => {
    try {
      return newestLinkFor(dataDir, email);
    } catch {
      return null;
    }
  });
  expect((await call('POST', '/api/auth/redeem', { token })).status).toBe(200);
  const session = await call('GET', '/api/auth/session');
  const tenantId = session.body!.memberships[0].tenantId as string;
  const scans = await call('GET', `/api/organisations/${tenantId}/my-scans`);
  const scanId = scans.body!.scans[0].id as string;
  return { call, tenantId, scanId, url: `/api/organisations/${tenantId}/my-scans/${scanId}` };
}

/** Every file under a folder, for a search of its raw bytes. */
export function filesUnder(folder: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}
