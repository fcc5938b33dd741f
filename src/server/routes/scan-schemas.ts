// Replies about one scan, field by field: the candidate's own scan, the assigned expert's read, the
// stored evaluation and the candidate's own-data export, built from the instrument, network and
// report schemas beside this file. Each says exactly what its operation returns; the route refuses
// any field more (http/undeclared-fields.ts). Compared with the policies: the expert's read holds
// the scan's content the review needs (answers, network, evaluation, notes, decisions), never the
// candidate's agenda, releases or access log; the own-data export is for the person alone and holds
// no secret (no token hash, no second-factor secret: not declared, so refused if one slipped in).
import { z } from 'zod';
import type { Agenda } from '../../core/agenda/agenda.ts';
import { agendaLimits, agendaStatuses } from '../../core/agenda/agenda.ts';
import { releaseScopes, scanStatuses } from '../../core/sharing/scan-lifecycle.ts';
import { expertScanActions, ownScanActions } from '../policies/scan.ts';
import type { StoredEvaluation } from '../scans/stored-evaluation.ts';
import { inputMessage } from '../texts.ts';
import { answersSchema, evaluationSchema } from './instrument-schemas.ts';
import { networkAnalysisSchema, networkDrawingSchema, networkSchema } from './network-schemas.ts';
import { decisionsSchema } from './report-schemas.ts';
import { language, membershipStatus, reviewPolicy, role, type Same } from './schemas.ts';

const scanStatus = z.enum(scanStatuses);
const instrumentRef = z.object({ id: z.string(), version: z.string(), hash: z.string() });

export const agendaAction = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, inputMessage('action-id')),
  measureId: z.string().max(80).nullable(),
  what: z
    .string()
    .trim()
    .min(1, inputMessage('action-what'))
    .max(agendaLimits.what, inputMessage('max-characters')),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, inputMessage('date'))
    .nullable(),
  withWhom: z.string().trim().max(agendaLimits.withWhom, inputMessage('max-characters')),
  status: z.enum(agendaStatuses),
  note: z.string().trim().max(agendaLimits.note, inputMessage('max-characters')),
});

/** The integriteitsagenda as saved with a scan (routes/agenda.ts; the own-data export). */
export const agendaSchema = z.object({ actions: z.array(agendaAction) });

/** What a submitted scan keeps sealed: the evaluation, the network analysis and its picture. */
export const storedEvaluationSchema = z.object({
  instrument: instrumentRef,
  evaluatedAt: z.string(),
  evaluation: evaluationSchema,
  network: networkAnalysisSchema.nullable().optional(),
  drawing: networkDrawingSchema.nullable().optional(),
});

/** The candidate's own scan: status, revision, the pinned instrument, answers and network map. */
export const ownScan = z.object({
  id: z.string(),
  status: scanStatus,
  revision: z.number().int(),
  procedure: z.object({ id: z.string(), name: z.string(), office: z.string(), review: reviewPolicy }),
  instrument: instrumentRef,
  answers: answersSchema,
  network: networkSchema.nullable(),
  updatedAt: z.string(),
  /** What the candidate may do with the scan now (policies/scan.ts ownScanRules). */
  may: z.array(z.enum(ownScanActions)),
});

/** The assigned expert's read of a submitted scan (each read is in the candidate's access log). */
export const expertScan = z.object({
  id: z.string(),
  status: scanStatus,
  instrument: instrumentRef,
  answers: answersSchema,
  network: networkSchema.nullable(),
  networkAnalysis: networkAnalysisSchema.nullable(),
  evaluation: evaluationSchema.nullable(),
  notes: z.string(),
  decisions: decisionsSchema,
  /** What the expert may do with the scan now (policies/scan.ts expertScanRules). */
  may: z.array(z.enum(expertScanActions)),
});

const timestamp = z.string();

/** Everything Weerbaar holds about the person (operations/export-own-data.ts), secrets described only. */
export const ownDataExport = z.object({
  exportedAt: timestamp,
  person: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    language,
    createdAt: timestamp,
  }),
  memberships: z.array(z.object({ organisation: z.string(), role, status: membershipStatus })),
  secondFactors: z.object({
    authenticatorApp: z.boolean(),
    passkeys: z.array(
      z.object({ name: z.string(), created_at: timestamp, last_used_at: timestamp.nullable() }),
    ),
    recoveryCodesLeft: z.number().int(),
  }),
  sessions: z.array(
    z.object({
      created_at: timestamp,
      last_seen_at: timestamp,
      expires_at: timestamp,
      revoked_at: timestamp.nullable(),
      second_factor_at: timestamp.nullable(),
    }),
  ),
  scans: z.array(
    z.object({
      id: z.string(),
      procedure: z.object({ name: z.string(), office: z.string() }),
      instrument: z.object({ id: z.string(), version: z.string() }),
      status: scanStatus,
      revision: z.number().int(),
      answers: answersSchema,
      network: networkSchema.nullable(),
      evaluation: storedEvaluationSchema.nullable(),
      agenda: agendaSchema.nullable(),
      releases: z.array(
        z.object({
          scope: z.enum(releaseScopes),
          until: timestamp,
          created_at: timestamp,
          revoked_at: timestamp.nullable(),
        }),
      ),
      accessLog: z.array(
        z.object({
          actor_role: z.string(),
          view: z.string(),
          outcome: z.enum(['allowed', 'denied']),
          at: timestamp,
        }),
      ),
    }),
  ),
});

const _agenda: Same<z.infer<typeof agendaSchema>, Agenda> = true;
const _stored: Same<
  Omit<z.infer<typeof storedEvaluationSchema>, 'evaluation'>,
  Omit<StoredEvaluation, 'evaluation'>
> = true;
