// What a case team member reads of one case file: the opened content, the team by name, the
// actions allowed now. Built inside the reading transaction (after the policy let the reader in).
import type { CaseStepContent } from '../../core/afwegingskader/case-step.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import type { Tx } from '../db/transaction.ts';
import { type CaseFileAction, caseFileRules, type LoadedCaseFile } from '../policies/case-file.ts';
import { mayList } from '../policies/may.ts';
import { caseSealer } from './sealed.ts';

/** Roles whose members can be in a case team: staff of the organisation, not candidates or researchers. */
export const caseTeamRoles = ['beheerder', 'opdrachtgever', 'expert'] as const;

export interface CaseTeamMember {
  membershipId: string;
  displayName: string;
  role: (typeof caseTeamRoles)[number];
}

export interface CaseFileView {
  id: string;
  title: string;
  status: 'open' | 'closed';
  frameworkVersion: number;
  openedAt: string;
  closedAt: string | null;
  updatedAt: string;
  team: CaseTeamMember[];
  steps: Array<{ stepId: string; content: CaseStepContent; savedAt: string; savedBy: string }>;
  may: CaseFileAction[];
}

export async function teamOf(tx: Tx, tenantId: string, caseId: string): Promise<CaseTeamMember[]> {
  const rows = await tx
    .selectFrom('case_team_members')
    .innerJoin('memberships', 'memberships.id', 'case_team_members.membership_id')
    .innerJoin('users', 'users.id', 'case_team_members.user_id')
    .select([
      'memberships.id as membershipId',
      'users.display_name as displayName',
      'memberships.role as role',
    ])
    .where('case_team_members.case_id', '=', caseId)
    .where('case_team_members.tenant_id', '=', tenantId)
    .orderBy('users.display_name')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as CaseTeamMember['role'] }));
}

export async function caseFileView(
  deps: AppDeps,
  tx: Tx,
  _session: SessionInfo,
  caseFile: LoadedCaseFile,
): Promise<CaseFileView> {
  const sealer = await caseSealer(deps, caseFile.tenant_id, caseFile.id);
  const steps = await tx
    .selectFrom('case_steps')
    .innerJoin('users', 'users.id', 'case_steps.saved_by')
    .select(['case_steps.step_id', 'case_steps.content_sealed', 'case_steps.saved_at', 'users.display_name'])
    .where('case_steps.case_id', '=', caseFile.id)
    .where('case_steps.tenant_id', '=', caseFile.tenant_id)
    .execute();
  return {
    id: caseFile.id,
    title: sealer.openTitle(caseFile.title_sealed),
    status: caseFile.status,
    frameworkVersion: caseFile.framework_version,
    openedAt: caseFile.opened_at.toISOString(),
    closedAt: caseFile.closed_at ? caseFile.closed_at.toISOString() : null,
    updatedAt: caseFile.updated_at.toISOString(),
    team: await teamOf(tx, caseFile.tenant_id, caseFile.id),
    steps: steps.map((s) => ({
      stepId: s.step_id,
      content: sealer.openStep(s.step_id, s.content_sealed),
      savedAt: s.saved_at.toISOString(),
      savedBy: s.display_name,
    })),
    may: mayList(caseFileRules, caseFile),
  };
}
