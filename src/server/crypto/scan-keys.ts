// Per-scan data keys: the heart of "confidential by construction".
//
//   master key (key file or setting; later a KMS)
//     └─ tenant key       one per organisation, sealed under a key derived from the master key
//          └─ scan key    one per scan, sealed under the tenant key
//               └─ content: answers, network, notes, report — sealed with AES-256-GCM and
//                  associated data "tenant:scan:field", so a ciphertext moved to another row or
//                  field does not open.
//
// The sealed keys live in a key store *outside the database*: a folder (WEERBAAR_KEY_DIR, by
// default <data folder>/keys; this file) or a separate key database several app hosts share
// (WEERBAAR_KEY_STORE=database, crypto/key-database.ts). That is what makes deletion final:
// destroying a scan's key leaves every copy of its rows — a database dump, a backup — unreadable,
// because the key is in neither. Backups of the key store itself must therefore be short-lived,
// which the README's operator guide says.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../domain-error.ts';
import { sentence } from '../texts.ts';
import { open, seal } from './aead.ts';
import type { KeyProvider } from './key-provider.ts';

/**
 * The scan's data key is destroyed: the scan was deleted. A refusal of kind `gone` (410,
 * `scan-deleted`), so a sealed row whose key is gone — e.g. brought back by restoring an older
 * database backup — is answered as "deleted", never with a 500.
 */
export class ScanKeyGone extends DomainError {
  constructor() {
    super('gone', 'scan-deleted', sentence('errors', 'scan-deleted'));
    this.name = 'ScanKeyGone';
  }
}

export interface ScanKeyStore {
  /** Makes the data key of a new scan (and the organisation's key on first use). */
  create(tenantId: string, scanId: string): Promise<Buffer>;
  /** The data key of a scan; ScanKeyGone once destroyed. */
  get(tenantId: string, scanId: string): Promise<Buffer>;
  /** Destroys the scan's data key: its content can never be read again, from any copy. */
  destroy(tenantId: string, scanId: string): Promise<void>;
  /** Releases connections (a key database); absent when there is nothing to release. */
  close?(): Promise<void>;
}

/** What master-key rotation needs of a key store besides the scan keys (`weerbaar keys rotate`). */
export interface RewrappableKeyStore extends ScanKeyStore {
  /**
   * Seals every organisation key again under `next` (the new master key). Scan keys are sealed
   * under their organisation key and stay as they are. Idempotent and resumable: a key that
   * already opens under `next` is left alone, so a run after a crash continues where it stopped.
   */
  rewrapTenantKeys(next: KeyProvider): Promise<RewrapCount>;
  /** Whether `keys` opens any organisation key in this store (after rotation the old key opens none). */
  opensAnyTenantKey(keys: KeyProvider): Promise<boolean>;
  /** Whether the store holds any organisation key at all (a new installation holds none). */
  hasTenantKeys(): Promise<boolean>;
}

export class WrongMasterKey extends Error {
  constructor() {
    super(
      'De hoofdsleutel opent geen enkele organisatiesleutel in de sleutelopslag: een sleutelbestand is ' +
        'beschadigd of hoort bij een andere hoofdsleutel (een verkeerde WEERBAAR_MASTER_KEY, of een ' +
        'sleutelwissel die op deze host nog niet is doorgevoerd). / ' +
        'The master key opens none of the organisation keys in the key store: a key file is damaged or ' +
        'belongs to another master key (a wrong WEERBAAR_MASTER_KEY, or a rotation not yet applied on this host).',
    );
    this.name = 'WrongMasterKey';
  }
}

/**
 * At start: a store that holds organisation keys must open at least one with this master key.
 * Otherwise the app would run and seal new secrets (TOTP, mail) under a key that opens nothing else
 * — e.g. a host still set to the old key after `weerbaar keys rotate`.
 */
export async function assertMasterKeyOpens(store: RewrappableKeyStore, keys: KeyProvider): Promise<void> {
  if ((await store.hasTenantKeys()) && !(await store.opensAnyTenantKey(keys))) throw new WrongMasterKey();
}

export interface RewrapCount {
  rewrapped: number;
  /** Already sealed under the new master key (an earlier, interrupted run). */
  already: number;
}

export const tenantKeyPurpose = 'tenant-keys';
export const tenantKeyAad = (tenantId: string) => `tenant-key:${tenantId}`;
export const scanKeyAad = (tenantId: string, scanId: string) => `scan-key:${tenantId}:${scanId}`;

/** Opens a sealed organisation key with `keys`, or null when it is sealed under another master key. */
export function tryOpenTenantKey(keys: KeyProvider, tenantId: string, sealed: Uint8Array): Buffer | null {
  try {
    return open(keys.derivedKey(tenantKeyPurpose), sealed, tenantKeyAad(tenantId));
  } catch {
    return null;
  }
}

/**
 * The rotation step for one sealed organisation key: under `next` already → unchanged (null);
 * under `current` → sealed again under `next`; under neither → an error naming the organisation.
 */
export function rewrapTenantKey(
  current: KeyProvider,
  next: KeyProvider,
  tenantId: string,
  sealed: Uint8Array,
): Buffer | null {
  if (tryOpenTenantKey(next, tenantId, sealed)) return null;
  const key = tryOpenTenantKey(current, tenantId, sealed);
  if (!key) {
    throw new Error(
      `sleutel van organisatie ${tenantId} opent met geen van beide hoofdsleutels / ` +
        `the key of organisation ${tenantId} opens with neither master key`,
    );
  }
  return seal(next.derivedKey(tenantKeyPurpose), key, tenantKeyAad(tenantId));
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

export function fileScanKeyStore(directory: string, keys: KeyProvider): RewrappableKeyStore {
  const tenantFile = (tenantId: string) => path.join(directory, tenantId, 'tenant.key');
  const scanFile = (tenantId: string, scanId: string) =>
    path.join(directory, tenantId, 'scans', `${scanId}.key`);
  const tenantAad = tenantKeyAad;
  const scanAad = scanKeyAad;
  const tenantIds = () =>
    fs.existsSync(directory)
      ? fs
          .readdirSync(directory)
          .filter((name) => uuid.test(name) && fs.existsSync(tenantFile(name)))
          .sort()
      : [];

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
        writeAtomically(file, seal(keys.derivedKey(tenantKeyPurpose), fresh, tenantAad(tenantId)), true);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    const key = open(keys.derivedKey(tenantKeyPurpose), fs.readFileSync(file), tenantAad(tenantId));
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
    async rewrapTenantKeys(next) {
      const count: RewrapCount = { rewrapped: 0, already: 0 };
      // One file at a time, each replaced atomically (write + rename): a crash leaves every file
      // whole, under the old or the new master key, and the next run finishes the rest.
      for (const tenantId of tenantIds()) {
        const file = tenantFile(tenantId);
        const rewrapped = rewrapTenantKey(keys, next, tenantId, fs.readFileSync(file));
        if (!rewrapped) {
          count.already += 1;
          continue;
        }
        writeAtomically(file, rewrapped);
        count.rewrapped += 1;
      }
      tenantKeys.clear();
      return count;
    },
    async hasTenantKeys() {
      return tenantIds().length > 0;
    },
    async opensAnyTenantKey(other) {
      return tenantIds().some((id) => tryOpenTenantKey(other, id, fs.readFileSync(tenantFile(id))) !== null);
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
