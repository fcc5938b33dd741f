// A member agrees to stacking their network map with the college's, or takes it back. Each change
// is a new row (the history stays); a revoked consent hides the stacked view at the next request.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import { agreementOf, consentsOf } from '../colleges/colleges.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { collegeRules, loadCollegeFor } from '../policies/college.ts';
import { assertMay } from '../policies/may.ts';

export async function setCollegeConsent(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; collegeId: string; consent: boolean },
): Promise<{ consent: boolean; members: number; agreed: number }> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const loaded = await loadCollegeFor(tx, session, input.tenantId, input.collegeId, ['member']);
    const before = (await agreementOf(tx, input.tenantId, [loaded.college.id])).get(loaded.college.id)!;
    assertMay(collegeRules, { parts: loaded.parts, ...before, mapsAvailable: true }, 'consent');
    const memberId = loaded.memberId!;
    const now = (await consentsOf(tx, input.tenantId, [memberId])).get(memberId)?.consent ?? false;
    if (now !== input.consent) {
      await tx
        .insertInto('college_consents')
        .values({
          id: randomUUID(),
          tenant_id: input.tenantId,
          college_member_id: memberId,
          consent: input.consent,
          at: deps.now(),
        })
        .execute();
      await recordAudit(tx, {
        action: 'college.consent_changed',
        tenantId: input.tenantId,
        actorUserId: session.userId,
        subjectType: 'college',
        subjectId: loaded.college.id,
        data: { consent: input.consent },
      });
    }
    const after = (await agreementOf(tx, input.tenantId, [loaded.college.id])).get(loaded.college.id)!;
    return { consent: input.consent, ...after };
  });
}
