// The root of the key hierarchy: master key → (derived) purpose keys; later tenant keys and
// per-scan data keys are wrapped under it. Embedded mode keeps the master key in a file
// (mode 0600) in the data folder; otherwise it comes from a setting. A KMS implements the
// same interface.
import { hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface KeyProvider {
  /** A 32-byte key for one purpose, e.g. "totp-secrets"; stable for the life of the master key. */
  derivedKey(purpose: string): Buffer;
}

export function masterKeyProvider(masterKey: Buffer): KeyProvider {
  if (masterKey.length !== 32) throw new Error('master key must be 32 bytes');
  const cache = new Map<string, Buffer>();
  return {
    derivedKey(purpose) {
      let key = cache.get(purpose);
      if (!key) {
        key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `weerbaar:${purpose}`, 32));
        cache.set(purpose, key);
      }
      return key;
    },
  };
}

/** Reads the key file, creating it (0600) on first start. */
export function keyFileProvider(dataDir: string): KeyProvider {
  const file = path.join(dataDir, 'master.key');
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) {
    try {
      // 'wx': never overwrite a key another process just wrote.
      fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  return masterKeyProvider(key);
}
