// The cache of unwrapped scan keys (crypto/scan-key-cache.ts) in front of a real key folder: a key
// is read from the store once per lifetime, a destroyed key is dropped at once, a read racing a
// destroy is not kept, the cache is bounded, failures are not kept, and 0 turns it off.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { masterKeyProvider } from '../../src/server/crypto/key-provider.ts';
import { cachedScanKeyStore } from '../../src/server/crypto/scan-key-cache.ts';
import { fileScanKeyStore, ScanKeyGone, type ScanKeyStore } from '../../src/server/crypto/scan-keys.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function folderStore() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-key-cache-'));
  folders.push(dir);
  const store = fileScanKeyStore(dir, masterKeyProvider(randomBytes(32)));
  let gets = 0;
  const counted: ScanKeyStore = {
    create: (tenantId, scanId) => store.create(tenantId, scanId),
    get: (tenantId, scanId) => {
      gets += 1;
      return store.get(tenantId, scanId);
    },
    destroy: (tenantId, scanId) => store.destroy(tenantId, scanId),
  };
  const keyFile = (tenantId: string, scanId: string) => path.join(dir, tenantId, 'scans', `${scanId}.key`);
  return { store: counted, gets: () => gets, keyFile };
}

function clock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the scan key cache', () => {
  const tenant = randomUUID();

  it('reads a key from the store once per lifetime, then again', async () => {
    const inner = folderStore();
    const time = clock();
    const cache = cachedScanKeyStore(inner.store, { ttlMs: 30_000, max: 10, now: time.now });
    const scan = randomUUID();
    const key = await cache.create(tenant, scan);
    expect(await cache.get(tenant, scan)).toEqual(key);
    time.advance(29_000);
    expect(await cache.get(tenant, scan)).toEqual(key);
    expect(inner.gets()).toBe(1);
    time.advance(2_000);
    expect(await cache.get(tenant, scan)).toEqual(key);
    expect(inner.gets()).toBe(2);
  });

  it('drops a key at once when this process destroys it', async () => {
    const inner = folderStore();
    const cache = cachedScanKeyStore(inner.store, { ttlMs: 30_000, max: 10, now: clock().now });
    const scan = randomUUID();
    await cache.create(tenant, scan);
    await cache.get(tenant, scan);
    await cache.destroy(tenant, scan);
    await expect(cache.get(tenant, scan)).rejects.toBeInstanceOf(ScanKeyGone);
  });

  it('does not keep a key read while a destroy ran', async () => {
    const inner = folderStore();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // A read that has the key in hand but returns only after the destroy.
    const slow: ScanKeyStore = {
      ...inner.store,
      async get(tenantId, scanId) {
        const key = await inner.store.get(tenantId, scanId);
        await gate;
        return key;
      },
    };
    const cache = cachedScanKeyStore(slow, { ttlMs: 30_000, max: 10, now: clock().now });
    const scan = randomUUID();
    await cache.create(tenant, scan);
    const reading = cache.get(tenant, scan);
    await cache.destroy(tenant, scan);
    release();
    await reading;
    await expect(cache.get(tenant, scan)).rejects.toBeInstanceOf(ScanKeyGone);
  });

  it('holds at most `max` keys, the least recently used leaving first', async () => {
    const inner = folderStore();
    const cache = cachedScanKeyStore(inner.store, { ttlMs: 30_000, max: 2, now: clock().now });
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    for (const scan of [a, b, c]) await cache.create(tenant, scan);
    await cache.get(tenant, a);
    await cache.get(tenant, b);
    await cache.get(tenant, a); // a used last: b is the least recently used
    await cache.get(tenant, c);
    expect(inner.gets()).toBe(3);
    // Behind the cache's back: only what is still cached opens without its file.
    for (const scan of [a, b, c]) fs.rmSync(inner.keyFile(tenant, scan));
    await expect(cache.get(tenant, a)).resolves.toBeInstanceOf(Buffer);
    await expect(cache.get(tenant, c)).resolves.toBeInstanceOf(Buffer);
    await expect(cache.get(tenant, b)).rejects.toBeInstanceOf(ScanKeyGone);
  });

  it('keeps no failure: a key that did not open is asked for again', async () => {
    const inner = folderStore();
    const cache = cachedScanKeyStore(inner.store, { ttlMs: 30_000, max: 10, now: clock().now });
    const scan = randomUUID();
    const key = await cache.create(tenant, scan);
    const file = inner.keyFile(tenant, scan);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, randomBytes(bytes.length));
    await expect(cache.get(tenant, scan)).rejects.toThrow();
    fs.writeFileSync(file, bytes);
    expect(await cache.get(tenant, scan)).toEqual(key);
    expect(inner.gets()).toBe(2);
  });

  it('is off with a lifetime of 0', async () => {
    const inner = folderStore();
    expect(cachedScanKeyStore(inner.store, { ttlMs: 0, max: 10 })).toBe(inner.store);
  });
});
