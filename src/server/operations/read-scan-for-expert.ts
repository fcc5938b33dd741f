// The assigned expert reads a submitted scan: answers, network, evaluation, notes and decisions;
// each read is in the candidate's access log.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { mayList } from '../policies/may.ts';
import { expertScanRules } from '../policies/scan.ts';
import { logExpertRead } from '../scans/access-log.ts';
import { openField, readAnswers } from '../scans/content.ts';
import { loadForExpert } from '../scans/expert-review.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { emptyDecisions, type StoredEvaluation } from '../scans/stored-evaluation.ts';

export async function readScanForExpert(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
) {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const { procedure, scan } = await loadForExpert(tx, session, input);
    const loaded = await pinnedInstrument(deps, procedure);
    await logExpertRead(tx, deps, session.userId, scan);
    return {
      id: scan.id,
      status: scan.status,
      instrument: { id: loaded.instrument.id, version: loaded.instrument.version, hash: loaded.hash },
      answers: await readAnswers(deps, tx, scan),
      network: await openField(deps, scan, 'network', null),
      networkAnalysis:
        (await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null))?.network ?? null,
      evaluation:
        (await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null))?.evaluation ?? null,
      notes: await openField(deps, scan, 'notes', ''),
      decisions: await openField(deps, scan, 'report', emptyDecisions),
      may: mayList(expertScanRules, { status: scan.status, review: procedure.review }),
    };
  });
}
