// Organisation surveys, pure: the questionnaire as data, the check of a submission and the results
// behind disclosure control. See ARCHITECTURE.md, "Organisation surveys".
export { checkSubmission, type Submission, type SubmissionProblem } from './answers.ts';
export { loadQuestionnaire, placeIssues } from './load.ts';
export {
  counterKeys,
  optionIds,
  questionnaireKey,
  questionsOf,
  scalePoints,
  yesNoOptions,
} from './options.ts';
export {
  type EarlierRound,
  type GroupFigures,
  groupUnits,
  type QuestionResult,
  type ResultGroup,
  type RoundCounts,
  type SurveyResults,
  surveyResults,
} from './results.ts';
export type { Questionnaire, SurveyQuestion, SurveyQuestionKind, SurveyTheme } from './schema.ts';
