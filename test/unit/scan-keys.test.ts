// Crypto-shredding at the key level: once a scan's key is destroyed, a copy of its sealed content
// taken before (a database dump, a backup) no longer opens, with every other key still present.
// Proven for both key stores: the key folder and the separate key database (here on PGlite).
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { masterKeyProvider } from '../../src/server/crypto/key-provider.ts';
import { openScanField, ScanKeyGone, sealScanField } from '../../src/server/crypto/scan-keys.ts';
import { createTestKeyStore, keyStoreKinds, type TestKeyStore } from '../support/key-stores.ts';

const stores: TestKeyStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.cleanup();
});

describe.each(keyStoreKinds)('scan keys in the %s key store', (kind) => {
  // One key store for the tests that only add keys under random ids (a new PGlite per test is slow
  // on a busy machine); the rotation test, which re-wraps every key in its store, gets its own.
  let shared: TestKeyStore | undefined;
  afterAll(() => shared?.cleanup());
  async function store(master = randomBytes(32), own = false) {
    let backing: TestKeyStore;
    if (own) {
      backing = await createTestKeyStore(kind);
      stores.push(backing);
    } else {
      shared ??= await createTestKeyStore(kind);
      backing = shared;
    }
    return { backing, master, keys: backing.open(masterKeyProvider(master)) };
  }

  it('seal a field so that it opens only with the right scan, tenant and field', async () => {
    const { keys } = await store();
    const tenant = randomUUID();
    const scan = randomUUID();
    const key = await keys.create(tenant, scan);
    const sealed = sealScanField(key, tenant, scan, 'answers', { nevenfuncties: 'ja' });
    expect(sealed.includes(Buffer.from('nevenfuncties'))).toBe(false);
    expect(openScanField(await keys.get(tenant, scan), tenant, scan, 'answers', sealed)).toEqual({
      nevenfuncties: 'ja',
    });
    expect(() => openScanField(key, tenant, scan, 'notes', sealed)).toThrow();
    expect(() => openScanField(key, tenant, randomUUID(), 'answers', sealed)).toThrow();
    expect(() => openScanField(key, randomUUID(), scan, 'answers', sealed)).toThrow();
    // A scan key is bound to its organisation: asked for under another one, it is not there.
    await expect(keys.get(randomUUID(), scan)).rejects.toBeInstanceOf(ScanKeyGone);
  });

  it('after destroy, a copy taken before can no longer be opened; other scans still open', async () => {
    const { backing, master, keys } = await store();
    const tenant = randomUUID();
    const doomed = randomUUID();
    const kept = randomUUID();
    const doomedSealed = sealScanField(await keys.create(tenant, doomed), tenant, doomed, 'answers', {
      a: 1,
    });
    const keptSealed = sealScanField(await keys.create(tenant, kept), tenant, kept, 'answers', { b: 2 });
    const dump = Buffer.from(doomedSealed); // the "database dump": ciphertext only

    await keys.destroy(tenant, doomed);
    await expect(keys.get(tenant, doomed)).rejects.toBeInstanceOf(ScanKeyGone);
    // Everything that remains — master key, tenant key, the key store — does not open the dump.
    const reopened = backing.open(masterKeyProvider(master));
    await expect(
      reopened.get(tenant, doomed).then((key) => openScanField(key, tenant, doomed, 'answers', dump)),
    ).rejects.toBeInstanceOf(ScanKeyGone);
    expect(await backing.holdsScan(doomed)).toBe(false);
    expect(await backing.holdsScan(kept)).toBe(true);
    expect(openScanField(await reopened.get(tenant, kept), tenant, kept, 'answers', keptSealed)).toEqual({
      b: 2,
    });
    // Destroying twice is once (a crash between key and row is finished by running again).
    await expect(keys.destroy(tenant, doomed)).resolves.toBeUndefined();
  });

  it('a wrong master key opens nothing', async () => {
    const { backing, keys } = await store();
    const tenant = randomUUID();
    const scan = randomUUID();
    await keys.create(tenant, scan);
    await expect(backing.open(masterKeyProvider(randomBytes(32))).get(tenant, scan)).rejects.toThrow();
  });

  it('master-key rotation re-wraps the organisation keys only: scans open, the old key opens none, a shredded scan stays shredded', async () => {
    const { backing, master, keys } = await store(randomBytes(32), true);
    const [tenantA, tenantB] = [randomUUID(), randomUUID()];
    const scans = [randomUUID(), randomUUID()];
    const sealed = [
      sealScanField(await keys.create(tenantA, scans[0]!), tenantA, scans[0]!, 'answers', { a: 1 }),
      sealScanField(await keys.create(tenantB, scans[1]!), tenantB, scans[1]!, 'answers', { b: 2 }),
    ];
    const shredded = randomUUID();
    await keys.create(tenantA, shredded);
    await keys.destroy(tenantA, shredded);

    const old = masterKeyProvider(master);
    const next = masterKeyProvider(randomBytes(32));
    expect(await keys.rewrapTenantKeys(next)).toEqual({ rewrapped: 2, already: 0 });
    // Again, as after a crash: nothing left to do.
    expect(await backing.open(old).rewrapTenantKeys(next)).toEqual({ rewrapped: 0, already: 2 });

    const after = backing.open(next);
    expect(
      openScanField(await after.get(tenantA, scans[0]!), tenantA, scans[0]!, 'answers', sealed[0]!),
    ).toEqual({
      a: 1,
    });
    expect(
      openScanField(await after.get(tenantB, scans[1]!), tenantB, scans[1]!, 'answers', sealed[1]!),
    ).toEqual({
      b: 2,
    });
    expect(await after.opensAnyTenantKey(old)).toBe(false);
    expect(await after.opensAnyTenantKey(next)).toBe(true);
    await expect(backing.open(old).get(tenantA, scans[0]!)).rejects.toThrow();
    await expect(after.get(tenantA, shredded)).rejects.toBeInstanceOf(ScanKeyGone);
  });
});

describe('the key folder', () => {
  it('key files are private and ids cannot climb out of the folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-keys-'));
    const keys = (await createTestKeyStore('folder', dir)).open(masterKeyProvider(randomBytes(32)));
    const tenant = randomUUID();
    const scan = randomUUID();
    await keys.create(tenant, scan);
    expect(fs.statSync(path.join(dir, tenant, 'scans', `${scan}.key`)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, tenant, 'tenant.key')).mode & 0o777).toBe(0o600);
    await expect(keys.create(tenant, '../../etc/passwd')).rejects.toThrow(/uuid/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
