// The only reader of process.env. Every setting is documented here and in the README,
// validated once at start; a wrong setting stops the process with a readable list.
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'moet true of false zijn / must be true or false',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (what: string) =>
  z.coerce
    .number({ error: `${what}: een geheel getal / a whole number` })
    .int(`${what}: een geheel getal / a whole number`)
    .positive(`${what}: groter dan 0 / greater than 0`);

const postgresUrl = z
  .string()
  .refine(
    (v) => /^postgres(ql)?:\/\//.test(v),
    'moet beginnen met postgres:// / must start with postgres://',
  );

export const settingsSchema = z.object({
  /** Port the HTTP server listens on. */
  PORT: positiveInt('PORT').max(65535).default(3000),
  /** Address to bind; loopback by default so a laptop demo is not reachable from the network. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Public address of the app, used in links in mail and for WebAuthn (rp id = its host name). */
  WEERBAAR_PUBLIC_URL: z.url({ error: 'moet een volledige URL zijn / must be a full URL' }).optional(),
  /** Folder for embedded PostgreSQL data, the mail outbox and the master key file. */
  WEERBAAR_DATA_DIR: z.string().min(1).default('./data'),
  /** A real PostgreSQL server for the app's connection. Unset: embedded PGlite in the data folder. */
  DATABASE_URL: postgresUrl.optional(),
  /** Connection that owns the tables and runs migrations. Defaults to DATABASE_URL. */
  DATABASE_MIGRATION_URL: postgresUrl.optional(),
  /**
   * Folder of the key store: organisation keys and per-scan data keys, sealed under the master key.
   * Kept apart from the database on purpose: destroying a scan's key here makes every copy of its
   * content unreadable. Default: <data folder>/keys. Several app processes must share it.
   */
  WEERBAAR_KEY_DIR: z.string().min(1).optional(),
  /**
   * Where the key store lives: `folder` (WEERBAAR_KEY_DIR; one host, or a folder the hosts share)
   * or `database` (a separate PostgreSQL database at WEERBAAR_KEY_DATABASE_URL that several app
   * hosts share without a shared file system). Default: folder.
   */
  WEERBAAR_KEY_STORE: z
    .enum(['folder', 'database'], { error: 'moet folder of database zijn / must be folder or database' })
    .default('folder'),
  /**
   * The key database (WEERBAAR_KEY_STORE=database): its own database and login, never the
   * application database's, with its own short backup retention.
   */
  WEERBAAR_KEY_DATABASE_URL: postgresUrl.optional(),
  /** Base64 of 32 random bytes. Unset: a key file (mode 0600) in the data folder, made on first start. */
  WEERBAAR_MASTER_KEY: z
    .string()
    .refine(
      (v) => Buffer.from(v, 'base64').length === 32,
      'moet 32 bytes in base64 zijn / must be 32 bytes base64',
    )
    .optional(),
  /**
   * Only for `weerbaar keys rotate` with WEERBAAR_MASTER_KEY: the new master key (base64 of 32 random
   * bytes, e.g. `openssl rand -base64 32`). Afterwards it becomes WEERBAAR_MASTER_KEY on every host.
   */
  WEERBAAR_NEW_MASTER_KEY: z
    .string()
    .refine(
      (v) => Buffer.from(v, 'base64').length === 32,
      'moet 32 bytes in base64 zijn / must be 32 bytes base64',
    )
    .optional(),
  /** SMTP server for mail, e.g. smtp://user:pass@mail.example.nl:587. Unset: the outbox folder. */
  SMTP_URL: z
    .string()
    .refine(
      (v) => /^smtps?:\/\//.test(v),
      'moet beginnen met smtp:// of smtps:// / must start with smtp:// or smtps://',
    )
    .optional(),
  /** Sender address of mail. */
  MAIL_FROM: z.string().min(3).default('Weerbaar <noreply@weerbaar.localhost>'),
  /** Lifetime of a sign-in link, minutes. */
  WEERBAAR_SIGN_IN_LINK_MINUTES: positiveInt('WEERBAAR_SIGN_IN_LINK_MINUTES').max(120).default(15),
  /** Lifetime of an invitation link, days. */
  WEERBAAR_INVITATION_DAYS: positiveInt('WEERBAAR_INVITATION_DAYS').max(60).default(7),
  /** A session ends after this many minutes without activity. */
  WEERBAAR_SESSION_IDLE_MINUTES: positiveInt('WEERBAAR_SESSION_IDLE_MINUTES')
    .max(24 * 60)
    .default(30),
  /** A session ends this many hours after sign-in, whatever the activity. */
  WEERBAAR_SESSION_ABSOLUTE_HOURS: positiveInt('WEERBAAR_SESSION_ABSOLUTE_HOURS')
    .max(24 * 7)
    .default(12),
  /**
   * How long an unwrapped scan data key may stay in this process's memory (crypto/scan-key-cache.ts):
   * at most 60 s; 0 reads the key store for every use.
   */
  WEERBAAR_SCAN_KEY_CACHE_SECONDS: z.coerce
    .number({ error: 'moet een geheel getal zijn / must be a whole number' })
    .int({ error: 'moet een geheel getal zijn / must be a whole number' })
    .min(0, { error: 'moet 0 of meer zijn / must be 0 or more' })
    .max(60, { error: 'hoogstens 60 / at most 60' })
    .default(30),
  /** Sign-in attempts allowed per address and per e-mail address in 15 minutes. */
  WEERBAAR_SIGN_IN_RATE_LIMIT: positiveInt('WEERBAAR_SIGN_IN_RATE_LIMIT').max(10000).default(10),
  /**
   * Expensive requests allowed per person (public ones: per network address) in one window of
   * WEERBAAR_RATE_LIMIT_WINDOW_MINUTES; one more is refused with 429 and Retry-After. Each is
   * rendered or computed per request, so a loop in a script or a stuck page must not hog the server.
   * PDF reports (own, expert, released):
   */
  WEERBAAR_RATE_LIMIT_PDF: positiveInt('WEERBAAR_RATE_LIMIT_PDF').max(100000).default(30),
  /** …exports of your own data and of your network map (together): */
  WEERBAAR_RATE_LIMIT_EXPORT: positiveInt('WEERBAAR_RATE_LIMIT_EXPORT').max(100000).default(30),
  /** …evaluations of answers (instrument preview; the public zelfscan per network address): */
  WEERBAAR_RATE_LIMIT_EVALUATE: positiveInt('WEERBAAR_RATE_LIMIT_EVALUATE').max(100000).default(300),
  /** …reads of the leidraad selectiegesprek: */
  WEERBAAR_RATE_LIMIT_LEIDRAAD: positiveInt('WEERBAAR_RATE_LIMIT_LEIDRAAD').max(100000).default(60),
  /** …reads of a public nevenfuncties register (page and feeds, per network address): */
  WEERBAAR_RATE_LIMIT_REGISTER: positiveInt('WEERBAAR_RATE_LIMIT_REGISTER').max(100000).default(300),
  /** The window of those limits, minutes. */
  WEERBAAR_RATE_LIMIT_WINDOW_MINUTES: positiveInt('WEERBAAR_RATE_LIMIT_WINDOW_MINUTES')
    .max(24 * 60)
    .default(15),
  /** Create the demo organisation on first start. Default: on in embedded mode, off with DATABASE_URL. */
  WEERBAAR_DEMO: bool.optional(),
  /**
   * Behind a reverse proxy (nginx, a load balancer): take the client's address from the last hop of
   * X-Forwarded-For, which the proxy sets. Without it every request would share the proxy's
   * address, and the sign-in rate limit would lock everyone out at once.
   */
  WEERBAAR_TRUST_PROXY: bool.default(false),
  /**
   * App processes serving one port (node:cluster: a primary hands each connection to a worker).
   * Only with DATABASE_URL: the embedded database belongs to one process. Default 1: no cluster.
   */
  WEERBAAR_WORKERS: positiveInt('WEERBAAR_WORKERS').max(64).default(1),
  /**
   * Antecedentenonderzoek, KvK Handelsregister (API Zoeken): the operator's API key. Unset: the
   * KvK adapter is off (src/server/screening/adapters/kvk.ts).
   */
  WEERBAAR_KVK_API_KEY: z.string().min(1).optional(),
  /** The KvK API's base address (its test environment, or a proxy). */
  WEERBAAR_KVK_BASE_URL: z
    .url({ error: 'moet een volledige URL zijn / must be a full URL' })
    .default('https://api.kvk.nl/api'),
  /**
   * Antecedentenonderzoek, Centraal Insolventieregister: the address of its web service (SOAP).
   * Unset: the insolvency adapter is off (src/server/screening/adapters/insolvency.ts).
   */
  WEERBAAR_CIR_URL: z.url({ error: 'moet een volledige URL zijn / must be a full URL' }).optional(),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Debug only (bench/load.ts sets it): answer a memory question from the parent process over its
   * IPC channel (server/memory-probe.ts). No route, no port; without a parent's channel it does nothing.
   */
  WEERBAAR_MEMORY_PROBE: bool.default(false),
});

export type RawSettings = z.infer<typeof settingsSchema>;

export interface Settings extends RawSettings {
  publicUrl: URL;
  dataDir: string;
  keyDir: string;
  /** The key store chosen by WEERBAAR_KEY_STORE (crypto/scan-keys.ts, crypto/key-database.ts). */
  keyStore: { kind: 'folder'; dir: string } | { kind: 'database'; url: string };
  database: { kind: 'pglite' } | { kind: 'postgres'; url: string; migrationUrl: string };
  demo: boolean;
}

export class SettingsError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Ongeldige instellingen / invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Parse settings from an environment-like record; throws SettingsError with every problem at once. */
export function readSettings(source: Record<string, string | undefined> = process.env): Settings {
  // Empty strings count as "not set", as in most deployment tools.
  const cleaned = Object.fromEntries(
    Object.keys(settingsSchema.shape).map((key) => [key, source[key] === '' ? undefined : source[key]]),
  );
  const parsed = settingsSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new SettingsError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const raw = parsed.data;
  const publicUrl = new URL(raw.WEERBAAR_PUBLIC_URL ?? `http://localhost:${raw.PORT}`);
  const database: Settings['database'] = raw.DATABASE_URL
    ? {
        kind: 'postgres',
        url: raw.DATABASE_URL,
        migrationUrl: raw.DATABASE_MIGRATION_URL ?? raw.DATABASE_URL,
      }
    : { kind: 'pglite' };
  if (!raw.DATABASE_URL && raw.DATABASE_MIGRATION_URL) {
    throw new SettingsError([
      'DATABASE_MIGRATION_URL: alleen samen met DATABASE_URL / only together with DATABASE_URL',
    ]);
  }
  const keyDir = path.resolve(raw.WEERBAAR_KEY_DIR ?? path.join(raw.WEERBAAR_DATA_DIR, 'keys'));
  const keyProblems: string[] = [];
  if (raw.WEERBAAR_KEY_STORE === 'database' && !raw.WEERBAAR_KEY_DATABASE_URL)
    keyProblems.push(
      'WEERBAAR_KEY_DATABASE_URL: nodig bij WEERBAAR_KEY_STORE=database / required with WEERBAAR_KEY_STORE=database',
    );
  if (raw.WEERBAAR_KEY_STORE === 'folder' && raw.WEERBAAR_KEY_DATABASE_URL)
    keyProblems.push(
      'WEERBAAR_KEY_DATABASE_URL: alleen samen met WEERBAAR_KEY_STORE=database / only with WEERBAAR_KEY_STORE=database',
    );
  if (
    raw.WEERBAAR_KEY_DATABASE_URL &&
    [raw.DATABASE_URL, raw.DATABASE_MIGRATION_URL].some(
      (url) => url && sameDatabase(url, raw.WEERBAAR_KEY_DATABASE_URL!),
    )
  )
    keyProblems.push(
      'WEERBAAR_KEY_DATABASE_URL: een eigen database, niet die van de app / a database of its own, not the application database',
    );
  if (keyProblems.length > 0) throw new SettingsError(keyProblems);
  if (!raw.DATABASE_URL && raw.WEERBAAR_WORKERS > 1) {
    throw new SettingsError([
      'WEERBAAR_WORKERS: meer dan 1 alleen met DATABASE_URL (de ingebouwde database hoort bij één proces) / ' +
        'more than 1 only with DATABASE_URL (the embedded database belongs to one process)',
    ]);
  }
  return {
    ...raw,
    publicUrl,
    dataDir: path.resolve(raw.WEERBAAR_DATA_DIR),
    keyDir,
    keyStore:
      raw.WEERBAAR_KEY_STORE === 'database'
        ? { kind: 'database', url: raw.WEERBAAR_KEY_DATABASE_URL! }
        : { kind: 'folder', dir: keyDir },
    database,
    demo: raw.WEERBAAR_DEMO ?? database.kind === 'pglite',
  };
}

/** Same server and database name: a key store there would end up in the application's backups. */
function sameDatabase(a: string, b: string): boolean {
  const [x, y] = [new URL(a), new URL(b)];
  return x.hostname === y.hostname && (x.port || '5432') === (y.port || '5432') && x.pathname === y.pathname;
}
