// A beheerder (or an operator with the CLI) invites a person into an organisation with a role.
// The person gets a one-time invitation link by mail; the membership is active once they use it.
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import {
  type InvitedMember,
  type InviteMemberInput,
  inviteMemberInTransaction,
} from '../organisation/membership-invitation.ts';

export async function inviteMember(
  deps: AppDeps,
  actorUserId: string | null,
  input: InviteMemberInput,
): Promise<InvitedMember> {
  const result = await inTransaction(deps.database, { tenantId: input.tenantId, userId: actorUserId }, (tx) =>
    inviteMemberInTransaction(tx, deps, actorUserId, input),
  );
  await deps.mailer.deliverPending();
  return result;
}
