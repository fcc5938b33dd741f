// Routes of the kandidatencommissie (issue 14): a party's committee opens an election list, invites
// candidates, follows their progress (no content) and reads the committee view of what a candidate
// released to it — the report model's `commissie` view (themes to discuss, talking points) and the
// leidraad built from it. Thin: validate → authorise (`committee.lists`, then policies/committee.ts)
// → operation → present. Both are declared field by field: a field not named (an answer, evidence,
// an expert's text) is refused by the reply contract.
import { z } from 'zod';
import { levels } from '../../core/instrument/schema.ts';
import { committeeProgress } from '../../core/sharing/scan-lifecycle.ts';
import { defineRoute } from '../http/route.ts';
import { closeProcedure } from '../operations/close-procedure.ts';
import { inviteCandidate } from '../operations/invite-candidate.ts';
import { listElectionLists } from '../operations/list-election-lists.ts';
import { openElectionList } from '../operations/open-election-list.ts';
import { readCommitteeView } from '../operations/read-committee-view.ts';
import { readElectionList } from '../operations/read-election-list.ts';
import { committeeScanActions } from '../policies/committee.ts';
import { inputMessage } from '../texts.ts';
import { committeeReportView } from './report-schemas.ts';
import { email, language, member, procedureParams, procedureScanParams, tenantParams } from './schemas.ts';

const tag = 'kandidatencommissie';
const text = z.object({ nl: z.string(), en: z.string().optional() });
const fullText = z.object({ nl: z.string(), en: z.string() });
const progress = z.enum(committeeProgress);
const count = z.number().int().min(0);

const listSummary = z.object({
  id: z.string(),
  election: z.string(),
  year: z.number().int(),
  deadline: z.string(),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
});

const level = z.enum(levels);
const dilemma = z.object({
  id: z.string(),
  title: fullText,
  situation: fullText,
  audiences: z.array(z.string()),
  themes: z.array(z.string()),
  questions: z.array(fullText),
});

// The leidraad for the committee, built from its released view only. Declared in full: no expert
// text, no answers, no evidence (a field not named here never leaves the server).
const committeeGuide = z.object({
  reader: z.literal('commissie'),
  instrument: z.object({ id: z.string(), version: z.string(), title: text }),
  themes: z.array(
    z.object({
      id: z.string(),
      title: text,
      attention: z.boolean(),
      level,
      levelSource: z.enum(['judgement', 'proposed']),
      questions: z.array(fullText),
      goodAnswer: z.array(fullText),
      indicators: z.array(
        z.object({
          id: z.string(),
          title: text,
          level,
          questions: z.array(fullText),
          goodAnswer: z.array(fullText),
          talkingPoints: z.array(text).optional(),
        }),
      ),
    }),
  ),
  dilemmas: z.array(dilemma),
});

export const openElectionListRoute = defineRoute({
  id: 'committee.open',
  method: 'post',
  path: '/api/organisations/{tenantId}/kandidatenlijsten',
  summary: "Open an election's list of candidates: election, year, deadline, the party's expert",
  tag,
  ...member('committee.lists', tenantParams),
  body: z.strictObject({
    election: z.string().trim().min(1, inputMessage('election-name')).max(150),
    year: z.number().int().min(2000, inputMessage('election-year')).max(2100, inputMessage('election-year')),
    deadline: z.iso.date({ error: inputMessage('date') }),
    expertMembershipIds: z.array(z.uuid()).min(1, inputMessage('election-expert')).max(20),
    retentionDays: z
      .number()
      .int()
      .min(1, inputMessage('at-least-one-day'))
      .max(3650, inputMessage('at-most-ten-years'))
      .default(365),
  }),
  responses: { 201: z.object({ id: z.string() }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await openElectionList(deps, requireSession(), { tenantId: params.tenantId, ...body }),
  }),
});

export const listElectionListsRoute = defineRoute({
  id: 'committee.list',
  method: 'get',
  path: '/api/organisations/{tenantId}/kandidatenlijsten',
  summary: 'The election lists you are on the committee of, with counts per progress step',
  tag,
  ...member('committee.lists', tenantParams),
  responses: {
    200: z.object({
      lists: z.array(listSummary.extend({ counts: z.record(progress, count) })),
    }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: { lists: await listElectionLists(deps, requireSession(), params.tenantId) },
  }),
});

export const readElectionListRoute = defineRoute({
  id: 'committee.read',
  method: 'get',
  path: '/api/organisations/{tenantId}/kandidatenlijsten/{procedureId}',
  summary: "An election list and each candidate's progress (no content)",
  tag,
  ...member('committee.lists', procedureParams),
  responses: {
    200: listSummary.extend({
      retentionDays: z.number().int(),
      may: z.array(z.enum(['invite', 'close'])),
      candidates: z.array(
        z.object({
          scanId: z.string(),
          displayName: z.string().nullable(),
          progress,
          may: z.array(z.enum(committeeScanActions)),
        }),
      ),
    }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readElectionList(deps, requireSession(), params.tenantId, params.procedureId),
  }),
});

export const inviteListCandidateRoute = defineRoute({
  id: 'committee.invite',
  method: 'post',
  path: '/api/organisations/{tenantId}/kandidatenlijsten/{procedureId}/kandidaten',
  summary: 'Invite a candidate for the list; they receive a one-time link by mail',
  tag,
  ...member('committee.lists', procedureParams),
  body: z.strictObject({
    email,
    displayName: z.string().trim().min(1, inputMessage('name')).max(200),
    language: language.optional(),
  }),
  responses: { 201: z.object({ scanId: z.string() }) },
  handler: async ({ deps, params, body, requireSession }) => {
    const { scanId } = await inviteCandidate(deps, requireSession(), {
      ...params,
      ...body,
      by: 'commissie',
    });
    return { status: 201, body: { scanId } };
  },
});

export const closeElectionListRoute = defineRoute({
  id: 'committee.close',
  method: 'post',
  path: '/api/organisations/{tenantId}/kandidatenlijsten/{procedureId}/close',
  summary: 'Close the election list; no more invitations, and the retention period starts',
  tag,
  ...member('committee.lists', procedureParams),
  responses: { 204: null },
  handler: async ({ deps, params, requireSession }) => {
    await closeProcedure(deps, requireSession(), params.tenantId, params.procedureId, 'commissie');
    return { status: 204 };
  },
});

export const readCommitteeViewRoute = defineRoute({
  id: 'committee.view',
  method: 'get',
  path: '/api/organisations/{tenantId}/kandidatenlijsten/{procedureId}/kandidaten/{scanId}',
  summary: 'What a candidate released to the committee: talking points and themes to discuss (never answers)',
  tag,
  ...member('committee.lists', procedureScanParams),
  rateLimit: 'leidraad',
  responses: {
    200: z.object({
      election: z.string(),
      year: z.number().int(),
      displayName: z.string().nullable(),
      report: committeeReportView,
      guide: committeeGuide,
    }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readCommitteeView(deps, requireSession(), params),
  }),
});

export const committeeRoutes = [
  openElectionListRoute,
  listElectionListsRoute,
  readElectionListRoute,
  inviteListCandidateRoute,
  closeElectionListRoute,
  readCommitteeViewRoute,
] as const;
