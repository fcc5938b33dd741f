// The workshop content of an organisation survey as data (workshops/<id>.yaml): the five maturity
// steps the scale points stand for, and per theme the questions that open the conversation. Texts
// are { nl, en }. These zod schemas say what a file may hold; load.ts checks it with line numbers.
import { z } from 'zod';
import { fullText } from '../conversation/schema.ts';

const id = z
  .string({ error: 'verwacht een id / expected an id' })
  .regex(
    /^[a-z][a-z0-9_-]{0,62}$/,
    'een id bestaat uit kleine letters, cijfers, - en _, en begint met een letter / lowercase id',
  );

/** The maturity steps, 1 to 5: the same five points as a survey's scale question. */
export const maturityValues = [1, 2, 3, 4, 5] as const;
export type Maturity = (typeof maturityValues)[number];

const level = z.strictObject({
  value: z.union(
    maturityValues.map((v) => z.literal(v)),
    { error: 'een stap is 1, 2, 3, 4 of 5 / a step is 1 to 5' },
  ),
  label: fullText,
  description: fullText,
});

const theme = z.strictObject({
  id,
  prompts: z.array(fullText).min(1, 'minstens één vraag / at least one prompt'),
});

export const workshopSchema = z.strictObject({
  id,
  /** The survey (surveys/<questionnaire>/) whose answers the workshop discusses. */
  questionnaire: id,
  title: fullText,
  intro: fullText,
  levels: z.array(level).length(5, 'precies vijf stappen, 1 tot 5 / exactly five steps'),
  themes: z.array(theme).min(1, 'minstens één thema / at least one theme'),
});
export type Workshop = z.infer<typeof workshopSchema>;
export type WorkshopTheme = z.infer<typeof theme>;
export type MaturityLevel = z.infer<typeof level>;
