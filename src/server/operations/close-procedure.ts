// Closing a procedure starts the retention period: after it, the scheduled sweep deletes the
// scans (src/server/jobs, next step). No new candidates can be invited. An election list is
// closed by its kandidatencommissie (routes/committee.ts): without that its checks would never
// reach the end of their retention.
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadElectionListFor } from '../policies/committee.ts';
import { assertMay } from '../policies/may.ts';
import { loadProcedureFor, procedureRules } from '../policies/procedure.ts';

export async function closeProcedure(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  procedureId: string,
  /** Closed by an election list's committee (only an election list), not by an opdrachtgever. */
  by: 'opdrachtgever' | 'commissie' = 'opdrachtgever',
): Promise<void> {
  await inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const procedure =
      by === 'commissie'
        ? await loadElectionListFor(tx, session, tenantId, procedureId)
        : await loadProcedureFor(tx, session, tenantId, procedureId, ['opdrachtgever']);
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
