// Procedures (opdrachtgever, assigned experts) and the candidate's own scan.
import { z } from 'zod';
import { scanStatuses } from '../../core/sharing/scan-lifecycle.ts';
import { offices } from '../../core/vocabulary.ts';
import { defineRoute } from '../http/route.ts';
import { closeProcedure } from '../operations/close-procedure.ts';
import { exportOwnData } from '../operations/export-own-data.ts';
import { exportOwnNetwork } from '../operations/export-own-network.ts';
import { inviteCandidate } from '../operations/invite-candidate.ts';
import { listExperts } from '../operations/list-experts.ts';
import { listOwnScans } from '../operations/list-own-scans.ts';
import { listProcedures } from '../operations/list-procedures.ts';
import { openProcedure } from '../operations/open-procedure.ts';
import { readOwnInstrument } from '../operations/read-own-instrument.ts';
import { readOwnScan } from '../operations/read-own-scan.ts';
import { readProcedure } from '../operations/read-procedure.ts';
import { readProcedureInstrument } from '../operations/read-procedure-instrument.ts';
import { remindCandidate } from '../operations/remind-candidate.ts';
import { removeOwnScan } from '../operations/remove-own-scan.ts';
import { saveAnswers } from '../operations/save-answers.ts';
import { saveNetwork } from '../operations/save-network.ts';
import { submitScan } from '../operations/submit-scan.ts';
import { procedureActions } from '../policies/procedure.ts';
import { ownScanActions, procedureScanActions } from '../policies/scan.ts';
import { inputMessage } from '../texts.ts';
import { definitionReply } from './instruments.ts';
import { ownDataExport, ownScan } from './scan-schemas.ts';
import {
  email,
  idParam,
  language,
  member,
  ownScanParams,
  procedureParams,
  reviewPolicy,
  tenantParams,
} from './schemas.ts';

const tag = 'procedures';

const instrumentRef = z.object({
  id: z.string(),
  version: z.string(),
  hash: z.string(),
  title: z.object({ nl: z.string(), en: z.string().optional() }),
});
const procedureSummary = z.object({
  id: z.string(),
  name: z.string(),
  office: z.string(),
  instrument: instrumentRef,
  review: reviewPolicy,
  retentionDays: z.number().int(),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  as: z.enum(['opdrachtgever', 'expert']),
  /** What the person may do with the procedure now (policies/procedure.ts procedureRules). */
  may: z.array(z.enum(procedureActions)),
});
const scanStatus = z.enum(scanStatuses);

/** What opening a procedure asks, also for a herhaalscan (routes/agenda.ts followUp.open). */
export const openProcedureBody = z.strictObject({
  name: z.string().trim().min(1, inputMessage('procedure-name')).max(200),
  office: z.enum(offices, { error: inputMessage('office') }),
  instrumentId: z.string().regex(/^[a-z][a-z0-9_-]*$/),
  review: reviewPolicy.optional(),
  retentionDays: z
    .number()
    .int()
    .min(1, inputMessage('at-least-one-day'))
    .max(3650, inputMessage('at-most-ten-years')),
  expertMembershipIds: z.array(z.uuid()).max(20).default([]),
});

export const openProcedureRoute = defineRoute({
  id: 'procedures.open',
  method: 'post',
  path: '/api/organisations/{tenantId}/procedures',
  summary: 'Open a procedure: instrument (newest version pinned), office, experts, retention, review',
  tag,
  ...member('procedures.open', tenantParams),
  body: openProcedureBody,
  responses: { 201: z.object({ id: z.string() }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await openProcedure(deps, requireSession(), { tenantId: params.tenantId, ...body }),
  }),
});

export const listExpertsRoute = defineRoute({
  id: 'procedures.listExperts',
  method: 'get',
  path: '/api/organisations/{tenantId}/experts',
  summary: "The organisation's experts, to assign to a procedure (names only)",
  tag,
  ...member('experts.list', tenantParams),
  responses: {
    200: z.object({ experts: z.array(z.object({ membershipId: z.string(), displayName: z.string() })) }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: { experts: await listExperts(deps, requireSession(), params.tenantId) },
  }),
});

export const listProceduresRoute = defineRoute({
  id: 'procedures.list',
  method: 'get',
  path: '/api/organisations/{tenantId}/procedures',
  summary: 'The procedures you take part in',
  tag,
  ...member('procedures.read', tenantParams),
  responses: { 200: z.object({ procedures: z.array(procedureSummary) }) },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: { procedures: await listProcedures(deps, requireSession(), params.tenantId) },
  }),
});

export const readProcedureRoute = defineRoute({
  id: 'procedures.read',
  method: 'get',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}',
  summary: "A procedure and its candidates' status (no content)",
  tag,
  ...member('procedures.read', procedureParams),
  responses: {
    200: procedureSummary.extend({
      candidates: z.array(
        z.object({
          scanId: z.string(),
          displayName: z.string().nullable(),
          email: z.string().nullable(),
          status: z.union([scanStatus, z.literal('released')]),
          updatedAt: z.string(),
          /** What the person may do with this scan now (policies/scan.ts procedureScanRules). */
          may: z.array(z.enum(procedureScanActions)),
        }),
      ),
    }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readProcedure(deps, requireSession(), params.tenantId, params.procedureId),
  }),
});

export const readProcedureInstrumentRoute = defineRoute({
  id: 'procedures.instrument',
  method: 'get',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/instrument',
  summary: 'The instrument version this procedure pinned, for its opdrachtgevers and experts',
  tag,
  ...member('procedures.read', procedureParams),
  responses: { 200: definitionReply },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readProcedureInstrument(deps, requireSession(), params.tenantId, params.procedureId),
  }),
});

export const inviteCandidateRoute = defineRoute({
  id: 'procedures.inviteCandidate',
  method: 'post',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/candidates',
  summary: 'Invite a candidate; they receive a one-time link by mail',
  tag,
  ...member('procedures.manage', procedureParams),
  body: z.strictObject({
    email,
    displayName: z.string().trim().min(1, inputMessage('name')).max(200),
    language: language.optional(),
  }),
  responses: { 201: z.object({ scanId: z.string() }) },
  handler: async ({ deps, params, body, requireSession }) => {
    const { scanId } = await inviteCandidate(deps, requireSession(), { ...params, ...body });
    return { status: 201, body: { scanId } };
  },
});

export const closeProcedureRoute = defineRoute({
  id: 'procedures.close',
  method: 'post',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/close',
  summary: 'Close the procedure; the retention period starts',
  tag,
  ...member('procedures.manage', procedureParams),
  responses: { 204: null },
  handler: async ({ deps, params, requireSession }) => {
    await closeProcedure(deps, requireSession(), params.tenantId, params.procedureId);
    return { status: 204 };
  },
});

export const remindCandidateRoute = defineRoute({
  id: 'procedures.remind',
  method: 'post',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/candidates/{scanId}/reminder',
  summary: 'Send a reminder to a candidate who has not submitted yet',
  tag,
  auth: 'full',
  organisation: 'procedures.manage',
  params: procedureParams.extend({ scanId: idParam('scan') }),
  responses: { 202: z.object({ sent: z.literal(true) }) },
  handler: async ({ deps, params, requireSession }) => {
    await remindCandidate(deps, requireSession(), params);
    return { status: 202, body: { sent: true } };
  },
});

export const listOwnScansRoute = defineRoute({
  id: 'scans.listOwn',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-scans',
  summary: 'Your own scans',
  tag: 'scans',
  ...member('scans.own', tenantParams),
  responses: {
    200: z.object({
      scans: z.array(
        z.object({
          id: z.string(),
          status: scanStatus,
          procedure: z.object({ name: z.string(), office: z.string() }),
          instrument: z.object({ id: z.string(), version: z.string() }),
          updatedAt: z.string(),
          may: z.array(z.enum(ownScanActions)),
        }),
      ),
    }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: { scans: await listOwnScans(deps, requireSession(), params.tenantId) },
  }),
});

export const readOwnScanRoute = defineRoute({
  id: 'scans.readOwn',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}',
  summary: 'Your scan: status, revision, the pinned instrument and your answers',
  tag: 'scans',
  ...member('scans.own', ownScanParams),
  responses: { 200: ownScan },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readOwnScan(deps, requireSession(), params.tenantId, params.scanId),
  }),
});

export const readOwnInstrumentRoute = defineRoute({
  id: 'scans.readOwnInstrument',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/instrument',
  summary: 'The instrument version your scan is pinned to (the questions you answer)',
  tag: 'scans',
  ...member('scans.own', ownScanParams),
  responses: { 200: definitionReply },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readOwnInstrument(deps, requireSession(), params.tenantId, params.scanId),
  }),
});

export const saveAnswersRoute = defineRoute({
  id: 'scans.saveAnswers',
  method: 'put',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/answers',
  summary: 'Autosave: apply changed answers on top of a revision (409 when another tab saved first)',
  tag: 'scans',
  ...member('scans.own', ownScanParams),
  body: z.strictObject({
    baseRevision: z.number().int().min(0),
    saveId: z.uuid(),
    // Open here on purpose: the operation checks every answer against its item in the pinned
    // instrument (validateAnswer) and refuses what does not fit with the question and the reason.
    changes: z
      .record(z.string().max(80), z.unknown())
      .refine((c) => Object.keys(c).length <= 200, inputMessage('max-changes')),
  }),
  responses: { 200: z.object({ revision: z.number().int() }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await saveAnswers(deps, requireSession(), { ...params, ...body, changes: body.changes as never }),
  }),
});

export const saveNetworkRoute = defineRoute({
  id: 'scans.saveNetwork',
  method: 'put',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/network',
  summary: 'Autosave the network map (whole), on top of a revision (409 when another tab saved first)',
  tag: 'scans',
  ...member('scans.own', ownScanParams),
  body: z.strictObject({
    baseRevision: z.number().int().min(0),
    saveId: z.uuid(),
    // Open here on purpose: the operation checks the map with the core's validateNetwork against the
    // instrument's catalogue, which reports every problem with its path (unknown keys refused).
    network: z.unknown(),
  }),
  responses: { 200: z.object({ revision: z.number().int() }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await saveNetwork(deps, requireSession(), { ...params, ...body }),
  }),
});

const exportFormats = {
  graphml: { type: 'application/graphml+xml; charset=utf-8', file: 'netwerk.graphml' },
  'egor-ego': { type: 'text/csv; charset=utf-8', file: 'netwerk-ego.csv' },
  'egor-alters': { type: 'text/csv; charset=utf-8', file: 'netwerk-contacten.csv' },
  'egor-ties': { type: 'text/csv; charset=utf-8', file: 'netwerk-banden.csv' },
  ftm: { type: 'application/json; charset=utf-8', file: 'netwerk-ftm.json' },
} as const;

export const exportNetworkRoute = defineRoute({
  id: 'scans.exportNetwork',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/network/export',
  summary: 'Your network as GraphML, the three egor CSV tables, or FollowTheMoney-style JSON',
  tag: 'scans',
  ...member('scans.own', ownScanParams),
  query: z.strictObject({ format: z.enum(Object.keys(exportFormats) as [keyof typeof exportFormats]) }),
  rateLimit: 'export',
  responses: { 200: z.object({ file: z.string(), contentType: z.string(), content: z.string() }) },
  handler: async ({ deps, params, query, requireSession }) => {
    const content = await exportOwnNetwork(
      deps,
      requireSession(),
      params.tenantId,
      params.scanId,
      query.format,
    );
    const format = exportFormats[query.format];
    return { status: 200, body: { file: format.file, contentType: format.type, content } };
  },
});

export const submitScanRoute = defineRoute({
  id: 'scans.submit',
  method: 'post',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/submit',
  summary: 'Submit: evaluated again on the server with the pinned instrument; answers are then frozen',
  tag: 'scans',
  ...member('scans.own', ownScanParams),
  responses: { 200: z.object({ status: scanStatus }) },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: (await submitScan(deps, requireSession(), params.tenantId, params.scanId)) as {
      status: 'submitted';
    },
  }),
});

export const withdrawScanRoute = defineRoute({
  id: 'scans.withdraw',
  method: 'post',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/withdraw',
  summary: 'Withdraw from the procedure: the scan is destroyed (needs a recent second step or link)',
  tag: 'scans',
  ...member('scans.own', ownScanParams),
  responses: { 204: null },
  handler: async ({ deps, params, requireSession }) => {
    await removeOwnScan(deps, requireSession(), params.tenantId, params.scanId, 'withdrawn');
    return { status: 204 };
  },
});

export const deleteScanRoute = defineRoute({
  id: 'scans.delete',
  method: 'delete',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}',
  summary: 'Delete your scan now: its key is destroyed (needs a recent second step or link)',
  tag: 'scans',
  ...member('scans.own', ownScanParams),
  responses: { 204: null },
  handler: async ({ deps, params, requireSession }) => {
    await removeOwnScan(deps, requireSession(), params.tenantId, params.scanId, 'deleted');
    return { status: 204 };
  },
});

export const exportOwnDataRoute = defineRoute({
  id: 'scans.exportOwnData',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-data',
  summary: 'Everything about you, as JSON (needs a recent second step or link)',
  tag: 'scans',
  ...member('scans.own', tenantParams),
  rateLimit: 'export',
  responses: { 200: ownDataExport },
  handler: async ({ deps, params, requireSession, c }) => {
    c.header('content-disposition', 'attachment; filename="weerbaar-mijn-gegevens.json"');
    return { status: 200, body: await exportOwnData(deps, requireSession(), params.tenantId) };
  },
});

export const procedureRoutes = [
  openProcedureRoute,
  listExpertsRoute,
  listProceduresRoute,
  readProcedureRoute,
  readProcedureInstrumentRoute,
  inviteCandidateRoute,
  closeProcedureRoute,
  remindCandidateRoute,
  listOwnScansRoute,
  readOwnScanRoute,
  readOwnInstrumentRoute,
  saveAnswersRoute,
  saveNetworkRoute,
  exportNetworkRoute,
  submitScanRoute,
  withdrawScanRoute,
  deleteScanRoute,
  exportOwnDataRoute,
] as const;
