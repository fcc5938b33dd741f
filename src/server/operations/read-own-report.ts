// The candidate reads their finished report first, with their releases and who read it (the access log).
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { electionOf } from '../policies/committee.ts';
import { assertMay, mayList } from '../policies/may.ts';
import { loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { ownReportRules, ownScanRules, releaseRules } from '../policies/scan.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { reportViewOf } from '../scans/report-view.ts';
import { checkedSourcesOf, findingsOf, openScreening } from '../screening/record.ts';

export async function readOwnReport(deps: AppDeps, session: SessionInfo, tenantId: string, scanId: string) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    const procedure = await procedureOfScan(tx, scan);
    assertMay(ownScanRules, { status: scan.status, review: procedure.review }, 'readReport');
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
    const screening = await openScreening(deps, scan);
    return {
      report: await reportViewOf(deps, tx, procedure, scan, 'kandidaat'),
      // The antecedentenonderzoek: what was checked and the confirmed findings only, by theme.
      screening: screening
        ? {
            ranAt: screening.ranAt,
            declaration: screening.declaration,
            checked: checkedSourcesOf(screening),
            findings: findingsOf(screening),
          }
        : null,
      // What the candidate may do with the report and with each release (policies/scan.ts).
      may: mayList(ownReportRules, {
        status: scan.status,
        mode: (await pinnedInstrument(deps, procedure)).instrument.mode,
      }),
      // Whom a release goes to: an election list's kandidatencommissie, otherwise the opdrachtgever.
      releaseTo: (await electionOf(tx, procedure)) ? ('commissie' as const) : ('opdrachtgever' as const),
      releases: releases.map((r) => ({
        id: r.id,
        scope: r.scope,
        until: new Date(r.until).toISOString(),
        createdAt: new Date(r.created_at).toISOString(),
        revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
        active: r.revoked_at === null && new Date(r.until).getTime() > deps.now().getTime(),
        may: mayList(releaseRules, { revokedAt: r.revoked_at ? new Date(r.revoked_at) : null }),
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
