// Routes of the conversation work (see ARCHITECTURE.md). Thin: validate → authorise → operation → present.
// - the leidraad selectiegesprek of one scan, for its assigned expert or (while released) its
//   opdrachtgever; the operation decides which, and logs the read or the refusal;
// - the dilemma cards, public (a group uses them on a shared screen, without an account).
import { z } from 'zod';
import { defineRoute } from '../http/route.ts';
import { readDilemmaCards } from '../operations/read-dilemma-cards.ts';
import { readInterviewGuide } from '../operations/read-interview-guide.ts';
import { member, procedureScanParams } from './schemas.ts';

const tag = 'gesprek';

const text = z.object({ nl: z.string(), en: z.string().optional() });
const fullText = z.object({ nl: z.string(), en: z.string() });
const level = z.enum(['geen-aandachtspunt', 'aandachtspunt', 'risico', 'ernstig-risico']);

const dilemma = z.object({
  id: z.string(),
  title: fullText,
  situation: fullText,
  audiences: z.array(z.string()),
  themes: z.array(z.string()),
  questions: z.array(fullText),
});

// Declared in full: a field not named here never leaves the server (no evidence, no answers).
const guide = z.object({
  reader: z.enum(['expert', 'opdrachtgever']),
  guide: z.object({
    reader: z.enum(['expert', 'opdrachtgever']),
    instrument: z.object({ id: z.string(), version: z.string(), title: text }),
    themes: z.array(
      z.object({
        id: z.string(),
        title: text,
        attention: z.boolean(),
        level,
        levelSource: z.enum(['judgement', 'proposed']),
        questions: z.array(fullText),
        goodAnswer: z.array(fullText),
        indicators: z.array(
          z.object({
            id: z.string(),
            title: text,
            level,
            questions: z.array(fullText),
            goodAnswer: z.array(fullText),
            expertText: text.optional(),
            talkingPoints: z.array(text).optional(),
          }),
        ),
      }),
    ),
    dilemmas: z.array(dilemma),
  }),
});

export const interviewGuideRoute = defineRoute({
  id: 'conversation.guide',
  method: 'get',
  path: '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/leidraad',
  summary:
    'The leidraad selectiegesprek: questions per theme that needs attention, for the assigned expert or, while released, the opdrachtgever (logged)',
  tag,
  ...member('procedures.read', procedureScanParams),
  rateLimit: 'leidraad',
  responses: { 200: guide },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readInterviewGuide(deps, requireSession(), params),
  }),
});

export const dilemmaCardsRoute = defineRoute({
  id: 'conversation.dilemmas',
  method: 'get',
  path: '/api/public/dilemmakaarten',
  summary: 'The dilemma cards, with their audiences and themes (public; nothing is stored)',
  tag,
  auth: 'public',
  responses: {
    200: z.object({
      audiences: z.array(z.object({ id: z.string(), label: fullText })),
      themes: z.array(z.object({ id: z.string(), title: text })),
      dilemmas: z.array(dilemma),
    }),
  },
  handler: async ({ deps }) => ({ status: 200, body: readDilemmaCards(deps) }),
});

export const conversationRoutes = [interviewGuideRoute, dilemmaCardsRoute] as const;
