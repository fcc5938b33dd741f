// Withdrawal, the candidate's own request to delete, and (later) the retention sweep all end a
// scan the same way: its data key is destroyed first — from then on no copy of its content,
// in this database or any dump or backup, can be read — then its content and releases go and
// a tombstone row remains that names no one. The audit log keeps only that it happened.

import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { assertMay } from '../policies/may.ts';
import { assertRecentlyAuthenticated, loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { ownScanRules } from '../policies/scan.ts';
import { type Removal, shredScan } from '../scans/shred-scan.ts';

export async function removeOwnScan(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  scanId: string,
  removal: Removal,
): Promise<void> {
  assertRecentlyAuthenticated(session, deps.now());
  const subject = await inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    return { status: scan.status, review: (await procedureOfScan(tx, scan)).review };
  });
  assertMay(ownScanRules, subject, removal === 'withdrawn' ? 'withdraw' : 'delete');
  await shredScan(deps, { tenantId, scanId, actorUserId: session.userId, removal });
}
