// The conversation content as data: the leidraad selectiegesprek (conversation/leidraad.yaml) and
// the dilemma cards (conversation/dilemmakaarten.yaml). Both are YAML an integrity expert edits;
// these zod schemas say what a file may hold. Cross-references (theme and indicator ids of the
// instruments, audience ids, unique ids) are checked by load.ts.
import { z } from 'zod';

const id = z
  .string({ error: 'verwacht een id / expected an id' })
  .regex(
    /^[a-z][a-z0-9_-]*$/,
    'een id bestaat uit kleine letters, cijfers, - en _, en begint met een letter / lowercase id',
  );

const nonEmpty = (language: string) =>
  z
    .string({ error: `de tekst in het ${language} ontbreekt / text missing` })
    .trim()
    .min(1, `de tekst in het ${language} is leeg / text empty`);

/** A text in Dutch and English: here both are required (the cards are shown side by side). */
export const fullText = z.strictObject(
  { nl: nonEmpty('Nederlands (nl)'), en: nonEmpty('Engels (en)') },
  { error: 'verwacht een tekst als { nl: …, en: … } / expected { nl, en }' },
);
export type FullText = z.infer<typeof fullText>;

const texts = (what: string, min = 1) =>
  z
    .array(fullText, { error: `verwacht een lijst ${what} / expected a list` })
    .min(min, `minstens ${min} ${what}`);

// ── Leidraad ─────────────────────────────────────────────────────────────────────────────────

const indicatorQuestions = z.strictObject({
  /** Sharper questions when this indicator was found. */
  questions: texts('vragen'),
  goodAnswer: texts('kenmerken van een goed antwoord').optional(),
});

const themeGuide = z.strictObject({
  /** The one question for a theme without attention. */
  general: fullText,
  /** Open questions to ask when the theme needs attention. */
  questions: texts('vragen'),
  /** What a good answer shows. */
  goodAnswer: texts('kenmerken van een goed antwoord'),
  indicators: z.record(id, indicatorQuestions).default({}),
});
export type ThemeGuide = z.infer<typeof themeGuide>;

export const leidraadSchema = z.strictObject({
  version: z.literal(1, { error: 'version: 1' }),
  /** For a theme without its own entry. */
  fallback: z.strictObject({
    general: fullText,
    questions: texts('vragen'),
    goodAnswer: texts('kenmerken van een goed antwoord'),
  }),
  themes: z.record(id, themeGuide),
});
export type Leidraad = z.infer<typeof leidraadSchema>;

// ── Dilemma cards ────────────────────────────────────────────────────────────────────────────

const audience = z.strictObject({
  id,
  label: fullText,
  /** The instruments of this audience: their procedures suggest these cards first. */
  instruments: z.array(id).min(1),
});
export type Audience = z.infer<typeof audience>;

const dilemma = z.strictObject({
  id,
  title: fullText,
  situation: fullText,
  audiences: z.array(id).min(1, 'minstens één doelgroep / at least one audience'),
  /** Theme ids of the instruments. */
  themes: z.array(id).min(1, 'minstens één thema / at least one theme'),
  questions: z
    .array(fullText)
    .min(2, 'twee tot vier vragen / two to four questions')
    .max(4, 'twee tot vier vragen / two to four questions'),
});
export type Dilemma = z.infer<typeof dilemma>;

export const dilemmaFileSchema = z.strictObject({
  version: z.literal(1, { error: 'version: 1' }),
  audiences: z.array(audience).min(1),
  dilemmas: z.array(dilemma).min(1),
});
export type DilemmaFile = z.infer<typeof dilemmaFileSchema>;
