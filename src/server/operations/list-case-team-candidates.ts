// Who can be named in a case team: the organisation's active or invited staff (beheerder, opdrachtgever,
// expert), by name. Candidates and researchers are never in a case team.

import { type CaseTeamMember, caseTeamRoles } from '../case-files/view.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';

export async function listCaseTeamCandidates(
  deps: AppDeps,
  actorUserId: string,
  tenantId: string,
): Promise<CaseTeamMember[]> {
  return inTransaction(deps.database, { tenantId, userId: actorUserId }, async (tx) => {
    const rows = await tx
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select([
        'memberships.id as membershipId',
        'users.display_name as displayName',
        'memberships.role as role',
      ])
      .where('memberships.tenant_id', '=', tenantId)
      // An invited colleague may be named too: they read the case once their membership is active.
      .where('memberships.status', 'in', ['active', 'invited'])
      .where('memberships.role', 'in', [...caseTeamRoles])
      .orderBy('users.display_name')
      .orderBy('memberships.role')
      .execute();
    return rows.map((r) => ({ ...r, role: r.role as CaseTeamMember['role'] }));
  });
}
