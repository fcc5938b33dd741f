// The report as an opdrachtgever may receive it, field by field. The report model builds the
// opdrachtgever's views with only what `clientMayShow` allows (judgement, indicators by title and
// level, measures); this schema says the same at the edge, so evidence, talking points, awareness,
// tips or the network picture in a released report is refused by the route (see
// http/undeclared-fields.ts), never sent. Below it, the same for the candidate's own report and the
// expert's decisions.
import { z } from 'zod';
import { levels, text } from '../../core/instrument/schema.ts';
import type { ReportDecisions, ReportView } from '../../core/report/report-model.ts';
import { releaseScopes } from '../../core/sharing/scan-lifecycle.ts';
import { ownReportActions, releaseActions } from '../policies/scan.ts';
import { textOut } from './instrument-schemas.ts';
import { networkDrawingSchema } from './network-schemas.ts';
import type { Exactly } from './schemas.ts';
import { screeningInReport } from './screening-schemas.ts';

const level = z.enum(levels);

const clientIndicator = z.object({ id: z.string(), title: text, level });

const clientTheme = z.object({
  id: z.string(),
  title: text,
  description: text.optional(),
  proposed: level.optional(),
  judgement: z.object({ level, proposed: level, differs: z.boolean(), rationale: z.string() }).optional(),
  indicators: z.array(clientIndicator).optional(),
  measures: z.array(z.string()).optional(),
});

export const clientReportView = z.object({
  view: z.enum(['opdrachtgever-samenvatting', 'opdrachtgever-volledig']),
  reader: z.literal('opdrachtgever'),
  instrument: z.object({ id: z.string(), version: z.string(), hash: z.string().nullable(), title: text }),
  judgedBy: z.enum(['expert', 'nobody']),
  finalisedAt: z.string().nullable(),
  sections: z.array(z.object({ id: z.string(), title: text, themes: z.array(clientTheme) })),
  measures: z
    .array(z.object({ id: z.string(), title: text, description: text, themes: z.array(z.string()) }))
    .optional(),
});

export const releasedReport = z.object({
  scope: z.enum(['samenvatting', 'volledig']),
  report: clientReportView,
});

// The expert's decisions as sealed with the scan: a judgement per theme beside what was proposed.
export const decisionsSchema = z.object({
  judgements: z.array(z.object({ theme: z.string(), proposed: level, level, rationale: z.string() })),
  measures: z.array(z.string()),
  finalisedAt: z.string().nullable(),
});

// The candidate's own view. What the report model gives the candidate (core/report/report-model.ts):
// indicators with the candidate text and evidence in words, talking points, awareness, tips, the
// chosen measures and the network picture. Not the expert's note on an indicator (`expertText`,
// the expert's view only): it is not declared, so a candidate reply holding it is refused.
const candidateIndicator = z.object({
  id: z.string(),
  title: text,
  level,
  candidateText: text.optional(),
  evidence: z.array(z.object({ subject: textOut, detail: textOut })).optional(),
  talkingPoints: z.array(text).optional(),
});

// A confirmed finding of the antecedentenonderzoek as evidence (core/report/evidence-text.ts
// `FindingEvidence`): its own kind, with its source in words. The client's schemas above do not
// declare it, so a released report holding a finding is refused.
const findingEvidence = z.object({
  kind: z.literal('antecedent'),
  subject: z.string(),
  what: z.string(),
  reason: z.string(),
  source: textOut,
});

const candidateTheme = clientTheme.extend({
  /** The commissie's view only (never set for the candidate); declared so the types stay one. */
  discuss: z.boolean().optional(),
  findings: z.array(findingEvidence).optional(),
  indicators: z.array(candidateIndicator).optional(),
  awareness: z
    .array(z.object({ perceived: level, computed: level, gap: z.number().int(), blindSpot: z.boolean() }))
    .optional(),
  tips: z.array(z.object({ question: textOut.nullable(), tip: textOut })).optional(),
});

export const candidateReportView = clientReportView.extend({
  view: z.literal('kandidaat'),
  reader: z.literal('kandidaat'),
  sections: z.array(z.object({ id: z.string(), title: text, themes: z.array(candidateTheme) })),
  network: networkDrawingSchema.optional(),
  findings: z.array(findingEvidence).optional(),
});

// The kandidatencommissie's view of a released check (core/report/report-model.ts
// `committeeMayShow`): per theme whether to discuss it, and the raised indicators by title and level
// with their talking points. No evidence, candidate or expert text, awareness, tips, judgement,
// measures, findings or network: not declared, so a reply holding them is refused.
const committeeIndicator = z.object({
  id: z.string(),
  title: text,
  level,
  talkingPoints: z.array(text).optional(),
});

export const committeeReportView = z.object({
  view: z.literal('commissie'),
  reader: z.literal('commissie'),
  instrument: z.object({ id: z.string(), version: z.string(), hash: z.string().nullable(), title: text }),
  judgedBy: z.enum(['expert', 'nobody']),
  finalisedAt: z.string().nullable(),
  sections: z.array(
    z.object({
      id: z.string(),
      title: text,
      themes: z.array(
        z.object({
          id: z.string(),
          title: text,
          description: text.optional(),
          discuss: z.boolean().optional(),
          indicators: z.array(committeeIndicator).optional(),
        }),
      ),
    }),
  ),
});

/** The candidate's report with their releases and the access log (who read it, by role, never by name). */
export const ownReport = z.object({
  report: candidateReportView,
  /** What the candidate may do with the report now (policies/scan.ts ownReportRules). */
  may: z.array(z.enum(ownReportActions)),
  /** Whom a release goes to: an election list's kandidatencommissie, otherwise the opdrachtgever. */
  releaseTo: z.enum(['opdrachtgever', 'commissie']),
  releases: z.array(
    z.object({
      id: z.string(),
      scope: z.enum(releaseScopes),
      until: z.string(),
      createdAt: z.string(),
      revokedAt: z.string().nullable(),
      active: z.boolean(),
      may: z.array(z.enum(releaseActions)),
    }),
  ),
  accessLog: z.array(
    z.object({ role: z.string(), view: z.string(), outcome: z.enum(['allowed', 'denied']), at: z.string() }),
  ),
  /** The antecedentenonderzoek (routes/screening.ts): confirmed findings with their source only. */
  screening: screeningInReport.nullable(),
});

const _decisions: Exactly<z.infer<typeof decisionsSchema>, ReportDecisions> = true;
// The candidate's view is a report view (nothing declared the model cannot build)…
const _candidate: z.infer<typeof candidateReportView> extends ReportView ? true : false = true;
// …with every field of it but the expert's note.
const _candidateFields: Exactly<
  keyof NonNullable<
    z.infer<typeof candidateReportView>['sections'][number]['themes'][number]['indicators']
  >[number],
  Exclude<
    keyof NonNullable<ReportView['sections'][number]['themes'][number]['indicators']>[number],
    'expertText'
  >
> = true;
const _candidateThemeFields: Exactly<
  keyof z.infer<typeof candidateReportView>['sections'][number]['themes'][number],
  keyof ReportView['sections'][number]['themes'][number]
> = true;
const _candidateViewFields: Exactly<keyof z.infer<typeof candidateReportView>, keyof ReportView> = true;
