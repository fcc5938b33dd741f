// Fault: the disk of the data folder is full. A real full disk: a small tmpfs mounted for the test
// (the tests run as root here; where mounting is not allowed the file is skipped and says why),
// filled to the last byte with a filler file.
//
// - The running server (PGlite in that data folder, a real process): saves are refused with a 503
//   problem+json `disk-full` with Retry-After, the process stays up, a sign-in mail that cannot be
//   written to the outbox stays queued; once space returns the same process saves again and the
//   queued mail is delivered by the periodic delivery.
// - The start on a full disk says so in Dutch and English (not PGlite's bare "Aborted()"); so does
//   the command line.
// - Afterwards the data opens, every acknowledged answer is there and `weerbaar audit verify` passes.
// - The key store on a full disk: creating a key fails as disk-full and leaves no half-written key
//   file (which would make an organisation's scans unreadable for good).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { masterKeyProvider } from '../../src/server/crypto/key-provider.ts';
import { guardScanKeyStore } from '../../src/server/crypto/key-store-guard.ts';
import { fileScanKeyStore } from '../../src/server/crypto/scan-keys.ts';
import { refusalOfFault } from '../../src/server/faults.ts';
import {
  cli,
  freePort,
  type RunningServer,
  signInAsCandidate,
  spawnServer,
  startServer,
  until,
} from './support.ts';

const mounts: string[] = [];

/** A tmpfs of `size` at a fresh folder, or the reason there cannot be one. */
function mountSmallDisk(size: string): string | { skip: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-fault-disk-'));
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir], {
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    return { skip: `mount -t tmpfs failed: ${result.stderr || result.error}` };
  }
  mounts.push(dir);
  return dir;
}

const probe = mountSmallDisk('1m');
const skipReason = typeof probe === 'string' ? null : probe.skip;
if (skipReason) console.log(`Schijf-vol-tests overgeslagen / disk-full tests skipped: ${skipReason}`);

afterAll(() => {
  for (const dir of mounts) {
    spawnSync('umount', ['-l', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Fills the disk of `dir` to the last byte, then gives `leave` bytes back; returns the filler file
 * (remove it to free the space).
 */
function fill(dir: string, leave = 0): string {
  const filler = path.join(dir, `filler-${randomUUID()}`);
  const fd = fs.openSync(filler, 'w');
  try {
    for (const size of [1024 * 1024, 64 * 1024, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 0x61);
      for (;;) {
        try {
          fs.writeSync(fd, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
    if (leave > 0) fs.ftruncateSync(fd, fs.fstatSync(fd).size - leave);
  } finally {
    fs.closeSync(fd);
  }
  const { bavail, bsize } = fs.statfsSync(dir);
  expect(bavail * bsize).toBe(leave);
  return filler;
}

describe.skipIf(skipReason !== null)('fault: the data folder’s disk is full', () => {
  it('refuses saves with a 503 disk-full, stays up, and carries on when space returns', async () => {
    const disk = mountSmallDisk('96m') as string;
    const dataDir = path.join(disk, 'data');
    const env = { WEERBAAR_DATA_DIR: dataDir, WEERBAAR_DEMO: 'true' };
    let server: RunningServer | null = await startServer({ env });
    try {
      const { call, url } = await signInAsCandidate(server.port, dataDir);
      let revision = (await call('GET', url)).body!.revision as number;
      let acknowledged = '';
      const save = async (value: string, saveId: string = randomUUID()) => {
        const reply = await call('PUT', `${url}/answers`, {
          baseRevision: revision,
          saveId,
          changes: { cv_toelichting: value },
        });
        if (reply.status === 200) {
          revision = reply.body!.revision;
          acknowledged = value;
        }
        return reply;
      };
      for (let i = 0; i < 3; i++) expect((await save(`Voor de volle schijf ${i}`)).status).toBe(200);

      // Full. Saves go on (a new version of the sealed answers each time) until one needs room.
      const filler = fill(disk);
      let refused: Awaited<ReturnType<typeof save>> | null = null;
      let refusedValue = '';
      let refusedSaveId = '';
      for (let i = 0; i < 3000 && !refused; i++) {
        refusedValue = `Op de volle schijf ${i} ${randomBytes(1500).toString('hex')}`;
        refusedSaveId = randomUUID();
        const reply = await save(refusedValue, refusedSaveId);
        if (reply.status !== 200) refused = reply;
      }
      expect(refused, 'no save was refused on the full disk').not.toBeNull();
      expect(refused!.status).toBe(503);
      expect(refused!.headers.get('content-type')).toContain('application/problem+json');
      expect(refused!.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(refused!.body).toMatchObject({
        code: 'disk-full',
        message: { nl: expect.stringContaining('vol'), en: expect.stringContaining('full') },
      });

      // A sign-in link asked for now: either refused the same way, or queued and kept.
      const link = await call('POST', '/api/auth/sign-in-link', { email: 'kandidaat@voorbeeld.nl' });
      expect([202, 503]).toContain(link.status);
      const outbox = path.join(dataDir, 'outbox');
      const mailsBefore = fs.readdirSync(outbox).filter((f) => f.endsWith('.eml')).length;
      expect(fs.readdirSync(outbox).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(server.child.exitCode).toBeNull();

      // Space again: the same process, the same save (same saveId, as the web's engine retries).
      fs.rmSync(filler);
      const retried = await save(refusedValue, refusedSaveId);
      expect(retried.status).toBe(200);
      expect(acknowledged).toBe(refusedValue);
      if (link.status === 202) {
        // The queued mail goes out by the periodic delivery, without anyone asking.
        await until(
          'the queued sign-in mail',
          () => fs.readdirSync(outbox).filter((f) => f.endsWith('.eml')).length > mailsBefore,
          120_000,
          500,
        );
      }
      await server.stop();
      server = null;

      // The start and the command line on a full disk: a sentence, not a stack or "Aborted()".
      // Full to the last byte, and with one page left (room for the lock file, not for PGlite).
      for (const leave of [0, 4096]) {
        const filler2 = fill(disk, leave);
        const refusedStart = spawnServer(await freePort(), { env });
        const code = await refusedStart.exited;
        expect(code).not.toBe(0);
        expect(refusedStart.output()).toMatch(/is vol/);
        expect(refusedStart.output()).toMatch(/is full/);
        expect(refusedStart.output()).not.toMatch(/Aborted/);
        const verifyFull = cli(['audit', 'verify'], env);
        expect(verifyFull.status).not.toBe(0);
        expect(verifyFull.stderr).toMatch(/is vol.*is full/s);
        expect(verifyFull.stderr).not.toMatch(/Aborted/);
        fs.rmSync(filler2);
      }

      // Space again: the data opens, the chain verifies, the last acknowledged answer is there.
      const verify = cli(['audit', 'verify'], env);
      expect(verify.status, verify.stderr).toBe(0);
      expect(verify.stdout).toMatch(/Auditlog intact/);
      server = await startServer({ env });
      const again = await signInAsCandidate(server.port, dataDir);
      const after = await again.call('GET', again.url);
      expect(after.body!.answers.cv_toelichting).toBe(acknowledged);
      expect(after.body!.revision).toBe(revision);
    } finally {
      await server?.stop();
    }
  }, 300_000);

  it('leaves no half-written key file when the key store’s disk is full', async () => {
    const disk = mountSmallDisk('256k') as string;
    const keyDir = path.join(disk, 'keys');
    const keys = masterKeyProvider(randomBytes(32));
    const store = guardScanKeyStore(fileScanKeyStore(keyDir, keys), {
      probe: () => (fs.existsSync(keyDir) ? 'ok' : 'missing'),
      onFailure: () => {},
    });
    const tenant = randomUUID();
    const first = randomUUID();
    const key = await store.create(tenant, first); // the organisation's key and one scan key

    const filler = fill(disk);
    // A new organisation (its key file) and a new scan of the first one (a scan key file).
    const newTenant = randomUUID();
    for (const attempt of [
      () => store.create(newTenant, randomUUID()),
      () => store.create(tenant, randomUUID()),
    ]) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, 'a key was written on a full disk').not.toBeNull();
      expect(refusalOfFault(error)?.code).toBe('disk-full');
    }
    const left = execFileSync('find', [keyDir, '-type', 'f'], { encoding: 'utf8' }).trim().split('\n');
    expect(left.sort()).toEqual(
      [path.join(keyDir, tenant, 'tenant.key'), path.join(keyDir, tenant, 'scans', `${first}.key`)].sort(),
    );

    // Space again: the store works, for the new organisation too, and the old key is unchanged.
    fs.rmSync(filler);
    expect((await store.get(tenant, first)).equals(key)).toBe(true);
    const scan = randomUUID();
    const fresh = await store.create(newTenant, scan);
    const reopened = guardScanKeyStore(fileScanKeyStore(keyDir, keys));
    expect((await reopened.get(newTenant, scan)).equals(fresh)).toBe(true);
  });
});
