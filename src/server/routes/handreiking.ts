// Three instruments of the Handreiking integriteitstoetsing (see ARCHITECTURE.md "Handreiking"):
// - the zelfassessment om volksvertegenwoordiger te worden and the guide to recognising possible
//   ondermijning: public content, like the dilemma cards (the zelfassessment is answered and
//   advised in the browser; nothing is sent back);
// - the vuistregels integriteit of an organisation: every member reads them, the beheerder adjusts
//   a set or goes back to the default.
import { z } from 'zod';
import { handreiking } from '../handreiking/registry.ts';
import { defineRoute } from '../http/route.ts';
import { adjustVuistregels } from '../operations/adjust-vuistregels.ts';
import { readVuistregels } from '../operations/read-vuistregels.ts';
import { resetVuistregels } from '../operations/reset-vuistregels.ts';
import { inputMessage } from '../texts.ts';
import { member, tenantParams } from './schemas.ts';

const tag = 'handreiking';
const fullText = z.object({ nl: z.string(), en: z.string() });
const titled = { id: z.string(), title: fullText, text: fullText };

const zelfassessment = z.object({
  version: z.number(),
  title: fullText,
  intro: fullText,
  choices: z.array(z.object({ id: z.string(), label: fullText, ready: z.boolean() })),
  topics: z.array(
    z.object({
      id: z.string(),
      title: fullText,
      intro: fullText,
      questions: z.array(
        z.object({ id: z.string(), text: fullText, advice: z.record(z.string(), fullText) }),
      ),
    }),
  ),
  closing: fullText,
});

const ondermijning = z.object({
  version: z.number(),
  title: fullText,
  intro: fullText,
  signals: z.array(z.object({ ...titled, examples: z.array(fullText) })),
  sectors: z.object({ intro: fullText, items: z.array(fullText) }),
  steps: z.array(z.object(titled)),
});

const rule = z.object({ id: z.string(), text: fullText });
const vuistregels = z.object({
  intro: fullText,
  sets: z.array(
    z.object({
      id: z.string(),
      title: fullText,
      offices: z.array(z.string()),
      rules: z.array(rule),
      defaultRules: z.array(rule),
      adjusted: z.boolean(),
      revision: z.number(),
    }),
  ),
});

const setParams = tenantParams.extend({
  setId: z.string().regex(/^[a-z][a-z0-9_-]{0,40}$/, { error: inputMessage('unknown-vuistregels-set') }),
});

const ruleText = z
  .string({ error: inputMessage('vuistregel-text') })
  .trim()
  .min(1, { error: inputMessage('vuistregel-text') })
  .max(400, { error: inputMessage('max-characters') });

export const maxVuistregels = 20;

export const zelfassessmentRoute = defineRoute({
  id: 'handreiking.zelfassessment',
  method: 'get',
  path: '/api/public/zelfassessment',
  summary:
    'The zelfassessment om volksvertegenwoordiger te worden (public; answered and advised in the browser)',
  tag,
  auth: 'public',
  responses: { 200: zelfassessment },
  handler: async () => ({ status: 200, body: handreiking().zelfassessment }),
});

export const ondermijningRoute = defineRoute({
  id: 'handreiking.ondermijning',
  method: 'get',
  path: '/api/public/ondermijning-herkennen',
  summary: 'The guide to recognising possible ondermijning: signals, sensitive sectors, what to do (public)',
  tag,
  auth: 'public',
  responses: { 200: ondermijning },
  handler: async () => ({ status: 200, body: handreiking().ondermijning }),
});

export const readVuistregelsRoute = defineRoute({
  id: 'vuistregels.read',
  method: 'get',
  path: '/api/organisations/{tenantId}/vuistregels',
  summary: "The organisation's vuistregels integriteit per set of offices, with the default beside them",
  tag,
  ...member('organisation.read', tenantParams),
  responses: { 200: vuistregels },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readVuistregels(deps, requireSession().userId, params.tenantId),
  }),
});

export const adjustVuistregelsRoute = defineRoute({
  id: 'vuistregels.adjust',
  method: 'put',
  path: '/api/organisations/{tenantId}/vuistregels/{setId}',
  summary: 'Word one set of vuistregels for this organisation (replaces the default; audited)',
  tag,
  ...member('vuistregels.adjust', setParams),
  body: z.strictObject({
    rules: z
      .array(z.strictObject({ text: z.strictObject({ nl: ruleText, en: ruleText }) }))
      .min(1, { error: inputMessage('vuistregels-count') })
      .max(maxVuistregels, { error: inputMessage('vuistregels-count') }),
  }),
  responses: { 200: vuistregels },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await adjustVuistregels(deps, requireSession().userId, params.tenantId, params.setId, body),
  }),
});

export const resetVuistregelsRoute = defineRoute({
  id: 'vuistregels.reset',
  method: 'delete',
  path: '/api/organisations/{tenantId}/vuistregels/{setId}',
  summary: 'Go back to the shipped vuistregels for one set (audited)',
  tag,
  ...member('vuistregels.adjust', setParams),
  responses: { 200: vuistregels },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await resetVuistregels(deps, requireSession().userId, params.tenantId, params.setId),
  }),
});

export const handreikingRoutes = [
  zelfassessmentRoute,
  ondermijningRoute,
  readVuistregelsRoute,
  adjustVuistregelsRoute,
  resetVuistregelsRoute,
] as const;
