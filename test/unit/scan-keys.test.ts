// Crypto-shredding at the key level: once a scan's key is destroyed, a copy of its sealed content
// taken before (a database dump, a backup) no longer opens, with every other key still present.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { masterKeyProvider } from '../../src/server/crypto/key-provider.ts';
import {
  fileScanKeyStore,
  openScanField,
  ScanKeyGone,
  sealScanField,
} from '../../src/server/crypto/scan-keys.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function store(master = randomBytes(32)) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-keys-'));
  dirs.push(dir);
  return { dir, master, keys: fileScanKeyStore(dir, masterKeyProvider(master)) };
}

describe('scan keys', () => {
  it('seal a field so that it opens only with the right scan, tenant and field', async () => {
    const { keys } = store();
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
  });

  it('after destroy, a copy taken before can no longer be opened; other scans still open', async () => {
    const { dir, master, keys } = store();
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
    // Everything that remains — master key, tenant key, the key folder — does not open the dump.
    const reopened = fileScanKeyStore(dir, masterKeyProvider(master));
    await expect(reopened.get(tenant, doomed)).rejects.toBeInstanceOf(ScanKeyGone);
    const remaining = fs.readdirSync(dir, { recursive: true }).map(String);
    expect(remaining.some((f) => f.includes(doomed))).toBe(false);
    expect(openScanField(await reopened.get(tenant, kept), tenant, kept, 'answers', keptSealed)).toEqual({
      b: 2,
    });
    expect(dump.length).toBeGreaterThan(0);
  });

  it('key files are private and ids cannot climb out of the folder', async () => {
    const { dir, keys } = store();
    const tenant = randomUUID();
    const scan = randomUUID();
    await keys.create(tenant, scan);
    expect(fs.statSync(path.join(dir, tenant, 'scans', `${scan}.key`)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, tenant, 'tenant.key')).mode & 0o777).toBe(0o600);
    await expect(keys.create(tenant, '../../etc/passwd')).rejects.toThrow(/uuid/);
  });

  it('a wrong master key opens nothing', async () => {
    const { dir, keys } = store();
    const tenant = randomUUID();
    const scan = randomUUID();
    await keys.create(tenant, scan);
    await expect(
      fileScanKeyStore(dir, masterKeyProvider(randomBytes(32))).get(tenant, scan),
    ).rejects.toThrow();
  });
});
