// Closing a procedure starts the retention period: after it, the scheduled sweep deletes the
// scans (src/server/jobs, next step). No new candidates can be invited.
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertMay } from '../policies/may.ts';
import { loadProcedureFor, procedureRules } from '../policies/procedure.ts';

export async function closeProcedure(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  procedureId: string,
): Promise<void> {
  await inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const procedure = await loadProcedureFor(tx, session, tenantId, procedureId, ['opdrachtgever']);
    assertMay(procedureRules, procedure, 'close');
    await tx
      .updateTable('procedures')
      .set({ status: 'closed', closed_at: deps.now() })
      .where('id', '=', procedureId)
      .execute();
    await recordAudit(tx, {
      action: 'procedure.closed',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'procedure',
      subjectId: procedureId,
      data: {},
    });
  });
}
