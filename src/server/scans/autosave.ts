// The preamble every autosave of a candidate's scan shares (answers: operations/save-answers.ts,
// network map: operations/save-network.ts). Each save is one change set with the revision it was
// based on:
// - a retry of a save that already went through (same saveId) answers as before;
// - a scan that can no longer change (submitted, withdrawn, …) refuses the save;
// - a save based on an older revision (a second, stale tab) is refused with a conflict, and the
//   tab reloads and merges: nothing the person typed is lost.
import type { Selectable } from 'kysely';
import { type ScanStatus, transition } from '../../core/sharing/scan-lifecycle.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { ProceduresTable, ScansTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { conflict, type Sentence } from '../domain-error.ts';
import { assertMay } from '../policies/may.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { ownScanRules } from '../policies/scan.ts';

export type SaveStart =
  /** The same save arrived again: answer with the revision it made. */
  | { retry: true; revision: number }
  | {
      retry: false;
      scan: Selectable<ScansTable>;
      procedure: Selectable<ProceduresTable>;
      /** The status the scan has after this save. */
      to: ScanStatus;
    };

/** Loads the candidate's own scan for a save (locked) and applies the retry, state and revision rules. */
export async function beginSave(
  tx: Tx,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; baseRevision: number; saveId: string },
  /** The conflict sentence: what the page will do about it. */
  conflictSentence: Sentence,
): Promise<SaveStart> {
  const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId, { forUpdate: true });
  if (scan.last_save_id === input.saveId) return { retry: true, revision: scan.revision };
  const procedure = await procedureOfScan(tx, scan);
  // The rule the own scan's reply sends as `may: ['answer']` (policies/scan.ts).
  assertMay(ownScanRules, { status: scan.status, review: procedure.review }, 'answer');
  const step = transition(scan.status, 'save', procedure.review);
  if (!step.ok) throw new Error('the rule and the lifecycle disagree');
  if (input.baseRevision !== scan.revision) {
    throw conflict('revision-conflict', conflictSentence);
  }
  return { retry: false, scan, procedure, to: step.to };
}
