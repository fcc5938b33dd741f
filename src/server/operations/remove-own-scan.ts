// Withdrawal, the candidate's own request to delete, and (later) the retention sweep all end a
// scan the same way: its data key is destroyed first — from then on no copy of its content,
// in this database or any dump or backup, can be read — then its content and releases go and
// a tombstone row remains that names no one. The audit log keeps only that it happened.

import { transition } from '../../core/sharing/scan-lifecycle.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, withFullStop } from '../domain-error.ts';
import { assertRecentlyAuthenticated, loadOwnScan } from '../policies/procedure.ts';
import { type Removal, shredScan } from '../scans/shred-scan.ts';

export async function removeOwnScan(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  scanId: string,
  removal: Removal,
): Promise<void> {
  assertRecentlyAuthenticated(session, deps.now());
  const scan = await inTransaction(deps.database, { tenantId, userId: session.userId }, (tx) =>
    loadOwnScan(tx, session, tenantId, scanId),
  );
  const step = transition(scan.status, removal === 'withdrawn' ? 'withdraw' : 'delete', 'required');
  if (!step.ok) throw conflict('scan-removed', withFullStop(step.reason));
  await shredScan(deps, { tenantId, scanId, actorUserId: session.userId, removal });
}
