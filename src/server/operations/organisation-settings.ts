// Reading and changing an organisation's settings (beheerder).
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { problems } from '../http/problem.ts';

export interface OrganisationSettings {
  name: string;
  slug: string;
  candidateSecondFactorRequired: boolean;
}

async function select(tx: Tx, tenantId: string): Promise<OrganisationSettings> {
  const row = await tx
    .selectFrom('tenants')
    .select(['name', 'slug', 'candidate_second_factor_required'])
    .where('id', '=', tenantId)
    .executeTakeFirst();
  if (!row) throw problems.notFound();
  return {
    name: row.name,
    slug: row.slug,
    candidateSecondFactorRequired: row.candidate_second_factor_required,
  };
}

export async function readOrganisationSettings(deps: AppDeps, actorUserId: string, tenantId: string) {
  return inTransaction(deps.database, { tenantId, userId: actorUserId }, (tx) => select(tx, tenantId));
}

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
    return select(tx, tenantId);
  });
}
