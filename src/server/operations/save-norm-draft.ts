// The session's working draft is saved (the beheerder or opdrachtgever leading it). The revision
// the editor started from must still be the newest: two people editing at once do not overwrite
// each other silently. Audited with the revision and the number of texts, never the text.
import { unknownNormPaths } from '../../core/norm/load.ts';
import type { NormContent } from '../../core/norm/schema.ts';
import { municipalGuides } from '../afwegingskader/registry.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, invalidInput } from '../domain-error.ts';
import { sentence } from '../texts.ts';
import { type NormView, readNorm } from './read-norm.ts';

export async function saveNormDraft(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  input: { content: NormContent; revision: number },
): Promise<NormView> {
  const normSession = municipalGuides().norm;
  const unknown = unknownNormPaths(normSession, input.content);
  if (unknown.length > 0)
    throw invalidInput(
      'norm-unknown',
      sentence('errors', 'norm-unknown'),
      unknown.map((path) => ({
        path: ['body', 'content', ...path.filter((p) => p !== undefined)],
        message: sentence('errors', 'norm-unknown'),
      })),
    );
  const content: NormContent = {};
  let texts = 0;
  for (const [stepId, prompts] of Object.entries(input.content)) {
    const kept = Object.fromEntries(Object.entries(prompts).filter(([, v]) => v.trim().length > 0));
    texts += Object.keys(kept).length;
    if (Object.keys(kept).length > 0) content[stepId] = kept;
  }
  await inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const current = await tx
      .selectFrom('norm_drafts')
      .select('revision')
      .where('tenant_id', '=', tenantId)
      .forUpdate()
      .executeTakeFirst();
    if ((current?.revision ?? 0) !== input.revision)
      throw conflict('norm-changed', sentence('errors', 'norm-changed'));
    const values = {
      content: JSON.stringify(content),
      session_version: normSession.version,
      updated_by: session.userId,
      updated_at: deps.now(),
    };
    if (current)
      await tx
        .updateTable('norm_drafts')
        .set({ ...values, revision: current.revision + 1 })
        .where('tenant_id', '=', tenantId)
        .execute();
    else
      await tx
        .insertInto('norm_drafts')
        .values({ tenant_id: tenantId, ...values })
        .execute();
    await recordAudit(tx, {
      action: 'norm.draft_saved',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'tenant',
      subjectId: tenantId,
      data: { revision: (current?.revision ?? 0) + 1, texts },
    });
  });
  return readNorm(deps, session, tenantId);
}
