// The candidate gives or withdraws consent to use their earlier scan; withdrawing counts at the next request.
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { loadOwnScan } from '../policies/procedure.ts';
import { sentence } from '../texts.ts';

export async function setEarlierConsent(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; consent: boolean },
): Promise<{ consent: boolean }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId, { forUpdate: true });
    if (!scan.earlier_scan_id) {
      throw conflict('no-earlier-scan', sentence('errors', 'no-earlier-scan'));
    }
    if (scan.earlier_consent !== input.consent) {
      await tx
        .updateTable('scans')
        .set({ earlier_consent: input.consent, earlier_consent_at: deps.now() })
        .where('id', '=', scan.id)
        .where('tenant_id', '=', input.tenantId)
        .execute();
      await recordAudit(tx, {
        action: 'scan.earlier_consent_changed',
        tenantId: input.tenantId,
        actorUserId: session.userId,
        subjectType: 'scan',
        subjectId: scan.id,
        data: { consent: input.consent },
      });
    }
    return { consent: input.consent };
  });
}
