// Active experts of the organisation, by name, for the opdrachtgever's expert picker.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';

/** Active experts of the organisation, by name, for the opdrachtgever's expert picker. */
export async function listExperts(deps: AppDeps, session: SessionInfo, tenantId: string) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const rows = await tx
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['memberships.id', 'users.display_name'])
      .where('memberships.tenant_id', '=', tenantId)
      .where('memberships.role', '=', 'expert')
      .where('memberships.status', '!=', 'disabled')
      .orderBy('users.display_name')
      .execute();
    return rows.map((r) => ({ membershipId: r.id, displayName: r.display_name }));
  });
}
