// Routes of the nevenfuncties register (issue 15): the official's own register (kandidaat: their
// own entries, with history; taking over from their own scan), the beheerder's publication page and
// publishing a half year, and the public register — its words, and a half year's publication as
// JSON and CSV — without an account, rate-limited per network address and cacheable.
// Every reply is declared field by field: the public ones name only the published fields.
import { z } from 'zod';
import { isIsoDate, periodPattern } from '../../core/nevenfuncties/period.ts';
import { publishableFields } from '../../core/nevenfuncties/schema.ts';
import { offices } from '../../core/vocabulary.ts';
import { defineRoute } from '../http/route.ts';
import { registerContent } from '../nevenfuncties/registry.ts';
import { addNevenfunctie } from '../operations/add-nevenfunctie.ts';
import { changeNevenfunctie } from '../operations/change-nevenfunctie.ts';
import { publishNevenfuncties } from '../operations/publish-nevenfuncties.ts';
import { readNevenfunctiesRegister } from '../operations/read-nevenfuncties-register.ts';
import { readOwnNevenfuncties } from '../operations/read-own-nevenfuncties.ts';
import { readPublishedNevenfuncties } from '../operations/read-published-nevenfuncties.ts';
import { readPublishedNevenfunctiesCsv } from '../operations/read-published-nevenfuncties-csv.ts';
import { readScanNevenfuncties } from '../operations/read-scan-nevenfuncties.ts';
import { setNevenfunctiesOffice } from '../operations/set-nevenfuncties-office.ts';
import { takeOverScanNevenfuncties } from '../operations/take-over-scan-nevenfuncties.ts';
import { inputMessage } from '../texts.ts';
import { member, tenantParams } from './schemas.ts';

const tag = 'nevenfuncties';
const fullText = z.object({ nl: z.string(), en: z.string() });
const office = z.enum(offices);
/** Public replies may be kept this long by browsers and proxies (seconds). */
const publicSeconds = 300;

const isoDate = z.string({ error: inputMessage('date') }).refine(isIsoDate, { error: inputMessage('date') });
const registerText = z
  .string({ error: inputMessage('nevenfunctie-text') })
  .trim()
  .min(1, { error: inputMessage('nevenfunctie-text') })
  .max(200, { error: inputMessage('nevenfunctie-text') });
const period = z
  .string({ error: inputMessage('period') })
  .regex(periodPattern, { error: inputMessage('period') });

const nevenfunctieInput = z
  .strictObject({
    function: registerText,
    organisation: registerText,
    paid: z.boolean({ error: inputMessage('yes-or-no') }),
    hoursPerMonth: z
      .number({ error: inputMessage('nevenfunctie-hours') })
      .int({ error: inputMessage('nevenfunctie-hours') })
      .min(0, { error: inputMessage('nevenfunctie-hours') })
      .max(744, { error: inputMessage('nevenfunctie-hours') })
      .nullable(),
    startsOn: isoDate.nullable(),
    endsOn: isoDate.nullable(),
    approval: z.strictObject({ by: registerText, on: isoDate }).nullable(),
  })
  .refine((v) => v.startsOn === null || v.endsOn === null || v.endsOn >= v.startsOn, {
    error: inputMessage('nevenfunctie-ends'),
    path: ['endsOn'],
  });

const version = {
  function: z.string(),
  organisation: z.string(),
  paid: z.boolean(),
  hoursPerMonth: z.number().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  approval: z.object({ by: z.string(), on: z.string() }).nullable(),
  source: z.enum(['own', 'scan']),
  recordedAt: z.string(),
};
const ownRegister = z.object({
  office: office.nullable(),
  offices: z.array(office),
  entries: z.array(z.object({ id: z.string(), ...version, history: z.array(z.object(version)) })),
});

const publishedNevenfunctie = z.object({
  function: z.string(),
  organisation: z.string(),
  paid: z.boolean().optional(),
  startsOn: z.string().nullable().optional(),
  endsOn: z.string().nullable().optional(),
});
const publicationContent = {
  period: z.string(),
  fields: z.array(z.enum(publishableFields)),
  officials: z.array(z.object({ name: z.string(), office, nevenfuncties: z.array(publishedNevenfunctie) })),
};
const publicationRef = z.object({ period: z.string(), revision: z.number().int(), publishedAt: z.string() });

const entryParams = tenantParams.extend({
  nevenfunctieId: z.uuid({ error: inputMessage('unknown-nevenfunctie') }),
});
const slugParams = z.strictObject({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: inputMessage('organisation-slug') }),
});
const periodQuery = z.strictObject({ period: period.optional() });

export const nevenfunctiesContentRoute = defineRoute({
  id: 'nevenfuncties.content',
  method: 'get',
  path: '/api/public/nevenfuncties-register',
  summary: 'The words of the nevenfuncties register, and which fields its publication holds and why (public)',
  tag,
  auth: 'public',
  publicCache: publicSeconds,
  responses: {
    200: z.object({
      title: fullText,
      intro: fullText,
      offices: z.array(z.object({ office, basis: fullText })),
      published: z.object({
        intro: fullText,
        fields: z.array(z.object({ field: z.enum(publishableFields), label: fullText, why: fullText })),
      }),
      internal: z.object({
        intro: fullText,
        fields: z.array(z.object({ field: z.string(), label: fullText, why: fullText })),
      }),
      takeOver: z.object({ intro: fullText, consent: fullText, nothing: fullText }),
      publication: z.object({ intro: fullText, held: fullText }),
      publicPage: z.object({ intro: fullText, empty: fullText, openData: fullText }),
    }),
  },
  handler: async () => {
    const { version: _version, ...content } = registerContent();
    return { status: 200, body: content };
  },
});

export const ownNevenfunctiesRoute = defineRoute({
  id: 'nevenfuncties.own',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-nevenfuncties',
  summary: 'Your own nevenfuncties register: your office, each nevenfunctie with its history',
  tag,
  ...member('nevenfuncties.own', tenantParams),
  responses: { 200: ownRegister },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readOwnNevenfuncties(deps, requireSession().userId, params.tenantId),
  }),
});

export const setOfficeRoute = defineRoute({
  id: 'nevenfuncties.setOffice',
  method: 'put',
  path: '/api/organisations/{tenantId}/my-nevenfuncties/office',
  summary: 'The office the publication names with your nevenfuncties (audited)',
  tag,
  ...member('nevenfuncties.own', tenantParams),
  body: z.strictObject({ office }),
  responses: { 200: ownRegister },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await setNevenfunctiesOffice(deps, requireSession().userId, params.tenantId, body.office),
  }),
});

export const addNevenfunctieRoute = defineRoute({
  id: 'nevenfuncties.add',
  method: 'post',
  path: '/api/organisations/{tenantId}/my-nevenfuncties',
  summary: 'Add a nevenfunctie to your register (audited)',
  tag,
  ...member('nevenfuncties.own', tenantParams),
  body: nevenfunctieInput,
  responses: { 201: ownRegister },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await addNevenfunctie(deps, requireSession().userId, params.tenantId, body),
  }),
});

export const changeNevenfunctieRoute = defineRoute({
  id: 'nevenfuncties.change',
  method: 'put',
  path: '/api/organisations/{tenantId}/my-nevenfuncties/{nevenfunctieId}',
  summary: 'Change or end one of your nevenfuncties: a new version, the earlier ones kept (audited)',
  tag,
  ...member('nevenfuncties.own', entryParams),
  body: nevenfunctieInput,
  responses: { 200: ownRegister },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await changeNevenfunctie(
      deps,
      requireSession().userId,
      params.tenantId,
      params.nevenfunctieId,
      body,
    ),
  }),
});

export const scanOfferRoute = defineRoute({
  id: 'nevenfuncties.scanOffer',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-nevenfuncties/from-scan',
  summary: 'The nevenfuncties you gave in your own newest scan, to take over (nothing is copied)',
  tag,
  ...member('nevenfuncties.own', tenantParams),
  responses: {
    200: z.object({
      scan: z.object({ id: z.string(), procedureName: z.string(), updatedAt: z.string() }).nullable(),
      offered: z.array(
        z.object({
          index: z.number().int(),
          function: z.string(),
          organisation: z.string(),
          paid: z.boolean(),
          layingDown: z.boolean(),
          inRegister: z.boolean(),
        }),
      ),
      fingerprint: z.string().nullable(),
    }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readScanNevenfuncties(deps, requireSession().userId, params.tenantId),
  }),
});

export const takeOverRoute = defineRoute({
  id: 'nevenfuncties.takeOver',
  method: 'post',
  path: '/api/organisations/{tenantId}/my-nevenfuncties/from-scan',
  summary: 'Take over the ticked nevenfuncties from your own scan, with your consent (audited)',
  tag,
  ...member('nevenfuncties.own', tenantParams),
  body: z.strictObject({
    scanId: z.uuid({ error: inputMessage('unknown-scan') }),
    fingerprint: z.string().max(64),
    indexes: z.array(z.number().int().min(0).max(1000)).min(1).max(50),
    consent: z.literal(true, { error: inputMessage('nevenfunctie-consent') }),
  }),
  responses: { 201: ownRegister },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await takeOverScanNevenfuncties(deps, requireSession(), params.tenantId, body),
  }),
});

export const registerRoute = defineRoute({
  id: 'nevenfuncties.register',
  method: 'get',
  path: '/api/organisations/{tenantId}/nevenfuncties',
  summary:
    'What a publication of the half year would hold now (published fields only), and the publications so far',
  tag,
  ...member('nevenfuncties.publish', tenantParams),
  query: periodQuery,
  responses: {
    200: z.object({
      slug: z.string(),
      period: z.string(),
      current: z.string(),
      preview: z.object(publicationContent),
      publications: z.array(publicationRef),
    }),
  },
  handler: async ({ deps, params, query, requireSession }) => ({
    status: 200,
    body: await readNevenfunctiesRegister(deps, requireSession().userId, params.tenantId, query.period),
  }),
});

export const publishRoute = defineRoute({
  id: 'nevenfuncties.publish',
  method: 'post',
  path: '/api/organisations/{tenantId}/nevenfuncties/publications',
  summary: 'Publish the register for a half year: a snapshot that never changes (audited)',
  tag,
  ...member('nevenfuncties.publish', tenantParams),
  body: z.strictObject({ period }),
  responses: {
    201: z.object({
      period: z.string(),
      revision: z.number().int(),
      publishedAt: z.string(),
      officials: z.number().int(),
      nevenfuncties: z.number().int(),
    }),
  },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await publishNevenfuncties(deps, requireSession().userId, params.tenantId, body.period),
  }),
});

/** The open-data feed; its schema is stable (`schema` names it) and documented here. */
export const publicFeedSchema = z.object({
  schema: z.literal('weerbaar.nevenfuncties/1'),
  organisation: z.object({ slug: z.string(), name: z.string() }),
  revision: z.number().int(),
  publishedAt: z.string(),
  ...publicationContent,
  publications: z.array(publicationRef),
});

export const publicJsonRoute = defineRoute({
  id: 'nevenfuncties.publicJson',
  method: 'get',
  path: '/api/public/register/{slug}/nevenfuncties.json',
  summary:
    "An organisation's published nevenfuncties of a half year (the newest without `period`), with the list of its publications (public, open data)",
  tag,
  auth: 'public',
  params: slugParams,
  query: periodQuery,
  rateLimit: 'register',
  publicCache: publicSeconds,
  responses: { 200: publicFeedSchema },
  handler: async ({ deps, params, query }) => ({
    status: 200,
    body: await readPublishedNevenfuncties(deps, params.slug, query.period),
  }),
});

export const publicCsvRoute = defineRoute({
  id: 'nevenfuncties.publicCsv',
  method: 'get',
  path: '/api/public/register/{slug}/nevenfuncties.csv',
  summary:
    'The same publication as CSV (RFC 4180, UTF-8): a header of field ids after `period`, one row per nevenfunctie; cells that a spreadsheet would read as a formula start with an apostrophe',
  tag,
  auth: 'public',
  params: slugParams,
  query: periodQuery,
  rateLimit: 'register',
  publicCache: publicSeconds,
  produces: 'text/csv; charset=utf-8',
  responses: {},
  handler: async ({ deps, params, query }) => ({
    status: 200,
    file: await readPublishedNevenfunctiesCsv(deps, params.slug, query.period),
  }),
});

export const nevenfunctiesRoutes = [
  nevenfunctiesContentRoute,
  ownNevenfunctiesRoute,
  setOfficeRoute,
  addNevenfunctieRoute,
  changeNevenfunctieRoute,
  scanOfferRoute,
  takeOverRoute,
  registerRoute,
  publishRoute,
  publicJsonRoute,
  publicCsvRoute,
] as const;
