// Three instruments of the Handreiking integriteitstoetsing as data (handreiking/*.yaml): the
// vuistregels integriteit per office, the zelfassessment om volksvertegenwoordiger te worden and the
// guide to recognising possible ondermijning. YAML an integrity expert edits; these zod schemas say
// what a file may hold, load.ts checks the cross-references with line numbers.
import { z } from 'zod';
import { fullText } from '../conversation/schema.ts';
import { offices } from '../vocabulary.ts';

const id = z
  .string({ error: 'verwacht een id / expected an id' })
  .regex(
    /^[a-z][a-z0-9_-]*$/,
    'een id bestaat uit kleine letters, cijfers, - en _, en begint met een letter / lowercase id',
  );

// ── Vuistregels ──────────────────────────────────────────────────────────────────────────────

export const vuistregel = z.strictObject({ id, text: fullText });
export type Vuistregel = z.infer<typeof vuistregel>;

const vuistregelSet = z.strictObject({
  id,
  title: fullText,
  offices: z
    .array(z.enum(offices, { error: `verwacht een ambt uit ${offices.join(', ')} / expected an office` }))
    .min(1, 'minstens één ambt / at least one office'),
  rules: z.array(vuistregel).min(1, 'minstens één vuistregel / at least one rule'),
});
export type VuistregelSet = z.infer<typeof vuistregelSet>;

export const vuistregelsSchema = z.strictObject({
  version: z.literal(1, { error: 'version: 1' }),
  intro: fullText,
  sets: z.array(vuistregelSet).min(1),
});
export type Vuistregels = z.infer<typeof vuistregelsSchema>;

// ── Zelfassessment ───────────────────────────────────────────────────────────────────────────

const choice = z.strictObject({ id, label: fullText, ready: z.boolean().default(false) });

const assessmentQuestion = z.strictObject({
  id,
  text: fullText,
  /** Per choice id: what to consider when this was the answer. */
  advice: z.record(id, fullText).default({}),
});

const topic = z.strictObject({
  id,
  title: fullText,
  intro: fullText,
  questions: z.array(assessmentQuestion).min(1, 'minstens één vraag / at least one question'),
});
export type AssessmentTopic = z.infer<typeof topic>;

export const zelfassessmentSchema = z.strictObject({
  version: z.literal(1, { error: 'version: 1' }),
  title: fullText,
  intro: fullText,
  choices: z.array(choice).min(2, 'minstens twee keuzes / at least two choices'),
  topics: z.array(topic).min(1),
  closing: fullText,
});
export type Zelfassessment = z.infer<typeof zelfassessmentSchema>;

// ── Ondermijning herkennen ───────────────────────────────────────────────────────────────────

const signal = z.strictObject({
  id,
  title: fullText,
  text: fullText,
  examples: z.array(fullText).default([]),
});

const step = z.strictObject({ id, title: fullText, text: fullText });

export const ondermijningSchema = z.strictObject({
  version: z.literal(1, { error: 'version: 1' }),
  title: fullText,
  intro: fullText,
  signals: z.array(signal).min(1),
  sectors: z.strictObject({ intro: fullText, items: z.array(fullText).min(1) }),
  steps: z.array(step).min(1),
});
export type OndermijningGuide = z.infer<typeof ondermijningSchema>;
