// Fault: the key store cannot be read — the folder is missing (WEERBAAR_KEY_DIR pointing nowhere),
// access is denied, or a key file is corrupt. The server runs as a real process under an
// unprivileged user (root would read a folder whatever its mode), on PGlite in a data folder of its
// own.
//
// - At start: refused, exit 1, with the cause in Dutch and English.
// - While running: opening or saving a scan is a 503 problem `key-store-unavailable` (not a 500,
//   and not "deleted"); once the key store is back the same process goes on.
// - Never plaintext: the answers sent while the keys could not be read appear nowhere in the data
//   folder's raw files (tables, WAL), and neither does the one saved properly (it is sealed).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  filesUnder,
  freePort,
  type RunningServer,
  signInAsCandidate,
  spawnServer,
  startServer,
} from './support.ts';

function idOf(flag: '-u' | '-g'): number | null {
  const result = spawnSync('id', [flag, 'nobody'], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.trim()) : null;
}
const asRoot = process.getuid?.() === 0;
const uid = asRoot ? idOf('-u') : undefined;
const gid = asRoot ? idOf('-g') : undefined;
// As root the server runs as "nobody", so that a folder's mode means something. Not as root the
// process is unprivileged already.
const user = uid === null || gid === null ? null : { uid, gid };
const skipReason = user === null ? 'running as root without a user "nobody"' : null;

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-fault-keys-'));
const dataDir = path.join(base, 'data');
const keyDir = path.join(base, 'keys');
// No key cache here: every save must go to the store, so a store that broke under a running scan
// is seen at once (the cache's own rules: test/unit/scan-key-cache.test.ts).
const env = {
  WEERBAAR_DATA_DIR: dataDir,
  WEERBAAR_KEY_DIR: keyDir,
  WEERBAAR_DEMO: 'true',
  WEERBAAR_SCAN_KEY_CACHE_SECONDS: '0',
};
let server: RunningServer | null = null;

afterAll(async () => {
  await server?.stop();
  fs.rmSync(base, { recursive: true, force: true });
});

function chownTree(dir: string): void {
  if (!user?.uid) return;
  fs.chownSync(dir, user.uid, user.gid!);
  for (const file of filesUnder(dir)) fs.chownSync(file, user.uid, user.gid!);
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isDirectory()) fs.chownSync(path.join(entry.parentPath, entry.name), user.uid, user.gid!);
}

async function refusedStart(): Promise<string> {
  const started = spawnServer(await freePort(), { env, ...(user?.uid ? user : {}) });
  // Bounded: a start that is not refused keeps running, and is stopped here.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const code = await Promise.race([
    started.exited,
    new Promise<'still running'>((resolve) => {
      timer = setTimeout(() => resolve('still running'), 90_000);
    }),
  ]);
  clearTimeout(timer);
  if (code === 'still running') {
    started.child.kill('SIGKILL');
    await started.exited;
  }
  expect(code, started.output()).toBe(1);
  return started.output();
}

describe.skipIf(skipReason !== null)('fault: the key store unreadable', () => {
  it('refuses to start, refuses to open scans with a 503, and never writes plaintext', async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    chownTree(base);
    const spawnAs = user?.uid ? user : {};
    const marker = () => `GEHEIM-${randomBytes(12).toString('hex')}`;
    const saved = marker();
    const refused: string[] = [];

    // A scan with an answer, saved properly.
    server = await startServer({ env, ...spawnAs });
    let session = await signInAsCandidate(server.port, dataDir);
    let revision = (await session.call('GET', session.url)).body!.revision as number;
    const save = async (value: string) =>
      session.call('PUT', `${session.url}/answers`, {
        baseRevision: revision,
        saveId: crypto.randomUUID(),
        changes: { cv_toelichting: value },
      });
    const first = await save(saved);
    expect(first.status).toBe(200);
    revision = first.body!.revision;
    const tenantKey = path.join(keyDir, session.tenantId, 'tenant.key');
    const scanKey = path.join(keyDir, session.tenantId, 'scans', `${session.scanId}.key`);
    expect(fs.existsSync(tenantKey) && fs.existsSync(scanKey)).toBe(true);

    // ── while running ──
    const expectUnavailable = async (what: string) => {
      const value = marker();
      refused.push(value);
      const reply = await save(value);
      expect([what, reply.status]).toEqual([what, 503]);
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
      expect(reply.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(reply.body).toMatchObject({
        code: 'key-store-unavailable',
        message: { nl: expect.stringContaining('sleutel'), en: expect.stringContaining('key') },
      });
      expect((await session.call('GET', session.url)).status).toBe(503);
    };
    const scanKeyBytes = fs.readFileSync(scanKey);
    // A corrupt scan key file.
    fs.writeFileSync(scanKey, randomBytes(scanKeyBytes.length));
    await expectUnavailable('corrupt scan key');
    fs.writeFileSync(scanKey, scanKeyBytes);
    // The folder not there (an unmounted volume, a wrong path): not "deleted".
    fs.renameSync(keyDir, `${keyDir}.away`);
    await expectUnavailable('key folder missing');
    fs.renameSync(`${keyDir}.away`, keyDir);
    // Access denied.
    fs.chmodSync(keyDir, 0o000);
    await expectUnavailable('access denied');
    fs.chmodSync(keyDir, 0o700);
    // Back: the same process saves again.
    const again = await save(`${saved}-daarna`);
    expect(again.status).toBe(200);
    revision = again.body!.revision;
    expect(server.child.exitCode).toBeNull();
    await server.stop();
    server = null;

    // ── at start ──
    fs.renameSync(keyDir, `${keyDir}.away`);
    let output = await refusedStart();
    expect(output).toMatch(/sleutelopslag .* geen enkele sleutel/);
    expect(output).toMatch(/key store .* holds none of the keys/);
    fs.renameSync(`${keyDir}.away`, keyDir);

    fs.chmodSync(keyDir, 0o000);
    output = await refusedStart();
    expect(output).toMatch(/toegang geweigerd/);
    expect(output).toMatch(/permission denied/);
    fs.chmodSync(keyDir, 0o700);

    const tenantKeyBytes = fs.readFileSync(tenantKey);
    fs.writeFileSync(tenantKey, Buffer.concat([tenantKeyBytes.subarray(0, 20), randomBytes(10)]));
    output = await refusedStart();
    expect(output).toMatch(/beschadigd of hoort bij een andere hoofdsleutel/);
    expect(output).toMatch(/damaged or belongs to another master key/);
    fs.writeFileSync(tenantKey, tenantKeyBytes);

    // Restored: it starts and the answers are those saved, read with the keys.
    server = await startServer({ env, ...spawnAs });
    session = await signInAsCandidate(server.port, dataDir);
    const after = await session.call('GET', session.url);
    expect(after.status).toBe(200);
    expect(after.body!.answers.cv_toelichting).toBe(`${saved}-daarna`);
    expect(after.body!.revision).toBe(revision);
    await server.stop();
    server = null;

    // Never plaintext: not one of the answers is in the data folder's raw bytes (tables and WAL).
    const raw = filesUnder(path.join(dataDir, 'pglite')).map((file) => fs.readFileSync(file));
    expect(raw.length).toBeGreaterThan(10);
    // The search sees what is stored in the clear (a control: the candidate's address is).
    const address = Buffer.from('kandidaat@voorbeeld.nl', 'utf8');
    expect(raw.some((bytes) => bytes.includes(address))).toBe(true);
    for (const value of [saved, ...refused]) {
      const needle = Buffer.from(value, 'utf8');
      expect(
        raw.some((bytes) => bytes.includes(needle)),
        `${value} stored as plaintext`,
      ).toBe(false);
    }
  }, 300_000);
});
