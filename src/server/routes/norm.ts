// Routes of the norm at the start of a term: the session with the organisation's draft and its
// agreed versions (every member reads), saving the draft and agreeing a version (beheerder,
// opdrachtgever: `norm.edit`), one agreed version as it was agreed.
import { z } from 'zod';
import { normLimits } from '../../core/norm/schema.ts';
import { defineRoute } from '../http/route.ts';
import { adoptNorm } from '../operations/adopt-norm.ts';
import { readNorm } from '../operations/read-norm.ts';
import { readNormVersion } from '../operations/read-norm-version.ts';
import { saveNormDraft } from '../operations/save-norm-draft.ts';
import { inputMessage } from '../texts.ts';
import { member, tenantParams } from './schemas.ts';

const tag = 'norm';
const text = z.object({ nl: z.string(), en: z.string() });
const content = z.record(z.string(), z.record(z.string(), z.string()));

const sessionSchema = z.object({
  version: z.number(),
  title: text,
  intro: text,
  agreedBy: z.array(z.object({ id: z.string(), label: text })),
  steps: z.array(
    z.object({
      id: z.string(),
      title: text,
      intro: text,
      prompts: z.array(z.object({ id: z.string(), text, template: text.optional() })),
    }),
  ),
  referrals: z.array(z.object({ id: z.string(), title: text, text })),
});

const versionSummary = z.object({
  version: z.number(),
  agreedOn: z.string(),
  agreedBy: z.array(z.string()),
  recordedAt: z.string(),
  recordedBy: z.string(),
});

const normView = z.object({
  session: sessionSchema,
  draft: z.object({
    content,
    revision: z.number(),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  }),
  versions: z.array(versionSummary),
  mayEdit: z.boolean(),
});

const id = z.string().regex(/^[a-z][a-z0-9_-]{0,40}$/, { error: inputMessage('case-step') });
const revision = z.number().int().min(0).max(1_000_000_000);

export const readNormRoute = defineRoute({
  id: 'norm.read',
  method: 'get',
  path: '/api/organisations/{tenantId}/norm',
  summary:
    "The norm of the term: the session, the organisation's draft, the agreed versions and referral texts",
  tag,
  ...member('organisation.read', tenantParams),
  responses: { 200: normView },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readNorm(deps, requireSession(), params.tenantId),
  }),
});

export const saveNormDraftRoute = defineRoute({
  id: 'norm.saveDraft',
  method: 'put',
  path: '/api/organisations/{tenantId}/norm/draft',
  summary: 'Save the working draft of the norm (from the revision the editor started with; audited)',
  tag,
  ...member('norm.edit', tenantParams),
  body: z.strictObject({
    content: z.record(
      id,
      z.record(id, z.string().max(normLimits.text, { error: inputMessage('max-characters') })),
    ),
    revision,
  }),
  responses: { 200: normView },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await saveNormDraft(deps, requireSession(), params.tenantId, body),
  }),
});

export const adoptNormRoute = defineRoute({
  id: 'norm.adopt',
  method: 'post',
  path: '/api/organisations/{tenantId}/norm/versions',
  summary: 'Vaststellen: the draft at this revision becomes the next, immutable version (audited)',
  tag,
  ...member('norm.edit', tenantParams),
  body: z.strictObject({
    agreedOn: z.iso.date({ error: inputMessage('date') }),
    agreedBy: z
      .array(z.enum(['college', 'raad'], { error: inputMessage('norm-agreed-by') }))
      .min(1, { error: inputMessage('norm-agreed-by') })
      .max(2, { error: inputMessage('norm-agreed-by') }),
    revision,
  }),
  responses: { 201: normView },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await adoptNorm(deps, requireSession(), params.tenantId, body),
  }),
});

export const readNormVersionRoute = defineRoute({
  id: 'norm.version',
  method: 'get',
  path: '/api/organisations/{tenantId}/norm/versions/{version}',
  summary: 'One agreed version of the norm, as it was agreed',
  tag,
  ...member(
    'organisation.read',
    tenantParams.extend({
      version: z.coerce
        .number({ error: inputMessage('norm-version') })
        .int({ error: inputMessage('norm-version') })
        .min(1, { error: inputMessage('norm-version') })
        .max(100_000, { error: inputMessage('norm-version') }),
    }),
  ),
  responses: { 200: versionSummary.extend({ content, sessionVersion: z.number() }) },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readNormVersion(deps, requireSession(), params.tenantId, params.version),
  }),
});

export const normRoutes = [readNormRoute, saveNormDraftRoute, adoptNormRoute, readNormVersionRoute] as const;
