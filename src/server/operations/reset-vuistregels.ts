// The beheerder goes back to the shipped vuistregels for one set: the organisation's wording is
// deleted. Audited (set id only) when there was one to delete; a second reset changes nothing.
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import { handreiking } from '../handreiking/registry.ts';
import { sentence } from '../texts.ts';
import { readVuistregels, type VuistregelsView } from './read-vuistregels.ts';

export async function resetVuistregels(
  deps: AppDeps,
  actorUserId: string,
  tenantId: string,
  setId: string,
): Promise<VuistregelsView> {
  if (!handreiking().vuistregels.sets.some((s) => s.id === setId))
    throw notFound(sentence('errors', 'not-found.vuistregels-set'));
  await inTransaction(deps.database, { tenantId, userId: actorUserId }, async (tx) => {
    const deleted = await tx
      .deleteFrom('vuistregels_adjustments')
      .where('tenant_id', '=', tenantId)
      .where('set_id', '=', setId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) > 0)
      await recordAudit(tx, {
        action: 'vuistregels.reset',
        tenantId,
        actorUserId,
        subjectType: 'tenant',
        subjectId: tenantId,
        data: { set: setId },
      });
  });
  return readVuistregels(deps, actorUserId, tenantId);
}
