// A person opens a sign-in or invitation link. The link is used up in the same statement that
// checks it (no replay, even with two tabs racing), an invitation activates its membership, and
// a session starts. Unknown, expired and used links get one and the same answer.
import { recordAudit } from '../audit/record.ts';
import { createSession } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { sha256 } from '../crypto/tokens.ts';
import { inTransaction, setScope } from '../db/transaction.ts';
import { invalidInput } from '../domain-error.ts';
import { sentence } from '../texts.ts';

const invalidLink = () => invalidInput('link-invalid', sentence('errors', 'link-invalid'));

export async function redeemSignInLink(
  deps: AppDeps,
  token: string,
): Promise<{ sessionToken: string; userId: string }> {
  const now = deps.now();
  return inTransaction(deps.database, { tenantId: null, userId: null }, async (tx) => {
    const link = await tx
      .updateTable('sign_in_links')
      .set({ used_at: now })
      .where('token_hash', '=', sha256(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['user_id', 'purpose', 'membership_id'])
      .executeTakeFirst();
    if (!link) throw invalidLink();
    await setScope(tx, { tenantId: null, userId: link.user_id });
    if (link.purpose === 'invitation' && link.membership_id) {
      const membership = await tx
        .selectFrom('memberships')
        .select(['id', 'tenant_id', 'status'])
        .where('id', '=', link.membership_id)
        .executeTakeFirst();
      if (!membership || membership.status === 'disabled') throw invalidLink();
      if (membership.status === 'invited') {
        await setScope(tx, { tenantId: membership.tenant_id, userId: link.user_id });
        await tx
          .updateTable('memberships')
          .set({ status: 'active', activated_at: now })
          .where('id', '=', membership.id)
          .execute();
        await recordAudit(tx, {
          action: 'membership.activated',
          tenantId: membership.tenant_id,
          actorUserId: link.user_id,
          subjectType: 'membership',
          subjectId: membership.id,
          data: {},
        });
      }
    } else {
      const usable = await tx
        .selectFrom('memberships')
        .select('id')
        .where('user_id', '=', link.user_id)
        .where('status', '!=', 'disabled')
        .executeTakeFirst();
      if (!usable) throw invalidLink();
    }
    const session = await createSession(tx, deps, link.user_id);
    await recordAudit(tx, {
      action: 'session.started',
      tenantId: null,
      actorUserId: link.user_id,
      subjectType: 'session',
      subjectId: session.id,
      data: { via: link.purpose },
    });
    return { sessionToken: session.token, userId: link.user_id };
  });
}
