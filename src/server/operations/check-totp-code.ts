// Confirms a new authenticator app or verifies a sign-in with it. A code is accepted once: the
// time step it belongs to is remembered, so a code seen over someone's shoulder is useless.
import * as OTPAuth from 'otpauth';
import { recordAudit } from '../audit/record.ts';
import { issueRecoveryCodesIfFirst, recordSecondFactor } from '../auth/factors.ts';
import type { SessionInfo } from '../auth/session.ts';
import { totpAssociatedData, totpFor } from '../auth/totp.ts';
import type { AppDeps } from '../context.ts';
import { open } from '../crypto/aead.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, invalidInput } from '../domain-error.ts';
import { sentence } from '../texts.ts';

const wrongCode = () =>
  invalidInput('totp-invalid', sentence('errors', 'totp-invalid'), [
    { path: ['code'], message: sentence('errors', 'fields.wrong-code') },
  ]);

export async function checkTotpCode(
  deps: AppDeps,
  session: SessionInfo,
  code: string,
  mode: 'confirm' | 'verify',
): Promise<{ recoveryCodes: string[] | null }> {
  return inTransaction(deps.database, { tenantId: null, userId: session.userId }, async (tx) => {
    const factor = await tx
      .selectFrom('totp_factors')
      .selectAll()
      .where('user_id', '=', session.userId)
      .forUpdate()
      .executeTakeFirst();
    if (
      !factor ||
      (mode === 'verify' && !factor.confirmed_at) ||
      (mode === 'confirm' && factor.confirmed_at)
    ) {
      throw conflict('totp-not-ready', sentence('errors', 'totp-not-ready'));
    }
    const secret = OTPAuth.Secret.fromBase32(
      open(
        deps.keys.derivedKey('totp-secrets'),
        factor.secret_ciphertext,
        totpAssociatedData(session.userId),
      ).toString(),
    );
    const now = deps.now().getTime();
    const delta = totpFor(secret, session.email).validate({ token: code, timestamp: now, window: 1 });
    if (delta === null) throw wrongCode();
    const step = Math.floor(now / 30_000) + delta;
    if (factor.last_used_step !== null && step <= Number(factor.last_used_step)) throw wrongCode();
    await tx
      .updateTable('totp_factors')
      .set({ last_used_step: step, ...(mode === 'confirm' ? { confirmed_at: deps.now() } : {}) })
      .where('user_id', '=', session.userId)
      .execute();
    let recoveryCodes: string[] | null = null;
    if (mode === 'confirm') {
      await recordAudit(tx, {
        action: 'totp.enrolled',
        tenantId: null,
        actorUserId: session.userId,
        subjectType: 'user',
        subjectId: session.userId,
        data: {},
      });
      recoveryCodes = await issueRecoveryCodesIfFirst(tx, session);
    }
    await recordSecondFactor(tx, deps, session, 'totp');
    return { recoveryCodes };
  });
}
