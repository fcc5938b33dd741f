// Step two of registering a passkey: the authenticator's answer checked against our challenge; the
// first factor also issues the recovery codes.
import { type RegistrationResponseJSON, verifyRegistrationResponse } from '@simplewebauthn/server';
import { recordAudit } from '../audit/record.ts';
import { assertMayEnrolFactor, issueRecoveryCodesIfFirst, recordSecondFactor } from '../auth/factors.ts';
import { passkeyFailed, relyingParty, takeChallenge } from '../auth/passkey-challenge.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';

export async function finishPasskeyRegistration(
  deps: AppDeps,
  session: SessionInfo,
  response: RegistrationResponseJSON,
  name: string | undefined,
): Promise<{ recoveryCodes: string[] | null }> {
  assertMayEnrolFactor(session);
  return inTransaction(deps.database, { tenantId: null, userId: session.userId }, async (tx) => {
    const challenge = await takeChallenge(tx, deps, session);
    const rp = relyingParty(deps);
    let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
    try {
      verification = await verifyRegistrationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.rpID,
        requireUserVerification: false,
      });
    } catch {
      throw passkeyFailed();
    }
    if (!verification.verified || !verification.registrationInfo) throw passkeyFailed();
    const credential = verification.registrationInfo.credential;
    await tx
      .insertInto('passkeys')
      .values({
        id: credential.id,
        user_id: session.userId,
        public_key: credential.publicKey,
        counter: credential.counter,
        transports: credential.transports ?? [],
        name: name?.trim() || 'passkey',
        created_at: deps.now(),
      })
      .execute();
    await recordAudit(tx, {
      action: 'passkey.registered',
      tenantId: null,
      actorUserId: session.userId,
      subjectType: 'user',
      subjectId: session.userId,
      data: {},
    });
    const recoveryCodes = await issueRecoveryCodesIfFirst(tx, session);
    await recordSecondFactor(tx, deps, session, 'passkey');
    return { recoveryCodes };
  });
}
