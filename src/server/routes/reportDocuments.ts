// Routes of the reportDocuments work (see ARCHITECTURE.md). Thin: validate → authorise → operation → present.
// The report as a PDF/A file for its reader: rendered per request, sent as an attachment with
// Cache-Control: no-store, never stored.
import { z } from 'zod';
import { defineRoute } from '../http/route.ts';
import { renderExpertReportPdf as expertReportPdf } from '../operations/render-expert-report-pdf.ts';
import { renderOwnReportPdf as ownReportPdf } from '../operations/render-own-report-pdf.ts';
import { renderReleasedReportPdf as releasedReportPdf } from '../operations/render-released-report-pdf.ts';
import { language, member, ownScanParams, procedureScanParams } from './schemas.ts';

const pdfQuery = z.strictObject({ language: language.default('nl') });
const pdf = 'application/pdf';

export const ownReportPdfRoute = defineRoute({
  id: 'reports.ownPdf',
  method: 'get',
  path: '/api/organisations/{tenantId}/my-scans/{scanId}/report.pdf',
  summary: 'Your finished report as a PDF/A file (rendered per request, not stored)',
  tag: 'rapport',
  ...member('scans.own', ownScanParams),
  query: pdfQuery,
  rateLimit: 'pdf',
  produces: pdf,
  responses: {},
  handler: async ({ deps, params, query, requireSession }) => {
    const file = await ownReportPdf(deps, requireSession(), { ...params, language: query.language });
    return { status: 200, file: { bytes: file.bytes, contentType: pdf, filename: file.filename } };
  },
});

export const expertReportPdfRoute = defineRoute({
  id: 'reports.expertPdf',
  method: 'get',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/expert-report.pdf',
  summary: 'The assigned expert’s copy of a finalised report as a PDF/A file (logged like a read)',
  tag: 'rapport',
  ...member('scans.review', procedureScanParams),
  query: pdfQuery,
  rateLimit: 'pdf',
  produces: pdf,
  responses: {},
  handler: async ({ deps, params, query, requireSession }) => {
    const file = await expertReportPdf(deps, requireSession(), { ...params, language: query.language });
    return { status: 200, file: { bytes: file.bytes, contentType: pdf, filename: file.filename } };
  },
});

export const releasedReportPdfRoute = defineRoute({
  id: 'reports.releasedPdf',
  method: 'get',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/report.pdf',
  summary:
    'The opdrachtgever downloads a released report as a PDF/A file (scope decides the view; allowed and refused downloads logged)',
  tag: 'rapport',
  ...member('reports.released', procedureScanParams),
  query: pdfQuery,
  rateLimit: 'pdf',
  produces: pdf,
  responses: {},
  handler: async ({ deps, params, query, requireSession }) => {
    const file = await releasedReportPdf(deps, requireSession(), { ...params, language: query.language });
    return { status: 200, file: { bytes: file.bytes, contentType: pdf, filename: file.filename } };
  },
});

export const reportDocumentsRoutes = [
  ownReportPdfRoute,
  expertReportPdfRoute,
  releasedReportPdfRoute,
] as const;
