// The re-scan halfway the term. A scan in a follow-up procedure may link to the same person's
// scan in the earlier procedure (invite-candidate.ts makes the link). The candidate is asked,
// explicitly and revocably, whether to use the earlier agenda and results:
// - consent given: the candidate's pages show the earlier agenda and how the results changed,
//   and the follow-up procedure's expert may see the same (each read in the access log of both
//   scans);
// - no consent (not asked yet, declined, or withdrawn): nothing of the earlier scan reaches anyone;
// - the earlier scan deleted (withdrawn, retention): said plainly, nothing else.
// Every request checks the consent as it is now, so withdrawing counts at the next request.
import type { Selectable } from 'kysely';
import type { Agenda } from '../../core/agenda/agenda.ts';
import { type Comparison, compareResults } from '../../core/agenda/compare.ts';
import type { ReportDecisions } from '../../core/report/report-model.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { ScanKeyGone } from '../crypto/scan-keys.ts';
import type { ScansTable } from '../db/schema.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { Problem } from '../http/problem.ts';
import {
  assertSubmitted,
  loadOwnScan,
  loadProcedureFor,
  loadScanOfProcedure,
  procedureOfScan,
} from '../policies/procedure.ts';
import { logAccess } from '../scans/access-log.ts';
import { openField } from '../scans/content.ts';
import { openAgenda } from './agenda.ts';
import { pinnedInstrument } from './candidate-scans.ts';
import { emptyDecisions, type StoredEvaluation } from './expert-review.ts';

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

const nothing = (state: EarlierState, consentAt: string | null = null): EarlierView => ({
  state,
  earlier: null,
  consentAt,
  agenda: null,
  agendaUpdatedAt: null,
  comparison: null,
});

const removed = new Set(['withdrawn', 'deleted']);

/** The earlier scan row if it is still there and still the same person's; 'deleted' otherwise. */
async function earlierRow(
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
async function shared(
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
    if (error instanceof ScanKeyGone) return nothing('deleted');
    throw error;
  }
}

export async function readEarlierForCandidate(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  scanId: string,
): Promise<EarlierView> {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    const earlier = await earlierRow(tx, scan);
    if (earlier === null) return nothing('none');
    if (earlier === 'deleted') return nothing('deleted');
    const consentAt = scan.earlier_consent_at ? new Date(scan.earlier_consent_at).toISOString() : null;
    if (scan.earlier_consent !== true) {
      const procedure = await procedureOfScan(tx, earlier);
      return {
        ...nothing(scan.earlier_consent === false ? 'declined' : 'ask', consentAt),
        earlier: {
          procedureName: procedure.name,
          submittedAt: earlier.submitted_at ? new Date(earlier.submitted_at).toISOString() : null,
          finished: earlier.status === 'report-ready',
        },
      };
    }
    return shared(deps, tx, scan, earlier);
  });
}

export async function setEarlierConsent(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; consent: boolean },
): Promise<{ consent: boolean }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId, { forUpdate: true });
    if (!scan.earlier_scan_id) {
      throw new Problem(
        409,
        'no-earlier-scan',
        'Bij deze scan hoort geen eerdere scan. / This scan has no earlier scan.',
      );
    }
    if (scan.earlier_consent !== input.consent) {
      await tx
        .updateTable('scans')
        .set({ earlier_consent: input.consent, earlier_consent_at: deps.now() })
        .where('id', '=', scan.id)
        .where('tenant_id', '=', input.tenantId)
        .execute();
      await recordAudit(tx, {
        action: 'scan.earlier_consent_changed',
        tenantId: input.tenantId,
        actorUserId: session.userId,
        subjectType: 'scan',
        subjectId: scan.id,
        data: { consent: input.consent },
      });
    }
    return { consent: input.consent };
  });
}

/** The follow-up procedure's assigned expert; with consent only, and logged for the candidate. */
export async function readEarlierForExpert(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
): Promise<Omit<EarlierView, 'state'> & { state: 'none' | 'deleted' | 'shared' }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const procedure = await loadProcedureFor(tx, session, input.tenantId, input.procedureId, ['expert']);
    const scan = await loadScanOfProcedure(tx, procedure, input.scanId);
    assertSubmitted(scan);
    // Without the candidate's consent the expert learns nothing, not even that there is an earlier scan.
    if (scan.earlier_consent !== true) return nothing('none') as EarlierView & { state: 'none' };
    const earlier = await earlierRow(tx, scan);
    if (earlier === null) return nothing('none') as EarlierView & { state: 'none' };
    if (earlier === 'deleted') return nothing('deleted') as EarlierView & { state: 'deleted' };
    const view = await shared(deps, tx, scan, earlier);
    if (view.state === 'shared') {
      for (const scanId of [scan.id, earlier.id]) {
        await logAccess(tx, deps, {
          tenantId: input.tenantId,
          scanId,
          actorUserId: session.userId,
          actorRole: 'expert',
          view: 'herhaalscan',
          outcome: 'allowed',
        });
      }
    }
    return view as EarlierView & { state: 'shared' | 'deleted' };
  });
}

/** For the procedure page: which procedure this one follows, and how many scans are linked. */
export async function readFollowUpInfo(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  procedureId: string,
) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const procedure = await loadProcedureFor(tx, session, tenantId, procedureId, ['opdrachtgever', 'expert']);
    const follows = procedure.follows_procedure_id
      ? await tx
          .selectFrom('procedures')
          .select(['id', 'name'])
          .where('id', '=', procedure.follows_procedure_id)
          .where('tenant_id', '=', tenantId)
          .executeTakeFirst()
      : undefined;
    const linked = await tx
      .selectFrom('scans')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('procedure_id', '=', procedure.id)
      .where('tenant_id', '=', tenantId)
      .where('earlier_scan_id', 'is not', null)
      .executeTakeFirst();
    return {
      follows: follows ? { id: follows.id, name: follows.name } : null,
      linkedScans: Number(linked?.n ?? 0),
    };
  });
}
