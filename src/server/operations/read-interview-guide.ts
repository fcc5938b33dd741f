// The leidraad selectiegesprek for one candidate's scan. Two readers:
// - the assigned expert, once the scan is submitted: built from the sealed evaluation and the
//   judgements so far; the read goes into the candidate's access log;
// - the opdrachtgever (the selection committee), only while the candidate's release is active:
//   built from the report view that release allows, so never more than judgements per theme and
//   indicator titles; the read is logged, and a refusal is logged in its own transaction.
// Evidence and answers are never in the guide, for either reader: it is printed and lies on a table.
import {
  buildInterviewGuide,
  findingsFromEvaluation,
  findingsFromReportView,
  type InterviewGuide,
} from '../../core/conversation/interview-guide.ts';
import { buildReportView } from '../../core/report/report-model.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { conversationFor } from '../conversation/registry.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadProcedureFor, loadScanOfProcedure } from '../policies/procedure.ts';
import { assertSubmitted, notSubmitted } from '../policies/scan.ts';
import { logExpertRead } from '../scans/access-log.ts';
import { openField } from '../scans/content.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { refuseUnreleased, releasedViewFor } from '../scans/released.ts';
import { emptyDecisions, type StoredEvaluation } from '../scans/stored-evaluation.ts';

interface Input {
  tenantId: string;
  procedureId: string;
  scanId: string;
}

export async function readInterviewGuide(
  deps: AppDeps,
  session: SessionInfo,
  input: Input,
): Promise<{ reader: 'expert' | 'opdrachtgever'; guide: InterviewGuide }> {
  const conversation = conversationFor(deps.instruments);
  const outcome = await inTransaction(
    deps.database,
    { tenantId: input.tenantId, userId: session.userId },
    async (tx) => {
      // The person's part in the procedure; the expert's part wins when someone has both.
      const procedure = await loadProcedureFor(tx, session, input.tenantId, input.procedureId, [
        'expert',
        'opdrachtgever',
      ]);
      const scan = await loadScanOfProcedure(tx, procedure, input.scanId);
      const { instrument } = await pinnedInstrument(deps, procedure);

      if (procedure.as === 'expert') {
        // As for the review: a draft is the candidate's own.
        assertSubmitted(scan);
        const stored = await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null);
        if (!stored) throw notSubmitted();
        const decisions = await openField(deps, scan, 'report', emptyDecisions);
        await logExpertRead(tx, deps, session.userId, scan);
        return {
          refused: false as const,
          reader: 'expert' as const,
          guide: buildInterviewGuide({
            instrument,
            leidraad: conversation.leidraad,
            dilemmas: conversation.dilemmas,
            findings: findingsFromEvaluation(instrument, stored.evaluation, decisions),
            reader: 'expert',
          }),
        };
      }

      // The opdrachtgever: the releases as they are now, like readReleasedReport.
      const view = await releasedViewFor(tx, deps, session, procedure, scan);
      const stored = view ? await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null) : null;
      if (!view || !stored) return { refused: true as const };
      const decisions = await openField(deps, scan, 'report', emptyDecisions);
      const released = buildReportView(instrument, stored.evaluation, decisions, view);
      return {
        refused: false as const,
        reader: 'opdrachtgever' as const,
        guide: buildInterviewGuide({
          instrument,
          leidraad: conversation.leidraad,
          dilemmas: conversation.dilemmas,
          findings: findingsFromReportView(released),
          reader: 'opdrachtgever',
        }),
      };
    },
  );
  if (outcome.refused) return refuseUnreleased(deps, session, input);
  return { reader: outcome.reader, guide: outcome.guide };
}
