// The instrument definition language, as zod schemas. An instrument is data (YAML in
// instruments/<id>/<version>.yaml) that an integrity expert can read and change: parts → sections
// → items, conditions, a network block, indicators, measures and report views. Cross-references
// (a condition naming an item, a measure naming an indicator) are checked by check.ts.
import { z } from 'zod';

const id = z
  .string()
  .regex(
    /^[a-z][a-z0-9_-]*$/,
    'een id bestaat uit kleine letters, cijfers, - en _, en begint met een letter',
  );

/** A text in Dutch (required) and English (optional: falls back to Dutch). */
export const text = z.strictObject(
  {
    nl: z
      .string({ error: 'de Nederlandse tekst (nl) ontbreekt / Dutch text missing' })
      .trim()
      .min(1, 'de Nederlandse tekst (nl) is leeg / Dutch text empty'),
    en: z.string({ error: 'de Engelse tekst (en) moet tekst zijn / must be text' }).trim().min(1).optional(),
  },
  { error: 'verwacht een tekst als { nl: …, en: … } / expected { nl, en }' },
);
export type Text = z.infer<typeof text>;

import { type Level, levels } from './scale.ts';

export { type Level, levels };
export const level = z.enum(levels, { error: `kies een niveau: ${levels.join(', ')}` });

// ── Conditions ────────────────────────────────────────────────────────────────────────────────
// A condition is either a combination (all / any / none / not) or a comparison: one subject
// (answer, field, count, network) with one operator. No expressions, no code: it is data.

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const operators = {
  is: scalar.optional(),
  isNot: scalar.optional(),
  in: z.array(scalar).min(1).optional(),
  includes: scalar.optional(),
  includesAny: z.array(scalar).min(1).optional(),
  gte: z.number().optional(),
  gt: z.number().optional(),
  lte: z.number().optional(),
  lt: z.number().optional(),
  answered: z.boolean().optional(),
};
export const operatorNames = Object.keys(operators) as Array<keyof typeof operators>;

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { none: Condition[] }
  | { not: Condition }
  /** At least `atLeast` of the conditions hold: several weak signals together. */
  | { atLeast: number; of: Condition[] }
  | Comparison;

export interface Comparison extends Partial<Record<keyof typeof operators, unknown>> {
  /** An item's answer (top-level item id). */
  answer?: string;
  /** A field of the current group entry (only inside `count.where`). */
  field?: string;
  /** The number of entries of a repeatable group, optionally only those matching `where`. */
  count?: string;
  where?: Condition;
  /** A network measure by name (see src/core/network once it exists). */
  network?: string;
}

const comparison = z
  .strictObject({
    answer: id.optional(),
    field: id.optional(),
    count: id.optional(),
    where: z.lazy(() => condition).optional(),
    network: z
      .string()
      .regex(/^[a-z][a-zA-Z0-9_.]*$/)
      .optional(),
    ...operators,
  })
  .superRefine((c, ctx) => {
    const subjects = (['answer', 'field', 'count', 'network'] as const).filter((k) => c[k] !== undefined);
    if (subjects.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'een vergelijking noemt precies één van: answer, field, count, network',
      });
    }
    const ops = operatorNames.filter((k) => c[k] !== undefined);
    if (ops.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `een vergelijking heeft precies één operator: ${operatorNames.join(', ')}`,
      });
    }
    if (c.where && c.count === undefined) {
      ctx.addIssue({ code: 'custom', message: "'where' hoort alleen bij 'count'" });
    }
  });

export const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(condition).min(1) }),
    z.strictObject({ any: z.array(condition).min(1) }),
    z.strictObject({ none: z.array(condition).min(1) }),
    z.strictObject({ not: condition }),
    z
      .strictObject({ atLeast: z.number().int().min(1), of: z.array(condition).min(2) })
      .refine((c) => c.atLeast <= c.of.length, "'atLeast' is groter dan het aantal voorwaarden in 'of'"),
    comparison,
  ]),
) as z.ZodType<Condition>;

// ── Items ─────────────────────────────────────────────────────────────────────────────────────

const option = z.strictObject({
  value: id,
  label: text,
  /** Shown at once when this option is chosen (the zelfscan's immediate tips). */
  tip: text.optional(),
});

const base = {
  id,
  text,
  help: text.optional(),
  required: z.boolean().default(false),
  visibleIf: condition.optional(),
};

const singleChoice = z.strictObject({
  ...base,
  kind: z.literal('singleChoice'),
  options: z.array(option).min(2),
});
const multiChoice = z.strictObject({
  ...base,
  kind: z.literal('multiChoice'),
  options: z.array(option).min(2),
  maxSelected: z.number().int().positive().optional(),
});
const yesNoUnknown = z.strictObject({
  ...base,
  kind: z.literal('yesNoUnknown'),
  /** Tips per answer (ja / nee / onbekend), as with choice options. */
  tips: z.strictObject({ ja: text.optional(), nee: text.optional(), onbekend: text.optional() }).optional(),
});
const scale = z.strictObject({
  ...base,
  kind: z.literal('scale'),
  points: z
    .array(
      z.strictObject({
        value: z.number().int(),
        label: text,
        tip: text.optional(),
        /**
         * For a self-rating: the level on the four-step scale this point stands for. Without it the
         * points are spread evenly (lowest = geen aandachtspunt, highest = ernstig risico); with it
         * an instrument whose indicators stop at aandachtspunt can still show a blind spot.
         */
        level: level.optional(),
      }),
    )
    .min(2),
  /** This item is the candidate's own risk rating for a theme (feeds netwerkbewustzijn). */
  selfRatingFor: id.optional(),
});
const number = z.strictObject({
  ...base,
  kind: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(true),
  unit: text.optional(),
});
const date = z.strictObject({
  ...base,
  kind: z.literal('date'),
  min: z.iso.date().optional(),
  max: z.iso.date().optional(),
});
const shortText = z.strictObject({
  ...base,
  kind: z.literal('shortText'),
  maxLength: z.number().int().positive().max(500).default(200),
});
const longText = z.strictObject({
  ...base,
  kind: z.literal('longText'),
  maxLength: z.number().int().positive().max(20000).default(4000),
});

// Fields inside a repeatable group have no conditions of their own: an entry shows all its fields.
const noCondition = { visibleIf: true } as const;
export const fieldSchema = z.discriminatedUnion('kind', [
  singleChoice.omit(noCondition),
  multiChoice.omit(noCondition),
  yesNoUnknown.omit(noCondition),
  scale.omit(noCondition),
  number.omit(noCondition),
  date.omit(noCondition),
  shortText.omit(noCondition),
  longText.omit(noCondition),
]);
export type Field = z.infer<typeof fieldSchema>;

const group = z.strictObject({
  ...base,
  kind: z.literal('group'),
  /** What one entry is called, e.g. "nevenfunctie". */
  entryLabel: text,
  fields: z.array(fieldSchema).min(1),
  minEntries: z.number().int().min(0).default(0),
  maxEntries: z.number().int().positive().default(50),
});

export const itemSchema = z.discriminatedUnion('kind', [
  singleChoice,
  multiChoice,
  yesNoUnknown,
  scale,
  number,
  date,
  shortText,
  longText,
  group,
]);
export type Item = z.infer<typeof itemSchema>;
export type GroupItem = z.infer<typeof group>;
export type ItemKind = Item['kind'];

const section = z.strictObject({
  id,
  title: text,
  intro: text.optional(),
  theme: id.optional(),
  visibleIf: condition.optional(),
  items: z.array(itemSchema).min(1),
});
export type Section = z.infer<typeof section>;

const part = z.strictObject({
  id,
  title: text,
  intro: text.optional(),
  sections: z.array(section).min(1),
});
export type Part = z.infer<typeof part>;

// ── Network block (filled in by the network module) ─────────────────────────────────────────

const catalogueEntry = z.strictObject({ id, label: text, help: text.optional() });

export const networkBlock = z.strictObject({
  /** The kinds of networks (contexts) offered to pick from; the candidate may add their own. */
  contexts: z.array(catalogueEntry.extend({ private: z.boolean().default(false) })).min(1),
  /** The candidate's role in a context. */
  contextRoles: z.array(catalogueEntry).min(1),
  /** Kinds of interest a context can have with the organisation. */
  interests: z.array(catalogueEntry).min(1),
  relations: z.array(catalogueEntry).min(1),
  frequencies: z.array(catalogueEntry).min(1),
  dependences: z.array(catalogueEntry).min(1),
  sectors: z.array(catalogueEntry.extend({ sensitive: z.boolean().default(false) })).min(1),
  /** Inclusiveness attributes (never special categories). */
  attributes: z
    .array(
      z.strictObject({
        id: z.enum(['gender', 'ageBand', 'place', 'sector']),
        label: text,
        options: z.array(catalogueEntry).optional(),
      }),
    )
    .default([]),
  tiePrompts: z.array(z.strictObject({ id, text })).default([]),
});
export type NetworkBlock = z.infer<typeof networkBlock>;

// ── Indicators, measures, report ────────────────────────────────────────────────────────────

const theme = z.strictObject({ id, title: text, description: text.optional() });

const indicator = z.strictObject({
  id,
  theme: id,
  title: text,
  /** Checked top-down: the first rule whose condition holds sets the level. */
  rules: z.array(z.strictObject({ level, when: condition })).min(1),
  /** Level when no rule holds. */
  otherwise: level.default('geen-aandachtspunt'),
  /** Items cited as evidence besides those the firing rule names. */
  evidence: z.array(id).default([]),
  candidateText: text,
  expertText: text,
  /** Questions for the selection or reflection conversation. */
  talkingPoints: z.array(text).default([]),
});
export type Indicator = z.infer<typeof indicator>;

const measure = z.strictObject({
  id,
  title: text,
  description: text,
  /** The indicators this measure answers. */
  answers: z.array(id).min(1),
  /** Suggested when one of those indicators reaches at least this level. */
  from: level.default('aandachtspunt'),
});
export type Measure = z.infer<typeof measure>;

/**
 * Who a report section is for. `commissie` is the kandidatencommissie of a political party: after
 * the candidate released the check, it reads the themes to discuss and the talking points for the
 * selection conversation — never answers, evidence or levels per answer (capped in the report model).
 */
export const views = [
  'kandidaat',
  'expert',
  'opdrachtgever-samenvatting',
  'opdrachtgever-volledig',
  'commissie',
] as const;
export type View = (typeof views)[number];

const reportSection = z.strictObject({
  id,
  title: text,
  themes: z.array(id).min(1),
  views: z.array(z.enum(views)).min(1),
  show: z
    .array(z.enum(['judgement', 'indicators', 'evidence', 'measures', 'awareness', 'talkingPoints', 'tips']))
    .min(1),
});

export const instrumentSchema = z.strictObject({
  id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'versie als 1.0.0 (semantic versioning)'),
  title: text,
  description: text,
  /**
   * scan: expert judgement and a report the candidate may release;
   * check: talking points for a selection committee;
   * reflectie: results stay with the person;
   * zelfscan: anonymous, immediate tips, nothing stored.
   */
  mode: z.enum(['scan', 'check', 'reflectie', 'zelfscan']),
  audience: z.array(text).min(1),
  minutes: z.number().int().positive(),
  themes: z.array(theme).min(1),
  parts: z.array(part).min(1),
  network: networkBlock.optional(),
  indicators: z.array(indicator).default([]),
  measures: z.array(measure).default([]),
  report: z.strictObject({ sections: z.array(reportSection) }).optional(),
  /**
   * The declaration the candidate signs before an antecedentenonderzoek of this instrument's scans
   * (declarations/<id>/<version>.yaml; checked at start against the declarations on disk). Without
   * it, the newest bewilligingsverklaring. One component for the scan and the party's check.
   */
  declaration: z
    .strictObject({
      id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id: kleine letters, cijfers en - / lowercase id'),
      version: z.string().regex(/^\d+\.\d+\.\d+$/, 'versie als 1.0.0 / version like 1.0.0'),
    })
    .optional(),
});
export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentInput = z.input<typeof instrumentSchema>;
