// A case team member closes the case file: from then on it is read-only (printable, removable).
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import { type CaseFileView, caseFileView } from '../case-files/view.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { caseFileRules, loadCaseFileFor } from '../policies/case-file.ts';
import { assertMay } from '../policies/may.ts';

export async function closeCaseFile(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  caseId: string,
): Promise<CaseFileView> {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const caseFile = await loadCaseFileFor(tx, session, tenantId, caseId);
    assertMay(caseFileRules, caseFile, 'close');
    const now = deps.now();
    await tx
      .updateTable('case_files')
      .set({ status: 'closed', closed_at: now, closed_by: session.userId, updated_at: now })
      .where('id', '=', caseId)
      .where('tenant_id', '=', tenantId)
      .execute();
    await recordAudit(tx, {
      action: 'case.closed',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'case_file',
      subjectId: caseId,
      data: {},
    });
    return caseFileView(deps, tx, session, {
      ...caseFile,
      status: 'closed',
      closed_at: now,
      closed_by: session.userId,
      updated_at: now,
    });
  });
}
