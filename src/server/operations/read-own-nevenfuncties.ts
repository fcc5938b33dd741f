// The official reads their own nevenfuncties register: the office the publication names, each
// nevenfunctie as it stands with its earlier versions, internal fields included (only they and
// the organisation's own pages see those; the publication never does).
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { type OwnNevenfuncties, ownRegisterIn } from '../nevenfuncties/register.ts';

export async function readOwnNevenfuncties(
  deps: AppDeps,
  userId: string,
  tenantId: string,
): Promise<OwnNevenfuncties> {
  return inTransaction(deps.database, { tenantId, userId }, (tx) => ownRegisterIn(tx, tenantId, userId));
}
