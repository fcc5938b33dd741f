// The committee view of one candidate on an election list: the report model's `commissie` view
// (core/report/report-model.ts: per theme whether to discuss it, the raised indicators with their
// talking points) and the leidraad built from that view only (buildInterviewGuide, reader
// commissie), only while the candidate's release to the committee is active — the releases are
// read at every request, so a revocation counts at once. The read goes into the candidate's access
// log (role commissie, view commissie); a refusal is logged in its own transaction, as for the
// opdrachtgever's released report. Only the sealed evaluation and the expert's decisions are opened
// (scans/report-view.ts opens nothing personal for this reader), never the answers, the network map
// or the notes.
import {
  buildInterviewGuide,
  findingsFromReportView,
  type InterviewGuide,
} from '../../core/conversation/interview-guide.ts';
import type { ReportView } from '../../core/report/report-model.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { conversationFor } from '../conversation/registry.ts';
import { inTransaction } from '../db/transaction.ts';
import { committeeScanRules, loadElectionListFor, releasesOfScans } from '../policies/committee.ts';
import { loadScanOfProcedure } from '../policies/procedure.ts';
import { notReleased } from '../policies/scan.ts';
import { logAccess, logRefusal } from '../scans/access-log.ts';
import { openField } from '../scans/content.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { reportViewOf } from '../scans/report-view.ts';
import type { StoredEvaluation } from '../scans/stored-evaluation.ts';

export async function readCommitteeView(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
): Promise<{
  election: string;
  year: number;
  displayName: string | null;
  report: ReportView;
  guide: InterviewGuide;
}> {
  const conversation = conversationFor(deps.instruments);
  const outcome = await inTransaction(
    deps.database,
    { tenantId: input.tenantId, userId: session.userId },
    async (tx) => {
      const list = await loadElectionListFor(tx, session, input.tenantId, input.procedureId);
      const scan = await loadScanOfProcedure(tx, list, input.scanId);
      const releases = (await releasesOfScans(tx, [scan.id])).get(scan.id) ?? [];
      const refusal = committeeScanRules.readView({ status: scan.status, releases, now: deps.now() });
      if (refusal) return { ok: false as const, refusal };
      const stored = await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null);
      if (!stored) return { ok: false as const, refusal: notReleased() };
      const { instrument } = await pinnedInstrument(deps, list);
      const report = await reportViewOf(deps, tx, list, scan, 'commissie');
      const person = scan.candidate_user_id
        ? await tx
            .selectFrom('users')
            .select('display_name')
            .where('id', '=', scan.candidate_user_id)
            .executeTakeFirst()
        : undefined;
      await logAccess(tx, deps, {
        tenantId: scan.tenant_id,
        scanId: scan.id,
        actorUserId: session.userId,
        actorRole: 'commissie',
        view: 'commissie',
        outcome: 'allowed',
      });
      return {
        ok: true as const,
        value: {
          election: list.election.election,
          year: list.election.year,
          displayName: person?.display_name ?? null,
          report,
          guide: buildInterviewGuide({
            instrument,
            leidraad: conversation.leidraad,
            dilemmas: conversation.dilemmas,
            findings: findingsFromReportView(report),
            reader: 'commissie',
          }),
        },
      };
    },
  );
  if (outcome.ok) return outcome.value;
  await logRefusal(deps, {
    tenantId: input.tenantId,
    scanId: input.scanId,
    actorUserId: session.userId,
    actorRole: 'commissie',
    view: 'commissie',
  });
  throw outcome.refusal;
}
