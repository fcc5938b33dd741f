// Every autosave of a candidate's scan (answers: operations/save-answers.ts, network map:
// operations/save-network.ts) goes through `autosave` here. Each save is one change set with the
// revision it was based on:
// - a retry of a save that already went through (same saveId) answers as before;
// - a scan that can no longer change (submitted, withdrawn, …) refuses the save;
// - a save based on an older revision (a second, stale tab) is refused with a conflict, and the
//   tab reloads and merges: nothing the person typed is lost.
//
// Two statements, no open transaction between them (database functions autosave_read and
// autosave_write, migration 0009, both as weerbaar_app under row-level security): read the scan and
// its procedure; check, validate and seal in the app; then write the sealed field, revision, saveId
// and status together with the audit events — only if the scan is still exactly as read (same
// revision, same status). If it is not, nothing is written and the save is decided again on a fresh
// read: the retry, frozen and conflict rules answer as they would have under a row lock.
import { sql } from 'kysely';
import { type ScanStatus, transition } from '../../core/sharing/scan-lifecycle.ts';
import type { AuditEventInput } from '../audit/events.ts';
import { auditCommitted, auditEventsJson } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import type { ProceduresTable } from '../db/schema.ts';
import { conflict, notFound, type Sentence, withFullStop } from '../domain-error.ts';
import { assertMay } from '../policies/may.ts';
import { ownScanRules } from '../policies/scan.ts';

/** What a save reads of the scan: for answers, the sealed answers it changes; nothing else sealed. */
export interface SavingScan {
  id: string;
  tenant_id: string;
  status: ScanStatus;
  revision: number;
  last_save_id: string | null;
  /** The sealed answers of an answers save (null for a network save, which replaces the map). */
  sealed: Uint8Array | null;
}

export type SavingProcedure = Pick<
  ProceduresTable,
  'id' | 'instrument_id' | 'instrument_version' | 'instrument_hash' | 'review'
>;

export interface SaveInput {
  tenantId: string;
  scanId: string;
  baseRevision: number;
  saveId: string;
}

/** What the operation makes of a save it accepts: the sealed field and the audit events. */
export interface SaveChange {
  sealed: Uint8Array;
  audit: AuditEventInput[];
}

interface SaveRow {
  id: string;
  tenant_id: string;
  status: ScanStatus;
  revision: number;
  last_save_id: string | null;
  sealed: Uint8Array | null;
  procedure_id: string;
  instrument_id: string;
  instrument_version: string;
  instrument_hash: string;
  review: SavingProcedure['review'];
}

type Decision =
  | { retry: true; revision: number }
  | { retry: false; scan: SavingScan; procedure: SavingProcedure; to: ScanStatus };

/**
 * The candidate's own scan for a save with its procedure, in one statement. The relationship rule
 * is the one of policies/procedure.ts (loadOwnScan, procedureOfScan): the scan by id AND
 * organisation AND its own candidate, the procedure by the scan's procedure id AND organisation;
 * anything else is not found.
 */
async function readForSave(
  deps: AppDeps,
  session: SessionInfo,
  input: SaveInput,
  field: 'answers' | 'network',
): Promise<SaveRow | undefined> {
  const { rows } = await sql<SaveRow>`select * from autosave_read(${input.tenantId}, ${session.userId},
    ${input.scanId}, ${field})`.execute(deps.database.db);
  return rows[0];
}

/**
 * The retry, state and revision rules on a scan as read (shared with the answers save,
 * answer-changes.ts): the same saveId is a retry; a scan that may not change is frozen; a save on
 * another revision is a conflict. Returns the status the save moves the scan to.
 */
export function decideSave(
  row:
    | { status: ScanStatus; revision: number; last_save_id: string | null; review: SavingProcedure['review'] }
    | undefined,
  input: Pick<SaveInput, 'saveId' | 'baseRevision'>,
  conflictSentence: Sentence,
): { retry: true; revision: number } | { retry: false; to: ScanStatus } {
  if (!row) throw notFound();
  if (row.last_save_id === input.saveId) return { retry: true, revision: row.revision };
  // The rule the own scan's reply sends as `may: ['answer']` (policies/scan.ts).
  assertMay(ownScanRules, { status: row.status, review: row.review }, 'answer');
  const step = transition(row.status, 'save', row.review);
  if (!step.ok) throw conflict('scan-frozen', withFullStop(step.reason));
  if (input.baseRevision !== row.revision) throw conflict('revision-conflict', conflictSentence);
  return { retry: false, to: step.to };
}

/** The retry, state and revision rules on a scan as read. */
function decide(row: SaveRow | undefined, input: SaveInput, conflictSentence: Sentence): Decision {
  if (!row) throw notFound();
  const decided = decideSave(row, input, conflictSentence);
  if (decided.retry) return decided;
  return {
    retry: false,
    scan: {
      id: row.id,
      tenant_id: row.tenant_id,
      status: row.status,
      revision: row.revision,
      last_save_id: row.last_save_id,
      sealed: row.sealed,
    },
    procedure: {
      id: row.procedure_id,
      instrument_id: row.instrument_id,
      instrument_version: row.instrument_version,
      instrument_hash: row.instrument_hash,
      review: row.review,
    },
    to: decided.to,
  };
}

/**
 * One autosave: read, decide, let `change` validate and seal (it throws to refuse), then write the
 * change and its audit events in one statement, only if the scan did not move meanwhile.
 */
export async function autosave(
  deps: AppDeps,
  session: SessionInfo,
  input: SaveInput,
  /** Answers are saved as change sets instead (answer-changes.ts, operations/save-answers.ts). */
  field: 'network',
  /** The conflict sentence: what the page will do about it. */
  conflictSentence: Sentence,
  change: (start: {
    scan: SavingScan;
    procedure: SavingProcedure;
    to: ScanStatus;
    revision: number;
  }) => Promise<SaveChange> | SaveChange,
): Promise<{ revision: number }> {
  const start = decide(await readForSave(deps, session, input, field), input, conflictSentence);
  if (start.retry) return { revision: start.revision };
  const revision = start.scan.revision + 1;
  const made = await change({ ...start, revision });
  const { rows } = await sql<{ revision: number | null }>`select autosave_write(
      ${input.tenantId}, ${session.userId}, ${input.scanId}, ${field},
      ${start.scan.revision}, ${start.scan.status}, ${start.to},
      ${made.sealed}, ${input.saveId}, ${deps.now()}, ${auditEventsJson(made.audit)}::jsonb) as revision`.execute(
    deps.database.db,
  );
  const written = rows[0]?.revision;
  if (written !== null && written !== undefined) {
    auditCommitted(deps.database.db);
    return { revision: written };
  }
  // The scan moved between read and write (another tab, a submit, a withdrawal): decide again on
  // what is there now. Were the rules to pass again, the save is still refused as a conflict, since
  // it was sealed against content that has changed.
  const again = decide(await readForSave(deps, session, input, field), input, conflictSentence);
  if (again.retry) return { revision: again.revision };
  throw conflict('revision-conflict', conflictSentence);
}
