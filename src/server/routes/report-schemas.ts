// The report as an opdrachtgever may receive it, field by field. The report model builds the
// opdrachtgever's views with only what `clientMayShow` allows (judgement, indicators by title and
// level, measures); this schema says the same at the edge, so evidence, talking points, awareness,
// tips or the network picture in a released report is refused by the route (see
// http/undeclared-fields.ts), never sent.
import { z } from 'zod';
import { levels, text } from '../../core/instrument/schema.ts';

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
