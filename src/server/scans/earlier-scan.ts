// The re-scan halfway the term. A scan in a follow-up procedure may link to the same person's
// scan in the earlier procedure (invite-candidate.ts makes the link). The candidate is asked,
// explicitly and revocably, whether to use the earlier agenda and results:
// - consent given: the candidate's pages show the earlier agenda and how the results changed,
//   and the follow-up procedure's expert may see the same (each read in the access log of both
//   scans);
// - no consent (not asked yet, declined, or withdrawn): noEarlier of the earlier scan reaches anyone;
// - the earlier scan deleted (withdrawn, retention): said plainly, noEarlier else.
// Every request checks the consent as it is now, so withdrawing counts at the next request.
import type { Selectable } from 'kysely';
import type { Agenda } from '../../core/agenda/agenda.ts';
import { type Comparison, compareResults } from '../../core/agenda/compare.ts';
import type { ReportDecisions } from '../../core/report/report-model.ts';
import type { AppDeps } from '../context.ts';
import { ScanKeyGone } from '../crypto/scan-keys.ts';
import type { ScansTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { procedureOfScan } from '../policies/procedure.ts';
import { openAgenda } from './agenda.ts';
import { openField } from './content.ts';
import { pinnedInstrument } from './pinned-instrument.ts';
import { emptyDecisions, type StoredEvaluation } from './stored-evaluation.ts';

export type EarlierState = 'none' | 'ask' | 'declined' | 'deleted' | 'shared';

export interface EarlierView {
  state: EarlierState;
  /** Which earlier procedure (for the candidate's own question; never sent without a link). */
  earlier: { procedureName: string; submittedAt: string | null; finished: boolean } | null;
  consentAt: string | null;
  agenda: Agenda | null;
  agendaUpdatedAt: string | null;
  comparison: Comparison | null;
}

export const noEarlier = (state: EarlierState, consentAt: string | null = null): EarlierView => ({
  state,
  earlier: null,
  consentAt,
  agenda: null,
  agendaUpdatedAt: null,
  comparison: null,
});

const removed = new Set(['withdrawn', 'deleted']);

/** The earlier scan row if it is still there and still the same person's; 'deleted' otherwise. */
export async function earlierScanOf(
  tx: Tx,
  scan: Selectable<ScansTable>,
): Promise<Selectable<ScansTable> | 'deleted' | null> {
  if (!scan.earlier_scan_id) return null;
  const earlier = await tx
    .selectFrom('scans')
    .selectAll()
    .where('id', '=', scan.earlier_scan_id)
    .where('tenant_id', '=', scan.tenant_id)
    .executeTakeFirst();
  if (!earlier || removed.has(earlier.status)) return 'deleted';
  // Bound to the person: a row that names someone else is never shown (the database refuses such
  // a link, this is the second lock).
  if (earlier.candidate_user_id === null || earlier.candidate_user_id !== scan.candidate_user_id) return null;
  return earlier;
}

/** Opens the earlier scan's agenda and results and compares them with this scan's. */
export async function sharedEarlier(
  deps: AppDeps,
  tx: Tx,
  scan: Selectable<ScansTable>,
  earlier: Selectable<ScansTable>,
): Promise<EarlierView> {
  try {
    const earlierProcedure = await procedureOfScan(tx, earlier);
    const nowProcedure = await procedureOfScan(tx, scan);
    const before = await pinnedInstrument(deps, earlierProcedure);
    const after = await pinnedInstrument(deps, nowProcedure);
    const earlierEvaluation = await openField<StoredEvaluation | null>(deps, earlier, 'evaluation', null);
    const nowEvaluation = await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null);
    const earlierDecisions = await openField<ReportDecisions>(deps, earlier, 'report', emptyDecisions);
    const nowDecisions = await openField<ReportDecisions>(deps, scan, 'report', emptyDecisions);
    const agenda = await openAgenda(deps, earlier);
    return {
      state: 'shared',
      earlier: {
        procedureName: earlierProcedure.name,
        submittedAt: earlier.submitted_at ? new Date(earlier.submitted_at).toISOString() : null,
        finished: earlier.status === 'report-ready',
      },
      consentAt: scan.earlier_consent_at ? new Date(scan.earlier_consent_at).toISOString() : null,
      agenda,
      agendaUpdatedAt: earlier.agenda_updated_at ? new Date(earlier.agenda_updated_at).toISOString() : null,
      comparison: earlierEvaluation
        ? compareResults(
            {
              instrument: before.instrument,
              evaluation: earlierEvaluation.evaluation,
              decisions: earlierDecisions,
            },
            {
              instrument: after.instrument,
              evaluation: nowEvaluation?.evaluation ?? null,
              decisions: nowEvaluation ? nowDecisions : null,
            },
          )
        : null,
    };
  } catch (error) {
    // The earlier scan's key was destroyed between the row check and now: it is deleted.
    if (error instanceof ScanKeyGone) return noEarlier('deleted');
    throw error;
  }
}
