// The candidate reads their finished report first, with their releases and who read it (the access log).
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { reportNotReady, reportViewOf } from '../scans/report-view.ts';

export async function readOwnReport(deps: AppDeps, session: SessionInfo, tenantId: string, scanId: string) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    if (scan.status !== 'report-ready') throw reportNotReady();
    const procedure = await procedureOfScan(tx, scan);
    const releases = await tx
      .selectFrom('releases')
      .selectAll()
      .where('scan_id', '=', scan.id)
      .orderBy('created_at', 'desc')
      .execute();
    const access = await tx
      .selectFrom('access_log')
      .select(['actor_role', 'view', 'outcome', 'at'])
      .where('scan_id', '=', scan.id)
      .orderBy('at', 'desc')
      .limit(200)
      .execute();
    return {
      report: await reportViewOf(deps, procedure, scan, 'kandidaat'),
      releasable: procedure.review !== 'none',
      releases: releases.map((r) => ({
        id: r.id,
        scope: r.scope,
        until: new Date(r.until).toISOString(),
        createdAt: new Date(r.created_at).toISOString(),
        revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
        active: r.revoked_at === null && new Date(r.until).getTime() > deps.now().getTime(),
      })),
      accessLog: access.map((a) => ({
        role: a.actor_role,
        view: a.view,
        outcome: a.outcome,
        at: new Date(a.at).toISOString(),
      })),
    };
  });
}
