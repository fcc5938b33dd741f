// Who may do what with one case file of the afwegingskader. Under the organisation rule
// (`cases.work`): a case file is visible only to the members of its case team — to anyone else,
// the beheerder included, it is "not found", never a hint that it exists. Deny by default:
// `caseFileRules` lists every action, each a refusal or null. Row-level security on the steps
// (migration 0018) says the same once more.
import type { Selectable } from 'kysely';
import type { SessionInfo } from '../auth/session.ts';
import type { CaseFilesTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { conflict, notFound } from '../domain-error.ts';
import { sentence } from '../texts.ts';
import { actionsOf, type Rules } from './may.ts';

export type LoadedCaseFile = Selectable<CaseFilesTable>;

/** The case by id AND tenant AND the reader in its team (an active staff membership); otherwise not found. */
export async function loadCaseFileFor(
  tx: Tx,
  session: SessionInfo,
  tenantId: string,
  caseId: string,
): Promise<LoadedCaseFile> {
  const row = await tx
    .selectFrom('case_files')
    .innerJoin('case_team_members', 'case_team_members.case_id', 'case_files.id')
    .innerJoin('memberships', 'memberships.id', 'case_team_members.membership_id')
    .selectAll('case_files')
    .where('case_files.id', '=', caseId)
    .where('case_files.tenant_id', '=', tenantId)
    .where('case_team_members.user_id', '=', session.userId)
    .where('memberships.status', '=', 'active')
    .executeTakeFirst();
  if (!row) throw notFound(sentence('errors', 'not-found.case-file'));
  return row;
}

const closed = (c: LoadedCaseFile) =>
  c.status === 'closed' ? conflict('case-closed', sentence('errors', 'case-closed')) : null;

/** Every action on a case file the reader is in the team of. */
export const caseFileRules = {
  save: closed,
  close: closed,
  // Removal shreds the content, open or closed: the team decides when it is no longer needed.
  remove: () => null,
} as const satisfies Rules<string, LoadedCaseFile>;

export type CaseFileAction = keyof typeof caseFileRules;
export const caseFileActions = actionsOf(caseFileRules);
