// Someone asks for a sign-in link. The answer is the same whether the address is known or not,
// so the form cannot be used to find out who has an account.
import { recordAudit } from '../audit/record.ts';
import { createLink } from '../auth/links.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction, setScope } from '../db/transaction.ts';
import { queueMail } from '../mail/outbox.ts';

export async function requestSignInLink(
  deps: AppDeps,
  input: { email: string; language?: 'nl' | 'en' },
): Promise<void> {
  const email = input.email.trim().toLowerCase();
  await inTransaction(deps.database, { tenantId: null, userId: null }, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['id', 'preferred_language'])
      .where('email', '=', email)
      .executeTakeFirst();
    if (!user) return;
    // RLS shows a person's memberships once the transaction acts for them.
    await setScope(tx, { tenantId: null, userId: user.id });
    // Only people with a membership that is not disabled may sign in.
    const member = await tx
      .selectFrom('memberships')
      .select('id')
      .where('user_id', '=', user.id)
      .where('status', '!=', 'disabled')
      .executeTakeFirst();
    if (!member) return;
    const link = await createLink(tx, deps, { userId: user.id, purpose: 'sign-in' });
    await queueMail(tx, deps.keys, {
      to: email,
      template: 'sign-in-link',
      language: input.language ?? user.preferred_language,
      variables: { link: link.url, minutes: String(deps.settings.WEERBAAR_SIGN_IN_LINK_MINUTES) },
    });
    await recordAudit(tx, {
      action: 'sign_in_link.requested',
      tenantId: null,
      actorUserId: user.id,
      subjectType: 'user',
      subjectId: user.id,
      data: {},
    });
  });
  await deps.mailer.deliverPending();
}
