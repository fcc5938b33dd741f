// The autosave of the candidate's answers. Each save is one change set with the revision it was
// based on (retry and conflict rules in scans/autosave.ts); every answer is checked against the
// pinned instrument: what does not fit is refused with the question and the reason.
import type { Answer, Answers } from '../../core/instrument/answers.ts';
import { validateAnswer } from '../../core/instrument/answers.ts';
import { indexInstrument } from '../../core/instrument/index-instrument.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { type FieldError, invalidInput } from '../domain-error.ts';
import { beginSave } from '../scans/autosave.ts';
import { readAnswers, sealField } from '../scans/content.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { sentence } from '../texts.ts';

export interface SaveAnswersInput {
  tenantId: string;
  scanId: string;
  baseRevision: number;
  saveId: string;
  /** Item id → new answer, or null to clear it. */
  changes: Record<string, Answer | null>;
}

export async function saveAnswers(
  deps: AppDeps,
  session: SessionInfo,
  input: SaveAnswersInput,
): Promise<{ revision: number }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const start = await beginSave(tx, session, input, sentence('errors', 'revision-conflict.answers'));
    if (start.retry) return { revision: start.revision };
    const { scan, procedure } = start;
    const loaded = await pinnedInstrument(deps, procedure);
    const index = indexInstrument(loaded.instrument);
    const errors: FieldError[] = [];
    for (const [itemId, value] of Object.entries(input.changes)) {
      const place = index.items.get(itemId);
      if (!place) {
        errors.push({
          path: ['changes', itemId],
          message: sentence('errors', 'fields.unknown-question'),
        });
        continue;
      }
      if (value === null) continue;
      for (const e of validateAnswer(place.item, value)) {
        if (e.code === 'required') continue;
        const where = e.entry !== undefined ? [e.entry, ...(e.field ? [e.field] : [])] : [];
        errors.push({
          path: ['changes', itemId, ...where],
          message: { nl: e.message.nl, en: e.message.en ?? e.message.nl },
        });
      }
    }
    if (errors.length > 0) {
      throw invalidInput('invalid-answer', sentence('errors', 'invalid-answer'), errors);
    }
    const answers: Answers = { ...(await readAnswers(deps, scan)) };
    for (const [itemId, value] of Object.entries(input.changes)) {
      if (value === null) delete answers[itemId];
      else answers[itemId] = value;
    }
    const revision = scan.revision + 1;
    await tx
      .updateTable('scans')
      .set({
        answers_sealed: await sealField(deps, scan, 'answers', answers),
        revision,
        last_save_id: input.saveId,
        status: start.to,
        updated_at: deps.now(),
      })
      .where('id', '=', scan.id)
      .execute();
    if (scan.status === 'invited') {
      await recordAudit(tx, {
        action: 'scan.started',
        tenantId: input.tenantId,
        actorUserId: session.userId,
        subjectType: 'scan',
        subjectId: scan.id,
        data: {},
      });
    }
    await recordAudit(tx, {
      action: 'scan.saved',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: { revision, items: Object.keys(input.changes).length },
    });
    return { revision };
  });
}
