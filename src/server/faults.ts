// Faults of the parts the server stands on, recognised once: the database is away (a restart, a
// fail-over), a disk is full, the key store cannot be read. Each becomes a DomainError of kind
// `unavailable` (503 with Retry-After on the API: the web's save queue tries the same save again)
// with a sentence a person can act on; the start and the command line print the same sentence
// (`faultMessage`) instead of a driver's stack. Nothing here retries: a request that met a fault
// did not happen as far as the caller knows, and trying again is safe because saves carry a saveId.
import { DomainError, unavailable } from './domain-error.ts';
import { sentence } from './texts.ts';

/** The disk of a folder we need has (almost) no room left; said before PGlite is opened on it. */
export class DiskFullError extends Error {
  readonly folder: string;
  constructor(folder: string, freeBytes: number) {
    super(
      `De schijf van ${folder} is vol (nog ${Math.floor(freeBytes / 1024)} KiB vrij). Maak ruimte vrij en start opnieuw; ` +
        `de gegevens zijn niet aangetast. / The disk of ${folder} is full (${Math.floor(freeBytes / 1024)} KiB free). ` +
        'Free some space and start again; the data is intact.',
    );
    this.name = 'DiskFullError';
    this.folder = folder;
  }
}

// node-postgres and Node's socket errors when the server is not there (or went away).
const connectionErrnos = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
// SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now (starting up / shutting down),
// too_many_connections; class 08 is "connection exception".
const unavailableStates = new Set(['57P01', '57P02', '57P03', '53300']);
const connectionMessages =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Client was closed|connection timeout/i;

function* causes(error: unknown): Generator<Record<string, unknown>> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    yield current as Record<string, unknown>;
    if (current instanceof AggregateError) for (const inner of current.errors) yield* causes(inner);
    current = (current as { cause?: unknown }).cause;
  }
}

/** No room on a disk: PostgreSQL's disk_full (also from PGlite), or ENOSPC / EDQUOT from a file write. */
export function isDiskFull(error: unknown): boolean {
  for (const e of causes(error)) {
    if (e instanceof DiskFullError) return true;
    if (e.code === '53100' || e.code === 'ENOSPC' || e.code === 'EDQUOT') return true;
    if (typeof e.message === 'string' && /No space left on device|disk quota exceeded/i.test(e.message))
      return true;
  }
  return false;
}

/** The database server cannot be reached, or is shutting down or starting up. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (connectionErrnos.has(code) || unavailableStates.has(code) || code.startsWith('08')) return true;
    if (typeof e.message === 'string' && connectionMessages.test(e.message)) return true;
  }
  return false;
}

/** How long a caller should wait before trying again, per fault (seconds). */
export const retryAfter = { database: 5, disk: 60, keyStore: 60 } as const;

/**
 * A fault of the server's parts as the refusal the API sends (503 + Retry-After), or null when the
 * error is not one of these (then it is a plain internal error).
 */
export function refusalOfFault(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error.kind === 'unavailable' ? error : null;
  if (isDiskFull(error)) return unavailable('disk-full', sentence('errors', 'disk-full'), retryAfter.disk);
  if (isDatabaseUnavailable(error))
    return unavailable(
      'database-unavailable',
      sentence('errors', 'database-unavailable'),
      retryAfter.database,
    );
  return null;
}

/** The line the start and the command line print for a fault; null when the error is no fault. */
export function faultMessage(error: unknown): string | null {
  for (const e of causes(error)) if (e instanceof DiskFullError) return e.message;
  if (isDiskFull(error)) {
    return (
      'De schijf is vol: er kon niets worden weggeschreven. Maak ruimte vrij en probeer het opnieuw; wat al ' +
      'bewaard was, is niet aangetast. / The disk is full: nothing could be written. Free some space and try ' +
      'again; what was saved before is intact.'
    );
  }
  if (isDatabaseUnavailable(error)) {
    return (
      'De database is niet bereikbaar (DATABASE_URL). Controleer of PostgreSQL draait en probeer het opnieuw. / ' +
      'The database cannot be reached (DATABASE_URL). Check that PostgreSQL is running and try again.'
    );
  }
  const refusal = refusalOfFault(error);
  return refusal ? refusal.message : null;
}
