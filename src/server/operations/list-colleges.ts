// The colleges a beheerder or opdrachtgever made, and those that name them to see the stacked view:
// name, how many members and how many agree now. Never who has or has not agreed.
import type { SessionInfo } from '../auth/session.ts';
import { agreementOf } from '../colleges/colleges.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';

export interface CollegeSummary {
  id: string;
  name: string;
  viewer: string;
  createdAt: string;
  members: number;
  agreed: number;
  /** made: this person made it; viewer: it names this person to see the stacked view. */
  as: Array<'made' | 'viewer'>;
}

export async function listColleges(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
): Promise<{ colleges: CollegeSummary[] }> {
  const viewerIds = session.memberships
    .filter((m) => m.tenantId === tenantId && m.status === 'active' && m.role === 'opdrachtgever')
    .map((m) => m.id);
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const rows = await tx
      .selectFrom('colleges')
      .innerJoin('memberships', 'memberships.id', 'colleges.viewer_membership_id')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select([
        'colleges.id',
        'colleges.name',
        'colleges.created_by',
        'colleges.created_at',
        'colleges.viewer_membership_id',
        'users.display_name as viewer',
      ])
      .where('colleges.tenant_id', '=', tenantId)
      .where((eb) =>
        viewerIds.length > 0
          ? eb.or([
              eb('colleges.created_by', '=', session.userId),
              eb('colleges.viewer_membership_id', 'in', viewerIds),
            ])
          : eb('colleges.created_by', '=', session.userId),
      )
      .orderBy('colleges.created_at', 'desc')
      .execute();
    const agreement = await agreementOf(
      tx,
      tenantId,
      rows.map((r) => r.id),
    );
    return {
      colleges: rows.map((r) => ({
        id: r.id,
        name: r.name,
        viewer: r.viewer,
        createdAt: r.created_at.toISOString(),
        ...agreement.get(r.id)!,
        as: [
          ...(r.created_by === session.userId ? (['made'] as const) : []),
          ...(viewerIds.includes(r.viewer_membership_id) ? (['viewer'] as const) : []),
        ],
      })),
    };
  });
}
