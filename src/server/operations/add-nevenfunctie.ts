// The official adds a nevenfunctie to their register: its first version. Audited with ids only.
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { holderOffice, type NevenfunctieInput, writeVersion } from '../nevenfuncties/register.ts';
import { sentence } from '../texts.ts';
import { type OwnNevenfuncties, ownRegisterIn } from './read-own-nevenfuncties.ts';

/** Entries are published with the official's office: it is chosen first. */
export async function assertOfficeChosen(tx: Tx, tenantId: string, userId: string): Promise<void> {
  if (!(await holderOffice(tx, tenantId, userId)))
    throw conflict('nevenfuncties-office', sentence('errors', 'nevenfuncties-office'));
}

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
