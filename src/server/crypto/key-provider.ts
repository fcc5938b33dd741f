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

export class RotationUnfinished extends Error {
  constructor(file: string) {
    super(
      `Een wissel van de hoofdsleutel is niet afgemaakt (${file} bestaat): voer "weerbaar keys rotate" ` +
        'opnieuw uit. / A master-key rotation did not finish: run "weerbaar keys rotate" again.',
    );
  }
}

/** Reads the key file, creating it (0600) on first start. */
export function keyFileProvider(dataDir: string): KeyProvider {
  const file = path.join(dataDir, 'master.key');
  fs.mkdirSync(dataDir, { recursive: true });
  // Halfway a rotation some keys are sealed under the next key already: starting with the old one
  // would seal new secrets under a key about to be given up.
  if (fs.existsSync(nextKeyFile(dataDir))) throw new RotationUnfinished(nextKeyFile(dataDir));
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

// Rotation with the key file (`weerbaar keys rotate` without WEERBAAR_MASTER_KEY): the new key is
// written to master.key.next first, everything is sealed again, and only then does master.key.next
// replace master.key (one rename). A crash before the rename leaves both files: the next run takes
// the same two keys and finishes; the server refuses to start meanwhile.
const nextKeyFile = (dataDir: string) => path.join(dataDir, 'master.key.next');

/** The current and the next master key of a rotation in the data folder (the next made when new). */
export function keyFileRotation(dataDir: string): {
  current: Buffer;
  next: Buffer;
  resumed: boolean;
  finish(): void;
} {
  const file = path.join(dataDir, 'master.key');
  const nextFile = nextKeyFile(dataDir);
  if (!fs.existsSync(file)) throw new Error(`geen hoofdsleutel / no master key: ${file}`);
  let resumed = true;
  if (!fs.existsSync(nextFile)) {
    resumed = false;
    fs.writeFileSync(nextFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  const read = (f: string) => Buffer.from(fs.readFileSync(f, 'utf8').trim(), 'base64');
  return {
    current: read(file),
    next: read(nextFile),
    resumed,
    finish() {
      // Overwrite the old key with a meaningless one, then put the new key in its place in one
      // rename. (A crash in between is harmless: the next run finds everything under the next key.)
      fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
      fs.renameSync(nextFile, file);
    },
  };
}
