// The beheerder changes the organisation's settings (for now: whether candidates need a second factor).
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { type OrganisationSettings, selectOrganisationSettings } from '../organisation/settings.ts';

export async function updateOrganisationSettings(
  deps: AppDeps,
  actorUserId: string,
  tenantId: string,
  change: { candidateSecondFactorRequired?: boolean },
): Promise<OrganisationSettings> {
  return inTransaction(deps.database, { tenantId, userId: actorUserId }, async (tx) => {
    if (change.candidateSecondFactorRequired !== undefined) {
      await tx
        .updateTable('tenants')
        .set({ candidate_second_factor_required: change.candidateSecondFactorRequired })
        .where('id', '=', tenantId)
        .execute();
      await recordAudit(tx, {
        action: 'organisation.settings_changed',
        tenantId,
        actorUserId,
        subjectType: 'tenant',
        subjectId: tenantId,
        data: { candidateSecondFactorRequired: change.candidateSecondFactorRequired },
      });
    }
    return selectOrganisationSettings(tx, tenantId);
  });
}
