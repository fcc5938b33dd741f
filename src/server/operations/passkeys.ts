// Passkeys (WebAuthn): registering one as a second factor, and signing in with it.
// The challenge we issue is kept on the session row for five minutes and used once.
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { recordAudit } from '../audit/record.ts';
import { assertMayEnrolFactor, issueRecoveryCodesIfFirst, recordSecondFactor } from '../auth/factors.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { Problem } from '../http/problem.ts';

const challengeLifetimeMs = 5 * 60_000;

const failed = () =>
  new Problem(
    400,
    'passkey-invalid',
    'De passkey kon niet worden gecontroleerd. Probeer het opnieuw. / The passkey could not be verified.',
  );

function relyingParty(deps: AppDeps) {
  return { rpID: deps.settings.publicUrl.hostname, origin: deps.settings.publicUrl.origin };
}

async function storeChallenge(deps: AppDeps, session: SessionInfo, challenge: string): Promise<void> {
  await inTransaction(deps.database, { tenantId: null, userId: session.userId }, (tx) =>
    tx
      .updateTable('sessions')
      .set({ webauthn_challenge: challenge, webauthn_challenge_at: deps.now() })
      .where('id', '=', session.sessionId)
      .execute(),
  );
}

/** Takes the pending challenge off the session: it can be answered once. */
async function takeChallenge(tx: Tx, deps: AppDeps, session: SessionInfo): Promise<string> {
  const row = await tx
    .selectFrom('sessions')
    .select(['webauthn_challenge', 'webauthn_challenge_at'])
    .where('id', '=', session.sessionId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  await tx
    .updateTable('sessions')
    .set({ webauthn_challenge: null, webauthn_challenge_at: null })
    .where('id', '=', session.sessionId)
    .execute();
  const at = row.webauthn_challenge_at ? new Date(row.webauthn_challenge_at).getTime() : 0;
  if (!row.webauthn_challenge || deps.now().getTime() - at > challengeLifetimeMs) throw failed();
  return row.webauthn_challenge;
}

export async function startPasskeyRegistration(deps: AppDeps, session: SessionInfo) {
  assertMayEnrolFactor(session);
  const existing = await inTransaction(deps.database, { tenantId: null, userId: session.userId }, (tx) =>
    tx.selectFrom('passkeys').select(['id', 'transports']).where('user_id', '=', session.userId).execute(),
  );
  const options = await generateRegistrationOptions({
    rpName: 'Weerbaar',
    rpID: relyingParty(deps).rpID,
    userName: session.email,
    userDisplayName: session.displayName,
    userID: new TextEncoder().encode(session.userId),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports as never })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await storeChallenge(deps, session, options.challenge);
  return options;
}

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
      throw failed();
    }
    if (!verification.verified || !verification.registrationInfo) throw failed();
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

export async function startPasskeyAuthentication(deps: AppDeps, session: SessionInfo) {
  const passkeys = await inTransaction(deps.database, { tenantId: null, userId: session.userId }, (tx) =>
    tx.selectFrom('passkeys').select(['id', 'transports']).where('user_id', '=', session.userId).execute(),
  );
  if (passkeys.length === 0) {
    throw new Problem(409, 'no-passkey', 'U heeft nog geen passkey. / You have no passkey yet.');
  }
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(deps).rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.id, transports: p.transports as never })),
    userVerification: 'preferred',
  });
  await storeChallenge(deps, session, options.challenge);
  return options;
}

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
    if (!passkey) throw failed();
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
      throw failed();
    }
    if (!verification.verified) throw failed();
    await tx
      .updateTable('passkeys')
      .set({ counter: verification.authenticationInfo.newCounter, last_used_at: deps.now() })
      .where('id', '=', passkey.id)
      .execute();
    await recordSecondFactor(tx, deps, session, 'passkey');
  });
}
