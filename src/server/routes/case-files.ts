// Routes of the afwegingskader antidemocratisch gedrag: the framework itself (steps, questions,
// reliability scale, conclusions, strategies), the case files whose team the caller is in, opening
// one with its team, saving one step at a time, closing and removing. Thin: validate → authorise
// (`cases.work`, then the case team in policies/case-file.ts) → operation → present.
import { z } from 'zod';
import { type CaseStepContent, caseLimits } from '../../core/afwegingskader/case-step.ts';
import { municipalGuides } from '../afwegingskader/registry.ts';
import { defineRoute } from '../http/route.ts';
import { closeCaseFile } from '../operations/close-case-file.ts';
import { listCaseFiles } from '../operations/list-case-files.ts';
import { listCaseTeamCandidates } from '../operations/list-case-team-candidates.ts';
import { openCaseFile } from '../operations/open-case-file.ts';
import { readCaseFile } from '../operations/read-case-file.ts';
import { removeCaseFile } from '../operations/remove-case-file.ts';
import { saveCaseStep } from '../operations/save-case-step.ts';
import { caseFileActions } from '../policies/case-file.ts';
import { inputMessage } from '../texts.ts';
import { type Exactly, member, tenantParams } from './schemas.ts';

const tag = 'afwegingskader';
const text = z.object({ nl: z.string(), en: z.string() });
const choice = z.object({ id: z.string(), label: text, description: text.optional() });

const frameworkSchema = z.object({
  version: z.number(),
  title: text,
  intro: text,
  reliability: z.array(choice),
  sourceKinds: z.array(choice),
  conclusions: z.array(choice),
  strategies: z.array(choice),
  steps: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['questions', 'sources', 'conclusion', 'strategy']),
      title: text,
      intro: text,
      questions: z.array(z.object({ id: z.string(), text, required: z.boolean() })),
    }),
  ),
});

const caseParams = tenantParams.extend({ caseId: z.uuid({ error: inputMessage('unknown-case') }) });
const stepParams = caseParams.extend({
  stepId: z.string().regex(/^[a-z][a-z0-9_-]{0,40}$/, { error: inputMessage('case-step') }),
});

const longText = z.string().max(caseLimits.answer, { error: inputMessage('max-characters') });
const shortId = z.string().regex(/^[a-z][a-z0-9_-]{0,40}$/, { error: inputMessage('case-step') });

const stepContentInput = z.strictObject({
  answers: z.record(shortId, longText),
  sources: z
    .array(
      z.strictObject({
        description: z
          .string()
          .trim()
          .min(1, { error: inputMessage('source-where') })
          .max(caseLimits.sourceDescription, { error: inputMessage('max-characters') }),
        kind: shortId,
        reliability: shortId,
      }),
    )
    .max(caseLimits.sources)
    .optional(),
  conclusion: shortId.nullable().optional(),
  strategies: z.array(shortId).max(20).optional(),
});

const stepContent = z.object({
  answers: z.record(z.string(), z.string()),
  sources: z
    .array(z.object({ description: z.string(), kind: z.string(), reliability: z.string() }))
    .optional(),
  conclusion: z.string().nullable().optional(),
  strategies: z.array(z.string()).optional(),
});
const _content: Exactly<z.infer<typeof stepContent>, CaseStepContent> = true;

const teamMember = z.object({
  membershipId: z.string(),
  displayName: z.string(),
  role: z.enum(['beheerder', 'opdrachtgever', 'expert']),
});

const caseFileSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['open', 'closed']),
  frameworkVersion: z.number(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
  team: z.array(teamMember),
  steps: z.array(
    z.object({ stepId: z.string(), content: stepContent, savedAt: z.string(), savedBy: z.string() }),
  ),
  may: z.array(z.enum(caseFileActions)),
});

const summary = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  updatedAt: z.string(),
  stepsSaved: z.number(),
  stepsTotal: z.number(),
});

export const afwegingskaderRoute = defineRoute({
  id: 'afwegingskader.read',
  method: 'get',
  path: '/api/organisations/{tenantId}/afwegingskader',
  summary:
    'The afwegingskader antidemocratisch gedrag: steps, questions, reliability scale, conclusions, strategies',
  tag,
  ...member('cases.work', tenantParams),
  responses: { 200: frameworkSchema },
  handler: async () => ({ status: 200, body: municipalGuides().afwegingskader }),
});

export const listCaseFilesRoute = defineRoute({
  id: 'caseFiles.list',
  method: 'get',
  path: '/api/organisations/{tenantId}/case-files',
  summary: "The case files whose case team the caller is in (others' are not listed; audited)",
  tag,
  ...member('cases.work', tenantParams),
  responses: { 200: z.array(summary) },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await listCaseFiles(deps, requireSession(), params.tenantId),
  }),
});

export const caseTeamCandidatesRoute = defineRoute({
  id: 'caseFiles.teamCandidates',
  method: 'get',
  path: '/api/organisations/{tenantId}/case-files/team-candidates',
  summary: 'Who can be named in a case team: the active beheerders, opdrachtgevers and experts',
  tag,
  ...member('cases.work', tenantParams),
  responses: { 200: z.array(teamMember) },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await listCaseTeamCandidates(deps, requireSession().userId, params.tenantId),
  }),
});

export const openCaseFileRoute = defineRoute({
  id: 'caseFiles.open',
  method: 'post',
  path: '/api/organisations/{tenantId}/case-files',
  summary: 'Open a case file with its case team (the opener is always in it); the title is sealed',
  tag,
  ...member('cases.work', tenantParams),
  body: z.strictObject({
    title: z
      .string({ error: inputMessage('case-title') })
      .trim()
      .min(1, { error: inputMessage('case-title') })
      .max(caseLimits.title, { error: inputMessage('max-characters') }),
    teamMembershipIds: z
      .array(z.uuid({ error: inputMessage('unknown-member') }))
      .max(caseLimits.team, { error: inputMessage('case-team-count') }),
  }),
  responses: { 201: z.object({ id: z.string() }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await openCaseFile(deps, requireSession(), { tenantId: params.tenantId, ...body }),
  }),
});

export const readCaseFileRoute = defineRoute({
  id: 'caseFiles.read',
  method: 'get',
  path: '/api/organisations/{tenantId}/case-files/{caseId}',
  summary: 'One case file, opened (case team members only; audited)',
  tag,
  ...member('cases.work', caseParams),
  responses: { 200: caseFileSchema },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readCaseFile(deps, requireSession(), params.tenantId, params.caseId),
  }),
});

export const saveCaseStepRoute = defineRoute({
  id: 'caseFiles.saveStep',
  method: 'put',
  path: '/api/organisations/{tenantId}/case-files/{caseId}/steps/{stepId}',
  summary:
    'Save one step: answers, and by its kind sources with reliability, conclusion or strategies (sealed; audited)',
  tag,
  ...member('cases.work', stepParams),
  body: stepContentInput,
  responses: { 200: caseFileSchema },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await saveCaseStep(deps, requireSession(), {
      tenantId: params.tenantId,
      caseId: params.caseId,
      stepId: params.stepId,
      content: body,
    }),
  }),
});

export const closeCaseFileRoute = defineRoute({
  id: 'caseFiles.close',
  method: 'post',
  path: '/api/organisations/{tenantId}/case-files/{caseId}/close',
  summary: 'Close the case file: read-only from then on (audited)',
  tag,
  ...member('cases.work', caseParams),
  responses: { 200: caseFileSchema },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await closeCaseFile(deps, requireSession(), params.tenantId, params.caseId),
  }),
});

export const removeCaseFileRoute = defineRoute({
  id: 'caseFiles.remove',
  method: 'delete',
  path: '/api/organisations/{tenantId}/case-files/{caseId}',
  summary: 'Remove the case file: its key is destroyed, then its rows (audited)',
  tag,
  ...member('cases.work', caseParams),
  responses: { 204: null },
  handler: async ({ deps, params, requireSession }) => {
    await removeCaseFile(deps, requireSession(), params.tenantId, params.caseId);
    return { status: 204 };
  },
});

export const caseFileRoutes = [
  afwegingskaderRoute,
  listCaseFilesRoute,
  caseTeamCandidatesRoute,
  openCaseFileRoute,
  readCaseFileRoute,
  saveCaseStepRoute,
  closeCaseFileRoute,
  removeCaseFileRoute,
] as const;
