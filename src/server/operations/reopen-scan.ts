// The assigned expert reopens a scan's answers for correction; the reason is kept with the notes (sealed).
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { openField, sealField } from '../scans/content.ts';
import { reviewStep } from '../scans/expert-review.ts';

/** Reopening keeps the reason with the notes (sealed), so the candidate's answers can be corrected. */
export function reopenScan(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string; reason: string },
) {
  return reviewStep(
    deps,
    session,
    input,
    'reopen',
    async ({ scan }) => {
      const notes = await openField(deps, scan, 'notes', '');
      const stamped = `${notes}${notes ? '\n\n' : ''}[${deps.now().toISOString().slice(0, 10)}] Heropend / reopened: ${input.reason}`;
      return {
        notes_sealed: await sealField(deps, scan, 'notes', stamped),
        evaluation_sealed: null,
        submitted_at: null,
      };
    },
    'scan.reopened',
  );
}
