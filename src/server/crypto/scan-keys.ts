// Per-scan data keys: the heart of "confidential by construction".
//
//   master key (key file or setting; later a KMS)
//     └─ tenant key       one per organisation, sealed under a key derived from the master key
//          └─ scan key    one per scan, sealed under the tenant key
//               └─ content: answers, network, notes, report — sealed with AES-256-GCM and
//                  associated data "tenant:scan:field", so a ciphertext moved to another row or
//                  field does not open.
//
// The sealed keys live in a key store *outside the database* (a folder: WEERBAAR_KEY_DIR, by
// default <data folder>/keys). That is what makes deletion final: destroying a scan's key file
// leaves every copy of its rows — a database dump, a backup — unreadable, because the key is in
// neither. Backups of the key folder itself must therefore be short-lived (or the folder replaced
// by a KMS implementing this interface), which the README says.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { open, seal } from './aead.ts';
import type { KeyProvider } from './key-provider.ts';

export class ScanKeyGone extends Error {
  constructor() {
    super('the data key of this scan has been destroyed');
  }
}

export interface ScanKeyStore {
  /** Makes the data key of a new scan (and the organisation's key on first use). */
  create(tenantId: string, scanId: string): Promise<Buffer>;
  /** The data key of a scan; ScanKeyGone once destroyed. */
  get(tenantId: string, scanId: string): Promise<Buffer>;
  /** Destroys the scan's data key: its content can never be read again, from any copy. */
  destroy(tenantId: string, scanId: string): Promise<void>;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function checkId(id: string): void {
  // Ids become file names: only uuids, so nothing can climb out of the key folder.
  if (!uuid.test(id)) throw new Error('key store: ids must be uuids');
}

/**
 * Writes a whole file or none: under a temporary name first (removed again when the write fails,
 * e.g. on a full disk), then renamed into place — or, with `onlyIfAbsent`, linked into place, which
 * fails with EEXIST when another process was first. A key file is never left half written.
 */
function writeAtomically(file: string, data: Buffer, onlyIfAbsent = false): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temporary, data, { mode: 0o600 });
    if (onlyIfAbsent) fs.linkSync(temporary, file);
    else fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

export function fileScanKeyStore(directory: string, keys: KeyProvider): ScanKeyStore {
  const tenantFile = (tenantId: string) => path.join(directory, tenantId, 'tenant.key');
  const scanFile = (tenantId: string, scanId: string) =>
    path.join(directory, tenantId, 'scans', `${scanId}.key`);
  const tenantAad = (tenantId: string) => `tenant-key:${tenantId}`;
  const scanAad = (tenantId: string, scanId: string) => `scan-key:${tenantId}:${scanId}`;

  // Organisation keys are cached in memory: they are never destroyed with a scan. Scan keys are
  // read from the store every time, so a destroyed one cannot live on in another process.
  const tenantKeys = new Map<string, Buffer>();

  function tenantKey(tenantId: string, createIfMissing: boolean): Buffer {
    checkId(tenantId);
    const cached = tenantKeys.get(tenantId);
    if (cached) return cached;
    const file = tenantFile(tenantId);
    if (!fs.existsSync(file)) {
      if (!createIfMissing) throw new ScanKeyGone();
      const fresh = randomBytes(32);
      try {
        // Only if absent: two processes creating the first scan of an organisation at once keep one key.
        writeAtomically(file, seal(keys.derivedKey('tenant-keys'), fresh, tenantAad(tenantId)), true);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    const key = open(keys.derivedKey('tenant-keys'), fs.readFileSync(file), tenantAad(tenantId));
    tenantKeys.set(tenantId, key);
    return key;
  }

  return {
    async create(tenantId, scanId) {
      checkId(scanId);
      const key = randomBytes(32);
      writeAtomically(
        scanFile(tenantId, scanId),
        seal(tenantKey(tenantId, true), key, scanAad(tenantId, scanId)),
      );
      return key;
    },
    async get(tenantId, scanId) {
      checkId(scanId);
      const file = scanFile(tenantId, scanId);
      if (!fs.existsSync(file)) throw new ScanKeyGone();
      return open(tenantKey(tenantId, false), fs.readFileSync(file), scanAad(tenantId, scanId));
    },
    async destroy(tenantId, scanId) {
      checkId(tenantId);
      checkId(scanId);
      const file = scanFile(tenantId, scanId);
      if (!fs.existsSync(file)) return;
      // Overwrite before unlinking. On copy-on-write or flash storage the old blocks may survive;
      // they hold only the sealed key, and the README asks for a key folder without long backups.
      const size = fs.statSync(file).size;
      fs.writeFileSync(file, randomBytes(size));
      fs.rmSync(file);
    },
  };
}

/** Seals one field of a scan's content (JSON) under the scan's data key. */
export function sealScanField(
  key: Buffer,
  tenantId: string,
  scanId: string,
  field: string,
  value: unknown,
): Buffer {
  return seal(key, Buffer.from(JSON.stringify(value), 'utf8'), `${tenantId}:${scanId}:${field}`);
}

export function openScanField<T>(
  key: Buffer,
  tenantId: string,
  scanId: string,
  field: string,
  sealed: Uint8Array,
): T {
  return JSON.parse(open(key, sealed, `${tenantId}:${scanId}:${field}`).toString('utf8')) as T;
}
