// Routes of the antecedentenonderzoek (issue 13): the candidate's bewilligingsverklaring (read,
// sign with a fresh second factor, revoke) and what was checked and found; the procedure's
// expert's check (read, run, decide on a hit, record a manual source). Thin: validate → authorise
// → operation → present.
import { z } from 'zod';
import { defineRoute } from '../http/route.ts';
import { decideScreeningHit } from '../operations/decide-screening-hit.ts';
import { readOwnScreening } from '../operations/read-own-screening.ts';
import { readScreeningForExpert } from '../operations/read-screening-for-expert.ts';
import { recordManualSource } from '../operations/record-manual-source.ts';
import { revokeDeclaration } from '../operations/revoke-declaration.ts';
import { runScreeningCheck } from '../operations/run-screening-check.ts';
import { signDeclaration } from '../operations/sign-declaration.ts';
import { inputMessage } from '../texts.ts';
import { member, ownScanParams, procedureScanParams } from './schemas.ts';
import { decision, expertScreening, manualSource, ownScreening, signature } from './screening-schemas.ts';

const ownBase = '/api/organisations/{tenantId}/my-scans/{scanId}/screening';
const expertBase = '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/screening';
const theme = z.string().max(80).nullable().optional();

export const readOwnScreeningRoute = defineRoute({
  id: 'screening.own',
  method: 'get',
  path: ownBase,
  summary: 'The bewilligingsverklaring to read and sign, its state, and what was checked and found',
  tag: 'antecedentenonderzoek',
  ...member('scans.own', ownScanParams),
  responses: { 200: ownScreening },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readOwnScreening(deps, requireSession(), params.tenantId, params.scanId),
  }),
});

export const signDeclarationRoute = defineRoute({
  id: 'screening.sign',
  method: 'put',
  path: `${ownBase}/declaration`,
  summary: 'Sign the bewilligingsverklaring you read (needs a second step in the last five minutes)',
  tag: 'antecedentenonderzoek',
  ...member('scans.own', ownScanParams),
  body: z.strictObject({ declarationId: z.string().max(80), version: z.string().max(20) }),
  responses: { 200: signature },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await signDeclaration(deps, requireSession(), { ...params, ...body }),
  }),
});

export const revokeDeclarationRoute = defineRoute({
  id: 'screening.revoke',
  method: 'delete',
  path: `${ownBase}/declaration`,
  summary: 'Withdraw your consent, as long as the check has not run',
  tag: 'antecedentenonderzoek',
  ...member('scans.own', ownScanParams),
  responses: { 200: signature },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await revokeDeclaration(deps, requireSession(), params),
  }),
});

export const readExpertScreeningRoute = defineRoute({
  id: 'screening.expert',
  method: 'get',
  path: expertBase,
  summary: 'The antecedentenonderzoek of a submitted scan: declaration, subjects, sources, hits (logged)',
  tag: 'antecedentenonderzoek',
  ...member('scans.review', procedureScanParams),
  responses: { 200: expertScreening },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readScreeningForExpert(deps, requireSession(), params),
  }),
});

export const runScreeningRoute = defineRoute({
  id: 'screening.run',
  method: 'post',
  path: `${expertBase}/check`,
  summary: 'Run the check against the reference lists and configured registers (signed declaration only)',
  tag: 'antecedentenonderzoek',
  ...member('scans.review', procedureScanParams),
  responses: { 200: z.object({ ranAt: z.string(), hits: z.number().int() }) },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await runScreeningCheck(deps, requireSession(), params),
  }),
});

export const decideHitRoute = defineRoute({
  id: 'screening.decide',
  method: 'put',
  path: `${expertBase}/hits/{hitId}`,
  summary: 'Confirm or dismiss one hit, with a reason (and the theme a confirmed finding concerns)',
  tag: 'antecedentenonderzoek',
  ...member(
    'scans.review',
    procedureScanParams.extend({ hitId: z.uuid({ error: inputMessage('unknown-hit') }) }),
  ),
  body: z.strictObject({
    outcome: z.enum(['confirmed', 'dismissed']),
    reason: z.string().trim().min(1, inputMessage('decision-reason')).max(2000, inputMessage('too-long')),
    theme,
  }),
  responses: { 200: z.object({ id: z.string(), decision }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await decideScreeningHit(deps, requireSession(), { ...params, ...body }),
  }),
});

export const recordSourceRoute = defineRoute({
  id: 'screening.recordSource',
  method: 'post',
  path: `${expertBase}/sources`,
  summary: 'Record a source without an API: where, what was searched, when, what was found',
  tag: 'antecedentenonderzoek',
  ...member('scans.review', procedureScanParams),
  body: z.strictObject({
    where: z.string().trim().min(1, inputMessage('source-where')).max(300, inputMessage('too-long')),
    searched: z.string().trim().min(1, inputMessage('source-searched')).max(300, inputMessage('too-long')),
    searchedOn: z.iso.date({ error: inputMessage('date') }),
    found: z.string().trim().min(1, inputMessage('source-found')).max(5000, inputMessage('too-long')),
    finding: z.boolean({ error: inputMessage('yes-or-no') }),
    theme,
  }),
  responses: { 201: manualSource },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await recordManualSource(deps, requireSession(), { ...params, ...body }),
  }),
});

export const screeningRoutes = [
  readOwnScreeningRoute,
  signDeclarationRoute,
  revokeDeclarationRoute,
  readExpertScreeningRoute,
  runScreeningRoute,
  decideHitRoute,
  recordSourceRoute,
] as const;
