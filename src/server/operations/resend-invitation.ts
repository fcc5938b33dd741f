// Sends a fresh invitation link for a membership that has not been accepted yet.
import { recordAudit } from '../audit/record.ts';
import { createLink } from '../auth/links.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, notFound } from '../domain-error.ts';
import { queueMail } from '../mail/outbox.ts';
import { sentence } from '../texts.ts';

export async function resendInvitation(
  deps: AppDeps,
  actorUserId: string,
  input: { tenantId: string; membershipId: string },
): Promise<void> {
  await inTransaction(deps.database, { tenantId: input.tenantId, userId: actorUserId }, async (tx) => {
    const member = await tx
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .innerJoin('tenants', 'tenants.id', 'memberships.tenant_id')
      .select([
        'memberships.id',
        'memberships.status',
        'memberships.role',
        'memberships.user_id',
        'users.email',
        'users.preferred_language',
        'tenants.name',
      ])
      .where('memberships.id', '=', input.membershipId)
      .where('memberships.tenant_id', '=', input.tenantId)
      .executeTakeFirst();
    if (!member) throw notFound();
    if (member.status !== 'invited') {
      throw conflict('not-invited', sentence('errors', 'not-invited'));
    }
    const link = await createLink(tx, deps, {
      userId: member.user_id,
      purpose: 'invitation',
      membershipId: member.id,
    });
    await queueMail(tx, deps.keys, {
      to: member.email,
      template: 'invitation',
      language: member.preferred_language,
      variables: {
        link: link.url,
        organisation: member.name,
        role: member.role,
        days: String(deps.settings.WEERBAAR_INVITATION_DAYS),
      },
    });
    await recordAudit(tx, {
      action: 'membership.invited',
      tenantId: input.tenantId,
      actorUserId,
      subjectType: 'membership',
      subjectId: member.id,
      data: { resent: true },
    });
  });
  await deps.mailer.deliverPending();
}
