// One-time links for signing in and for invitations. The token travels in the URL fragment
// (#token=…), so it never reaches server logs or Referer headers; the page posts it to redeem.

import type { AppDeps } from '../context.ts';
import { randomToken, sha256 } from '../crypto/tokens.ts';
import type { Tx } from '../db/transaction.ts';

export async function createLink(
  tx: Tx,
  deps: AppDeps,
  input: { userId: string; purpose: 'sign-in' | 'invitation'; membershipId?: string },
): Promise<{ url: string; expiresAt: Date }> {
  const token = randomToken();
  const now = deps.now();
  const lifetimeMs =
    input.purpose === 'invitation'
      ? deps.settings.WEERBAAR_INVITATION_DAYS * 86_400_000
      : deps.settings.WEERBAAR_SIGN_IN_LINK_MINUTES * 60_000;
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  await tx
    .insertInto('sign_in_links')
    .values({
      token_hash: sha256(token),
      user_id: input.userId,
      purpose: input.purpose,
      membership_id: input.membershipId ?? null,
      created_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { url: new URL(`/aanmelden/link#token=${token}`, deps.settings.publicUrl).toString(), expiresAt };
}
