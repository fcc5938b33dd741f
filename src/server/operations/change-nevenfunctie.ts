// The official changes or ends one of their nevenfuncties: a new version, the earlier ones kept.
// Someone else's nevenfunctie (or one of another organisation) is "not found".
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import {
  type NevenfunctieInput,
  type OwnNevenfuncties,
  ownRegisterIn,
  writeVersion,
} from '../nevenfuncties/register.ts';
import { sentence } from '../texts.ts';

export async function changeNevenfunctie(
  deps: AppDeps,
  userId: string,
  tenantId: string,
  nevenfunctieId: string,
  input: NevenfunctieInput,
): Promise<OwnNevenfuncties> {
  return inTransaction(deps.database, { tenantId, userId }, async (tx) => {
    const own = await tx
      .selectFrom('nevenfuncties')
      .select('id')
      .where('id', '=', nevenfunctieId)
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!own) throw notFound(sentence('errors', 'not-found.nevenfunctie'));
    await writeVersion(tx, { tenantId, userId }, nevenfunctieId, input, 'own', deps.now());
    await recordAudit(tx, {
      action: 'nevenfunctie.changed',
      tenantId,
      actorUserId: userId,
      subjectType: 'nevenfunctie',
      subjectId: nevenfunctieId,
      data: { ended: input.endsOn !== null },
    });
    return ownRegisterIn(tx, tenantId, userId);
  });
}
