// Step one of registering a passkey as a second factor: the options with a fresh challenge.
import { generateRegistrationOptions } from '@simplewebauthn/server';
import { assertMayEnrolFactor } from '../auth/factors.ts';
import { relyingParty, storeChallenge } from '../auth/passkey-challenge.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';

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
