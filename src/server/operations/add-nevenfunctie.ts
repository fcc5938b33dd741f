// The official adds a nevenfunctie to their register: its first version. Audited with ids only.
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import {
  assertOfficeChosen,
  type NevenfunctieInput,
  type OwnNevenfuncties,
  ownRegisterIn,
  writeVersion,
} from '../nevenfuncties/register.ts';

export async function addNevenfunctie(
  deps: AppDeps,
  userId: string,
  tenantId: string,
  input: NevenfunctieInput,
): Promise<OwnNevenfuncties> {
  return inTransaction(deps.database, { tenantId, userId }, async (tx) => {
    await assertOfficeChosen(tx, tenantId, userId);
    const id = await writeVersion(tx, { tenantId, userId }, null, input, 'own', deps.now());
    await recordAudit(tx, {
      action: 'nevenfunctie.added',
      tenantId,
      actorUserId: userId,
      subjectType: 'nevenfunctie',
      subjectId: id,
      data: { source: 'own' },
    });
    return ownRegisterIn(tx, tenantId, userId);
  });
}
