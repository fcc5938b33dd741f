// Inviting a person into an organisation with a role, inside a transaction the caller holds: the
// user (new or known), the membership (active once the link is used), the one-time invitation link
// and its mail, and the audit event. Used by operations/invite-member.ts (beheerder, CLI),
// operations/invite-candidate.ts and the demo set-up.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record.ts';
import { createLink } from '../auth/links.ts';
import type { AppDeps } from '../context.ts';
import type { Role } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { conflict, notFound } from '../domain-error.ts';
import { queueMail } from '../mail/outbox.ts';
import { sentence } from '../texts.ts';

export interface InviteMemberInput {
  tenantId: string;
  email: string;
  displayName: string;
  role: Role;
  language?: 'nl' | 'en';
}

export interface InvitedMember {
  membershipId: string;
  userId: string;
  /** Returned for the CLI (which prints it); the web API does not pass it on. */
  invitationUrl: string;
}

export async function inviteMemberInTransaction(
  tx: Tx,
  deps: AppDeps,
  actorUserId: string | null,
  input: InviteMemberInput,
): Promise<InvitedMember> {
  const email = input.email.trim().toLowerCase();
  const tenant = await tx
    .selectFrom('tenants')
    .select(['id', 'name'])
    .where('id', '=', input.tenantId)
    .executeTakeFirst();
  if (!tenant) throw notFound(sentence('errors', 'not-found.organisation'));
  let user = await tx
    .selectFrom('users')
    .select(['id', 'preferred_language'])
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user) {
    user = { id: randomUUID(), preferred_language: input.language ?? 'nl' };
    await tx
      .insertInto('users')
      .values({
        id: user.id,
        email,
        display_name: input.displayName.trim(),
        preferred_language: user.preferred_language,
      })
      .execute();
  }
  const existing = await tx
    .selectFrom('memberships')
    .select(['id'])
    .where('tenant_id', '=', input.tenantId)
    .where('user_id', '=', user.id)
    .where('role', '=', input.role)
    .executeTakeFirst();
  if (existing) {
    throw conflict('already-member', sentence('errors', 'already-member.invite'), [
      { path: ['email'], message: sentence('errors', 'fields.has-role') },
    ]);
  }
  const membershipId = randomUUID();
  await tx
    .insertInto('memberships')
    .values({
      id: membershipId,
      tenant_id: input.tenantId,
      user_id: user.id,
      role: input.role,
      invited_by: actorUserId,
      created_at: deps.now(),
    })
    .execute();
  const link = await createLink(tx, deps, { userId: user.id, purpose: 'invitation', membershipId });
  const language = input.language ?? user.preferred_language;
  await queueMail(tx, deps.keys, {
    to: email,
    template: 'invitation',
    language,
    variables: {
      link: link.url,
      organisation: tenant.name,
      role: input.role,
      days: String(deps.settings.WEERBAAR_INVITATION_DAYS),
    },
  });
  await recordAudit(tx, {
    action: 'membership.invited',
    tenantId: input.tenantId,
    actorUserId,
    subjectType: 'membership',
    subjectId: membershipId,
    data: { role: input.role, userId: user.id },
  });
  return { membershipId, userId: user.id, invitationUrl: link.url };
}
