// The assigned expert's conversation notes on a scan, sealed.
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { sealField } from '../scans/content.ts';
import { loadForExpert } from '../scans/expert-review.ts';

export async function saveNotes(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string; notes: string },
) {
  await inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const { scan } = await loadForExpert(tx, session, input, true);
    await tx
      .updateTable('scans')
      .set({ notes_sealed: await sealField(deps, scan, 'notes', input.notes), updated_at: deps.now() })
      .where('id', '=', scan.id)
      .execute();
    await recordAudit(tx, {
      action: 'scan.notes_saved',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: {},
    });
  });
}
