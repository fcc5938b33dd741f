// What happens when the key store cannot be read: the folder is gone (a WEERBAAR_KEY_DIR that
// points nowhere, an unmounted volume), access is denied, or a key file is damaged or sealed under
// another master key. Without its key a scan cannot be opened, and — the point of this file — it
// must not be written either: every save seals under the scan key first, so a refusal here stops
// the save before anything reaches the database.
//
// - At start (`assertKeyStoreReadable`): a few live scans per organisation are opened through the
//   store's own interface (so it holds for any ScanKeyStore); a store that is unreadable, or holds
//   none of those keys, stops the start with a sentence in Dutch and English.
// - While running (`guardScanKeyStore`): a store that fails is a 503 `key-store-unavailable`
//   (Retry-After), not a 500 and not "this scan was deleted".
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { runScoped } from '../db/transaction.ts';
import { type DomainError, unavailable } from '../domain-error.ts';
import { isDiskFull, retryAfter } from '../faults.ts';
import { sentence } from '../texts.ts';
import { ScanKeyGone, type ScanKeyStore } from './scan-keys.ts';

export class KeyStoreUnreadable extends Error {
  constructor(nl: string, en: string) {
    super(`${nl} / ${en}`);
    this.name = 'KeyStoreUnreadable';
  }
}

function unavailableKeys(): DomainError {
  return unavailable(
    'key-store-unavailable',
    sentence('errors', 'key-store-unavailable'),
    retryAfter.keyStore,
  );
}

function reasonOf(error: unknown): { nl: string; en: string } {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return sentence('errors', 'key-store-reason.denied');
  if (code === 'ENOENT' || code === 'ENOTDIR') return sentence('errors', 'key-store-reason.missing');
  if (code === 'EIO') return sentence('errors', 'key-store-reason.read-error');
  // AES-GCM refuses a key file that was changed, cut short, or sealed under another master key.
  return sentence('errors', 'key-store-reason.damaged');
}

export type KeyStoreState = 'ok' | 'missing' | 'denied';

export interface KeyStoreGuardOptions {
  /** Whether the store is there and may be used (the file store: its folder exists, access allowed). */
  probe?: () => KeyStoreState;
  /** Told once per failure, without personal data. */
  onFailure?: (what: { operation: string; reason: string }) => void;
}

/** The store, with its failures turned into a clear 503 instead of a 500 or a false "deleted". */
export function guardScanKeyStore(store: ScanKeyStore, options: KeyStoreGuardOptions = {}): ScanKeyStore {
  const probe = options.probe ?? (() => 'ok' as const);
  const fail = (operation: string, error: unknown): never => {
    // A full disk has its own refusal (faults.ts); ids and uuids checks stay programming errors.
    if (isDiskFull(error)) throw error;
    if (error instanceof Error && error.message === 'key store: ids must be uuids') throw error;
    options.onFailure?.({ operation, reason: reasonOf(error).en });
    throw unavailableKeys();
  };
  /** `fresh`: a store not made yet is fine (the first scan makes it); one we may not use never is. */
  const away = (operation: string, fresh = false): void => {
    const state = probe();
    if (state === 'ok' || (fresh && state === 'missing')) return;
    fail(
      operation,
      Object.assign(new Error(`key store ${state}`), { code: state === 'denied' ? 'EACCES' : 'ENOENT' }),
    );
  };
  return {
    async create(tenantId, scanId) {
      away('create', true);
      try {
        return await store.create(tenantId, scanId);
      } catch (error) {
        return fail('create', error);
      }
    },
    async get(tenantId, scanId) {
      try {
        return await store.get(tenantId, scanId);
      } catch (error) {
        // "Destroyed" only when the store is there and says so; a missing store is not a deletion.
        if (error instanceof ScanKeyGone) {
          away('get');
          throw error;
        }
        return fail('get', error);
      }
    },
    async destroy(tenantId, scanId) {
      // Destroying in a store that is not there would report success and destroy nothing.
      away('destroy');
      try {
        await store.destroy(tenantId, scanId);
      } catch (error) {
        fail('destroy', error);
      }
    },
    ...(store.close ? { close: () => store.close?.() ?? Promise.resolve() } : {}),
  };
}

/**
 * At start: the newest live scans of each organisation (`perOrganisation` of each of at most `limit`
 * organisations) are opened through the store.
 * Refuses when the store fails, or when it holds none of them (the wrong folder, an empty volume).
 * A few missing keys alone do not stop the start: a removal interrupted after its key was destroyed
 * leaves such a row, and it is shown as deleted.
 */
export async function assertKeyStoreReadable(
  database: Database,
  store: ScanKeyStore,
  where: string,
  limit = 50,
  perOrganisation = 5,
): Promise<void> {
  const tenants = await database.owner
    .selectFrom('tenants')
    .select('id')
    .orderBy('id')
    .limit(limit)
    .execute();
  let sampled = 0;
  let found = 0;
  for (const { id: tenantId } of tenants) {
    // A few per organisation, not one: the newest may be a scan whose key was destroyed after the
    // database backup that was just restored (a row the restore shreds again), not a missing store.
    const scans = await runScoped(database.db, { tenantId, userId: null }, (tx) =>
      tx
        .selectFrom('scans')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('deleted_at', 'is', null)
        .orderBy(sql`created_at desc`)
        .limit(perOrganisation)
        .execute(),
    );
    for (const scan of scans) {
      sampled++;
      try {
        await store.get(tenantId, scan.id);
        found++;
      } catch (error) {
        if (error instanceof ScanKeyGone) continue;
        const reason = reasonOf(error);
        throw new KeyStoreUnreadable(
          `De sleutelopslag (${where}) is niet te lezen: ${reason.nl}. Scans kunnen zo niet worden geopend; ` +
            'Weerbaar start daarom niet. Herstel de sleutelmap (rechten, bestanden uit de back-up) en start opnieuw',
          `The key store (${where}) cannot be read: ${reason.en}. Scans cannot be opened like this, so Weerbaar ` +
            'does not start. Restore the key folder (permissions, files from the backup) and start again.',
        );
      }
    }
  }
  if (sampled > 0 && found === 0) {
    throw new KeyStoreUnreadable(
      `De sleutelopslag (${where}) bevat geen enkele sleutel van de ${sampled} gecontroleerde scans: ontbreekt de map, of wijst WEERBAAR_KEY_DIR naar de verkeerde plek? ` +
        'Weerbaar start niet, want zonder sleutels lijken alle scans verwijderd',
      `The key store (${where}) holds none of the keys of the ${sampled} scans checked: is the folder missing, or does ` +
        'WEERBAAR_KEY_DIR point to the wrong place? Weerbaar does not start, since without keys every scan would look deleted.',
    );
  }
}
