// The people of an organisation with their roles, for the beheerder's user management.
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { type Member, selectMembers } from '../organisation/members.ts';

export async function listMembers(deps: AppDeps, actorUserId: string, tenantId: string): Promise<Member[]> {
  return inTransaction(deps.database, { tenantId, userId: actorUserId }, (tx) => selectMembers(tx, tenantId));
}
