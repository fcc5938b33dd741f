// The candidate says yes or no to the use of their scan's results in research tables; revocable at
// any time, counted at the next table. Each change is kept (who, when, yes or no) and audited,
// without any of the scan's content.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { loadOwnScan } from '../policies/procedure.ts';
import { sentence } from '../texts.ts';

export async function setResearchConsent(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; consent: boolean },
): Promise<{ consent: boolean; at: string | null }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId, { forUpdate: true });
    if (scan.status === 'deleted' || scan.status === 'withdrawn')
      throw conflict('scan-deleted', sentence('errors', 'scan-deleted'));
    if (scan.research_consent === input.consent)
      return { consent: scan.research_consent, at: scan.research_consent_at?.toISOString() ?? null };
    const now = deps.now();
    await tx
      .updateTable('scans')
      .set({ research_consent: input.consent, research_consent_at: now })
      .where('id', '=', scan.id)
      .where('tenant_id', '=', input.tenantId)
      .execute();
    await tx
      .insertInto('research_consent_history')
      .values({
        id: randomUUID(),
        tenant_id: input.tenantId,
        scan_id: scan.id,
        actor_user_id: session.userId,
        consent: input.consent,
        at: now,
      })
      .execute();
    await recordAudit(tx, {
      action: 'research.consent_changed',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: { consent: input.consent },
    });
    return { consent: input.consent, at: now.toISOString() };
  });
}
