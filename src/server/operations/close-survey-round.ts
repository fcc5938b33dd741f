// A beheerder closes a round: no more answers, and from now on its results can be read. Results are
// shown only for a closed round, so that nobody can compare the figures before and after one
// person's answers.
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { requireRound, today } from '../surveys/rounds.ts';
import { sentence } from '../texts.ts';

export async function closeSurveyRound(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  roundId: string,
): Promise<void> {
  await inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const round = await requireRound(tx, tenantId, roundId);
    if (round.status === 'closed')
      throw conflict('survey-round-open', sentence('errors', 'survey-round-open'));
    await tx
      .updateTable('survey_rounds')
      .set({ status: 'closed', closed_on: today(deps) })
      .where('id', '=', roundId)
      .where('tenant_id', '=', tenantId)
      .execute();
    const respondents = await tx
      .selectFrom('survey_unit_counts')
      .select((eb) => eb.fn.sum<string>('respondents').as('n'))
      .where('tenant_id', '=', tenantId)
      .where('round_id', '=', roundId)
      .executeTakeFirst();
    await recordAudit(tx, {
      action: 'survey.round_closed',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'survey_round',
      subjectId: roundId,
      data: { respondents: Number(respondents?.n ?? 0) },
    });
  });
}
