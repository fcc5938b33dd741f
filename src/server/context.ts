// What every route and operation gets from the running app. Built once in app.ts.
import type { KeyProvider } from './crypto/key-provider.ts';
import type { ScanKeyStore } from './crypto/scan-keys.ts';
import type { Database } from './db/database.ts';
import type { Settings } from './env.ts';
import type { Registry } from './instruments/registry.ts';
import type { Logger } from './logger.ts';
import type { Mailer } from './mail/outbox.ts';

export interface AppDeps {
  settings: Settings;
  database: Database;
  keys: KeyProvider;
  /** Per-scan data keys, outside the database (crypto/scan-keys.ts). */
  scanKeys: ScanKeyStore;
  logger: Logger;
  mailer: Mailer;
  /** Every instrument version on disk, checked at start. */
  instruments: Registry;
  /** Injected for tests of expiry; the app uses the wall clock. */
  now: () => Date;
}
