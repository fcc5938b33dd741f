// A beheerder changes someone's role or (dis)ables their membership. A disabled membership
// stops at the next request; nothing is cached in session tokens.
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import type { Role } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, notFound } from '../domain-error.ts';
import { type Member, selectMembers } from '../organisation/members.ts';
import { sentence } from '../texts.ts';

export async function updateMember(
  deps: AppDeps,
  actorUserId: string,
  input: { tenantId: string; membershipId: string; role?: Role; status?: 'active' | 'disabled' },
): Promise<Member> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: actorUserId }, async (tx) => {
    const current = await tx
      .selectFrom('memberships')
      .selectAll()
      .where('id', '=', input.membershipId)
      .where('tenant_id', '=', input.tenantId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound();
    if (
      current.user_id === actorUserId &&
      current.role === 'beheerder' &&
      (input.status === 'disabled' || (input.role && input.role !== 'beheerder'))
    ) {
      // Otherwise an organisation can lock out its last administrator by accident.
      throw conflict('own-beheerder-role', sentence('errors', 'own-beheerder-role'));
    }
    if (input.role && input.role !== current.role) {
      const clash = await tx
        .selectFrom('memberships')
        .select('id')
        .where('tenant_id', '=', input.tenantId)
        .where('user_id', '=', current.user_id)
        .where('role', '=', input.role)
        .executeTakeFirst();
      if (clash) {
        throw conflict('already-member', sentence('errors', 'already-member.update'), [
          { path: ['role'], message: sentence('errors', 'fields.role-exists') },
        ]);
      }
      await tx.updateTable('memberships').set({ role: input.role }).where('id', '=', current.id).execute();
      await recordAudit(tx, {
        action: 'membership.role_changed',
        tenantId: input.tenantId,
        actorUserId,
        subjectType: 'membership',
        subjectId: current.id,
        data: { from: current.role, to: input.role },
      });
    }
    if (input.status && input.status !== current.status) {
      if (input.status === 'active' && current.status === 'invited') {
        throw conflict('still-invited', sentence('errors', 'still-invited'));
      }
      await tx
        .updateTable('memberships')
        .set({ status: input.status })
        .where('id', '=', current.id)
        .execute();
      await recordAudit(tx, {
        action: 'membership.status_changed',
        tenantId: input.tenantId,
        actorUserId,
        subjectType: 'membership',
        subjectId: current.id,
        data: { from: current.status, to: input.status },
      });
    }
    const [member] = await selectMembers(tx, input.tenantId, current.id);
    if (!member) throw notFound();
    return member;
  });
}
