// Wiring shared by the server (main.ts) and the CLI: settings → database → migrations → deps.
// The start refuses, with a sentence in Dutch and English, a data folder on a full disk and a key
// store it cannot read (see faults.ts and crypto/key-store-guard.ts).
import fs from 'node:fs';
import path from 'node:path';
import { startAuditSealer, stopAuditSealer } from './audit/sealer.ts';
import type { AppDeps } from './context.ts';
import { conversationFor } from './conversation/registry.ts';
import { databaseScanKeyStore, keyDatabaseConnection, prepareKeyDatabase } from './crypto/key-database.ts';
import { type KeyProvider, keyFileProvider, masterKeyProvider } from './crypto/key-provider.ts';
import {
  assertKeyStoreReadable,
  guardScanKeyStore,
  type KeyStoreState,
  KeyStoreUnreadable,
} from './crypto/key-store-guard.ts';
import { cachedScanKeyStore } from './crypto/scan-key-cache.ts';
import {
  assertMasterKeyOpens,
  fileScanKeyStore,
  type RewrappableKeyStore,
  WrongMasterKey,
} from './crypto/scan-keys.ts';
import { type Database, openPGlite, openPostgres } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { declarationRegistry } from './declarations/registry.ts';
import type { Settings } from './env.ts';
import { DiskFullError } from './faults.ts';
import { handreiking } from './handreiking/registry.ts';
import { assertUnchanged, pinnedVersions, publishedIssues } from './instruments/published.ts';
import { loadRegistry } from './instruments/registry.ts';
import { createLogger, type Logger } from './logger.ts';
import { createMailer } from './mail/outbox.ts';
import { registerContent } from './nevenfuncties/registry.ts';

/**
 * Below this much free space PGlite may not even open (it writes at start, and on a full disk it
 * aborts with a bare "Aborted()"), so the start says what is wrong first.
 */
export const minimumFreeBytes = 16 * 1024 * 1024;

/** Refuses a folder on a disk that is (almost) full, with a sentence instead of a wasm abort. */
export function assertRoomIn(folder: string, minimum = minimumFreeBytes): void {
  let free: number;
  try {
    const stats = fs.statfsSync(folder);
    free = stats.bavail * stats.bsize;
  } catch {
    return; // no statfs here: PGlite's own error will have to do
  }
  if (free < minimum) throw new DiskFullError(folder, free);
}

export async function openDatabase(settings: Settings): Promise<Database> {
  if (settings.database.kind === 'postgres')
    return openPostgres(settings.database.url, settings.database.migrationUrl);
  fs.mkdirSync(settings.dataDir, { recursive: true });
  assertRoomIn(settings.dataDir);
  try {
    return await openPGlite(path.join(settings.dataDir, 'pglite'));
  } catch (error) {
    // The space may have gone while it opened: say so rather than pass on a bare abort.
    assertRoomIn(settings.dataDir);
    throw error;
  }
}

function keyFolderState(folder: string): KeyStoreState {
  try {
    fs.accessSync(folder, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
    return 'ok';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'denied';
  }
}

export function keysFor(settings: Settings): KeyProvider {
  return settings.WEERBAAR_MASTER_KEY
    ? masterKeyProvider(Buffer.from(settings.WEERBAAR_MASTER_KEY, 'base64'))
    : keyFileProvider(settings.dataDir);
}

/** The key store WEERBAAR_KEY_STORE chose: the key folder, or the separate key database. */
export async function openScanKeyStore(settings: Settings, keys: KeyProvider): Promise<RewrappableKeyStore> {
  if (settings.keyStore.kind === 'folder') return fileScanKeyStore(settings.keyStore.dir, keys);
  const sql = keyDatabaseConnection(settings.keyStore.url);
  try {
    await prepareKeyDatabase(sql);
  } catch (error) {
    await sql.close();
    throw error;
  }
  return databaseScanKeyStore(sql, keys);
}

export interface BootOptions {
  /** Print a notice per mail on the console in embedded mode (the server: yes; the CLI prints links itself). */
  printMailNotices?: boolean;
  /** Another instruments folder (tests of the start's refusal); default `instruments/`. */
  instrumentsDir?: string;
  /**
   * Open a scan per organisation through the key store before going on (default: yes). The CLI says
   * no, so `audit verify` or `migrate` still work for an operator repairing a broken key store; its
   * commands that need keys meet the same refusal while they run.
   */
  checkKeyStore?: boolean;
}

export async function boot(
  settings: Settings,
  logger: Logger = createLogger(settings.LOG_LEVEL),
  options: BootOptions = {},
): Promise<AppDeps> {
  // Instruments first: a broken definition stops the start before anything is opened.
  const instruments = await loadRegistry(options.instrumentsDir);
  // The leidraad and dilemma cards refer to the instruments' themes: checked now too.
  conversationFor(instruments);
  // The declarations a candidate signs (the bewilligingsverklaring): checked with line numbers too.
  declarationRegistry();
  // The handreiking's vuistregels, zelfassessment and ondermijning guide: checked now too.
  handreiking();
  // The nevenfuncties register's words and published fields: checked now too.
  registerContent();
  const database = await openDatabase(settings);
  try {
    const applied = await migrate(database);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    // Every version a procedure here pinned must still be on disk, unchanged.
    assertUnchanged(publishedIssues(instruments.all(), await pinnedVersions(database), 'installation'));
  } catch (error) {
    await database.close();
    throw error;
  }
  const keys = keysFor(settings);
  const folder = settings.keyStore.kind === 'folder' ? settings.keyStore.dir : undefined;
  const where =
    folder === undefined
      ? 'WEERBAAR_KEY_DATABASE_URL'
      : settings.WEERBAAR_KEY_DIR
        ? `WEERBAAR_KEY_DIR=${folder}`
        : folder;
  let store: RewrappableKeyStore | undefined;
  try {
    if (folder !== undefined && options.checkKeyStore !== false && keyFolderState(folder) === 'denied') {
      throw new KeyStoreUnreadable(
        `De sleutelopslag (${where}) is niet te lezen: toegang geweigerd. Weerbaar start daarom niet; geef dit proces lees- en schrijfrechten op de map en start opnieuw`,
        `The key store (${where}) cannot be read: permission denied. Weerbaar does not start; give this process read and write access to the folder and start again.`,
      );
    }
    store = await openScanKeyStore(settings, keys);
    const opened = store;
    const onlyWrongMasterKey = (error: unknown) => {
      if (error instanceof WrongMasterKey) throw error;
    };
    if (options.checkKeyStore !== false) {
      try {
        await assertKeyStoreReadable(database, opened, where);
      } catch (error) {
        // Under a wrong master key every key looks damaged: say that it is the master key.
        if (error instanceof KeyStoreUnreadable)
          await assertMasterKeyOpens(opened, keys).catch(onlyWrongMasterKey);
        throw error;
      }
    }
    // A wrong master key stops the CLI too (it would seal new secrets under a key that opens
    // nothing else); an unreadable store does not, so an operator can still repair with the CLI.
    await assertMasterKeyOpens(opened, keys).catch((error) => {
      if (options.checkKeyStore !== false) throw error;
      onlyWrongMasterKey(error);
    });
  } catch (error) {
    await store?.close?.();
    await database.close();
    throw error;
  }
  // The cache sits outside the guard: only keys that opened are kept (crypto/scan-key-cache.ts).
  const scanKeys = cachedScanKeyStore(
    guardScanKeyStore(store, {
      ...(folder === undefined ? {} : { probe: () => keyFolderState(folder) }),
      onFailure: (what) => logger.error(what, 'key store unavailable'),
    }),
    { ttlMs: settings.WEERBAAR_SCAN_KEY_CACHE_SECONDS * 1000, max: 2000 },
  );
  const mailer = createMailer({
    settings,
    database,
    keys,
    logger,
    ...(options.printMailNotices === undefined ? {} : { printNotices: options.printMailNotices }),
  });
  // Audit events are chained by the sealer shortly after their commit (audit/sealer.ts).
  startAuditSealer(database, logger);
  return { settings, database, keys, scanKeys, logger, mailer, instruments, now: () => new Date() };
}

export async function shutdown(deps: AppDeps): Promise<void> {
  await stopAuditSealer(deps.database);
  await deps.mailer.close();
  await deps.database.close();
  await deps.scanKeys.close?.();
}
