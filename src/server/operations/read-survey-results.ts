// A round's results for the organisation: only once it is closed (while it is open, only how many
// responded — figures that change with each submission would show one person's answers as the
// difference), only aggregates, only over groups of at least the threshold (core/surveys/results.ts,
// through core/aggregate's disclosure control), with the trend against the earlier round.
import { type SurveyResults, surveyResults } from '../../core/surveys/results.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadRound, questionnaireOf, requireRound, roundCounts } from '../surveys/rounds.ts';

export async function readSurveyResults(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  roundId: string,
): Promise<{ status: 'open' | 'closed'; respondents: number; results: SurveyResults | null }> {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const round = await requireRound(tx, tenantId, roundId);
    const counts = await roundCounts(tx, tenantId, roundId);
    const respondents = counts.units.reduce((sum, u) => sum + u.respondents, 0);
    if (round.status === 'open') return { status: 'open' as const, respondents, results: null };
    const earlierRound = round.earlierRoundId
      ? await loadRound(tx, tenantId, round.earlierRoundId)
      : undefined;
    const earlier =
      earlierRound && earlierRound.status === 'closed'
        ? {
            questionnaire: questionnaireOf(earlierRound),
            counts: await roundCounts(tx, tenantId, earlierRound.id),
            threshold: earlierRound.threshold,
          }
        : null;
    const results = surveyResults(questionnaireOf(round), counts, round.threshold, earlier);
    await recordAudit(tx, {
      action: 'survey.results_read',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'survey_round',
      subjectId: roundId,
      data: { respondents, groups: results.groups.length },
    });
    return { status: 'closed' as const, respondents, results };
  });
}
