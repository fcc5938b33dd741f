// The assigned expert's hold on a submitted scan: loading it (the procedure's expert only, submitted
// scans only) and one review step (begin, reopen, finalise) as a lifecycle transition with its mail
// and audit event. The use cases are operations/begin-review.ts, reopen-scan.ts, finalise-report.ts.
import type { Selectable } from 'kysely';
import { type ScanEvent, transition } from '../../core/sharing/scan-lifecycle.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import type { ProceduresTable, ScansTable } from '../db/schema.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { assertMay } from '../policies/may.ts';
import { loadProcedureFor, loadScanOfProcedure } from '../policies/procedure.ts';
import { assertSubmitted, expertScanRules } from '../policies/scan.ts';
import { notify } from './notify.ts';

export interface ScanUnderReview {
  procedure: Selectable<ProceduresTable>;
  scan: Selectable<ScansTable>;
}

export async function loadForExpert(
  tx: Tx,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
  forUpdate = false,
): Promise<ScanUnderReview> {
  const procedure = await loadProcedureFor(tx, session, input.tenantId, input.procedureId, ['expert']);
  const scan = await loadScanOfProcedure(tx, procedure, input.scanId, { forUpdate });
  assertSubmitted(scan);
  return { procedure, scan };
}

const lifecycleEvent: Record<'begin' | 'reopen' | 'finalise', ScanEvent> = {
  begin: 'begin-review',
  reopen: 'reopen',
  finalise: 'finalise',
};

export async function reviewStep(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
  step: 'begin' | 'reopen' | 'finalise',
  change: (loaded: ScanUnderReview, tx: Tx) => Promise<Record<string, unknown>>,
  action: 'scan.review_started' | 'scan.reopened' | 'scan.finalised',
): Promise<{ status: string }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const loaded = await loadForExpert(tx, session, input, true);
    // The rule the expert's read sends as `may` (policies/scan.ts), then the step itself.
    assertMay(expertScanRules, { status: loaded.scan.status, review: loaded.procedure.review }, step);
    const next = transition(loaded.scan.status, lifecycleEvent[step], loaded.procedure.review);
    if (!next.ok) throw new Error('the rule and the lifecycle disagree');
    const extra = await change(loaded, tx);
    await tx
      .updateTable('scans')
      .set({ status: next.to, updated_at: deps.now(), ...extra })
      .where('id', '=', loaded.scan.id)
      .execute();
    if (next.to === 'report-ready') {
      await notify(tx, deps, {
        tenantId: input.tenantId,
        procedureId: loaded.procedure.id,
        scanId: loaded.scan.id,
        audience: 'candidate',
        template: 'report-ready',
      });
    }
    await recordAudit(tx, {
      action,
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: loaded.scan.id,
      data: { status: next.to },
    });
    return { status: next.to };
  }).finally(() => deps.mailer.deliverPending());
}
