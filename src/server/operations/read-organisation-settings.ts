// The beheerder reads the organisation's settings.
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { selectOrganisationSettings } from '../organisation/settings.ts';

export async function readOrganisationSettings(deps: AppDeps, actorUserId: string, tenantId: string) {
  return inTransaction(deps.database, { tenantId, userId: actorUserId }, (tx) =>
    selectOrganisationSettings(tx, tenantId),
  );
}
