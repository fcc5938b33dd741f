// Making a college: the people the maker may choose (a person here with a submitted scan holding a
// network map; an opdrachtgever only among their own procedures' candidates) and the organisation's
// opdrachtgevers, one of whom the college names to see the stacked view. Names only, no scan content.
import type { SessionInfo } from '../auth/session.ts';
import { eligiblePeople } from '../colleges/colleges.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';

export interface CollegeCandidates {
  people: Array<{ membershipId: string; displayName: string }>;
  viewers: Array<{ membershipId: string; displayName: string }>;
}

export async function listCollegeCandidates(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
): Promise<CollegeCandidates> {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const people = await eligiblePeople(tx, session, tenantId);
    const viewers = await tx
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['memberships.id as membershipId', 'users.display_name as displayName'])
      .where('memberships.tenant_id', '=', tenantId)
      .where('memberships.role', '=', 'opdrachtgever')
      .where('memberships.status', '=', 'active')
      .orderBy('users.display_name')
      .execute();
    return {
      people: people.map((p) => ({ membershipId: p.membershipId, displayName: p.displayName })),
      viewers,
    };
  });
}
