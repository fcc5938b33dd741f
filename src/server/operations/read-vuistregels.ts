// The vuistregels integriteit of an organisation: per set (raadslid, wethouder, bestuurder) the
// rules as the organisation adjusted them, or the shipped default. Every member may read them (they
// are shown before a check or scan and printed); the beheerder's page shows the default beside them.
import type { FullText } from '../../core/conversation/schema.ts';
import type { Vuistregel } from '../../core/handreiking/schema.ts';
import type { Office } from '../../core/vocabulary.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { handreiking } from '../handreiking/registry.ts';

export interface VuistregelsSetView {
  id: string;
  title: FullText;
  offices: Office[];
  rules: Vuistregel[];
  defaultRules: Vuistregel[];
  /** Whether the organisation changed this set (then `revision` counts the changes). */
  adjusted: boolean;
  revision: number;
}

export interface VuistregelsView {
  intro: FullText;
  sets: VuistregelsSetView[];
}

export async function readVuistregels(
  deps: AppDeps,
  actorUserId: string,
  tenantId: string,
): Promise<VuistregelsView> {
  const { vuistregels } = handreiking();
  const rows = await inTransaction(deps.database, { tenantId, userId: actorUserId }, (tx) =>
    tx
      .selectFrom('vuistregels_adjustments')
      .select(['set_id', 'rules', 'revision'])
      .where('tenant_id', '=', tenantId)
      .execute(),
  );
  const own = new Map(rows.map((r) => [r.set_id, r]));
  return {
    intro: vuistregels.intro,
    sets: vuistregels.sets.map((set) => {
      const row = own.get(set.id);
      return {
        id: set.id,
        title: set.title,
        offices: [...set.offices],
        rules: row ? row.rules : set.rules,
        defaultRules: set.rules,
        adjusted: row !== undefined,
        revision: row?.revision ?? 0,
      };
    }),
  };
}
