// Wiring shared by the server (main.ts) and the CLI: settings → database → migrations → deps.
import path from 'node:path';
import { startAuditSealer, stopAuditSealer } from './audit/sealer.ts';
import type { AppDeps } from './context.ts';
import { conversationFor } from './conversation/registry.ts';
import { type KeyProvider, keyFileProvider, masterKeyProvider } from './crypto/key-provider.ts';
import { fileScanKeyStore } from './crypto/scan-keys.ts';
import { type Database, openPGlite, openPostgres } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import type { Settings } from './env.ts';
import { assertUnchanged, pinnedVersions, publishedIssues } from './instruments/published.ts';
import { loadRegistry } from './instruments/registry.ts';
import { createLogger, type Logger } from './logger.ts';
import { createMailer } from './mail/outbox.ts';

export async function openDatabase(settings: Settings): Promise<Database> {
  return settings.database.kind === 'pglite'
    ? openPGlite(path.join(settings.dataDir, 'pglite'))
    : openPostgres(settings.database.url, settings.database.migrationUrl);
}

export function keysFor(settings: Settings): KeyProvider {
  return settings.WEERBAAR_MASTER_KEY
    ? masterKeyProvider(Buffer.from(settings.WEERBAAR_MASTER_KEY, 'base64'))
    : keyFileProvider(settings.dataDir);
}

export interface BootOptions {
  /** Print a notice per mail on the console in embedded mode (the server: yes; the CLI prints links itself). */
  printMailNotices?: boolean;
  /** Another instruments folder (tests of the start's refusal); default `instruments/`. */
  instrumentsDir?: string;
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
  const mailer = createMailer({
    settings,
    database,
    keys,
    logger,
    ...(options.printMailNotices === undefined ? {} : { printNotices: options.printMailNotices }),
  });
  const scanKeys = fileScanKeyStore(settings.keyDir, keys);
  // Audit events are chained by the sealer shortly after their commit (audit/sealer.ts).
  startAuditSealer(database, logger);
  return { settings, database, keys, scanKeys, logger, mailer, instruments, now: () => new Date() };
}

export async function shutdown(deps: AppDeps): Promise<void> {
  await stopAuditSealer(deps.database);
  await deps.mailer.close();
  await deps.database.close();
}
