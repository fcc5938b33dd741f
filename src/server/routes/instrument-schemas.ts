// Replies about instruments and answers, field by field: the definition (the core's own instrument
// schema), answers as they are stored, and the engine's evaluation. Shared by the instrument routes,
// the own scan, the expert's read and the own-data export. Each schema is checked against its
// domain type at compile time (`Exactly`), so the contract and the core cannot drift apart unseen.
import { z } from 'zod';
import type { Answers } from '../../core/instrument/answers.ts';
import type { Evaluation } from '../../core/instrument/evaluate.ts';
import { condition, instrumentSchema, levels } from '../../core/instrument/schema.ts';
import { nameInOpenApi } from '../http/openapi.ts';
import type { Exactly, Same } from './schemas.ts';

const level = z.enum(levels);
/** A text the software writes (messages, tips): Dutch, and English beside it. */
export const textOut = z.object({ nl: z.string(), en: z.string().optional() });

// The condition language is recursive; named, it is one component the document refers to.
nameInOpenApi(condition, 'Condition');

/** The definition as loaded and checked at start: the core's own schema, strict, nothing re-declared. */
export const instrumentDefinition = nameInOpenApi(instrumentSchema, 'Instrument');

const scalarAnswer = z.union([z.string(), z.number(), z.array(z.string())]);
// validateAnswer reads an empty field of a group entry (null among them) as "not answered" and
// lets it through, so an entry may hold a null (core's GroupEntry says so too).
const groupEntry = z.record(z.string(), scalarAnswer.nullable());
const answer = z.union([scalarAnswer, z.array(groupEntry)]);

/** Item id → answer, as saved (operations/save-answers.ts checks each against the item). */
export const answersSchema = nameInOpenApi(z.record(z.string(), answer), 'Answers');

const answerErrorCodes = [
  'required',
  'wrong-type',
  'unknown-option',
  'too-many',
  'out-of-range',
  'not-integer',
  'not-a-date',
  'too-long',
  'too-few-entries',
  'too-many-entries',
  'unknown-item',
  'unknown-field',
] as const;

const evidence = z.object({
  item: z.string().optional(),
  value: answer.optional(),
  entries: z.array(z.number().int()).optional(),
  network: z.string().optional(),
  measure: z.number().optional(),
});

export const evaluationSchema = nameInOpenApi(
  z.object({
    visibleSections: z.array(z.string()),
    visibleItems: z.array(z.string()),
    errors: z.array(
      z.object({
        item: z.string(),
        entry: z.number().int().optional(),
        field: z.string().optional(),
        code: z.enum(answerErrorCodes),
        message: textOut,
      }),
    ),
    indicators: z.array(
      z.object({
        id: z.string(),
        theme: z.string(),
        level,
        rule: z.number().int().nullable(),
        evidence: z.array(evidence),
      }),
    ),
    themes: z.array(z.object({ id: z.string(), level, indicators: z.array(z.string()) })),
    awareness: z.array(
      z.object({
        theme: z.string(),
        perceived: level,
        computed: level,
        gap: z.number().int(),
        blindSpot: z.boolean(),
      }),
    ),
    measures: z.array(z.object({ id: z.string(), because: z.array(z.string()) })),
    tips: z.array(
      z.object({
        item: z.string(),
        entry: z.number().int().optional(),
        field: z.string().optional(),
        tip: textOut,
      }),
    ),
    progress: z.array(
      z.object({
        part: z.string(),
        required: z.number().int(),
        answeredRequired: z.number().int(),
        visible: z.number().int(),
        answered: z.number().int(),
      }),
    ),
    complete: z.boolean(),
  }),
  'Evaluation',
);

// Compile-time: each schema says what its domain type says.
const _evaluation: Same<z.infer<typeof evaluationSchema>, Evaluation> = true;
const _answers: Same<z.infer<typeof answersSchema>, Answers> = true;
const _level: Exactly<z.infer<typeof level>, Evaluation['themes'][number]['level']> = true;
