// The session for the norm at the start of a term as data (norm/norm-sessie.yaml): its steps,
// each with prompts (the agressieprotocol's with a starting text), who may agree a version, and
// the referral texts shown beside it. load.ts checks ids with line numbers.
import { z } from 'zod';
import { fullText } from '../conversation/schema.ts';

const id = z
  .string({ error: 'verwacht een id / expected an id' })
  .regex(
    /^[a-z][a-z0-9_-]*$/,
    'een id bestaat uit kleine letters, cijfers, - en _, en begint met een letter / lowercase id',
  );

const prompt = z.strictObject({ id, text: fullText, template: fullText.optional() });
const step = z.strictObject({
  id,
  title: fullText,
  intro: fullText,
  prompts: z.array(prompt).min(1, 'minstens één vraag / at least one prompt'),
});
export type NormStep = z.infer<typeof step>;

export const normSessionSchema = z.strictObject({
  version: z.number().int().positive(),
  title: fullText,
  intro: fullText,
  agreedBy: z.array(z.strictObject({ id, label: fullText })).min(1),
  steps: z.array(step).min(1),
  referrals: z.array(z.strictObject({ id, title: fullText, text: fullText })).min(1),
});
export type NormSession = z.infer<typeof normSessionSchema>;

/** The organisation's text per step and prompt: `{ [stepId]: { [promptId]: text } }`. */
export type NormContent = Record<string, Record<string, string>>;

export const normLimits = { text: 4000 } as const;
