// Every unit of work of the app runs in one transaction as role weerbaar_app, with the
// organisation (tenant) and the acting person set for row-level security. Audit events are
// written inside the same transaction (src/server/audit/record.ts), so a change and its audit
// record commit or roll back together.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './database.ts';
import type { DatabaseSchema } from './schema.ts';

export type Tx = Transaction<DatabaseSchema>;

export interface Scope {
  /** The organisation whose rows this transaction may see; null for platform-level work. */
  tenantId: string | null;
  /** The person acting, if any (lets them see their own memberships across organisations). */
  userId: string | null;
}

export async function inTransaction<T>(
  database: Database,
  scope: Scope,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return runScoped(database.db, scope, work);
}

export async function runScoped<T>(
  db: Kysely<DatabaseSchema>,
  scope: Scope,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const opening = openingStatement(scope);
  if (!opening) return runScopedWithParameters(db, scope, work);
  const result = await db.connection().execute(async (connection) => {
    // The connection is handed to `work` as its transaction: a Kysely bound to one connection
    // has the same query builder; nothing here nests transactions.
    const tx = connection as unknown as Tx;
    try {
      await sql.raw(opening).execute(connection);
      const value = await work(tx);
      await sql.raw('commit').execute(connection);
      return { value, tx };
    } catch (error) {
      await sql
        .raw('rollback')
        .execute(connection)
        .catch(() => {});
      throw error;
    }
  });
  runCommitted(result.tx, db);
  return result.value;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * BEGIN and the scope in one round trip: one simple-protocol message holding two statements (the
 * simple protocol takes no parameters, so the ids are written into the text — only when they are
 * uuids or empty; anything else takes the parameterised path below).
 */
function openingStatement(scope: Scope): string | null {
  const literal = (id: string | null): string | null =>
    !id ? "''" : uuidPattern.test(id) ? `'${id.toLowerCase()}'` : null;
  const tenant = literal(scope.tenantId);
  const user = literal(scope.userId);
  if (tenant === null || user === null) return null;
  // set_config('role', …, true) is SET LOCAL ROLE. Everything set here ends with the transaction,
  // so a pooled connection never keeps a role or a tenant.
  return `begin; select set_config('role', 'weerbaar_app', true), set_config('weerbaar.tenant_id', ${tenant}, true), set_config('weerbaar.user_id', ${user}, true)`;
}

async function runScopedWithParameters<T>(
  db: Kysely<DatabaseSchema>,
  scope: Scope,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  let transaction = null as Tx | null;
  const result = await db.transaction().execute(async (tx) => {
    transaction = tx;
    await sql`select set_config('role', 'weerbaar_app', true),
                     set_config('weerbaar.tenant_id', ${scope.tenantId ?? ''}, true),
                     set_config('weerbaar.user_id', ${scope.userId ?? ''}, true)`.execute(tx);
    return work(tx);
  });
  if (transaction) runCommitted(transaction, db);
  return result;
}

function runCommitted(tx: Tx, db: Kysely<DatabaseSchema>): void {
  const callbacks = committedCallbacks.get(tx);
  if (callbacks) for (const callback of callbacks) callback(db);
}

const committedCallbacks = new WeakMap<Tx, Array<(db: Kysely<DatabaseSchema>) => void>>();

/**
 * Runs `callback` once the transaction has committed (never after a rollback), with the database
 * it ran on: e.g. the audit sealer is nudged after a change with an audit event commits.
 */
export function afterCommit(tx: Tx, callback: (db: Kysely<DatabaseSchema>) => void): void {
  const callbacks = committedCallbacks.get(tx);
  if (callbacks) {
    if (!callbacks.includes(callback)) callbacks.push(callback);
  } else committedCallbacks.set(tx, [callback]);
}

/** Re-scope a running transaction, e.g. once a link token has told us who and which organisation. */
export async function setScope(tx: Tx, scope: Scope): Promise<void> {
  await sql`select set_config('weerbaar.tenant_id', ${scope.tenantId ?? ''}, true),
                   set_config('weerbaar.user_id', ${scope.userId ?? ''}, true)`.execute(tx);
}
