// The afwegingskader antidemocratisch gedrag as data (afwegingskader/afwegingskader.yaml): the
// steps of weighing, each with its questions; the reliability scale and kinds of sources; the
// conclusions and strategies a case team chooses from. These zod schemas say what the file may
// hold; load.ts checks ids and cross-references with line numbers.
import { z } from 'zod';
import { fullText } from '../conversation/schema.ts';

const id = z
  .string({ error: 'verwacht een id / expected an id' })
  .regex(
    /^[a-z][a-z0-9_-]*$/,
    'een id bestaat uit kleine letters, cijfers, - en _, en begint met een letter / lowercase id',
  );

const choice = z.strictObject({ id, label: fullText, description: fullText.optional() });
export type FrameworkChoice = z.infer<typeof choice>;

const question = z.strictObject({ id, text: fullText, required: z.boolean().default(false) });
export type FrameworkQuestion = z.infer<typeof question>;

/** questions: answers only; sources: plus the list of sources; conclusion: plus one conclusion; strategy: plus strategies. */
export const stepKinds = ['questions', 'sources', 'conclusion', 'strategy'] as const;
export type StepKind = (typeof stepKinds)[number];

const step = z.strictObject({
  id,
  kind: z.enum(stepKinds, { error: `verwacht een soort uit ${stepKinds.join(', ')} / expected a kind` }),
  title: fullText,
  intro: fullText,
  questions: z.array(question).min(1, 'minstens één vraag / at least one question'),
});
export type FrameworkStep = z.infer<typeof step>;

export const afwegingskaderSchema = z.strictObject({
  version: z.number().int().positive(),
  title: fullText,
  intro: fullText,
  reliability: z.array(choice).min(2, 'minstens twee niveaus / at least two levels'),
  sourceKinds: z.array(choice).min(1),
  conclusions: z.array(choice).min(2),
  strategies: z.array(choice).min(1),
  steps: z.array(step).min(1),
});
export type Afwegingskader = z.infer<typeof afwegingskaderSchema>;
