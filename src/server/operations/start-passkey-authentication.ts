// Step one of the second factor with a passkey: the options with a fresh challenge.
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import { relyingParty, storeChallenge } from '../auth/passkey-challenge.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { sentence } from '../texts.ts';

export async function startPasskeyAuthentication(deps: AppDeps, session: SessionInfo) {
  const passkeys = await inTransaction(deps.database, { tenantId: null, userId: session.userId }, (tx) =>
    tx.selectFrom('passkeys').select(['id', 'transports']).where('user_id', '=', session.userId).execute(),
  );
  if (passkeys.length === 0) {
    throw conflict('no-passkey', sentence('errors', 'no-passkey'));
  }
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(deps).rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.id, transports: p.transports as never })),
    userVerification: 'preferred',
  });
  await storeChallenge(deps, session, options.challenge);
  return options;
}
