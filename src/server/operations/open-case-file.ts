// A staff member opens a case file of the afwegingskader: a title (sealed) and the case team —
// the opener always, plus the colleagues they name. Only the team will ever read or write it.
import { randomUUID } from 'node:crypto';
import { caseLimits } from '../../core/afwegingskader/case-step.ts';
import { municipalGuides } from '../afwegingskader/registry.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import { newCaseSealer } from '../case-files/sealed.ts';
import { caseTeamRoles } from '../case-files/view.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { invalidInput } from '../domain-error.ts';
import { sentence } from '../texts.ts';

export interface OpenCaseFileInput {
  tenantId: string;
  title: string;
  teamMembershipIds: string[];
}

export async function openCaseFile(
  deps: AppDeps,
  session: SessionInfo,
  input: OpenCaseFileInput,
): Promise<{ id: string }> {
  const id = randomUUID();
  const sealer = await newCaseSealer(deps, input.tenantId, id);
  await inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const staff = await tx
      .selectFrom('memberships')
      .select(['id', 'user_id', 'role'])
      .where('tenant_id', '=', input.tenantId)
      .where('status', 'in', ['active', 'invited'])
      .where('role', 'in', [...caseTeamRoles])
      .execute();
    const byId = new Map(staff.map((m) => [m.id, m]));
    const wrong = input.teamMembershipIds
      .map((membershipId, index) => ({ membershipId, index }))
      .filter(({ membershipId }) => !byId.has(membershipId))
      .map(({ index }) => ({ path: ['teamMembershipIds', index], message: sentence('errors', 'case-team') }));
    if (wrong.length > 0) throw invalidInput('case-team', sentence('errors', 'case-team'), wrong);
    // One row per person: the opener (by their own staff membership) and each named person once.
    const team = new Map<string, string>();
    const own = staff.find((m) => m.user_id === session.userId);
    if (own) team.set(own.user_id, own.id);
    for (const membershipId of input.teamMembershipIds) {
      const m = byId.get(membershipId)!;
      if (!team.has(m.user_id)) team.set(m.user_id, m.id);
    }
    if (team.size > caseLimits.team + 1) throw invalidInput('case-team', sentence('errors', 'case-team'));
    const now = deps.now();
    await tx
      .insertInto('case_files')
      .values({
        id,
        tenant_id: input.tenantId,
        framework_version: municipalGuides().afwegingskader.version,
        title_sealed: sealer.sealTitle(input.title),
        opened_by: session.userId,
        opened_at: now,
        updated_at: now,
      })
      .execute();
    await tx
      .insertInto('case_team_members')
      .values(
        [...team].map(([userId, membershipId]) => ({
          tenant_id: input.tenantId,
          case_id: id,
          membership_id: membershipId,
          user_id: userId,
        })),
      )
      .execute();
    await recordAudit(tx, {
      action: 'case.opened',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'case_file',
      subjectId: id,
      data: { team: team.size },
    });
  });
  return { id };
}
