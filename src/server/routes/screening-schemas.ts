// Reply schemas of the antecedentenonderzoek (routes/screening.ts), and the part of the candidate's
// own report that holds it (report-schemas.ts): the candidate's schemas declare confirmed findings
// and checked sources only, never a hit, a score or a dismissed match.
import { z } from 'zod';
import { text } from '../../core/instrument/schema.ts';
import { expertScreeningActions, ownScreeningActions } from '../policies/screening.ts';
import { registers } from '../screening/adapters/adapter.ts';

const both = z.object({ nl: z.string(), en: z.string() });
const section = z.object({ title: both, body: both });

const declaration = z.object({
  id: z.string(),
  version: z.string(),
  title: both,
  intro: both,
  sources: section,
  purpose: section,
  readers: section,
  retention: section,
  more: z.array(section),
  consent: both,
});

export const signature = z.object({
  state: z.enum(['unsigned', 'signed', 'revoked']),
  id: z.string().nullable(),
  version: z.string().nullable(),
  signedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

const register = z.enum(registers);

const finding = z.object({
  subject: z.string(),
  theme: z.string().nullable(),
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('list'), name: z.string(), version: z.number().int() }),
    z.object({ kind: z.literal('register'), register }),
    z.object({ kind: z.literal('manual'), where: z.string(), searchedOn: z.string() }),
  ]),
  what: z.string(),
  reason: z.string(),
});

const checked = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('list'),
    name: z.string(),
    version: z.number().int(),
    outcome: z.enum(['checked', 'unavailable']),
    on: z.string(),
  }),
  z.object({
    kind: z.literal('register'),
    register,
    outcome: z.enum(['checked', 'unavailable']),
    on: z.string(),
  }),
  z.object({ kind: z.literal('manual'), where: z.string(), on: z.string() }),
]);

/** What the candidate sees: the declaration, its state, what was checked, the confirmed findings. */
export const ownScreening = z.object({
  declaration,
  signature,
  ranAt: z.string().nullable(),
  checked: z.array(checked),
  findings: z.array(finding),
  may: z.array(z.enum(ownScreeningActions)),
});

const sourceRef = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('list'),
    listId: z.string(),
    name: z.string(),
    version: z.number().int(),
    licence: z.string().nullable(),
  }),
  z.object({ kind: z.literal('register'), register }),
]);

const feature = z.object({
  code: z.string(),
  weight: z.number(),
  query: z.string().optional(),
  candidate: z.string().optional(),
});

export const decision = z.object({
  outcome: z.enum(['confirmed', 'dismissed']),
  reason: z.string(),
  theme: z.string().nullable(),
  at: z.string(),
});

const hit = z.object({
  id: z.string(),
  subjectId: z.string(),
  source: sourceRef,
  entity: z.object({ id: z.string(), name: z.string(), schema: z.string(), detail: z.string() }),
  score: z.number(),
  features: z.array(feature),
  decision: decision.nullable(),
});

export const manualSource = z.object({
  id: z.string(),
  where: z.string(),
  searched: z.string(),
  searchedOn: z.string(),
  found: z.string(),
  finding: z.boolean(),
  theme: z.string().nullable(),
  recordedAt: z.string(),
});

export const expertScreening = z.object({
  declaration: signature,
  subjects: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['person', 'organisation']),
      name: z.string(),
      origin: z.enum(['candidate', 'answer']),
      item: z.string().optional(),
      theme: z.string().nullable(),
    }),
  ),
  available: z.object({
    lists: z.array(
      z.object({
        name: z.string(),
        version: z.number().int(),
        licence: z.string().nullable(),
        entityCount: z.number().int(),
      }),
    ),
    registers: z.array(register),
  }),
  themes: z.array(z.object({ id: z.string(), title: text })),
  check: z
    .object({
      ranAt: z.string(),
      sources: z.array(z.intersection(sourceRef, z.object({ outcome: z.enum(['checked', 'unavailable']) }))),
      hits: z.array(hit),
      manual: z.array(manualSource),
    })
    .nullable(),
  may: z.array(z.enum(expertScreeningActions)),
});

/** In the candidate's own report. */
export const screeningInReport = z.object({
  ranAt: z.string(),
  declaration: z.object({ id: z.string(), version: z.string(), signedAt: z.string() }),
  checked: z.array(checked),
  findings: z.array(finding),
});
