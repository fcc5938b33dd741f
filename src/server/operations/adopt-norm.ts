// "Vaststellen": the current draft becomes version N of the organisation's norm, with the date
// it was agreed and by whom (college, raad). A version never changes afterwards (migration 0019:
// insert and read only, and a trigger); a later change is a new version.
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { sentence } from '../texts.ts';
import { type NormView, readNorm } from './read-norm.ts';

export async function adoptNorm(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  input: { agreedOn: string; agreedBy: Array<'college' | 'raad'>; revision: number },
): Promise<NormView> {
  await inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const draft = await tx
      .selectFrom('norm_drafts')
      .select(['content', 'session_version', 'revision'])
      .where('tenant_id', '=', tenantId)
      .forUpdate()
      .executeTakeFirst();
    if (!draft || Object.keys(draft.content).length === 0)
      throw conflict('norm-empty', sentence('errors', 'norm-empty'));
    // What is agreed is what the people agreeing saw: the draft at the revision on their screen.
    if (draft.revision !== input.revision) throw conflict('norm-changed', sentence('errors', 'norm-changed'));
    const last = await tx
      .selectFrom('norm_versions')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    const version = Number(last?.version ?? 0) + 1;
    const agreedBy = [...new Set(input.agreedBy)].sort();
    await tx
      .insertInto('norm_versions')
      .values({
        tenant_id: tenantId,
        version,
        content: JSON.stringify(draft.content),
        session_version: draft.session_version,
        agreed_on: input.agreedOn,
        agreed_by: agreedBy,
        recorded_by: session.userId,
        recorded_at: deps.now(),
      })
      .execute();
    await recordAudit(tx, {
      action: 'norm.adopted',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'tenant',
      subjectId: tenantId,
      data: { version, college: agreedBy.includes('college'), raad: agreedBy.includes('raad') },
    });
  });
  return readNorm(deps, session, tenantId);
}
