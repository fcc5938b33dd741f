// Routes of the research work (issue 12): the candidate's research consent per scan, the
// beheerder's research settings, and the onderzoeker's protected tables and their exports.
// Thin: validate → authorise → operation → present.
import { z } from 'zod';
import { offices, organisationTypes } from '../../core/vocabulary.ts';
import { defineRoute } from '../http/route.ts';
import { exportResearchTable } from '../operations/export-research-table.ts';
import { readResearchConsent } from '../operations/read-research-consent.ts';
import { readResearchOptions } from '../operations/read-research-options.ts';
import { readResearchSettings } from '../operations/read-research-settings.ts';
import { releaseResearchTable } from '../operations/release-research-table.ts';
import { setResearchConsent } from '../operations/set-research-consent.ts';
import { updateResearchSettings } from '../operations/update-research-settings.ts';
import { odsMediaType } from '../research/spreadsheet.ts';
import { inputMessage } from '../texts.ts';
import { language, member, ownScanParams, tenantParams } from './schemas.ts';

const tag = 'onderzoek';
const timestamp = z.string();
const text = z.object({ nl: z.string(), en: z.string().optional() });
const dimensionId = z.string().min(1).max(120, inputMessage('research-dimension'));
const scope = z.enum(['own', 'admitted']);

const consentReply = z.object({
  consent: z.boolean(),
  at: timestamp.nullable(),
  history: z.array(z.object({ consent: z.boolean(), at: timestamp })),
  tables: z.number().int(),
});

export const readResearchConsentRoute = defineRoute({
  id: 'research.readConsent',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/research-consent',
  summary: 'Your consent to use this scan in research tables, its history, and how many tables counted it',
  tag,
  ...member('scans.own', ownScanParams),
  responses: { 200: consentReply },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readResearchConsent(deps, requireSession(), params.tenantId, params.scanId),
  }),
});

export const setResearchConsentRoute = defineRoute({
  id: 'research.setConsent',
  method: 'put',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/research-consent',
  summary: 'Say yes or no to research use of this scan (default no; a no counts from the next table)',
  tag,
  ...member('scans.own', ownScanParams),
  body: z.strictObject({ consent: z.boolean({ error: inputMessage('yes-or-no') }) }),
  responses: { 200: z.object({ consent: z.boolean(), at: timestamp.nullable() }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await setResearchConsent(deps, requireSession(), { ...params, consent: body.consent }),
  }),
});

const settingsReply = z.object({
  threshold: z.number().int(),
  organisationType: z.enum(organisationTypes),
  admits: z.array(z.object({ slug: z.string(), name: z.string() })),
});

export const readResearchSettingsRoute = defineRoute({
  id: 'research.readSettings',
  method: 'get',
  path: '/api/organisations/{tenantId}/research/settings',
  summary: 'The research settings: disclosure threshold, organisation type, admitted research organisations',
  tag,
  ...member('settings.read', tenantParams),
  responses: { 200: settingsReply },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readResearchSettings(deps, requireSession().userId, params.tenantId),
  }),
});

export const updateResearchSettingsRoute = defineRoute({
  id: 'research.updateSettings',
  method: 'put',
  path: '/api/organisations/{tenantId}/research/settings',
  summary: 'Set the threshold (at least 5), the organisation type and the admitted research organisations',
  tag,
  ...member('settings.update', tenantParams),
  body: z.strictObject({
    threshold: z.number().int().min(5).max(1000),
    organisationType: z.enum(organisationTypes),
    admits: z.array(z.string().min(1).max(80, inputMessage('too-long'))).max(20),
  }),
  responses: { 200: settingsReply },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await updateResearchSettings(deps, requireSession().userId, params.tenantId, body),
  }),
});

const dimension = z.object({
  id: z.string(),
  kind: z.string(),
  about: z.string().nullable(),
  title: text.nullable(),
  categories: z.array(z.string()),
});

export const researchOptionsRoute = defineRoute({
  id: 'research.options',
  method: 'get',
  path: '/api/organisations/{tenantId}/research/options',
  summary: 'What a research table may be built from: dimensions, filters, scope; the tables released so far',
  tag,
  ...member('research.tables', tenantParams),
  responses: {
    200: z.object({
      dimensions: z.array(dimension),
      years: z.array(z.number().int()),
      instruments: z.array(z.string()),
      threshold: z.number().int(),
      admittedBy: z.number().int(),
      releases: z.array(
        z.object({ id: z.string(), releasedAt: timestamp, rows: z.string(), columns: z.string(), scope }),
      ),
    }),
  },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readResearchOptions(deps, requireSession(), params.tenantId),
  }),
});

const protectedCell = z.object({
  value: z.number().nullable(),
  state: z.enum(['shown', 'primary', 'complementary']),
});

export const releaseResearchTableRoute = defineRoute({
  id: 'research.table',
  method: 'post',
  path: '/api/organisations/{tenantId}/research/tables',
  summary:
    'Build and release a protected table (rows × columns over consented scans); 409 when it could be subtracted from an earlier one',
  tag,
  ...member('research.tables', tenantParams),
  body: z.strictObject({
    scope: scope.default('own'),
    rows: dimensionId,
    columns: dimensionId,
    filters: z
      .strictObject({
        office: z.enum(offices, { error: inputMessage('office') }).optional(),
        instrument: z.string().max(120, inputMessage('too-long')).optional(),
        year: z.number().int().min(2000).max(2100).optional(),
        organisationType: z.enum(organisationTypes).optional(),
      })
      .default({}),
  }),
  responses: {
    201: z.object({
      id: z.string(),
      releasedAt: timestamp,
      question: z.object({
        scope,
        rows: z.string(),
        columns: z.string(),
        filters: z.object({
          office: z.string().optional(),
          instrument: z.string().optional(),
          year: z.number().int().optional(),
          organisationType: z.enum(organisationTypes).optional(),
        }),
      }),
      organisations: z.number().int(),
      instruments: z.array(z.string()),
      table: z.object({
        rowLabels: z.array(z.string()),
        columnLabels: z.array(z.string()),
        cells: z.array(z.array(protectedCell)),
        rowTotals: z.array(protectedCell),
        columnTotals: z.array(protectedCell),
        total: protectedCell,
        settings: z.object({
          threshold: z.number(),
          dominance: z.number().nullable(),
          roundTo: z.number().nullable(),
        }),
      }),
    }),
  },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 201,
    body: await releaseResearchTable(deps, requireSession(), params.tenantId, body),
  }),
});

const releaseParams = tenantParams.extend({ releaseId: z.uuid({ error: inputMessage('unknown-vrijgave') }) });
const exportQuery = z.strictObject({ language: language.default('nl') });

export const exportResearchCsvRoute = defineRoute({
  id: 'research.exportCsv',
  method: 'get',
  path: '/api/organisations/{tenantId}/research/releases/{releaseId}/table.csv',
  summary: 'A released table as CSV, its metadata below it',
  tag,
  ...member('research.tables', releaseParams),
  query: exportQuery,
  rateLimit: 'export',
  produces: 'text/csv; charset=utf-8',
  responses: {},
  handler: async ({ deps, params, query, requireSession }) => {
    const file = await exportResearchTable(deps, requireSession(), {
      ...params,
      format: 'csv',
      language: query.language,
    });
    return { status: 200, file };
  },
});

export const exportResearchOdsRoute = defineRoute({
  id: 'research.exportOds',
  method: 'get',
  path: '/api/organisations/{tenantId}/research/releases/{releaseId}/table.ods',
  summary: 'A released table as an OpenDocument spreadsheet, with a metadata sheet',
  tag,
  ...member('research.tables', releaseParams),
  query: exportQuery,
  rateLimit: 'export',
  produces: odsMediaType,
  responses: {},
  handler: async ({ deps, params, query, requireSession }) => {
    const file = await exportResearchTable(deps, requireSession(), {
      ...params,
      format: 'ods',
      language: query.language,
    });
    return { status: 200, file };
  },
});

export const researchRoutes = [
  readResearchConsentRoute,
  setResearchConsentRoute,
  readResearchSettingsRoute,
  updateResearchSettingsRoute,
  researchOptionsRoute,
  releaseResearchTableRoute,
  exportResearchCsvRoute,
  exportResearchOdsRoute,
] as const;
