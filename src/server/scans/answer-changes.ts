// A scan's answers are stored as the answers at the last compaction (scans.answers_sealed) plus the
// change sets of the saves since (answers_changes, migration 0015): an autosave appends only what it
// changed, in one statement, instead of reading, opening, merging and sealing the whole set again.
// Every change set is sealed under the scan's data key, with the revision in its associated data,
// so a row cannot be moved to another place, scan or organisation; shredding the key makes them
// unreadable and shredding the scan deletes them (shred-scan.ts).
//
// Everything that reads answers goes through `readAnswers` (content.ts has no other way in: its
// field type leaves out 'answers'), which reads the sealed answers and the change sets in one
// statement — one snapshot, so a compaction in between can never make a change set count twice or
// not at all. `compactAnswers` folds them under the scan's row lock at submit (the database
// refuses a scan leaving editing with change sets left, migration 0015); during editing
// `compactAnswersLater` folds them every `compactEvery` change sets, so a read never opens many
// more, without holding the lock while it works (it writes only if nothing folded them first, 0023).
import { type Kysely, sql } from 'kysely';
import { type AnswerChanges, type Answers, applyAnswerChanges } from '../../core/instrument/answers.ts';
import type { ScanStatus } from '../../core/sharing/scan-lifecycle.ts';
import type { AppDeps } from '../context.ts';
import { openScanField, sealScanField } from '../crypto/scan-keys.ts';
import { batcherPerDatabase, inInputOrder, runAlone } from '../db/batch.ts';
import type { DatabaseSchema, ProceduresTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';

/**
 * Change sets gathered during editing before a save folds them into the sealed answers. 64 rather
 * than 32 (issue #11): a fold costs two statements, a read of every change set and a seal of the
 * whole answer set, so folding half as often takes about half that off each save, while a read
 * (a page load, submit) opens at most 63 small change sets — each a few µs.
 */
export const compactEvery = 64;

/**
 * The number of change sets at which a save folds this scan's: between half of `compactEvery` and
 * just under it, fixed per scan by its id. Scans opened together and saved at the same pace (a
 * council's candidates on the evening the link went out) would otherwise all fold in the same
 * moment, and every save of that moment would wait for all those folds.
 */
export function compactAt(scanId: string): number {
  const half = compactEvery / 2;
  return half + (Number.parseInt(scanId.slice(-2), 16) % half);
}

type Scan = { id: string; tenant_id: string };

/** The associated data's field of one change set: bound to its revision. */
const changeField = (revision: number) => `answers-change:${revision}`;

export function sealAnswerChanges(key: Buffer, scan: Scan, revision: number, changes: AnswerChanges): Buffer {
  return sealScanField(key, scan.tenant_id, scan.id, changeField(revision), changes);
}

export function openAnswerChanges(
  key: Buffer,
  scan: Scan,
  revision: number,
  sealed: Uint8Array,
): AnswerChanges {
  return openScanField<AnswerChanges>(key, scan.tenant_id, scan.id, changeField(revision), sealed);
}

interface StoredRow {
  /** -1 for the compacted answers (scans.answers_sealed), else the change set's revision. */
  revision: number;
  sealed: Uint8Array | null;
}

/** The compacted answers and every change set, oldest first, in one statement (one snapshot). */
async function readStored(db: Kysely<DatabaseSchema> | Tx, scan: Scan): Promise<StoredRow[]> {
  const { rows } = await sql<StoredRow>`
    select -1 as revision, s.answers_sealed as sealed from scans s
     where s.id = ${scan.id} and s.tenant_id = ${scan.tenant_id}
    union all
    select c.revision, c.sealed from answers_changes c
     where c.scan_id = ${scan.id} and c.tenant_id = ${scan.tenant_id}
    order by 1`.execute(db);
  return rows;
}

async function fold(deps: AppDeps, scan: Scan, rows: StoredRow[]): Promise<Answers> {
  if (rows.every((row) => row.sealed === null)) return {};
  const key = await deps.scanKeys.get(scan.tenant_id, scan.id);
  let base: Answers = {};
  const changeSets: AnswerChanges[] = [];
  for (const row of rows) {
    if (!row.sealed) continue;
    if (row.revision < 0) base = openScanField<Answers>(key, scan.tenant_id, scan.id, 'answers', row.sealed);
    else
      changeSets.push(
        openScanField<AnswerChanges>(key, scan.tenant_id, scan.id, changeField(row.revision), row.sealed),
      );
  }
  return applyAnswerChanges(base, changeSets);
}

/**
 * The scan's answers now: the compacted answers with every change set since. The only way the
 * server reads answers (own scan, export, submit, report, review, screening, recompute).
 */
export async function readAnswers(
  deps: AppDeps,
  db: Kysely<DatabaseSchema> | Tx,
  scan: Scan,
): Promise<Answers> {
  return fold(deps, scan, await readStored(db, scan));
}

/**
 * Folds the change sets into the sealed answers and deletes them, in the caller's transaction,
 * under the scan's row lock (taken here; submit holds it already). Returns the answers. Running it
 * again changes nothing: with no change sets left it writes nothing.
 */
export async function compactAnswers(deps: AppDeps, tx: Tx, scan: Scan): Promise<Answers> {
  await sql`select 1 from scans where id = ${scan.id} and tenant_id = ${scan.tenant_id} for update`.execute(
    tx,
  );
  const rows = await readStored(tx, scan);
  const answers = await fold(deps, scan, rows);
  const last = rows.reduce((max, row) => Math.max(max, row.revision), -1);
  if (last < 0) return answers;
  const key = await deps.scanKeys.get(scan.tenant_id, scan.id);
  await tx
    .updateTable('scans')
    .set({
      answers_sealed: sealScanField(key, scan.tenant_id, scan.id, 'answers', answers),
      answers_folded_revision: last,
    })
    .where('id', '=', scan.id)
    .where('tenant_id', '=', scan.tenant_id)
    .execute();
  await sql`delete from answers_changes where scan_id = ${scan.id} and tenant_id = ${scan.tenant_id}
             and revision <= ${last}`.execute(tx);
  return answers;
}

/**
 * The same fold during editing, without a transaction or a lock held while the app works
 * (migration 0023): read, fold and seal, then write only if the change sets folded are all still
 * there. True when written; false when something else folded, submitted or shredded them first.
 */
export async function compactAnswersLater(deps: AppDeps, scan: Scan, userId: string): Promise<boolean> {
  const db = deps.database.db;
  const { rows } = await sql<StoredRow>`select * from answers_stored(${scan.tenant_id}, ${userId},
      ${scan.id})`.execute(db);
  const changes = rows.filter((row) => row.revision >= 0);
  if (changes.length === 0) return false;
  const answers = await fold(deps, scan, rows);
  const key = await deps.scanKeys.get(scan.tenant_id, scan.id);
  const sealed = sealScanField(key, scan.tenant_id, scan.id, 'answers', answers);
  const { rows: written } = await sql<{
    done: boolean;
  }>`select answers_compacted(${scan.tenant_id}, ${userId},
      ${scan.id}, ${sealed}, ${changes[0]!.revision}, ${changes.at(-1)!.revision}, ${changes.length}) as done`.execute(
    db,
  );
  return written[0]?.done === true;
}

/** What answers_append_many returns per save: the scan as it is after it, and what happened. */
export interface AppendRow {
  /** saved: written; retry: this saveId was saved before; refused: nothing written (see status). */
  outcome: 'saved' | 'retry' | 'refused';
  status: ScanStatus;
  revision: number;
  /** Change sets waiting for compaction, after a save. */
  pending: number | null;
  procedure_id: string;
  instrument_id: string;
  instrument_version: string;
  instrument_hash: string;
  review: ProceduresTable['review'];
}

export interface AppendInput {
  tenantId: string;
  userId: string;
  scanId: string;
  /** The pinned instrument's hash the change set was validated against; null only reads. */
  hash: string | null;
  fromStatuses: readonly string[];
  toStatus: string;
  baseRevision: number;
  saveId: string;
  sealed: Buffer | null;
  at: Date;
  /** Audit events (auditEventsJson), and those recorded only when the save changes the status. */
  events: string | null;
  startEvents: string | null;
}

/**
 * Saves arriving together go to the database as one statement (db/batch.ts): answers_append_many
 * (migrations 0022, 0024) holds every save's rules, in scan order so concurrent batches lock
 * alike. Each save keeps its own outcome; they commit together, and a save is acknowledged only
 * after that. A batch does not wait for a scan another transaction holds (wait false): such a save
 * comes back 'busy' and is sent again alone, waiting (runAlone).
 */
const appendBatcher = batcherPerDatabase<AppendInput, AppendRow | undefined>((database) => {
  const many = async (inputs: AppendInput[], wait: boolean) => {
    // The audit events are JSON text already (auditEventsJson): spliced in, not parsed again.
    const element = (input: AppendInput) =>
      `${JSON.stringify({
        tenant: input.tenantId,
        user: input.userId,
        scan: input.scanId,
        hash: input.hash,
        from: input.fromStatuses,
        to: input.toStatus,
        base: input.baseRevision,
        save: input.saveId,
        sealed: input.sealed?.toString('base64') ?? null,
        at: input.at.toISOString(),
      }).slice(0, -1)},"events":${input.events ?? 'null'},"start":${input.startEvents ?? 'null'}}`;
    const saves = `[${inputs.map(element).join(',')}]`;
    const { rows } = await sql<
      (AppendRow | { outcome: 'busy' }) & { ord: number }
    >`select * from answers_append_many(${saves}::jsonb, ${wait})`.execute(database.db);
    return inInputOrder(rows, inputs.length).map((row) =>
      row?.outcome === 'busy' ? runAlone : (row as AppendRow | undefined),
    );
  };
  return {
    many: (inputs) => many(inputs, false),
    one: async (input) => {
      const [row] = await many([input], true);
      if (row === runAlone) throw new Error('answers_append_many: busy although it waited');
      return row;
    },
    compare: (a, b) => (a.scanId < b.scanId ? -1 : a.scanId > b.scanId ? 1 : 0),
  };
});

/** One save (with the others arriving together, one statement); undefined: not the person's scan. */
export function appendAnswerChanges(deps: AppDeps, input: AppendInput): Promise<AppendRow | undefined> {
  return appendBatcher(deps.database).run(input);
}
