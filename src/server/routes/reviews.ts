// The expert's review, the candidate's report and releases, and the opdrachtgever's reading.
import { z } from 'zod';
import { levels } from '../../core/instrument/schema.ts';
import { releaseScopes } from '../../core/sharing/scan-lifecycle.ts';
import { defineRoute } from '../http/route.ts';
import { beginReview } from '../operations/begin-review.ts';
import { finaliseReport } from '../operations/finalise-report.ts';
import { readOwnReport } from '../operations/read-own-report.ts';
import { readReleasedReport } from '../operations/read-released-report.ts';
import { readScanForExpert } from '../operations/read-scan-for-expert.ts';
import { releaseReport } from '../operations/release-report.ts';
import { reopenScan } from '../operations/reopen-scan.ts';
import { revokeRelease } from '../operations/revoke-release.ts';
import { saveDecisions } from '../operations/save-decisions.ts';
import { saveNotes } from '../operations/save-notes.ts';
import { inputMessage } from '../texts.ts';
import { decisionsSchema, ownReport, releasedReport } from './report-schemas.ts';
import { expertScan } from './scan-schemas.ts';
import { idParam, member, ownScanParams, procedureScanParams } from './schemas.ts';

const statusOnly = z.object({ status: z.string() });

export const readForReviewRoute = defineRoute({
  id: 'reviews.read',
  method: 'get',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}',
  summary:
    'The assigned expert reads a submitted scan: answers, evaluation with evidence, notes, decisions (logged)',
  tag: 'beoordeling',
  ...member('scans.review', procedureScanParams),
  responses: { 200: expertScan },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readScanForExpert(deps, requireSession(), params),
  }),
});

export const beginReviewRoute = defineRoute({
  id: 'reviews.begin',
  method: 'post',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/review',
  summary: 'Start the review',
  tag: 'beoordeling',
  ...member('scans.review', procedureScanParams),
  responses: { 200: statusOnly },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await beginReview(deps, requireSession(), params),
  }),
});

export const reopenRoute = defineRoute({
  id: 'reviews.reopen',
  method: 'post',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/reopen',
  summary: 'Give the answers back to the candidate, with a reason',
  tag: 'beoordeling',
  ...member('scans.review', procedureScanParams),
  body: z.strictObject({ reason: z.string().trim().min(5, inputMessage('reason')).max(2000) }),
  responses: { 200: statusOnly },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await reopenScan(deps, requireSession(), { ...params, ...body }),
  }),
});

export const notesRoute = defineRoute({
  id: 'reviews.notes',
  method: 'put',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/notes',
  summary: 'Conversation notes (sealed)',
  tag: 'beoordeling',
  ...member('scans.review', procedureScanParams),
  body: z.strictObject({ notes: z.string().max(50_000) }),
  responses: { 204: null },
  handler: async ({ deps, params, body, requireSession }) => {
    await saveNotes(deps, requireSession(), { ...params, ...body });
    return { status: 204 };
  },
});

export const decisionsRoute = defineRoute({
  id: 'reviews.decisions',
  method: 'put',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/decisions',
  summary: 'Judgement per theme with rationale (the proposed level is kept), and the chosen measures',
  tag: 'beoordeling',
  ...member('scans.review', procedureScanParams),
  body: z.strictObject({
    judgements: z
      .array(
        z.strictObject({
          theme: z.string().max(80),
          level: z.enum(levels),
          rationale: z.string().trim().min(1, inputMessage('rationale')).max(5000),
        }),
      )
      .max(50),
    measures: z.array(z.string().max(80)).max(100),
  }),
  responses: { 200: decisionsSchema },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await saveDecisions(deps, requireSession(), { ...params, ...body }),
  }),
});

export const finaliseRoute = defineRoute({
  id: 'reviews.finalise',
  method: 'post',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/finalise',
  summary: 'Finalise the report (every theme judged with a rationale)',
  tag: 'beoordeling',
  ...member('scans.review', procedureScanParams),
  responses: { 200: statusOnly },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await finaliseReport(deps, requireSession(), params),
  }),
});

export const ownReportRoute = defineRoute({
  id: 'reports.own',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/report',
  summary: 'Your finished report, your releases and who opened what',
  tag: 'rapport',
  ...member('scans.own', ownScanParams),
  responses: { 200: ownReport },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readOwnReport(deps, requireSession(), params.tenantId, params.scanId),
  }),
});

export const releaseRoute = defineRoute({
  id: 'reports.release',
  method: 'post',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/releases',
  summary: 'Release your report to the opdrachtgever (needs a recent second step or link)',
  tag: 'rapport',
  ...member('scans.own', ownScanParams),
  body: z.strictObject({
    scope: z.enum(releaseScopes),
    until: z.iso.datetime({ offset: true, error: inputMessage('date-time') }).or(z.iso.date()),
  }),
  responses: { 201: z.object({ id: z.string() }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await releaseReport(deps, requireSession(), {
      ...params,
      scope: body.scope,
      until: new Date(body.until),
    }),
  }),
});

export const revokeRoute = defineRoute({
  id: 'reports.revoke',
  method: 'post',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/releases/{releaseId}/revoke',
  summary: 'Revoke a release; it stops at the next request (needs a recent second step or link)',
  tag: 'rapport',
  auth: 'full',
  organisation: 'scans.own',
  params: ownScanParams.extend({ releaseId: idParam('vrijgave') }),
  responses: { 204: null },
  handler: async ({ deps, params, requireSession }) => {
    await revokeRelease(deps, requireSession(), params);
    return { status: 204 };
  },
});

export const releasedReportRoute = defineRoute({
  id: 'reports.released',
  method: 'get',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/report',
  summary: 'The opdrachtgever reads a report the candidate released (scope decides the view; logged)',
  tag: 'rapport',
  ...member('reports.released', procedureScanParams),
  responses: { 200: releasedReport },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readReleasedReport(deps, requireSession(), params),
  }),
});

export const reviewRoutes = [
  readForReviewRoute,
  beginReviewRoute,
  reopenRoute,
  notesRoute,
  decisionsRoute,
  finaliseRoute,
  ownReportRoute,
  releaseRoute,
  revokeRoute,
  releasedReportRoute,
] as const;
