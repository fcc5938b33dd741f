// The workshop of a survey round (the datavolwassenheidsscan; ARCHITECTURE.md,
// "Datavolwassenheidsscan"): the workshop view for whoever reads the round's aggregates, recording
// what the group concluded per theme, and the report as a PDF/A file. Thin: validate → authorise →
// operation → present. The spread's schema is compared with the core's type at compile time, so no
// figure per person or per unit can join the reply without this file saying so.
import { z } from 'zod';
import { questionnaireSchema } from '../../core/surveys/schema.ts';
import { conclusionLimits } from '../../core/workshop/conclusions.ts';
import { maturityValues, workshopSchema } from '../../core/workshop/schema.ts';
import type { WorkshopSpread } from '../../core/workshop/spread.ts';
import { defineRoute } from '../http/route.ts';
import { readWorkshop, type WorkshopPage } from '../operations/read-workshop.ts';
import { recordWorkshopConclusion } from '../operations/record-workshop-conclusion.ts';
import { renderWorkshopReport } from '../operations/render-workshop-report.ts';
import { inputMessage } from '../texts.ts';
import { type Exactly, language, member, type Same, tenantParams } from './schemas.ts';

const tag = 'surveys';
const count = z.number().int().min(0);
const roundParams = tenantParams.extend({ roundId: z.uuid({ error: inputMessage('unknown-survey-round') }) });
const themeParams = roundParams.extend({
  themeId: z.string().regex(/^[a-z][a-z0-9_-]{0,62}$/, { error: inputMessage('workshop-theme') }),
});
const agreement = z.enum(['close', 'apart', 'far-apart']);
const kind = z.enum(['scale', 'yes-no', 'choice']);
const share = z.object({ optionId: z.string(), count, percent: count });
const point = z.number().nullable();

export const workshopSpreadSchema = z.object({
  respondents: count,
  threshold: count,
  shown: z.boolean(),
  themes: z.array(
    z.object({
      themeId: z.string(),
      statements: z.array(
        z.object({
          questionId: z.string(),
          kind,
          answered: count,
          options: z.array(share),
          median: point,
          lower: point,
          upper: point,
          dispersion: z.number(),
          agreement,
          unsure: z.number().nullable(),
          manyUnsure: z.boolean(),
        }),
      ),
      pooled: z
        .object({ answered: count, options: z.array(share), median: point, lower: point, upper: point })
        .nullable(),
      discussionOrder: z.array(z.string()),
    }),
  ),
  discussionPoints: z.array(
    z.object({
      themeId: z.string(),
      questionId: z.string(),
      dispersion: z.number(),
      agreement,
      manyUnsure: z.boolean(),
    }),
  ),
});
const _spread: Exactly<z.infer<typeof workshopSpreadSchema>, WorkshopSpread> = true;

const maturity = z.union(
  maturityValues.map((v) => z.literal(v)),
  { error: inputMessage('workshop-maturity') },
);
const action = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, { error: inputMessage('action-what') })
    .max(conclusionLimits.actionText, { error: inputMessage('max-characters') }),
  owner: z
    .string()
    .trim()
    .max(conclusionLimits.owner, { error: inputMessage('max-characters') }),
  due: z.iso.date({ error: inputMessage('date') }).nullable(),
});
const conclusion = z.object({
  themeId: z.string(),
  discussed: z.string(),
  maturity: maturity.nullable(),
  actions: z.array(z.object({ text: z.string(), owner: z.string(), due: z.string().nullable() })),
  revision: count,
});

const workshopPageSchema = z.object({
  round: z.object({
    id: z.string(),
    title: z.string(),
    status: z.enum(['open', 'closed']),
    respondents: count,
  }),
  questionnaire: questionnaireSchema,
  workshop: workshopSchema,
  spread: workshopSpreadSchema.nullable(),
  conclusions: z.array(conclusion),
  mayRecord: z.boolean(),
});
const _page: Same<z.infer<typeof workshopPageSchema>, WorkshopPage> = true;

export const readWorkshopRoute = defineRoute({
  id: 'workshops.read',
  method: 'get',
  path: '/api/organisations/{tenantId}/survey-rounds/{roundId}/workshop',
  summary:
    "A round's workshop: the spread of the answers per theme (closed rounds, whole group, at or above the threshold) and the conclusions",
  tag,
  ...member('surveys.results', roundParams),
  responses: { 200: workshopPageSchema },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readWorkshop(deps, requireSession(), params.tenantId, params.roundId),
  }),
});

export const recordWorkshopRoute = defineRoute({
  id: 'workshops.record',
  method: 'put',
  path: '/api/organisations/{tenantId}/survey-rounds/{roundId}/workshop/themes/{themeId}',
  summary:
    'Records what the workshop concluded for one theme: what was discussed, the agreed step, the actions',
  tag,
  ...member('workshops.record', themeParams),
  body: z.strictObject({
    baseRevision: z.number().int().min(0).max(1_000_000),
    discussed: z
      .string()
      .trim()
      .max(conclusionLimits.discussed, { error: inputMessage('max-characters') }),
    maturity: maturity.nullable(),
    actions: z.array(action).max(conclusionLimits.actions, { error: inputMessage('max-actions') }),
  }),
  responses: { 200: z.object({ revision: count }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await recordWorkshopConclusion(deps, requireSession(), {
      ...params,
      baseRevision: body.baseRevision,
      conclusion: { discussed: body.discussed, maturity: body.maturity, actions: body.actions },
    }),
  }),
});

const pdf = 'application/pdf';

export const workshopReportPdfRoute = defineRoute({
  id: 'workshops.reportPdf',
  method: 'get',
  path: '/api/organisations/{tenantId}/survey-rounds/{roundId}/workshop/report.pdf',
  summary: "A closed round's datavolwassenheid report as a PDF/A file (rendered per request, not stored)",
  tag,
  ...member('surveys.results', roundParams),
  query: z.strictObject({ language: language.default('nl') }),
  rateLimit: 'pdf',
  produces: pdf,
  responses: {},
  handler: async ({ deps, params, query, requireSession }) => {
    const file = await renderWorkshopReport(deps, requireSession(), { ...params, language: query.language });
    return { status: 200, file: { bytes: file.bytes, contentType: pdf, filename: file.filename } };
  },
});

export const workshopRoutes = [readWorkshopRoute, recordWorkshopRoute, workshopReportPdfRoute] as const;
