// The official reads their own nevenfuncties register: the office the publication names, each
// nevenfunctie as it stands with its earlier versions, internal fields included (only they and
// the organisation's own pages see those; the publication never does).
import type { Office } from '../../core/vocabulary.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { holderOffice, type NevenfunctieView, ownNevenfuncties } from '../nevenfuncties/register.ts';
import { registerContent } from '../nevenfuncties/registry.ts';

export interface OwnNevenfuncties {
  office: Office | null;
  /** The offices that keep a register (register/nevenfuncties.yaml). */
  offices: Office[];
  entries: NevenfunctieView[];
}

export async function ownRegisterIn(tx: Tx, tenantId: string, userId: string): Promise<OwnNevenfuncties> {
  return {
    office: await holderOffice(tx, tenantId, userId),
    offices: registerContent().offices.map((o) => o.office),
    entries: await ownNevenfuncties(tx, tenantId, userId),
  };
}

export async function readOwnNevenfuncties(
  deps: AppDeps,
  userId: string,
  tenantId: string,
): Promise<OwnNevenfuncties> {
  return inTransaction(deps.database, { tenantId, userId }, (tx) => ownRegisterIn(tx, tenantId, userId));
}
