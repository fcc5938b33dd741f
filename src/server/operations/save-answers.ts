// The autosave of the candidate's answers. Each save is one change set with the revision it was
// based on (retry and conflict rules in scans/autosave.ts); every answer is checked against the
// pinned instrument: what does not fit is refused with the question and the reason.
import type { Answer, Answers } from '../../core/instrument/answers.ts';
import { validateAnswer } from '../../core/instrument/answers.ts';
import { indexInstrument } from '../../core/instrument/index-instrument.ts';
import type { AuditEventInput } from '../audit/events.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { type FieldError, invalidInput } from '../domain-error.ts';
import { autosave } from '../scans/autosave.ts';
import { scanContent } from '../scans/content.ts';
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
  return autosave(
    deps,
    session,
    input,
    'answers',
    sentence('errors', 'revision-conflict.answers'),
    async ({ scan, procedure, revision }) => {
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
      const content = await scanContent(deps, scan);
      const answers: Answers = { ...content.open<Answers>('answers', scan.sealed, {}) };
      for (const [itemId, value] of Object.entries(input.changes)) {
        if (value === null) delete answers[itemId];
        else answers[itemId] = value;
      }
      const audit: AuditEventInput[] = [];
      if (scan.status === 'invited') {
        audit.push({
          action: 'scan.started',
          tenantId: input.tenantId,
          actorUserId: session.userId,
          subjectType: 'scan',
          subjectId: scan.id,
          data: {},
        });
      }
      audit.push({
        action: 'scan.saved',
        tenantId: input.tenantId,
        actorUserId: session.userId,
        subjectType: 'scan',
        subjectId: scan.id,
        data: { revision, items: Object.keys(input.changes).length },
      });
      // The sealed answers, revision, saveId, status and the audit events: one statement.
      return { sealed: content.seal('answers', answers), audit };
    },
  );
}
