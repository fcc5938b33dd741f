// A beheerder or opdrachtgever makes a college: a name, the opdrachtgever who may see the stacked
// view once every member agrees, and the members — named one by one, or all candidates (with a
// submitted scan) of one of the maker's procedures. Each member's newest submitted scan is the one
// whose map counts. Nobody has agreed yet: that is each member's own choice.
import { randomUUID } from 'node:crypto';
import { collegeLimits } from '../../core/college/stack.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import { type EligiblePerson, eligiblePeople } from '../colleges/colleges.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { invalidInput } from '../domain-error.ts';
import { sentence } from '../texts.ts';

export interface CreateCollegeInput {
  tenantId: string;
  name: string;
  viewerMembershipId: string;
  memberMembershipIds?: string[];
  procedureId?: string;
}

export async function createCollege(
  deps: AppDeps,
  session: SessionInfo,
  input: CreateCollegeInput,
): Promise<{ id: string; members: number }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const viewer = await tx
      .selectFrom('memberships')
      .select('id')
      .where('id', '=', input.viewerMembershipId)
      .where('tenant_id', '=', input.tenantId)
      .where('role', '=', 'opdrachtgever')
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (!viewer) {
      throw invalidInput('invalid-input', sentence('errors', 'invalid-input.default'), [
        { path: ['viewerMembershipId'], message: sentence('errors', 'fields.college-viewer') },
      ]);
    }
    const reachable = new Map(
      (await eligiblePeople(tx, session, input.tenantId)).map((p) => [p.membershipId, p]),
    );
    const chosen = new Map<string, EligiblePerson>();
    const named = input.memberMembershipIds ?? [];
    const unknown = named
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !reachable.has(id))
      .map(({ index }) => ({
        path: ['memberMembershipIds', index],
        message: sentence('errors', 'fields.college-member'),
      }));
    if (unknown.length > 0)
      throw invalidInput('invalid-input', sentence('errors', 'invalid-input.default'), unknown);
    for (const id of named) chosen.set(id, reachable.get(id)!);
    if (input.procedureId !== undefined) {
      for (const p of await eligiblePeople(tx, session, input.tenantId, { procedureId: input.procedureId }))
        chosen.set(p.membershipId, p);
    }
    if (chosen.size < collegeLimits.minimumMembers || chosen.size > collegeLimits.maximumMembers) {
      throw invalidInput(
        'college-members',
        sentence('errors', 'college-members', {
          minimum: collegeLimits.minimumMembers,
          maximum: collegeLimits.maximumMembers,
        }),
      );
    }
    const id = randomUUID();
    await tx
      .insertInto('colleges')
      .values({
        id,
        tenant_id: input.tenantId,
        name: input.name,
        viewer_membership_id: viewer.id,
        created_by: session.userId,
        created_at: deps.now(),
      })
      .execute();
    await tx
      .insertInto('college_members')
      .values(
        [...chosen.values()].map((p) => ({
          id: randomUUID(),
          tenant_id: input.tenantId,
          college_id: id,
          membership_id: p.membershipId,
          user_id: p.userId,
          scan_id: p.scanId,
        })),
      )
      .execute();
    await recordAudit(tx, {
      action: 'college.created',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'college',
      subjectId: id,
      data: { members: chosen.size, viewerMembershipId: viewer.id },
    });
    return { id, members: chosen.size };
  });
}
