// The beheerder words one set of vuistregels for their organisation: the whole list replaces the
// default (or the earlier wording). Audited with the set id and the number of rules, never the text.
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import { handreiking } from '../handreiking/registry.ts';
import { sentence } from '../texts.ts';
import { readVuistregels, type VuistregelsView } from './read-vuistregels.ts';

export interface VuistregelsChange {
  rules: Array<{ text: { nl: string; en: string } }>;
}

export async function adjustVuistregels(
  deps: AppDeps,
  actorUserId: string,
  tenantId: string,
  setId: string,
  change: VuistregelsChange,
): Promise<VuistregelsView> {
  if (!handreiking().vuistregels.sets.some((s) => s.id === setId))
    throw notFound(sentence('errors', 'not-found.vuistregels-set'));
  // Ids in the order written: the web lists them, nothing refers to them across versions.
  const rules = change.rules.map((rule, i) => ({
    id: `regel-${i + 1}`,
    text: { nl: rule.text.nl.trim(), en: rule.text.en.trim() },
  }));
  await inTransaction(deps.database, { tenantId, userId: actorUserId }, async (tx) => {
    await tx
      .insertInto('vuistregels_adjustments')
      .values({ tenant_id: tenantId, set_id: setId, rules: JSON.stringify(rules) })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'set_id']).doUpdateSet((eb) => ({
          rules: JSON.stringify(rules),
          revision: eb('vuistregels_adjustments.revision', '+', 1),
          updated_at: new Date(),
        })),
      )
      .execute();
    await recordAudit(tx, {
      action: 'vuistregels.adjusted',
      tenantId,
      actorUserId,
      subjectType: 'tenant',
      subjectId: tenantId,
      data: { set: setId, rules: rules.length },
    });
  });
  return readVuistregels(deps, actorUserId, tenantId);
}
