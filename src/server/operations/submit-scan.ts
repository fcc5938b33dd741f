// The candidate submits: the server evaluates again with the pinned instrument version (the
// browser's live evaluation is a convenience, this one counts), stores the result sealed, and
// the answers are frozen. Submitting twice changes nothing the second time.
import { evaluate } from '../../core/instrument/evaluate.ts';
import { analyseNetwork } from '../../core/network/metrics.ts';
import type { Network } from '../../core/network/model.ts';
import { transition } from '../../core/sharing/scan-lifecycle.ts';
import type { Language, Sentence } from '../../core/vocabulary.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, unprocessable, withFullStop } from '../domain-error.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { compactAnswers } from '../scans/answer-changes.ts';
import { openField, sealField } from '../scans/content.ts';
import { notify } from '../scans/notify.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { drawingOf } from '../scans/report-view.ts';
import { t } from '../texts.ts';

export async function submitScan(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  scanId: string,
): Promise<{ status: string }> {
  const result = await inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId, { forUpdate: true });
    if (scan.status === 'submitted' || scan.status === 'in-review' || scan.status === 'report-ready') {
      return { status: scan.status };
    }
    const procedure = await procedureOfScan(tx, scan);
    // An optional review without any expert assigned is no review: the report is ready at once.
    const experts = await tx
      .selectFrom('procedure_members')
      .select('membership_id')
      .where('procedure_id', '=', procedure.id)
      .where('role', '=', 'expert')
      .execute();
    const review = procedure.review === 'optional' && experts.length === 0 ? 'none' : procedure.review;
    const step = transition(scan.status === 'invited' ? 'started' : scan.status, 'submit', review);
    if (!step.ok) throw conflict('scan-frozen', withFullStop(step.reason));
    const loaded = await pinnedInstrument(deps, procedure);
    // The change sets of the saves are folded into the sealed answers before the scan freezes.
    const answers = await compactAnswers(deps, tx, scan);
    // Network measures feed the indicators; the analysis (which contacts, which contexts) is kept
    // with the evaluation as their evidence.
    const network = await openField<Network | null>(deps, scan, 'network', null);
    const analysis =
      network && loaded.instrument.network ? analyseNetwork(network, loaded.instrument.network) : null;
    const evaluation = evaluate(loaded.instrument, {
      answers,
      ...(analysis ? { network: analysis.measures } : {}),
    });
    if (evaluation.errors.length > 0) {
      throw unprocessable(
        'incomplete',
        incompleteSentence(
          new Set(evaluation.errors.filter((e) => e.code === 'required').map((e) => e.item)).size,
          new Set(evaluation.errors.filter((e) => e.code !== 'required').map((e) => e.item)).size,
        ),
        evaluation.errors.map((e) => ({
          path: [e.item, e.entry, e.field].filter((p) => p !== undefined),
          message: { nl: e.message.nl, en: e.message.en ?? e.message.nl },
        })),
      );
    }
    const now = deps.now();
    await tx
      .updateTable('scans')
      .set({
        status: step.to,
        evaluation_sealed: await sealField(deps, scan, 'evaluation', {
          instrument: { id: loaded.instrument.id, version: loaded.instrument.version, hash: loaded.hash },
          evaluatedAt: now.toISOString(),
          evaluation,
          network: analysis,
          drawing: loaded.instrument.network
            ? drawingOf(deps, scan.id, network, loaded.instrument.network)
            : null,
        }),
        submitted_at: now,
        updated_at: now,
      })
      .where('id', '=', scan.id)
      .execute();
    await notify(tx, deps, {
      tenantId,
      procedureId: procedure.id,
      scanId: scan.id,
      ...(step.to === 'report-ready'
        ? { audience: 'candidate' as const, template: 'report-ready' as const }
        : { audience: 'experts' as const, template: 'scan-submitted' as const }),
    });
    await recordAudit(tx, {
      action: 'scan.submitted',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: { revision: scan.revision, status: step.to },
    });
    return { status: step.to };
  });
  await deps.mailer.deliverPending();
  return result;
}

/**
 * What is still needed before submitting, in plain words: how many required questions are open and
 * how many answers need a look, and that "weet ik niet" is an answer — not knowing is never read as
 * a risk, it becomes a question for the conversation.
 */
function incompleteSentence(required: number, invalid: number): Sentence {
  const say = (language: Language) =>
    [
      required > 0 ? t('errors', 'incomplete.required', { count: required }, language) : '',
      invalid > 0 ? t('errors', 'incomplete.invalid', { count: invalid }, language) : '',
      t('errors', 'incomplete.advice', undefined, language),
    ]
      .filter((part) => part !== '')
      .join(' ');
  return { nl: say('nl'), en: say('en') };
}
