// The people of an organisation with their roles, as the beheerder's user management shows them.
import type { Role } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';

export interface Member {
  id: string;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  status: 'invited' | 'active' | 'disabled';
  createdAt: string;
  activatedAt: string | null;
}

export async function selectMembers(tx: Tx, tenantId: string, membershipId?: string): Promise<Member[]> {
  let query = tx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.id',
      'memberships.user_id',
      'memberships.role',
      'memberships.status',
      'memberships.created_at',
      'memberships.activated_at',
      'users.email',
      'users.display_name',
    ])
    // RLS already limits rows to the tenant; the explicit filter keeps the intent readable
    // and excludes the actor's own memberships elsewhere, which RLS also lets through.
    .where('memberships.tenant_id', '=', tenantId)
    .orderBy('users.display_name')
    .orderBy('memberships.role');
  if (membershipId) query = query.where('memberships.id', '=', membershipId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    status: r.status,
    createdAt: new Date(r.created_at).toISOString(),
    activatedAt: r.activated_at ? new Date(r.activated_at).toISOString() : null,
  }));
}
