// A member's own colleges: the name, who may see the stacked view besides the members, how many of
// how many agree, and the member's own choice now. Never the other members' names or choices.
import type { SessionInfo } from '../auth/session.ts';
import { agreementOf, consentsOf } from '../colleges/colleges.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';

export interface OwnCollege {
  id: string;
  name: string;
  viewer: string;
  createdAt: string;
  members: number;
  agreed: number;
  consent: boolean;
  consentAt: string | null;
}

export async function listOwnColleges(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
): Promise<{ colleges: OwnCollege[] }> {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const rows = await tx
      .selectFrom('college_members')
      .innerJoin('colleges', 'colleges.id', 'college_members.college_id')
      .innerJoin('memberships', 'memberships.id', 'colleges.viewer_membership_id')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select([
        'college_members.id as memberId',
        'colleges.id',
        'colleges.name',
        'colleges.created_at',
        'users.display_name as viewer',
      ])
      .where('college_members.tenant_id', '=', tenantId)
      .where('college_members.user_id', '=', session.userId)
      .orderBy('colleges.created_at', 'desc')
      .execute();
    const agreement = await agreementOf(
      tx,
      tenantId,
      rows.map((r) => r.id),
    );
    const consents = await consentsOf(
      tx,
      tenantId,
      rows.map((r) => r.memberId),
    );
    return {
      colleges: rows.map((r) => {
        const own = consents.get(r.memberId);
        return {
          id: r.id,
          name: r.name,
          viewer: r.viewer,
          createdAt: r.created_at.toISOString(),
          ...agreement.get(r.id)!,
          consent: own?.consent ?? false,
          consentAt: own ? own.at.toISOString() : null,
        };
      }),
    };
  });
}
