// Crash safety of autosave: a stream of saves against a real server process, which is killed with
// SIGKILL mid-stream. After a restart every acknowledged answer is there (and the one in flight
// either fully or not at all), and the audit chain still verifies.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstLink, parseMail } from './support/mime.ts';

const root = path.resolve(import.meta.dirname, '..');
const pinnedNode = path.join(root, 'node_modules/.bin/node');
const node = fs.existsSync(pinnedNode) ? pinnedNode : process.execPath;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-crash-'));
let server: ChildProcess | null = null;

afterAll(() => {
  server?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function env(port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(port),
    WEERBAAR_DATA_DIR: dataDir,
    WEERBAAR_DEMO: 'true',
    WEERBAAR_PUBLIC_URL: `http://localhost:${port}`,
    LOG_LEVEL: 'warn',
    WEERBAAR_SIGN_IN_RATE_LIMIT: '1000',
  };
}

async function start(port: number): Promise<{ stdout: () => string }> {
  let out = '';
  server = spawn(node, [path.join(root, 'src/server/main.ts')], {
    cwd: root,
    env: env(port),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => {
    out += d;
  });
  server.stderr!.on('data', (d) => {
    out += d;
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { stdout: () => out };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${out}`);
}

/** A tiny cookie-and-CSRF client against the real server. */
function client(port: number) {
  let cookie = '';
  let csrf = '';
  return async (method: string, url: string, body?: unknown) => {
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
    // biome-ignore lint/suspicious/noExplicitAny: the test reads several reply shapes by name
    return { status: response.status, body: json as Record<string, any> };
  };
}

function newestLinkFor(email: string): string {
  const dir = path.join(dataDir, 'outbox');
  for (const file of fs.readdirSync(dir).sort().reverse()) {
    const mail = parseMail(fs.readFileSync(path.join(dir, file)));
    if (mail.to === email) return new URL(firstLink(mail.text)!).hash.replace('#token=', '');
  }
  throw new Error(`no mail for ${email}`);
}

async function signInAsCandidate(port: number) {
  const call = client(port);
  await call('POST', '/api/auth/sign-in-link', { email: 'kandidaat@voorbeeld.nl' });
  expect(
    (await call('POST', '/api/auth/redeem', { token: newestLinkFor('kandidaat@voorbeeld.nl') })).status,
  ).toBe(200);
  const session = await call('GET', '/api/auth/session');
  const tenantId = session.body.memberships[0].tenantId as string;
  const scans = await call('GET', `/api/organisations/${tenantId}/my-scans`);
  return { call, tenantId, scanId: scans.body.scans[0].id as string };
}

describe('autosave survives a killed server', () => {
  it('keeps every acknowledged answer and a valid audit chain', async () => {
    const port = await freePort();
    await start(port);
    const { call, tenantId, scanId } = await signInAsCandidate(port);
    const url = `/api/organisations/${tenantId}/my-scans/${scanId}`;
    let revision = (await call('GET', url)).body.revision as number;
    let acknowledged: { value: string; revision: number } | null = null;
    let inFlight: string | null = null;
    let exited: Promise<void> = Promise.resolve();
    const kill = 25 + Math.floor(Math.random() * 10);
    for (let i = 0; i < 60; i++) {
      const value = `Toelichting versie ${i}`;
      const save = call('PUT', `${url}/answers`, {
        baseRevision: revision,
        saveId: randomUUID(),
        changes: { cv_toelichting: value },
      });
      if (i === kill) {
        inFlight = value;
        // Listen before killing: the exit can come before we get round to waiting for it.
        exited = new Promise<void>((resolve) => server!.once('exit', () => resolve()));
        // Kill while the save may be anywhere between received and committed.
        await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 5)));
        server!.kill('SIGKILL');
        await save.catch(() => null);
        break;
      }
      const reply = await save;
      expect(reply.status).toBe(200);
      revision = reply.body.revision;
      acknowledged = { value, revision };
    }
    await exited;
    expect(acknowledged).not.toBeNull();

    const port2 = await freePort();
    await start(port2);
    const again = await signInAsCandidate(port2);
    const after = await again.call('GET', `/api/organisations/${again.tenantId}/my-scans/${again.scanId}`);
    const value = after.body.answers.cv_toelichting;
    if (after.body.revision === acknowledged!.revision) expect(value).toBe(acknowledged!.value);
    else {
      expect(after.body.revision).toBe(acknowledged!.revision + 1);
      expect(value).toBe(inFlight);
    }
    const stopped = new Promise<void>((resolve) => server!.once('exit', () => resolve()));
    server!.kill('SIGTERM');
    await stopped;
    server = null;

    const verify = spawnSync(node, [path.join(root, 'src/cli/main.ts'), 'audit', 'verify'], {
      cwd: root,
      env: { ...process.env, WEERBAAR_DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/Auditlog intact/);
  }, 120_000);
});
