// Shared rules for second factors.
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { normaliseRecoveryCode, recoveryCode, sha256 } from '../crypto/tokens.ts';
import type { Tx } from '../db/transaction.ts';
import { forbidden } from '../domain-error.ts';
import { sentence } from '../texts.ts';
import type { SessionInfo } from './session.ts';

/**
 * A factor may be added by someone who has none yet (first enrolment, right after the link), or
 * by someone who has already passed their second factor in this session. Otherwise a stolen
 * mailbox would be enough to add an attacker's own authenticator.
 */
export function assertMayEnrolFactor(session: SessionInfo): void {
  const hasFactor = session.factors.totp || session.factors.passkeys > 0;
  if (hasFactor && !session.secondFactorAt) {
    throw forbidden('second-factor-required', sentence('errors', 'second-factor-required.existing'));
  }
}

/** On the first factor, hand out recovery codes: shown once, stored hashed. */
export async function issueRecoveryCodesIfFirst(tx: Tx, session: SessionInfo): Promise<string[] | null> {
  const hadFactor = session.factors.totp || session.factors.passkeys > 0;
  if (hadFactor) return null;
  return replaceRecoveryCodes(tx, session.userId);
}

export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  // Old codes stop working; they are marked used rather than deleted (the app cannot delete them).
  await tx
    .updateTable('recovery_codes')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
  const codes = Array.from({ length: 10 }, recoveryCode);
  await tx
    .insertInto('recovery_codes')
    .values(codes.map((code) => ({ code_hash: sha256(normaliseRecoveryCode(code)), user_id: userId })))
    .execute();
  await recordAudit(tx, {
    action: 'recovery_codes.generated',
    tenantId: null,
    actorUserId: userId,
    subjectType: 'user',
    subjectId: userId,
    data: { count: codes.length },
  });
  return codes;
}

export async function recordSecondFactor(
  tx: Tx,
  deps: AppDeps,
  session: SessionInfo,
  method: string,
): Promise<void> {
  await tx
    .updateTable('sessions')
    .set({ second_factor_at: deps.now() })
    .where('id', '=', session.sessionId)
    .execute();
  await recordAudit(tx, {
    action: 'session.second_factor_verified',
    tenantId: null,
    actorUserId: session.userId,
    subjectType: 'session',
    subjectId: session.sessionId,
    data: { method },
  });
}
