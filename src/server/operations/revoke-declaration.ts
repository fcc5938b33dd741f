// The candidate withdraws their consent to the antecedentenonderzoek, as long as it has not run.
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertMay } from '../policies/may.ts';
import { loadOwnScan } from '../policies/procedure.ts';
import { ownScreeningRules } from '../policies/screening.ts';
import { declarationSummary, screeningStateOf } from '../screening/views.ts';

export async function revokeDeclaration(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string },
) {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId, { forUpdate: true });
    assertMay(ownScreeningRules, screeningStateOf(scan), 'revoke');
    const updated = await tx
      .updateTable('scans')
      .set({ declaration_revoked_at: deps.now(), updated_at: deps.now() })
      .where('id', '=', scan.id)
      .where('tenant_id', '=', input.tenantId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: 'screening.declaration_revoked',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: {},
    });
    return declarationSummary(updated);
  });
}
