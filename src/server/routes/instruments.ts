// Instruments: the catalogue (the beheerder's page, the opdrachtgever's choice when opening a
// procedure), and a whole definition with stateless evaluation for the beheerder's preview. A
// candidate or expert reads only the version their scan or procedure pinned, through
// procedures.ts (`scans.readOwnInstrument`, `procedures.instrument`). The zelfscan is public:
// anyone may answer it; nothing is stored or logged.
import { z } from 'zod';
import { evaluate } from '../../core/instrument/evaluate.ts';
import type { AppDeps } from '../context.ts';
import { notFound } from '../domain-error.ts';
import { defineRoute } from '../http/route.ts';
import type { LoadedInstrument } from '../instruments/registry.ts';
import { presentDefinition } from '../scans/pinned-instrument.ts';
import { sentence } from '../texts.ts';
import { evaluationSchema, instrumentDefinition } from './instrument-schemas.ts';
import { member, tenantParams } from './schemas.ts';

const tag = 'instrumenten';
export const publicInstrumentId = 'zelfscan-veiligheid';

const summary = z.object({
  id: z.string(),
  version: z.string(),
  hash: z.string(),
  mode: z.enum(['scan', 'check', 'reflectie', 'zelfscan']),
  title: z.object({ nl: z.string(), en: z.string().optional() }),
  description: z.object({ nl: z.string(), en: z.string().optional() }),
  minutes: z.number(),
  versions: z.array(z.string()),
});

// The definition is declared by the core's instrument schema, the same that checked it at start.
export const definitionReply = z.object({
  id: z.string(),
  version: z.string(),
  hash: z.string(),
  definition: instrumentDefinition,
});

const answersBody = z.strictObject({
  // Open here on purpose: the engine checks every visible answer against its item (validateAnswer)
  // and reports what does not fit in the evaluation's `errors`, as the live preview shows it.
  answers: z.record(z.string().max(80), z.unknown()),
  network: z.record(z.string().max(80), z.number()).optional(),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/)
    .optional(),
});

// The engine's output, declared field by field (instrument-schemas.ts).
const evaluation = z.object({
  instrument: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
  evaluation: evaluationSchema,
});

const noSuchInstrument = () => notFound(sentence('errors', 'not-found.instrument'));

function find(deps: AppDeps, id: string, version?: string): LoadedInstrument {
  const found = version ? deps.instruments.get(id, version) : deps.instruments.latest(id);
  if (!found) throw noSuchInstrument();
  return found;
}

function present(loaded: LoadedInstrument, deps: AppDeps) {
  const { instrument } = loaded;
  return {
    id: instrument.id,
    version: instrument.version,
    hash: loaded.hash,
    mode: instrument.mode,
    title: instrument.title,
    description: instrument.description,
    minutes: instrument.minutes,
    versions: deps.instruments
      .all()
      .filter((l) => l.instrument.id === instrument.id)
      .map((l) => l.instrument.version),
  };
}

function runEvaluation(loaded: LoadedInstrument, body: z.infer<typeof answersBody>) {
  return {
    instrument: { id: loaded.instrument.id, version: loaded.instrument.version, hash: loaded.hash },
    evaluation: evaluate(loaded.instrument, {
      answers: body.answers as never,
      ...(body.network ? { network: body.network } : {}),
    }),
  };
}

const idParams = tenantParams.extend({
  instrumentId: z
    .string()
    .regex(/^[a-z][a-z0-9_-]*$/)
    .max(80),
});

export const listInstrumentsRoute = defineRoute({
  id: 'instruments.list',
  method: 'get',
  path: '/api/organisations/{tenantId}/instruments',
  summary: 'The instruments available, newest version of each',
  tag,
  ...member('instruments.list', tenantParams),
  responses: { 200: z.object({ instruments: z.array(summary) }) },
  handler: async ({ deps }) => {
    const ids = [...new Set(deps.instruments.all().map((l) => l.instrument.id))].sort();
    return { status: 200, body: { instruments: ids.map((id) => present(find(deps, id), deps)) } };
  },
});

export const readInstrumentRoute = defineRoute({
  id: 'instruments.read',
  method: 'get',
  path: '/api/organisations/{tenantId}/instruments/{instrumentId}',
  summary: 'An instrument definition to preview (newest version, or ?version=)',
  tag,
  ...member('instruments.preview', idParams),
  query: z.strictObject({
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .optional(),
  }),
  responses: { 200: definitionReply },
  handler: async ({ deps, params, query }) => {
    const loaded = find(deps, params.instrumentId, query.version);
    return { status: 200, body: presentDefinition(loaded) };
  },
});

export const evaluateInstrumentRoute = defineRoute({
  id: 'instruments.evaluate',
  method: 'post',
  path: '/api/organisations/{tenantId}/instruments/{instrumentId}/evaluate',
  summary:
    'Evaluate answers against an instrument: visible questions, errors, indicators with evidence, measures. Stores nothing.',
  tag,
  ...member('instruments.preview', idParams),
  body: answersBody,
  rateLimit: 'evaluate',
  responses: { 200: evaluation },
  handler: async ({ deps, params, body }) => ({
    status: 200,
    body: runEvaluation(find(deps, params.instrumentId, body.version), body),
  }),
});

export const readZelfscanRoute = defineRoute({
  id: 'zelfscan.read',
  method: 'get',
  path: '/api/public/zelfscan',
  summary: 'The public personal-safety self-scan (no account needed)',
  tag,
  auth: 'public',
  responses: { 200: definitionReply },
  handler: async ({ deps }) => {
    const loaded = find(deps, publicInstrumentId);
    return { status: 200, body: presentDefinition(loaded) };
  },
});

export const evaluateZelfscanRoute = defineRoute({
  id: 'zelfscan.evaluate',
  method: 'post',
  path: '/api/public/zelfscan/evaluate',
  summary: 'Evaluate the self-scan; nothing is stored or logged',
  tag,
  auth: 'public',
  body: answersBody,
  // Public: counted per network address.
  rateLimit: 'evaluate',
  responses: { 200: evaluation },
  handler: async ({ deps, body }) => ({
    status: 200,
    body: runEvaluation(find(deps, publicInstrumentId, body.version), body),
  }),
});

export const instrumentRoutes = [
  listInstrumentsRoute,
  readInstrumentRoute,
  evaluateInstrumentRoute,
  readZelfscanRoute,
  evaluateZelfscanRoute,
] as const;
