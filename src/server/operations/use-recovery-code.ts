// A recovery code stands in for a lost phone or key once; it is then used up.
import { recordAudit } from '../audit/record.ts';
import { recordSecondFactor } from '../auth/factors.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { normaliseRecoveryCode, sha256 } from '../crypto/tokens.ts';
import { inTransaction } from '../db/transaction.ts';
import { invalidInput } from '../domain-error.ts';
import { sentence } from '../texts.ts';

export async function useRecoveryCode(deps: AppDeps, session: SessionInfo, code: string): Promise<void> {
  await inTransaction(deps.database, { tenantId: null, userId: session.userId }, async (tx) => {
    const used = await tx
      .updateTable('recovery_codes')
      .set({ used_at: deps.now() })
      .where('code_hash', '=', sha256(normaliseRecoveryCode(code)))
      .where('user_id', '=', session.userId)
      .where('used_at', 'is', null)
      .returning('user_id')
      .executeTakeFirst();
    if (!used) {
      throw invalidInput('recovery-code-invalid', sentence('errors', 'recovery-code-invalid'), [
        { path: ['code'], message: sentence('errors', 'fields.used-code') },
      ]);
    }
    await recordAudit(tx, {
      action: 'recovery_code.used',
      tenantId: null,
      actorUserId: session.userId,
      subjectType: 'user',
      subjectId: session.userId,
      data: {},
    });
    await recordSecondFactor(tx, deps, session, 'recovery-code');
  });
}
