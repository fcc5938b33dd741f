// A beheerder opens a round of an organisation survey: a questionnaire (id and version), a name, the
// units respondents choose from, the threshold (the smallest group shown), whether the shared link
// works, and optionally an earlier closed round of the same questionnaire for the trend. Every counter
// the round will ever hold is made now, at 0, so that later submissions only ever update rows.
import { randomUUID } from 'node:crypto';
import { counterKeys } from '../../core/surveys/options.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { invalidInput } from '../domain-error.ts';
import { surveys } from '../surveys/registry.ts';
import { loadRound, today } from '../surveys/rounds.ts';
import { sentence } from '../texts.ts';

export interface OpenSurveyRoundInput {
  tenantId: string;
  questionnaireId: string;
  questionnaireVersion: string;
  title: string;
  units: string[];
  threshold: number;
  sharedLink: boolean;
  earlierRoundId?: string | null;
}

export async function openSurveyRound(
  deps: AppDeps,
  session: SessionInfo,
  input: OpenSurveyRoundInput,
): Promise<{ id: string }> {
  const questionnaire = surveys().get(input.questionnaireId, input.questionnaireVersion);
  if (!questionnaire) {
    throw invalidInput('invalid-input', sentence('errors', 'invalid-input.default'), [
      { path: ['questionnaireId'], message: sentence('errors', 'fields.survey-questionnaire') },
    ]);
  }
  const units = input.units.map((u) => u.trim());
  const duplicate = units.findIndex((u, i) => units.indexOf(u) !== i);
  if (duplicate >= 0) {
    throw invalidInput('invalid-input', sentence('errors', 'invalid-input.default'), [
      { path: ['units', duplicate], message: sentence('errors', 'fields.survey-units-unique') },
    ]);
  }
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    if (input.earlierRoundId) {
      const earlier = await loadRound(tx, input.tenantId, input.earlierRoundId);
      if (earlier?.status !== 'closed' || earlier.questionnaireId !== questionnaire.id) {
        throw invalidInput('invalid-input', sentence('errors', 'invalid-input.default'), [
          { path: ['earlierRoundId'], message: sentence('errors', 'fields.survey-earlier-round') },
        ]);
      }
    }
    const id = randomUUID();
    await tx
      .insertInto('survey_rounds')
      .values({
        id,
        tenant_id: input.tenantId,
        questionnaire_id: questionnaire.id,
        questionnaire_version: questionnaire.version,
        title: input.title,
        units: JSON.stringify(units),
        threshold: input.threshold,
        shared_link: input.sharedLink,
        earlier_round_id: input.earlierRoundId ?? null,
        opened_on: today(deps),
        created_by: session.userId,
      })
      .execute();
    // '' holds the respondents who did not name a unit (and everyone in a round without units).
    const allUnits = ['', ...units];
    await tx
      .insertInto('survey_unit_counts')
      .values(allUnits.map((unit) => ({ tenant_id: input.tenantId, round_id: id, unit })))
      .execute();
    const keys = counterKeys(questionnaire);
    const rows = allUnits.flatMap((unit) =>
      keys.map((k) => ({
        tenant_id: input.tenantId,
        round_id: id,
        unit,
        question_id: k.questionId,
        option_id: k.optionId,
      })),
    );
    for (let i = 0; i < rows.length; i += 1000) {
      await tx
        .insertInto('survey_answer_counts')
        .values(rows.slice(i, i + 1000))
        .execute();
    }
    await recordAudit(tx, {
      action: 'survey.round_opened',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'survey_round',
      subjectId: id,
      data: {
        questionnaire: questionnaire.id,
        version: questionnaire.version,
        units: units.length,
        threshold: input.threshold,
        sharedLink: input.sharedLink,
      },
    });
    return { id };
  });
}
