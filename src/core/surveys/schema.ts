// An organisation survey's questionnaire as data (surveys/<id>/<version>.yaml): themes of questions
// of three kinds — a 1–5 scale, yes / no / don't know, and one choice of a list. Texts are
// { nl, en }. These zod schemas say what a file may hold; load.ts checks ids with line numbers.
// The engine is generic: a round names a questionnaire id and version, nothing here knows which.
import { z } from 'zod';
import { fullText } from '../conversation/schema.ts';

const id = z
  .string({ error: 'verwacht een id / expected an id' })
  .regex(
    /^[a-z][a-z0-9_-]{0,62}$/,
    'een id bestaat uit kleine letters, cijfers, - en _, en begint met een letter / lowercase id',
  );

const common = {
  id,
  text: fullText,
  /** A short explanation under the question. */
  help: fullText.optional(),
};

/** Five points, 1 (low) to 5 (high); the ends carry words, the middle points only numbers. */
const scaleQuestion = z.strictObject({
  ...common,
  kind: z.literal('scale'),
  low: fullText,
  high: fullText,
});

const yesNoQuestion = z.strictObject({ ...common, kind: z.literal('yes-no') });

const choiceQuestion = z.strictObject({
  ...common,
  kind: z.literal('choice'),
  options: z
    .array(z.strictObject({ id, label: fullText }))
    .min(2, 'minstens twee keuzes / at least two options')
    .max(12, 'hoogstens twaalf keuzes / at most twelve options'),
});

export const surveyQuestion = z.discriminatedUnion('kind', [scaleQuestion, yesNoQuestion, choiceQuestion], {
  error: 'kind is scale, yes-no of choice / kind: scale, yes-no or choice',
});
export type SurveyQuestion = z.infer<typeof surveyQuestion>;
export type SurveyQuestionKind = SurveyQuestion['kind'];

const theme = z.strictObject({
  id,
  title: fullText,
  intro: fullText.optional(),
  questions: z.array(surveyQuestion).min(1, 'minstens één vraag / at least one question'),
});
export type SurveyTheme = z.infer<typeof theme>;

export const questionnaireSchema = z.strictObject({
  id,
  version: z
    .string({ error: 'verwacht een versie als 1.0.0 / expected a version like 1.0.0' })
    .regex(/^\d+\.\d+\.\d+$/, 'verwacht een versie als 1.0.0 / expected a version like 1.0.0'),
  title: fullText,
  /** What the respondent reads first: what it is about, that it is anonymous. */
  intro: fullText,
  /** Asked above the unit list when the round has units. */
  unitQuestion: fullText,
  themes: z.array(theme).min(1, 'minstens één thema / at least one theme'),
  /** Shown after sending, e.g. where to go for help. */
  closing: fullText,
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;
