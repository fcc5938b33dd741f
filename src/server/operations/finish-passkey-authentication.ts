// Step two of the second factor with a passkey: the signature checked against our challenge and the
// stored public key; the session then counts the second factor.
import { type AuthenticationResponseJSON, verifyAuthenticationResponse } from '@simplewebauthn/server';
import { recordSecondFactor } from '../auth/factors.ts';
import { passkeyFailed, relyingParty, takeChallenge } from '../auth/passkey-challenge.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';

export async function finishPasskeyAuthentication(
  deps: AppDeps,
  session: SessionInfo,
  response: AuthenticationResponseJSON,
): Promise<void> {
  await inTransaction(deps.database, { tenantId: null, userId: session.userId }, async (tx) => {
    const challenge = await takeChallenge(tx, deps, session);
    const passkey = await tx
      .selectFrom('passkeys')
      .selectAll()
      .where('id', '=', response.id)
      .where('user_id', '=', session.userId)
      .executeTakeFirst();
    if (!passkey) throw passkeyFailed();
    const rp = relyingParty(deps);
    let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
    try {
      verification = await verifyAuthenticationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.rpID,
        requireUserVerification: false,
        credential: {
          id: passkey.id,
          publicKey: new Uint8Array(passkey.public_key),
          counter: Number(passkey.counter),
          transports: passkey.transports as never,
        },
      });
    } catch {
      throw passkeyFailed();
    }
    if (!verification.verified) throw passkeyFailed();
    await tx
      .updateTable('passkeys')
      .set({ counter: verification.authenticationInfo.newCounter, last_used_at: deps.now() })
      .where('id', '=', passkey.id)
      .execute();
    await recordSecondFactor(tx, deps, session, 'passkey');
  });
}
