// Signing out ends this session; signing out everywhere ends every session of the person
// (a lost laptop, a shared computer).
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';

export async function signOut(deps: AppDeps, session: SessionInfo, everywhere: boolean): Promise<void> {
  await inTransaction(deps.database, { tenantId: null, userId: session.userId }, async (tx) => {
    let query = tx.updateTable('sessions').set({ revoked_at: deps.now() }).where('revoked_at', 'is', null);
    query = everywhere
      ? query.where('user_id', '=', session.userId)
      : query.where('id', '=', session.sessionId);
    await query.execute();
    await recordAudit(tx, {
      action: everywhere ? 'session.ended_everywhere' : 'session.ended',
      tenantId: null,
      actorUserId: session.userId,
      subjectType: everywhere ? 'user' : 'session',
      subjectId: everywhere ? session.userId : session.sessionId,
      data: {},
    });
  });
}
