// A respondent's answers, checked against the questionnaire and the round's units before anything
// is counted. Every question is answered (a yes/no question has "weet ik niet", a choice list can
// carry its own "zeg ik liever niet"): so every group's count of answers per question is its count
// of respondents, and no question can be shown over fewer people than the group. Pure.
import { optionIds, questionsOf } from './options.ts';
import type { Questionnaire } from './schema.ts';

export interface Submission {
  /** One of the round's units, or '' for "zeg ik liever niet" (and for a round without units). */
  unit: string;
  /** question id → option id */
  answers: Readonly<Record<string, string>>;
}

export type SubmissionProblem =
  | { problem: 'unknown-unit'; path: Array<string | number> }
  | { problem: 'missing-answer'; path: Array<string | number> }
  | { problem: 'unknown-option'; path: Array<string | number> }
  | { problem: 'unknown-question'; path: Array<string | number> };

export function checkSubmission(
  questionnaire: Questionnaire,
  units: readonly string[],
  submission: Submission,
): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  if (submission.unit !== '' && !units.includes(submission.unit))
    problems.push({ problem: 'unknown-unit', path: ['unit'] });
  const questions = questionsOf(questionnaire);
  const known = new Set(questions.map((q) => q.id));
  for (const key of Object.keys(submission.answers)) {
    if (!known.has(key)) problems.push({ problem: 'unknown-question', path: ['answers', key] });
  }
  for (const question of questions) {
    const answer = Object.hasOwn(submission.answers, question.id)
      ? submission.answers[question.id]
      : undefined;
    if (answer === undefined) problems.push({ problem: 'missing-answer', path: ['answers', question.id] });
    else if (!optionIds(question).includes(answer))
      problems.push({ problem: 'unknown-option', path: ['answers', question.id] });
  }
  return problems;
}
