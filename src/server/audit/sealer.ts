// The sealer: chains committed audit events into the hash chain, in batches, shortly after they
// commit — like a Certificate Transparency log integrating its entries. A request only inserts its
// event (record.ts); nobody waits on the chain head any more.
//
// - One sealer at a time across all processes: a transaction-level advisory lock, taken with
//   pg_try_…, so a second process skips instead of queueing (its events are sealed by the one
//   that holds the lock, or by its own next run).
// - Order: the chain takes events in the order the sealer *sees them committed* (within one batch
//   by seq). A rolled-back transaction leaves a gap in seq that is simply never seen; a
//   transaction that took a lower seq but commits later is sealed in a later batch, after events
//   with higher seq. Nothing waits for a horizon and nothing is lost: each event's place is
//   chain_seq, which only the sealer assigns (migration 0005).
// - Exactly once: audit_seal (a database function) fills the seal columns only of unsealed
//   events, checks that the batch links to the head it expected, and moves the head; the
//   append-only trigger refuses a second seal.
// - When: after every commit that recorded an event (nudged through afterCommit, a short delay
//   lets a burst share a batch), every second by a timer, at shutdown, and by
//   `weerbaar audit seal` / `weerbaar audit verify`.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { runScoped } from '../db/transaction.ts';
import type { Logger } from '../logger.ts';
import { eventHash } from './chain.ts';

/** The advisory lock key of the sealer (migrations use 727274). */
const sealerLockKey = 727275;

interface UnsealedRow {
  seq: number | string;
  id: string;
  at: Date | string;
  tenant_id: string | null;
  actor_user_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  data: Record<string, unknown>;
}

export interface SealOutcome {
  /** Events sealed by this call. */
  sealed: number;
  /** True when another sealer held the lock, so this one did nothing. */
  skipped: boolean;
}

/** Seals one batch of the oldest committed, unsealed events. */
async function sealBatch(db: Kysely<DatabaseSchema>, batch: number): Promise<SealOutcome> {
  return runScoped(db, { tenantId: null, userId: null }, async (tx) => {
    const head = (
      await sql<{ locked: boolean; seq: number | string; hash: string }>`
        select pg_try_advisory_xact_lock(${sealerLockKey}) as locked, seq, hash from audit_chain_head`.execute(
        tx,
      )
    ).rows[0];
    if (!head) throw new Error('audit_chain_head is empty');
    if (!head.locked) return { sealed: 0, skipped: true };
    const rows = (await sql<UnsealedRow>`select * from audit_unsealed(${batch})`.execute(tx)).rows;
    if (rows.length === 0) return { sealed: 0, skipped: false };
    let prevHash = head.hash;
    const prevHashes: string[] = [];
    const hashes: string[] = [];
    for (const row of rows) {
      const hash = eventHash({
        id: row.id,
        at: new Date(row.at),
        tenantId: row.tenant_id,
        actorUserId: row.actor_user_id,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        data: row.data,
        prevHash,
      });
      prevHashes.push(prevHash);
      hashes.push(hash);
      prevHash = hash;
    }
    // Arrays as PostgreSQL array literals: numbers and hex strings need no quoting.
    const literal = (values: ReadonlyArray<string | number>) => `{${values.join(',')}}`;
    await sql`select audit_seal(${Number(head.seq)}, ${literal(rows.map((r) => Number(r.seq)))}::bigint[],
                                ${literal(prevHashes)}::text[], ${literal(hashes)}::text[])`.execute(tx);
    return { sealed: rows.length, skipped: false };
  });
}

/** Seals everything committed and visible now, batch after batch. */
export async function sealAuditLog(
  db: Kysely<DatabaseSchema>,
  options: { batch?: number } = {},
): Promise<SealOutcome> {
  const batch = options.batch ?? 1000;
  let sealed = 0;
  for (;;) {
    const outcome = await sealBatch(db, batch);
    sealed += outcome.sealed;
    if (outcome.skipped) return { sealed, skipped: true };
    if (outcome.sealed < batch) return { sealed, skipped: false };
  }
}

export interface RunningSealer {
  /** Asks for a pass soon (after `delayMs`); asks while one runs make one more pass after it. */
  nudge(): void;
  /** Stops the timer, waits for a running seal and seals once more. */
  stop(): Promise<void>;
}

const running = new Map<Kysely<DatabaseSchema>, RunningSealer>();

/** Called after a transaction with an audit event commits (record.ts, through afterCommit). */
export function nudgeSealer(db: Kysely<DatabaseSchema>): void {
  running.get(db)?.nudge();
}

/**
 * Runs the sealer in this process for `database`: nudged after each audited commit, and every
 * `intervalMs` for events of other processes whose sealer skipped (or of a process that stopped).
 */
export function startAuditSealer(
  database: Database,
  logger: Logger,
  options: { delayMs?: number; intervalMs?: number } = {},
): RunningSealer {
  const db = database.db;
  const existing = running.get(db);
  if (existing) return existing;
  const delayMs = options.delayMs ?? 20;
  let current: Promise<void> | null = null;
  let again = false;
  let scheduled: NodeJS.Timeout | null = null;
  let stopped = false;

  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = setTimeout(() => {
      scheduled = null;
      void run();
    }, delayMs);
    scheduled.unref();
  };

  // One pass seals everything visible. Events that commit during a pass are sealed by the next,
  // which starts `delayMs` later, so under load a pass takes a batch instead of a single event and
  // the sealer's own statements stay a small share of the database's work.
  const run = (): Promise<void> => {
    if (current) {
      again = true;
      return current;
    }
    again = false;
    current = (async () => {
      try {
        await sealAuditLog(db);
      } catch (error) {
        if (!stopped) {
          logger.error(
            { err: { name: (error as Error).name, message: (error as Error).message } },
            'audit sealer failed',
          );
        }
      }
    })().finally(() => {
      current = null;
      if (again) schedule();
    });
    return current;
  };

  const timer = setInterval(() => void run(), options.intervalMs ?? 1000);
  timer.unref();

  const sealer: RunningSealer = {
    nudge() {
      if (stopped) return;
      if (current) again = true;
      else schedule();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      if (scheduled) clearTimeout(scheduled);
      scheduled = null;
      await current;
      try {
        await sealAuditLog(db);
      } catch (error) {
        logger.warn({ err: { message: (error as Error).message } }, 'audit sealer: last seal failed');
      }
      running.delete(db);
    },
  };
  running.set(db, sealer);
  return sealer;
}

/** Stops the sealer of `database` in this process, if one runs. */
export async function stopAuditSealer(database: Database): Promise<void> {
  await running.get(database.db)?.stop();
}
