// Routes of the agenda work: the candidate's integriteitsagenda, the re-scan halfway the term
// (follow-up procedures, the candidate's consent to use the earlier scan, the comparison for the
// candidate and the follow-up expert). Thin: validate → authorise → operation → present.
import { z } from 'zod';
import { agendaLimits } from '../../core/agenda/agenda.ts';
import { levels } from '../../core/instrument/schema.ts';
import { defineRoute } from '../http/route.ts';
import { openProcedure } from '../operations/open-procedure.ts';
import { readEarlierForCandidate } from '../operations/read-earlier-for-candidate.ts';
import { readEarlierForExpert } from '../operations/read-earlier-for-expert.ts';
import { readFollowUpInfo } from '../operations/read-follow-up-info.ts';
import { readOwnAgenda } from '../operations/read-own-agenda.ts';
import { saveOwnAgenda } from '../operations/save-own-agenda.ts';
import { setEarlierConsent } from '../operations/set-earlier-consent.ts';
import { inputMessage } from '../texts.ts';
import { openProcedureBody } from './procedures.ts';
import { agendaAction as action, agendaSchema as agendaBody } from './scan-schemas.ts';
import { member, ownScanParams, procedureParams, procedureScanParams } from './schemas.ts';

const text = z.object({ nl: z.string(), en: z.string().optional() });
const level = z.enum(levels);

const comparison = z.object({
  earlier: z.object({ instrument: z.object({ id: z.string(), version: z.string() }) }),
  now: z.object({
    instrument: z.object({ id: z.string(), version: z.string() }),
    evaluated: z.boolean(),
  }),
  themes: z.array(
    z.object({
      id: z.string(),
      title: text,
      presence: z.enum(['both', 'new', 'gone']),
      earlier: level.nullable(),
      earlierJudged: z.boolean(),
      now: level.nullable(),
      nowJudged: z.boolean(),
      direction: z.enum(['lower', 'same', 'higher']).nullable(),
    }),
  ),
  indicators: z.array(
    z.object({
      id: z.string(),
      theme: z.string(),
      title: text,
      presence: z.enum(['both', 'new', 'gone']),
      earlier: level.nullable(),
      now: level.nullable(),
      direction: z.enum(['lower', 'same', 'higher']).nullable(),
    }),
  ),
});

const earlierView = z.object({
  state: z.enum(['none', 'ask', 'declined', 'deleted', 'shared']),
  earlier: z
    .object({ procedureName: z.string(), submittedAt: z.string().nullable(), finished: z.boolean() })
    .nullable(),
  consentAt: z.string().nullable(),
  agenda: agendaBody.nullable(),
  agendaUpdatedAt: z.string().nullable(),
  comparison: comparison.nullable(),
});

export const readAgendaRoute = defineRoute({
  id: 'agenda.read',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/agenda',
  summary: 'Your integriteitsagenda on the finished report, with the measures it starts from',
  tag: 'agenda',
  ...member('scans.own', ownScanParams),
  responses: {
    200: z.object({
      revision: z.number().int(),
      updatedAt: z.string().nullable(),
      actions: z.array(action),
      measures: z.array(z.object({ id: z.string(), title: text, description: text })),
      procedure: z.object({ name: z.string() }),
      finalisedAt: z.string().nullable(),
    }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readOwnAgenda(deps, requireSession(), params.tenantId, params.scanId),
  }),
});

export const saveAgendaRoute = defineRoute({
  id: 'agenda.save',
  method: 'put',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/agenda',
  summary: 'Save your agenda (whole) on top of a revision; 409 when another tab saved first',
  tag: 'agenda',
  ...member('scans.own', ownScanParams),
  body: z.strictObject({
    baseRevision: z.number().int().min(0),
    actions: z.array(action).max(agendaLimits.actions, inputMessage('max-actions')),
  }),
  responses: { 200: z.object({ revision: z.number().int(), updatedAt: z.string() }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await saveOwnAgenda(deps, requireSession(), { ...params, ...body }),
  }),
});

export const readEarlierRoute = defineRoute({
  id: 'earlier.own',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/earlier',
  summary:
    'Re-scan: whether there is an earlier scan, your choice to use it, and with consent its agenda and the comparison',
  tag: 'agenda',
  ...member('scans.own', ownScanParams),
  responses: { 200: earlierView },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readEarlierForCandidate(deps, requireSession(), params.tenantId, params.scanId),
  }),
});

export const earlierConsentRoute = defineRoute({
  id: 'earlier.consent',
  method: 'put',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/earlier/consent',
  summary: 'Re-scan: use the earlier agenda and results (true), or not (false); revocable at any time',
  tag: 'agenda',
  ...member('scans.own', ownScanParams),
  body: z.strictObject({ consent: z.boolean({ error: inputMessage('yes-or-no') }) }),
  responses: { 200: z.object({ consent: z.boolean() }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await setEarlierConsent(deps, requireSession(), { ...params, consent: body.consent }),
  }),
});

export const expertEarlierRoute = defineRoute({
  id: 'earlier.expert',
  method: 'get',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/earlier',
  summary:
    "The follow-up procedure's expert: the earlier agenda and the comparison, only with the candidate's consent (logged)",
  tag: 'agenda',
  ...member('scans.review', procedureScanParams),
  responses: { 200: earlierView.extend({ state: z.enum(['none', 'deleted', 'shared']) }) },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readEarlierForExpert(deps, requireSession(), params),
  }),
});

export const openFollowUpRoute = defineRoute({
  id: 'followUp.open',
  method: 'post',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/follow-ups',
  summary:
    'Open a herhaalscan halfway the term of this procedure: same instrument, its newest version pinned',
  tag: 'agenda',
  ...member('procedures.open', procedureParams),
  body: openProcedureBody,
  responses: { 201: z.object({ id: z.string() }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await openProcedure(deps, requireSession(), {
      tenantId: params.tenantId,
      ...body,
      followsProcedureId: params.procedureId,
    }),
  }),
});

export const readFollowUpRoute = defineRoute({
  id: 'followUp.read',
  method: 'get',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/follow-up',
  summary: 'Which procedure this one follows (a herhaalscan), and how many scans link to an earlier one',
  tag: 'agenda',
  ...member('procedures.read', procedureParams),
  responses: {
    200: z.object({
      follows: z.object({ id: z.string(), name: z.string() }).nullable(),
      linkedScans: z.number().int(),
    }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readFollowUpInfo(deps, requireSession(), params.tenantId, params.procedureId),
  }),
});

export const agendaRoutes = [
  readAgendaRoute,
  saveAgendaRoute,
  readEarlierRoute,
  earlierConsentRoute,
  expertEarlierRoute,
  openFollowUpRoute,
  readFollowUpRoute,
] as const;
