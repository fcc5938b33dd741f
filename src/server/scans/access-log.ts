// Every read of scan content — allowed or refused — is written down for the candidate to see.
// A refusal is logged in its own transaction, so it stays even though the request fails.
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../context.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';

export interface AccessEntry {
  tenantId: string;
  scanId: string;
  actorUserId: string;
  actorRole: string;
  view: string;
  outcome: 'allowed' | 'denied';
}

export async function logAccess(tx: Tx, deps: AppDeps, entry: AccessEntry): Promise<void> {
  await tx
    .insertInto('access_log')
    .values({
      id: randomUUID(),
      tenant_id: entry.tenantId,
      scan_id: entry.scanId,
      actor_user_id: entry.actorUserId,
      actor_role: entry.actorRole,
      view: entry.view,
      outcome: entry.outcome,
      at: deps.now(),
    })
    .execute();
}

/** The assigned expert's read of a scan (review page, leidraad, PDF), in the candidate's access log. */
export function logExpertRead(
  tx: Tx,
  deps: AppDeps,
  actorUserId: string,
  scan: { tenant_id: string; id: string },
): Promise<void> {
  return logAccess(tx, deps, {
    tenantId: scan.tenant_id,
    scanId: scan.id,
    actorUserId,
    actorRole: 'expert',
    view: 'expert',
    outcome: 'allowed',
  });
}

export async function logRefusal(deps: AppDeps, entry: Omit<AccessEntry, 'outcome'>): Promise<void> {
  await inTransaction(deps.database, { tenantId: entry.tenantId, userId: entry.actorUserId }, (tx) =>
    logAccess(tx, deps, { ...entry, outcome: 'denied' }),
  );
}
