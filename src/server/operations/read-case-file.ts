// A case team member reads one case file (on screen or for printing); audited in the same transaction.
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import { type CaseFileView, caseFileView } from '../case-files/view.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadCaseFileFor } from '../policies/case-file.ts';

export async function readCaseFile(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  caseId: string,
): Promise<CaseFileView> {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const caseFile = await loadCaseFileFor(tx, session, tenantId, caseId);
    const view = await caseFileView(deps, tx, session, caseFile);
    await recordAudit(tx, {
      action: 'case.read',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'case_file',
      subjectId: caseId,
      data: { steps: view.steps.length },
    });
    return view;
  });
}
