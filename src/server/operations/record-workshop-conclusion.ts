// What the group concluded for one theme of a closed round: what was discussed, the step it agreed
// (1–5, or none) and the actions. Sealed under the round's data key; one row per round and theme,
// rewritten with the next revision — only from the revision the writer read, so two facilitators
// never overwrite each other unseen. Audited with the theme id and counts, never the text.
import { conclusionLimits, type ThemeConclusion } from '../../core/workshop/conclusions.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, notFound } from '../domain-error.ts';
import { sentence } from '../texts.ts';
import { requireWorkshopRound, roundKeyForWrite, sealConclusion } from '../workshops/conclusions.ts';

export interface RecordConclusionInput {
  tenantId: string;
  roundId: string;
  themeId: string;
  /** the revision the writer read (0: nothing recorded yet) */
  baseRevision: number;
  conclusion: Omit<ThemeConclusion, 'themeId'>;
}

export async function recordWorkshopConclusion(
  deps: AppDeps,
  session: SessionInfo,
  input: RecordConclusionInput,
): Promise<{ revision: number }> {
  const { tenantId, roundId, themeId } = input;
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const { round, questionnaire } = await requireWorkshopRound(tx, tenantId, roundId);
    if (!questionnaire.themes.some((t) => t.id === themeId)) throw notFound();
    if (round.status !== 'closed')
      throw conflict('workshop-round-open', sentence('errors', 'workshop-round-open'));
    // The route holds the limits too; the core's are the ones the page and the report keep.
    const actions = input.conclusion.actions.slice(0, conclusionLimits.actions);
    const key = await roundKeyForWrite(deps, tx, round);
    const current = await tx
      .selectFrom('workshop_conclusions')
      .select('revision')
      .where('tenant_id', '=', tenantId)
      .where('round_id', '=', roundId)
      .where('theme_id', '=', themeId)
      .executeTakeFirst();
    if ((current?.revision ?? 0) !== input.baseRevision)
      throw conflict('workshop-revision', sentence('errors', 'workshop-revision'));
    const revision = input.baseRevision + 1;
    const sealed = sealConclusion(key, round, { ...input.conclusion, actions, themeId });
    const now = deps.now();
    if (current) {
      await tx
        .updateTable('workshop_conclusions')
        .set({ content_sealed: sealed, revision, recorded_by: session.userId, recorded_at: now })
        .where('tenant_id', '=', tenantId)
        .where('round_id', '=', roundId)
        .where('theme_id', '=', themeId)
        .execute();
    } else {
      await tx
        .insertInto('workshop_conclusions')
        .values({
          tenant_id: tenantId,
          round_id: roundId,
          theme_id: themeId,
          content_sealed: sealed,
          revision,
          recorded_by: session.userId,
          recorded_at: now,
        })
        .execute();
    }
    await recordAudit(tx, {
      action: 'workshop.conclusion_recorded',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'survey_round',
      subjectId: roundId,
      data: {
        theme: themeId,
        revision,
        maturity: input.conclusion.maturity ?? 0,
        actions: actions.length,
      },
    });
    return { revision };
  });
}
