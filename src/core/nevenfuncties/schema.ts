// The nevenfuncties register's content as data (register/nevenfuncties.yaml): the words of the
// official's page, the take-over from the scan and the public page, which offices keep a register
// and on what basis, and — the part that decides what leaves the organisation — the list of fields
// the publication holds, each with why the law asks for it. These zod schemas say what the file may
// hold; load.ts checks the rest with line numbers.
import { z } from 'zod';
import { fullText } from '../conversation/schema.ts';
import { offices } from '../vocabulary.ts';

/**
 * What a publication may hold at all. Anything internal (hours, approval, where an entry came
 * from) is not in this list, so the content file cannot put it in the feed.
 */
export const publishableFields = [
  'name',
  'office',
  'function',
  'organisation',
  'paid',
  'startsOn',
  'endsOn',
] as const;
export type PublishableField = (typeof publishableFields)[number];

/** Without these a publication says nothing: the content file must list them. */
export const requiredPublishedFields = ['name', 'office', 'function', 'organisation'] as const;

/** What the register keeps for the organisation only. */
export const internalFields = ['hoursPerMonth', 'approval', 'source'] as const;
export type InternalField = (typeof internalFields)[number];

const publishedField = z.strictObject({
  field: z.enum(publishableFields, {
    error: `verwacht een publiceerbaar veld uit ${publishableFields.join(', ')} / expected a publishable field (internal fields are never published)`,
  }),
  label: fullText,
  why: fullText,
});

const internalField = z.strictObject({
  field: z.enum(internalFields, {
    error: `verwacht een intern veld uit ${internalFields.join(', ')} / expected an internal field`,
  }),
  label: fullText,
  why: fullText,
});

const registerOffice = z.strictObject({
  office: z.enum(offices, { error: `verwacht een ambt uit ${offices.join(', ')} / expected an office` }),
  basis: fullText,
});

export const registerContentSchema = z.strictObject({
  version: z.literal(1, { error: 'version: 1' }),
  title: fullText,
  intro: fullText,
  offices: z.array(registerOffice).min(1, 'minstens één ambt / at least one office'),
  published: z.strictObject({
    intro: fullText,
    fields: z.array(publishedField).min(1),
  }),
  internal: z.strictObject({
    intro: fullText,
    fields: z.array(internalField),
  }),
  takeOver: z.strictObject({
    intro: fullText,
    consent: fullText,
    nothing: fullText,
  }),
  publication: z.strictObject({
    intro: fullText,
    held: fullText,
  }),
  publicPage: z.strictObject({
    intro: fullText,
    empty: fullText,
    openData: fullText,
  }),
});
export type RegisterContent = z.infer<typeof registerContentSchema>;
