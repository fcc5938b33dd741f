// `weerbaar backup` and `weerbaar restore`: the application database, and only that.
//
//   embedded (PGlite)  the data folder's database as PGlite's own dump (`dumpDataDir`, a .tar.gz),
//                      taken while this process holds the folder's lock — the server must be stopped,
//                      so the copy is consistent; restored by loading it into a fresh folder that then
//                      takes the old one's place (the old one is kept beside it, renamed).
//   PostgreSQL         pg_dump in custom format over the owner connection (DATABASE_MIGRATION_URL),
//                      one consistent snapshot while the app keeps running; restored with pg_restore
//                      --clean in a single transaction (all or nothing) over the same connection.
//
// Never in a backup: the key store (WEERBAAR_KEY_DIR or the key database) and the master key. They
// are backed up separately and kept for a short time only: a scan whose key was destroyed after the
// backup was taken comes back from the backup as ciphertext that nothing opens. After a restore,
// `reconcileRestoredScans` shreds those scans again (tombstone, as at deletion), so the restored
// database agrees with the key store and nobody sees the scan as if it were still there.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { ScanKeyGone } from '../crypto/scan-keys.ts';
import { type Database, lockDataDir } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Settings } from '../env.ts';
import { shredScan } from '../scans/shred-scan.ts';

export type BackupKind = 'pglite' | 'postgres';

export interface BackupResult {
  file: string;
  kind: BackupKind;
  bytes: number;
}

/** Writes a private file (0600: a backup holds personal data) whole or not at all. */
function writePrivately(file: string, data: Uint8Array): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temporary, data, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/** Which kind of backup a file is, by its first bytes: pg_dump's "PGDMP" or gzip (PGlite's dump). */
export function backupKindOf(file: string): BackupKind | null {
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  return null;
}

/** pg_dump / pg_restore: on the PATH, else the newest Debian server programs. */
export function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    for (const version of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a)))
      dirs.push(path.join(debian, version, 'bin'));
  }
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {}
  }
  throw new Error(
    `${name} niet gevonden; installeer de PostgreSQL-clientprogramma's / ${name} not found; install the PostgreSQL client programs`,
  );
}

/** Runs pg_dump or pg_restore on a connection URL, the password in the environment (not on `ps`). */
function runPostgresTool(
  name: 'pg_dump' | 'pg_restore',
  url: string,
  args: string[],
  env: Record<string, string> = {},
): void {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const result = spawnSync(postgresTool(name), [...args, `--dbname=${parsed.toString()}`], {
    encoding: 'utf8',
    env: { ...process.env, ...env, ...(password ? { PGPASSWORD: password } : {}) },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${name} mislukt / failed (exit ${result.status}): ${result.stderr.trim().slice(0, 2000)}`,
    );
  }
}

/**
 * Backs up the application database to `file`. Embedded: `database` must be the open data folder
 * (the caller holds its lock, so no server is writing); PostgreSQL: pg_dump over the owner URL.
 */
export async function backupDatabase(
  settings: Settings,
  database: Database,
  file: string,
): Promise<BackupResult> {
  if (settings.database.kind === 'pglite') {
    if (!database.pglite) throw new Error('backup: geen ingebedde database / no embedded database');
    const dump = await database.pglite.dumpDataDir('gzip');
    const bytes = new Uint8Array(await dump.arrayBuffer());
    writePrivately(file, bytes);
    return { file, kind: 'pglite', bytes: bytes.length };
  }
  await assertBackupSeesEveryRow(database);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    // --enable-row-security: the tables force row-level security for their owner too; the
    // migration's backup policy (0006) lets the owner read every row only in a session that says
    // it is a backup (weerbaar.backup = on, set through PGOPTIONS below).
    runPostgresTool(
      'pg_dump',
      settings.database.migrationUrl,
      ['--format=custom', '--enable-row-security', `--file=${temporary}`],
      { PGOPTIONS: `${process.env.PGOPTIONS ?? ''} -c weerbaar.backup=on`.trim() },
    );
    fs.chmodSync(temporary, 0o600);
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return { file, kind: 'postgres', bytes: fs.statSync(file).size };
}

/**
 * With --enable-row-security pg_dump writes what the policies let it see: a table whose rows the
 * backup session may not read would be dumped short, without an error. So before dumping: every
 * table that forces row security must have its backup policy (migration 0006) for this very role.
 * A future migration adding such a table must add its `<table>_backup_read` policy too.
 */
async function assertBackupSeesEveryRow(database: Database): Promise<void> {
  const { rows } = await sql<{ relname: string }>`
    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and c.relforcerowsecurity
      and not exists (
        select 1 from pg_policy p
        where p.polrelid = c.oid and p.polname = c.relname || '_backup_read'
          and (select oid from pg_roles where rolname = current_user) = any (p.polroles)
      )
    order by c.relname`.execute(database.owner);
  if (rows.length > 0) {
    throw new Error(
      `back-up zou onvolledig zijn: geen leesbeleid voor deze rol op / the backup would be incomplete: ` +
        `no backup read policy for this role on ${rows.map((r) => r.relname).join(', ')} ` +
        '(DATABASE_MIGRATION_URL moet de eigenaar zijn die de migraties draaide / must be the owner that ran the migrations)',
    );
  }
}

/**
 * Puts a backup back in place of the current database. The database must not be open: embedded,
 * the data folder's lock is taken (the server must be stopped); PostgreSQL, pg_restore --clean
 * --single-transaction replaces every table at once or, on any error, nothing.
 * Returns where the embedded database that was replaced now is (kept until the operator removes it).
 */
export async function restoreDatabase(
  settings: Settings,
  file: string,
): Promise<{ previous: string | null }> {
  const kind = backupKindOf(file);
  if (kind !== settings.database.kind) {
    throw new Error(
      `${file} is geen back-up van een ${settings.database.kind === 'pglite' ? 'ingebedde' : 'PostgreSQL-'}database / ` +
        `is not a backup of ${settings.database.kind === 'pglite' ? 'an embedded' : 'a PostgreSQL'} database`,
    );
  }
  if (settings.database.kind === 'postgres') {
    runPostgresTool('pg_restore', settings.database.migrationUrl, [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      file,
    ]);
    return { previous: null };
  }
  const target = path.join(settings.dataDir, 'pglite');
  const unlock = lockDataDir(target);
  try {
    const staging = `${target}.restoring`;
    fs.rmSync(staging, { recursive: true, force: true });
    const loaded = await PGlite.create(staging, { loadDataDir: new Blob([fs.readFileSync(file)]) });
    await loaded.query('select 1');
    await loaded.close();
    let previous: string | null = null;
    if (fs.existsSync(target)) {
      previous = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(target, previous);
    }
    fs.renameSync(staging, target);
    return { previous };
  } finally {
    unlock();
  }
}

/**
 * After a restore: every scan the database still holds as live but whose data key the key store no
 * longer has (destroyed after the backup was taken) is shredded again — tombstone, releases and
 * access log gone, a `scan.deleted` event — and one `database.restored` event marks the restore in
 * the audit trail. Safe to run more than once.
 */
export async function reconcileRestoredScans(deps: AppDeps): Promise<{ shredded: number; checked: number }> {
  const tenants = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
    tx.selectFrom('tenants').select('id').execute(),
  );
  let shredded = 0;
  let checked = 0;
  for (const tenant of tenants) {
    const scans = await inTransaction(deps.database, { tenantId: tenant.id, userId: null }, (tx) =>
      tx.selectFrom('scans').select('id').where('status', 'not in', ['deleted', 'withdrawn']).execute(),
    );
    for (const scan of scans) {
      checked += 1;
      try {
        await deps.scanKeys.get(tenant.id, scan.id);
      } catch (error) {
        if (!(error instanceof ScanKeyGone)) throw error;
        await shredScan(deps, {
          tenantId: tenant.id,
          scanId: scan.id,
          actorUserId: null,
          removal: 'deleted',
        });
        shredded += 1;
      }
    }
  }
  await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
    recordAudit(tx, {
      action: 'database.restored',
      tenantId: null,
      actorUserId: null,
      subjectType: null,
      subjectId: null,
      data: { scansShredded: shredded, scansChecked: checked },
    }),
  );
  return { shredded, checked };
}
