// The beheerder reads the organisation's research settings.
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { type ResearchSettingsView, selectResearchSettings } from '../research/settings.ts';

export async function readResearchSettings(
  deps: AppDeps,
  actorUserId: string,
  tenantId: string,
): Promise<ResearchSettingsView> {
  return inTransaction(deps.database, { tenantId, userId: actorUserId }, (tx) =>
    selectResearchSettings(tx, tenantId),
  );
}
