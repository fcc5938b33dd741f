// The WebAuthn challenge of a passkey ceremony: issued by us, kept on the session row for five
// minutes and used once; the relying party is our public address. Shared by the four passkey use
// cases (operations/start-passkey-registration.ts, finish-…, start-passkey-authentication.ts, finish-…).
import type { AppDeps } from '../context.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { invalidInput } from '../domain-error.ts';
import { sentence } from '../texts.ts';
import type { SessionInfo } from './session.ts';

const challengeLifetimeMs = 5 * 60_000;

export const passkeyFailed = () => invalidInput('passkey-invalid', sentence('errors', 'passkey-invalid'));

export function relyingParty(deps: AppDeps) {
  return { rpID: deps.settings.publicUrl.hostname, origin: deps.settings.publicUrl.origin };
}

export async function storeChallenge(deps: AppDeps, session: SessionInfo, challenge: string): Promise<void> {
  await inTransaction(deps.database, { tenantId: null, userId: session.userId }, (tx) =>
    tx
      .updateTable('sessions')
      .set({ webauthn_challenge: challenge, webauthn_challenge_at: deps.now() })
      .where('id', '=', session.sessionId)
      .execute(),
  );
}

/** Takes the pending challenge off the session: it can be answered once. */
export async function takeChallenge(tx: Tx, deps: AppDeps, session: SessionInfo): Promise<string> {
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
  if (!row.webauthn_challenge || deps.now().getTime() - at > challengeLifetimeMs) throw passkeyFailed();
  return row.webauthn_challenge;
}
