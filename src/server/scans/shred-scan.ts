// Ending a scan's content: its data key is destroyed first — from then on no copy of its content,
// in this database or any dump or backup, can be read — then its content and releases go and a
// tombstone row remains that names no one. Shared by the candidate's own withdrawal/deletion
// (operations/remove-scan.ts) and the retention sweep (jobs/retention.ts), so a job never needs
// to import a use case.
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';

export type Removal = 'withdrawn' | 'deleted';

/** Destroys the key, then the content. Safe to run again after a crash in between. */
export async function shredScan(
  deps: AppDeps,
  input: { tenantId: string; scanId: string; actorUserId: string | null; removal: Removal },
): Promise<void> {
  await deps.scanKeys.destroy(input.tenantId, input.scanId);
  await inTransaction(deps.database, { tenantId: input.tenantId, userId: input.actorUserId }, async (tx) => {
    await tx
      .deleteFrom('releases')
      .where('scan_id', '=', input.scanId)
      .where('tenant_id', '=', input.tenantId)
      .execute();
    await tx
      .deleteFrom('access_log')
      .where('scan_id', '=', input.scanId)
      .where('tenant_id', '=', input.tenantId)
      .execute();
    const now = deps.now();
    await tx
      .updateTable('scans')
      .set({
        status: input.removal,
        candidate_user_id: null,
        candidate_membership_id: null,
        answers_sealed: null,
        network_sealed: null,
        evaluation_sealed: null,
        report_sealed: null,
        notes_sealed: null,
        agenda_sealed: null,
        screening_sealed: null,
        screening_ran_at: null,
        declaration_id: null,
        declaration_version: null,
        declaration_signed_at: null,
        declaration_revoked_at: null,
        earlier_scan_id: null,
        earlier_consent: null,
        earlier_consent_at: null,
        last_save_id: null,
        deleted_at: now,
        updated_at: now,
      })
      .where('id', '=', input.scanId)
      .where('tenant_id', '=', input.tenantId)
      .execute();
    // The change sets of the answers' autosaves (migration 0015), after the row above: its lock
    // keeps a save from appending one more meanwhile, and the status it wrote refuses any later.
    await tx
      .deleteFrom('answers_changes')
      .where('scan_id', '=', input.scanId)
      .where('tenant_id', '=', input.tenantId)
      .execute();
    await recordAudit(tx, {
      action: input.removal === 'withdrawn' ? 'scan.withdrawn' : 'scan.deleted',
      tenantId: input.tenantId,
      actorUserId: input.actorUserId,
      subjectType: 'scan',
      subjectId: input.scanId,
      data: {},
    });
  });
}
