// The candidate revokes a release at any moment; it counts at the very next request, since nothing is cached.
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import { assertRecentlyAuthenticated, loadOwnScan } from '../policies/procedure.ts';
import { notify } from '../scans/notify.ts';

export async function revokeRelease(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; releaseId: string },
) {
  assertRecentlyAuthenticated(session, deps.now());
  await inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId);
    const revoked = await tx
      .updateTable('releases')
      .set({ revoked_at: deps.now() })
      .where('id', '=', input.releaseId)
      .where('scan_id', '=', scan.id)
      .where('tenant_id', '=', input.tenantId)
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!revoked) throw notFound();
    await notify(tx, deps, {
      tenantId: input.tenantId,
      procedureId: scan.procedure_id,
      scanId: scan.id,
      audience: 'opdrachtgevers',
      template: 'release-revoked',
    });
    await recordAudit(tx, {
      action: 'release.revoked',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'release',
      subjectId: input.releaseId,
      data: { scanId: scan.id },
    });
  });
  await deps.mailer.deliverPending();
}
