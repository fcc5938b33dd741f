// Routes of the college view: make a college (beheerder, opdrachtgever), list what one made or may
// see, a member's own colleges and consent, and the stacked view. Thin: validate → authorise →
// operation → present. Every reply is declared field by field (the view's schema below is compared
// with the core's type at compile time), so no contact, label, member name or member-level figure
// can be added to a reply without this file saying so — and then the reply-contract check refuses
// anything undeclared.
import { z } from 'zod';
import { type CollegeStack, collegeLimits } from '../../core/college/stack.ts';
import { inclusivenessAttributes } from '../../core/network/metrics.ts';
import { defineRoute } from '../http/route.ts';
import { createCollege } from '../operations/create-college.ts';
import { listCollegeCandidates } from '../operations/list-college-candidates.ts';
import { listColleges } from '../operations/list-colleges.ts';
import { listOwnColleges } from '../operations/list-own-colleges.ts';
import { readCollegeView } from '../operations/read-college-view.ts';
import { setCollegeConsent } from '../operations/set-college-consent.ts';
import { inputMessage } from '../texts.ts';
import { type Exactly, member, tenantParams } from './schemas.ts';

const collegeParams = tenantParams.extend({
  collegeId: z.uuid({ error: inputMessage('unknown-college') }),
});
const text = z.object({ nl: z.string(), en: z.string().optional() });
const count = z.number().int().min(0);
const person = z.object({ membershipId: z.string(), displayName: z.string() });

const sharedList = z.object({
  shared: z.array(z.object({ id: z.string(), members: count, contacts: count })),
  elsewhere: z.object({ items: count, contacts: count }),
});

export const collegeStackSchema = z.object({
  members: count,
  contacts: count,
  contexts: z.object({ total: count, types: sharedList, ownNamed: count }),
  multiplexContacts: count,
  sectors: sharedList,
  places: sharedList,
  inclusiveness: z.array(
    z.object({
      attribute: z.enum(inclusivenessAttributes),
      valued: count,
      categories: count,
      blau: z.number(),
      iqv: z.number(),
      ei: z.number().nullable(),
    }),
  ),
  sensitive: z.object({
    direct: count,
    onePersonRemoved: count,
    members: count,
    sectors: sharedList,
  }),
});
const _stack: Exactly<z.infer<typeof collegeStackSchema>, CollegeStack> = true;

const label = z.object({ id: z.string(), label: text });
const collegeViewSchema = z.object({
  college: z.object({ id: z.string(), name: z.string(), viewer: z.string() }),
  as: z.array(z.enum(['member', 'viewer'])),
  members: count,
  agreed: count,
  state: z.enum(['waiting', 'unavailable', 'shown']),
  stack: collegeStackSchema.nullable(),
  labels: z.object({ contexts: z.array(label), sectors: z.array(label), places: z.array(label) }).nullable(),
});

export const collegeCandidatesRoute = defineRoute({
  id: 'colleges.candidates',
  method: 'get',
  path: '/api/organisations/{tenantId}/colleges/candidates',
  summary:
    'Making a college: the people you may choose (a submitted scan with a network map) and the opdrachtgevers',
  tag: 'colleges',
  ...member('colleges.manage', tenantParams),
  responses: { 200: z.object({ people: z.array(person), viewers: z.array(person) }) },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await listCollegeCandidates(deps, requireSession(), params.tenantId),
  }),
});

export const createCollegeRoute = defineRoute({
  id: 'colleges.create',
  method: 'post',
  path: '/api/organisations/{tenantId}/colleges',
  summary:
    'Make a college: members named or all candidates of one of your procedures, and the opdrachtgever who may see it',
  tag: 'colleges',
  ...member('colleges.manage', tenantParams),
  body: z.strictObject({
    name: z
      .string({ error: inputMessage('college-name') })
      .trim()
      .min(1, inputMessage('college-name'))
      .max(collegeLimits.name, inputMessage('max-characters')),
    viewerMembershipId: z.uuid({ error: inputMessage('unknown-member') }),
    memberMembershipIds: z
      .array(z.uuid({ error: inputMessage('unknown-member') }))
      .max(collegeLimits.maximumMembers, inputMessage('too-long'))
      .optional(),
    procedureId: z.uuid({ error: inputMessage('unknown-procedure') }).optional(),
  }),
  responses: { 201: z.object({ id: z.string(), members: count }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await createCollege(deps, requireSession(), { tenantId: params.tenantId, ...body }),
  }),
});

const summary = z.object({
  id: z.string(),
  name: z.string(),
  viewer: z.string(),
  createdAt: z.string(),
  members: count,
  agreed: count,
});

export const listCollegesRoute = defineRoute({
  id: 'colleges.list',
  method: 'get',
  path: '/api/organisations/{tenantId}/colleges',
  summary: 'The colleges you made or that name you to see them: how many of how many members agree',
  tag: 'colleges',
  ...member('colleges.manage', tenantParams),
  responses: {
    200: z.object({ colleges: z.array(summary.extend({ as: z.array(z.enum(['made', 'viewer'])) })) }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await listColleges(deps, requireSession(), params.tenantId),
  }),
});

export const ownCollegesRoute = defineRoute({
  id: 'colleges.own',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-colleges',
  summary: 'Your colleges: who would see the combined view, how many agree, and your own choice',
  tag: 'colleges',
  ...member('colleges.own', tenantParams),
  responses: {
    200: z.object({
      colleges: z.array(summary.extend({ consent: z.boolean(), consentAt: z.string().nullable() })),
    }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await listOwnColleges(deps, requireSession(), params.tenantId),
  }),
});

export const collegeConsentRoute = defineRoute({
  id: 'colleges.consent',
  method: 'put',
  path: '/api/organisations/{tenantId}/my-colleges/{collegeId}/consent',
  summary:
    'Agree (true) or not (false) to stacking your network map with your college; revocable at any time',
  tag: 'colleges',
  ...member('colleges.own', collegeParams),
  body: z.strictObject({ consent: z.boolean({ error: inputMessage('yes-or-no') }) }),
  responses: { 200: z.object({ consent: z.boolean(), members: count, agreed: count }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await setCollegeConsent(deps, requireSession(), { ...params, consent: body.consent }),
  }),
});

export const collegeViewRoute = defineRoute({
  id: 'colleges.view',
  method: 'get',
  path: '/api/organisations/{tenantId}/colleges/{collegeId}/view',
  summary:
    "The college's networks stacked as aggregates, once every member agreed; for the members and the chosen opdrachtgever",
  tag: 'colleges',
  ...member('colleges.view', collegeParams),
  responses: { 200: collegeViewSchema },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readCollegeView(deps, requireSession(), params),
  }),
});

export const collegeRoutes = [
  collegeCandidatesRoute,
  createCollegeRoute,
  listCollegesRoute,
  ownCollegesRoute,
  collegeConsentRoute,
  collegeViewRoute,
] as const;
