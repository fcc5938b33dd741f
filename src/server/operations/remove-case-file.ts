// A case team member removes a case file: its data key is destroyed first (crypto-shredding — no
// copy of its content, in this database or a backup, opens again), then its rows go. The audit
// event keeps the case id only.
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import { destroyCaseKey } from '../case-files/sealed.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { caseFileRules, loadCaseFileFor } from '../policies/case-file.ts';
import { assertMay } from '../policies/may.ts';

export async function removeCaseFile(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  caseId: string,
): Promise<void> {
  const scope = { tenantId, userId: session.userId };
  const caseFile = await inTransaction(deps.database, scope, (tx) =>
    loadCaseFileFor(tx, session, tenantId, caseId),
  );
  assertMay(caseFileRules, caseFile, 'remove');
  await destroyCaseKey(deps, tenantId, caseId);
  await inTransaction(deps.database, scope, async (tx) => {
    await tx
      .deleteFrom('case_steps')
      .where('case_id', '=', caseId)
      .where('tenant_id', '=', tenantId)
      .execute();
    await tx
      .deleteFrom('case_team_members')
      .where('case_id', '=', caseId)
      .where('tenant_id', '=', tenantId)
      .execute();
    await tx.deleteFrom('case_files').where('id', '=', caseId).where('tenant_id', '=', tenantId).execute();
    await recordAudit(tx, {
      action: 'case.removed',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'case_file',
      subjectId: caseId,
      data: {},
    });
  });
}
