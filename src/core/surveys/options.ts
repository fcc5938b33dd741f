// The answer options of each kind of question: the ids a respondent may send and the counters a
// round keeps. Pure.
import type { Questionnaire, SurveyQuestion } from './schema.ts';

export const scalePoints = ['1', '2', '3', '4', '5'] as const;
export const yesNoOptions = ['ja', 'nee', 'weet-niet'] as const;

/** The option ids of a question, in the order they are shown. */
export function optionIds(question: SurveyQuestion): string[] {
  switch (question.kind) {
    case 'scale':
      return [...scalePoints];
    case 'yes-no':
      return [...yesNoOptions];
    case 'choice':
      return question.options.map((o) => o.id);
  }
}

export function questionsOf(questionnaire: Questionnaire): SurveyQuestion[] {
  return questionnaire.themes.flatMap((t) => t.questions);
}

/** Every (question, option) pair of a questionnaire: the counters one unit of a round holds. */
export function counterKeys(questionnaire: Questionnaire): Array<{ questionId: string; optionId: string }> {
  return questionsOf(questionnaire).flatMap((q) =>
    optionIds(q).map((optionId) => ({ questionId: q.id, optionId })),
  );
}

/** The key of a questionnaire version, as rounds and the registry name it. */
export function questionnaireKey(id: string, version: string): string {
  return `${id}@${version}`;
}
