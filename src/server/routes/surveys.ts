// Organisation surveys (ARCHITECTURE.md, "Organisation surveys"): a beheerder opens and closes rounds
// and sends personal links; beheerder and opdrachtgever read a round and its aggregates; a respondent,
// without an account, opens the questionnaire by its link and sends the answers, which are only
// counted. Thin: validate → authorise → operation → present.
import { z } from 'zod';
import { questionnaireSchema } from '../../core/surveys/schema.ts';
import { defineRoute } from '../http/route.ts';
import { closeSurveyRound } from '../operations/close-survey-round.ts';
import { inviteSurveyRespondents } from '../operations/invite-survey-respondents.ts';
import { listSurveyRounds } from '../operations/list-survey-rounds.ts';
import { openSurveyRound } from '../operations/open-survey-round.ts';
import { readPublicSurvey } from '../operations/read-public-survey.ts';
import { readSurveyResults } from '../operations/read-survey-results.ts';
import { readSurveyRound } from '../operations/read-survey-round.ts';
import { submitSurveyResponse } from '../operations/submit-survey-response.ts';
import { inputMessage } from '../texts.ts';
import { email, language, member, tenantParams } from './schemas.ts';

const tag = 'surveys';
const fullText = z.object({ nl: z.string(), en: z.string() });
const count = z.number().int();
const roundId = z.uuid({ error: inputMessage('unknown-survey-round') });
const roundParams = tenantParams.extend({ roundId });
const publicParams = z.strictObject({ roundId });
const token = z
  .string({ error: inputMessage('survey-token') })
  .regex(/^[A-Za-z0-9_-]{20,128}$/, { error: inputMessage('survey-token') });
const idLike = /^[a-z0-9][a-z0-9_-]{0,62}$/;

const status = z.enum(['open', 'closed']);

export const listSurveyRoundsRoute = defineRoute({
  id: 'surveys.list',
  method: 'get',
  path: '/api/organisations/{tenantId}/survey-rounds',
  summary: "The organisation's survey rounds with how many responded, and the questionnaires on offer",
  tag,
  ...member('surveys.results', tenantParams),
  responses: {
    200: z.object({
      rounds: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          questionnaireId: z.string(),
          questionnaireVersion: z.string(),
          questionnaireTitle: fullText,
          status,
          openedOn: z.string(),
          closedOn: z.string().nullable(),
          respondents: count,
        }),
      ),
      questionnaires: z.array(z.object({ id: z.string(), version: z.string(), title: fullText })),
    }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await listSurveyRounds(deps, requireSession(), params.tenantId),
  }),
});

export const openSurveyRoundRoute = defineRoute({
  id: 'surveys.open',
  method: 'post',
  path: '/api/organisations/{tenantId}/survey-rounds',
  summary: 'Open a round of a survey: questionnaire, name, units, threshold, shared link, earlier round',
  tag,
  ...member('surveys.manage', tenantParams),
  body: z.strictObject({
    questionnaireId: z.string().regex(idLike, { error: inputMessage('too-long') }),
    questionnaireVersion: z
      .string()
      .regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/, { error: inputMessage('too-long') }),
    title: z
      .string({ error: inputMessage('survey-title') })
      .trim()
      .min(1, inputMessage('survey-title'))
      .max(120, inputMessage('max-characters')),
    units: z
      .array(
        z
          .string({ error: inputMessage('name') })
          .trim()
          .min(1, inputMessage('name'))
          .max(80, inputMessage('max-characters')),
      )
      .max(50, inputMessage('survey-units')),
    threshold: z
      .number({ error: inputMessage('survey-threshold') })
      .int(inputMessage('survey-threshold'))
      .min(5, inputMessage('survey-threshold'))
      .max(1000, inputMessage('survey-threshold')),
    sharedLink: z.boolean({ error: inputMessage('yes-or-no') }),
    earlierRoundId: roundId.nullable().optional(),
  }),
  responses: { 201: z.object({ id: z.string() }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await openSurveyRound(deps, requireSession(), { tenantId: params.tenantId, ...body }),
  }),
});

export const readSurveyRoundRoute = defineRoute({
  id: 'surveys.read',
  method: 'get',
  path: '/api/organisations/{tenantId}/survey-rounds/{roundId}',
  summary:
    'One round: its questionnaire, units, threshold, how many responded; the shared link for a beheerder',
  tag,
  ...member('surveys.results', roundParams),
  responses: {
    200: z.object({
      id: z.string(),
      title: z.string(),
      status,
      openedOn: z.string(),
      closedOn: z.string().nullable(),
      units: z.array(z.string()),
      threshold: count,
      respondents: count,
      invitations: z.object({ sent: count, used: count }),
      sharedLink: z.string().nullable(),
      sharedLinkEnabled: z.boolean(),
      earlier: z.object({ id: z.string(), title: z.string() }).nullable(),
      questionnaire: questionnaireSchema,
      mayManage: z.boolean(),
      /** the questionnaire has a workshop (workshops/<id>.yaml): the round's page links to it */
      workshop: z.boolean(),
    }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readSurveyRound(deps, requireSession(), params.tenantId, params.roundId),
  }),
});

export const closeSurveyRoundRoute = defineRoute({
  id: 'surveys.close',
  method: 'post',
  path: '/api/organisations/{tenantId}/survey-rounds/{roundId}/close',
  summary: 'Close a round: no more answers; its results can be read from now on',
  tag,
  ...member('surveys.manage', roundParams),
  responses: { 204: null },
  handler: async ({ deps, params, requireSession }) => {
    await closeSurveyRound(deps, requireSession(), params.tenantId, params.roundId);
    return { status: 204 };
  },
});

export const inviteSurveyRespondentsRoute = defineRoute({
  id: 'surveys.invite',
  method: 'post',
  path: '/api/organisations/{tenantId}/survey-rounds/{roundId}/invitations',
  summary: 'Mail personal single-use links (no address is kept with the round)',
  tag,
  ...member('surveys.manage', roundParams),
  body: z.strictObject({
    emails: z.array(email).min(1, inputMessage('survey-emails')).max(500, inputMessage('survey-emails')),
    language: language.default('nl'),
  }),
  responses: { 201: z.object({ sent: count }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await inviteSurveyRespondents(deps, requireSession(), {
      tenantId: params.tenantId,
      roundId: params.roundId,
      emails: body.emails,
      language: body.language,
    }),
  }),
});

const figure = z.object({ optionId: z.string(), count, percent: count });
export const surveyResultsSchema = z.object({
  respondents: count,
  threshold: count,
  shown: z.boolean(),
  groups: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(['all', 'unit', 'others']),
      unit: z.string().nullable(),
      respondents: count,
    }),
  ),
  othersUnits: z.array(z.string()),
  questions: z.array(
    z.object({
      questionId: z.string(),
      kind: z.enum(['scale', 'yes-no', 'choice']),
      groups: z.array(
        z.object({
          groupKey: z.string(),
          answered: count,
          options: z.array(figure),
          mean: z.number().nullable(),
        }),
      ),
      earlier: z
        .object({ respondents: count, mean: z.number().nullable(), options: z.array(figure) })
        .nullable(),
    }),
  ),
});

export const readSurveyResultsRoute = defineRoute({
  id: 'surveys.results',
  method: 'get',
  path: '/api/organisations/{tenantId}/survey-rounds/{roundId}/results',
  summary:
    "A closed round's aggregates: groups of at least the threshold only, mean and share per option, trend",
  tag,
  ...member('surveys.results', roundParams),
  rateLimit: 'export',
  responses: {
    200: z.object({ status, respondents: count, results: surveyResultsSchema.nullable() }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readSurveyResults(deps, requireSession(), params.tenantId, params.roundId),
  }),
});

export const openPublicSurveyRoute = defineRoute({
  id: 'surveys.publicOpen',
  method: 'post',
  path: '/api/public/surveys/{roundId}/open',
  summary: 'A respondent opens the questionnaire with their link (no account; nothing is recorded)',
  tag,
  auth: 'public',
  params: publicParams,
  body: z.strictObject({ token }),
  rateLimit: 'evaluate',
  responses: {
    200: z.object({
      organisation: z.string(),
      title: z.string(),
      status,
      link: z.enum(['shared', 'personal', 'used']),
      units: z.array(z.string()),
      questionnaire: questionnaireSchema,
    }),
  },
  handler: async ({ deps, params, body }) => ({
    status: 200,
    body: await readPublicSurvey(deps, params.roundId, body.token),
  }),
});

export const submitPublicSurveyRoute = defineRoute({
  id: 'surveys.publicSubmit',
  method: 'post',
  path: '/api/public/surveys/{roundId}/responses',
  summary: 'A respondent sends their answers: only counted, never stored as an answer set',
  tag,
  auth: 'public',
  params: publicParams,
  body: z.strictObject({
    token,
    unit: z.string({ error: inputMessage('name') }).max(80, inputMessage('max-characters')),
    answers: z
      .record(
        z.string().regex(idLike, { error: inputMessage('too-long') }),
        z.string({ error: inputMessage('too-long') }).max(64, inputMessage('max-characters')),
      )
      .refine((answers) => Object.keys(answers).length <= 300, { error: inputMessage('too-long') }),
  }),
  rateLimit: 'evaluate',
  responses: { 204: null },
  handler: async ({ deps, params, body }) => {
    await submitSurveyResponse(deps, params.roundId, body.token, { unit: body.unit, answers: body.answers });
    return { status: 204 };
  },
});

export const surveyRoutes = [
  listSurveyRoundsRoute,
  openSurveyRoundRoute,
  readSurveyRoundRoute,
  closeSurveyRoundRoute,
  inviteSurveyRespondentsRoute,
  readSurveyResultsRoute,
  openPublicSurveyRoute,
  submitPublicSurveyRoute,
] as const;
