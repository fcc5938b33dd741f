// The preamble every autosave of a candidate's scan shares (answers: operations/save-answers.ts,
// network map: operations/save-network.ts). Each save is one change set with the revision it was
// based on:
// - a retry of a save that already went through (same saveId) answers as before;
// - a scan that can no longer change (submitted, withdrawn, …) refuses the save;
// - a save based on an older revision (a second, stale tab) is refused with a conflict, and the
//   tab reloads and merges: nothing the person typed is lost.
import { sql } from 'kysely';
import { type ScanStatus, transition } from '../../core/sharing/scan-lifecycle.ts';
import type { AuditEventInput } from '../audit/events.ts';
import { auditInsert } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { ProceduresTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { conflict, notFound, type Sentence, withFullStop } from '../domain-error.ts';
import { assertMay } from '../policies/may.ts';
import { ownScanRules } from '../policies/scan.ts';

/** What a save needs of the scan: no other sealed field is read. */
export interface SavingScan {
  id: string;
  tenant_id: string;
  status: ScanStatus;
  revision: number;
  last_save_id: string | null;
  answers_sealed: Uint8Array | null;
}

export type SavingProcedure = Pick<
  ProceduresTable,
  'id' | 'instrument_id' | 'instrument_version' | 'instrument_hash' | 'review'
>;

export type SaveStart =
  /** The same save arrived again: answer with the revision it made. */
  | { retry: true; revision: number }
  | {
      retry: false;
      scan: SavingScan;
      procedure: SavingProcedure;
      /** The status the scan has after this save. */
      to: ScanStatus;
    };

/**
 * Loads the candidate's own scan for a save (row locked) with its procedure, in one query, and
 * applies the retry, state and revision rules. The relationship rule is the one of
 * policies/procedure.ts (loadOwnScan, procedureOfScan): the scan by id AND organisation AND its own
 * candidate, the procedure by the scan's procedure id AND organisation; anything else is not found.
 */
export async function beginSave(
  tx: Tx,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; baseRevision: number; saveId: string },
  /** The conflict sentence: what the page will do about it. */
  conflictSentence: Sentence,
  options: { withAnswers: boolean },
): Promise<SaveStart> {
  const row = await tx
    .selectFrom('scans')
    .innerJoin('procedures', (join) =>
      join
        .onRef('procedures.id', '=', 'scans.procedure_id')
        .onRef('procedures.tenant_id', '=', 'scans.tenant_id'),
    )
    .select([
      'scans.id',
      'scans.tenant_id',
      'scans.status',
      'scans.revision',
      'scans.last_save_id',
      'procedures.id as procedure_id',
      'procedures.instrument_id',
      'procedures.instrument_version',
      'procedures.instrument_hash',
      'procedures.review',
    ])
    .$if(options.withAnswers, (q) => q.select('scans.answers_sealed'))
    .where('scans.id', '=', input.scanId)
    .where('scans.tenant_id', '=', input.tenantId)
    .where('scans.candidate_user_id', '=', session.userId)
    .forUpdate('scans')
    .executeTakeFirst();
  if (!row) throw notFound();
  if (row.last_save_id === input.saveId) return { retry: true, revision: row.revision };
  // The rule the own scan's reply sends as `may: ['answer']` (policies/scan.ts).
  assertMay(ownScanRules, { status: row.status, review: row.review }, 'answer');
  const step = transition(row.status, 'save', row.review);
  if (!step.ok) throw conflict('scan-frozen', withFullStop(step.reason));
  if (input.baseRevision !== row.revision) {
    throw conflict('revision-conflict', conflictSentence);
  }
  return {
    retry: false,
    scan: {
      id: row.id,
      tenant_id: row.tenant_id,
      status: row.status,
      revision: row.revision,
      last_save_id: row.last_save_id,
      answers_sealed: (row as { answers_sealed?: Uint8Array | null }).answers_sealed ?? null,
    },
    procedure: {
      id: row.procedure_id,
      instrument_id: row.instrument_id,
      instrument_version: row.instrument_version,
      instrument_hash: row.instrument_hash,
      review: row.review,
    },
    to: step.to,
  };
}

/**
 * Writes a save: the sealed field, the new revision and saveId, the status, and the audit events,
 * in one statement (a data-modifying WITH), so the change and its audit commit together in one
 * round trip.
 */
export async function finishSave(
  tx: Tx,
  scan: SavingScan,
  change: {
    field: 'answers_sealed' | 'network_sealed';
    sealed: Uint8Array;
    revision: number;
    saveId: string;
    status: ScanStatus;
    at: Date;
  },
  audit: AuditEventInput[],
): Promise<void> {
  const column = sql.ref(change.field);
  await sql`
    with saved as (
      update scans set ${column} = ${change.sealed}, revision = ${change.revision},
             last_save_id = ${change.saveId}, status = ${change.status}, updated_at = ${change.at}
       where id = ${scan.id} and tenant_id = ${scan.tenant_id}
    )
    ${auditInsert(tx, audit)}`.execute(tx);
}
