// A respondent sends their answers. Nothing of the submission is stored as such: in one transaction
// every counter row of the round is rewritten — +1 for the unit and the options chosen, +0 for all
// others — so the rows that changed cannot be told from the rows that did not (each row's version
// is this transaction's); a personal link is marked used with the day only. No audit event (it
// would give each submission a time), no log line with content. The round's row is locked first,
// so submissions to one round queue instead of interleaving. See ARCHITECTURE.md,
// "Organisation surveys".
import { sql } from 'kysely';
import { checkSubmission, type Submission } from '../../core/surveys/answers.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, invalidInput, notFound } from '../domain-error.ts';
import {
  invitationHash,
  linkKind,
  loadRound,
  questionnaireOf,
  roundTenant,
  today,
} from '../surveys/rounds.ts';
import { sentence } from '../texts.ts';

export async function submitSurveyResponse(
  deps: AppDeps,
  roundId: string,
  token: string,
  submission: Submission,
): Promise<void> {
  const tenantId = await roundTenant(deps, roundId);
  if (!tenantId) throw notFound(sentence('errors', 'survey-link-invalid'));
  await inTransaction(deps.database, { tenantId, userId: null }, async (tx) => {
    await tx
      .selectFrom('survey_rounds')
      .select('id')
      .where('id', '=', roundId)
      .where('tenant_id', '=', tenantId)
      .forUpdate()
      .execute();
    const round = await loadRound(tx, tenantId, roundId);
    if (!round) throw notFound(sentence('errors', 'survey-link-invalid'));
    const link = await linkKind(deps, tx, round, token);
    if (round.status !== 'open')
      throw conflict('survey-round-closed', sentence('errors', 'survey-round-closed'));
    if (link === 'used') throw conflict('survey-link-used', sentence('errors', 'survey-link-used'));
    const questionnaire = questionnaireOf(round);
    const problems = checkSubmission(questionnaire, round.units, submission);
    if (problems.length > 0) {
      throw invalidInput(
        'survey-answers',
        sentence('errors', 'survey-answers'),
        problems.map((p) => ({
          path: p.path,
          message:
            p.problem === 'unknown-unit'
              ? sentence('errors', 'fields.survey-unit')
              : sentence('errors', 'fields.survey-answer'),
        })),
      );
    }
    if (link === 'personal') {
      const marked = await tx
        .updateTable('survey_invitations')
        .set({ used_on: today(deps) })
        .where('token_hash', '=', invitationHash(token))
        .where('round_id', '=', roundId)
        .where('used_on', 'is', null)
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1)
        throw conflict('survey-link-used', sentence('errors', 'survey-link-used'));
    }
    const chosen = Object.entries(submission.answers).map(([question, option]) => `${question}:${option}`);
    await sql`update survey_unit_counts
                 set respondents = respondents + case when unit = ${submission.unit} then 1 else 0 end
               where tenant_id = ${tenantId} and round_id = ${roundId}`.execute(tx);
    await sql`update survey_answer_counts
                 set count = count + case when unit = ${submission.unit}
                                          and question_id || ':' || option_id = any(${chosen}::text[])
                                     then 1 else 0 end
               where tenant_id = ${tenantId} and round_id = ${roundId}`.execute(tx);
  });
}
