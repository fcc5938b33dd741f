// What every route and operation gets from the running app. Built once in app.ts.
import type { KeyProvider } from './crypto/key-provider.ts';
import type { Database } from './db/database.ts';
import type { Settings } from './env.ts';
import type { Logger } from './logger.ts';
import type { Mailer } from './mail/outbox.ts';

export interface AppDeps {
  settings: Settings;
  database: Database;
  keys: KeyProvider;
  logger: Logger;
  mailer: Mailer;
  /** Injected for tests of expiry; the app uses the wall clock. */
  now: () => Date;
}
