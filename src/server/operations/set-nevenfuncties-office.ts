// The official says which office the publication names with their nevenfuncties. Audited with
// the office (a word of the vocabulary), never a name.
import type { Office } from '../../core/vocabulary.ts';
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { invalidInput } from '../domain-error.ts';
import { type OwnNevenfuncties, ownRegisterIn } from '../nevenfuncties/register.ts';
import { registerContent } from '../nevenfuncties/registry.ts';
import { sentence } from '../texts.ts';

export async function setNevenfunctiesOffice(
  deps: AppDeps,
  userId: string,
  tenantId: string,
  office: Office,
): Promise<OwnNevenfuncties> {
  if (!registerContent().offices.some((o) => o.office === office))
    throw invalidInput('invalid-input', sentence('errors', 'nevenfuncties-office'), [
      { path: ['office'], message: sentence('errors', 'nevenfuncties-office') },
    ]);
  return inTransaction(deps.database, { tenantId, userId }, async (tx) => {
    const now = deps.now();
    await tx
      .insertInto('nevenfunctie_holders')
      .values({ tenant_id: tenantId, user_id: userId, office, updated_at: now })
      .onConflict((oc) => oc.columns(['tenant_id', 'user_id']).doUpdateSet({ office, updated_at: now }))
      .execute();
    await recordAudit(tx, {
      action: 'nevenfuncties.office_set',
      tenantId,
      actorUserId: userId,
      subjectType: 'user',
      subjectId: userId,
      data: { office },
    });
    return ownRegisterIn(tx, tenantId, userId);
  });
}
