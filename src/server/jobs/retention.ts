// The retention sweep: once a procedure has been closed for its retention period, its scans are
// destroyed the same way a candidate's own deletion does it (key first, then content; a tombstone
// that names no one stays). Runs per organisation, so row-level security applies as everywhere.
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { shredScan } from '../scans/shred-scan.ts';

export async function runRetentionSweep(deps: AppDeps): Promise<{ deleted: number }> {
  const tenants = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
    tx.selectFrom('tenants').select('id').execute(),
  );
  const now = deps.now();
  let deleted = 0;
  for (const tenant of tenants) {
    const due = await inTransaction(deps.database, { tenantId: tenant.id, userId: null }, async (tx) => {
      const rows = await tx
        .selectFrom('scans')
        .innerJoin('procedures', 'procedures.id', 'scans.procedure_id')
        .select(['scans.id', 'procedures.closed_at', 'procedures.retention_days'])
        .where('procedures.status', '=', 'closed')
        .where('scans.status', 'not in', ['deleted', 'withdrawn'])
        .execute();
      return rows.filter(
        (r) =>
          r.closed_at && new Date(r.closed_at).getTime() + r.retention_days * 86_400_000 <= now.getTime(),
      );
    });
    for (const scan of due) {
      await shredScan(deps, { tenantId: tenant.id, scanId: scan.id, actorUserId: null, removal: 'deleted' });
      deleted += 1;
    }
  }
  if (deleted > 0) deps.logger.info({ deleted }, 'retention sweep');
  return { deleted };
}

/**
 * Runs the sweep now and then every hour in this process. With several processes on one
 * PostgreSQL they may sweep at the same moment; that is harmless (shredding is idempotent and the
 * scan row is updated under its own lock), so no leader election is needed.
 */
export function scheduleRetention(deps: AppDeps, everyMs = 60 * 60_000): { stop(): void } {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runRetentionSweep(deps);
    } catch (error) {
      deps.logger.error(
        { err: { name: (error as Error).name, message: (error as Error).message } },
        'retention sweep failed',
      );
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 5_000);
  const timer = setInterval(tick, everyMs);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
