// What the official could take over from their own scan: the nevenfuncties they gave there, each
// marked when the register already holds one like it. Nothing is copied here.
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { newestOffer } from '../nevenfuncties/from-scan.ts';
import { ownNevenfuncties } from '../nevenfuncties/register.ts';

const same = (a: { function: string; organisation: string }, b: { function: string; organisation: string }) =>
  a.function.trim().toLowerCase() === b.function.trim().toLowerCase() &&
  a.organisation.trim().toLowerCase() === b.organisation.trim().toLowerCase();

export async function readScanNevenfuncties(deps: AppDeps, userId: string, tenantId: string) {
  return inTransaction(deps.database, { tenantId, userId }, async (tx) => {
    const offer = await newestOffer(deps, tx, tenantId, userId);
    if (!offer) return { scan: null, offered: [], fingerprint: null };
    const entries = (await ownNevenfuncties(tx, tenantId, userId)).filter((e) => e.endsOn === null);
    return {
      scan: offer.scan,
      offered: offer.offered.map((n) => ({ ...n, inRegister: entries.some((e) => same(e, n)) })),
      fingerprint: offer.fingerprint,
    };
  });
}
