// The finished report: the candidate reads it first, then may release it to the procedure's
// opdrachtgever(s) — samenvatting or volledig, until a date — and revoke at any moment. Every
// read by someone else is in the access log; revocation and expiry count at the very next request
// because nothing is cached: each read checks the releases as they are now.
import { randomUUID } from 'node:crypto';
import type { View } from '../../core/instrument/schema.ts';
import { checkNewRelease, type ReleaseScope } from '../../core/sharing/scan-lifecycle.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { Problem, problems } from '../http/problem.ts';
import {
  assertRecentlyAuthenticated,
  loadOwnScan,
  loadProcedureFor,
  loadScanOfProcedure,
  procedureOfScan,
} from '../policies/procedure.ts';
import type { openField } from '../scans/content.ts';
import { notify } from '../scans/notify.ts';
import { refuseUnreleased, releasedViewFor } from '../scans/released.ts';
import { pinnedInstrument } from './candidate-scans.ts';
import { reportViewOf } from './report-view.ts';

const notReady = () =>
  new Problem(409, 'report-not-ready', 'Het rapport is nog niet klaar. / The report is not ready yet.');

async function renderReport(
  deps: AppDeps,
  procedure: Parameters<typeof pinnedInstrument>[1],
  scan: Parameters<typeof openField>[1],
  view: View,
) {
  // One builder for the page and the PDF (report-view.ts): evidence in words, measures once.
  return reportViewOf(deps, procedure, scan, view);
}

export async function readOwnReport(deps: AppDeps, session: SessionInfo, tenantId: string, scanId: string) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    if (scan.status !== 'report-ready') throw notReady();
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
      report: await renderReport(deps, procedure, scan, 'kandidaat'),
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

export async function releaseReport(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; scope: ReleaseScope; until: Date },
): Promise<{ id: string }> {
  assertRecentlyAuthenticated(session, deps.now());
  const created = await inTransaction(
    deps.database,
    { tenantId: input.tenantId, userId: session.userId },
    async (tx) => {
      const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId, { forUpdate: true });
      const procedure = await procedureOfScan(tx, scan);
      const { instrument } = await pinnedInstrument(deps, procedure);
      const check = checkNewRelease(
        { status: scan.status, mode: instrument.mode, until: input.until },
        deps.now(),
      );
      if (!check.ok)
        throw new Problem(409, 'release-refused', `${check.reason}.`, [
          { path: 'until', message: check.reason },
        ]);
      const id = randomUUID();
      await tx
        .insertInto('releases')
        .values({
          id,
          tenant_id: input.tenantId,
          scan_id: scan.id,
          scope: input.scope,
          until: input.until,
          created_at: deps.now(),
        })
        .execute();
      await notify(tx, deps, {
        tenantId: input.tenantId,
        procedureId: procedure.id,
        scanId: scan.id,
        audience: 'opdrachtgevers',
        template: 'report-released',
      });
      await recordAudit(tx, {
        action: 'release.created',
        tenantId: input.tenantId,
        actorUserId: session.userId,
        subjectType: 'release',
        subjectId: id,
        data: { scanId: scan.id, scope: input.scope },
      });
      return { id };
    },
  );
  await deps.mailer.deliverPending();
  return created;
}

export async function revokeRelease(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string; releaseId: string },
) {
  assertRecentlyAuthenticated(session, deps.now());
  await inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, input.tenantId, input.scanId);
    const revoked = await tx
      .updateTable('releases')
      .set({ revoked_at: deps.now() })
      .where('id', '=', input.releaseId)
      .where('scan_id', '=', scan.id)
      .where('tenant_id', '=', input.tenantId)
      .where('revoked_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!revoked) throw problems.notFound();
    await notify(tx, deps, {
      tenantId: input.tenantId,
      procedureId: scan.procedure_id,
      scanId: scan.id,
      audience: 'opdrachtgevers',
      template: 'release-revoked',
    });
    await recordAudit(tx, {
      action: 'release.revoked',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'release',
      subjectId: input.releaseId,
      data: { scanId: scan.id },
    });
  });
  await deps.mailer.deliverPending();
}

/** The opdrachtgever reads a released report; the scope decides the view. Refusals are logged. */
export async function readReleasedReport(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
) {
  const outcome = await inTransaction(
    deps.database,
    { tenantId: input.tenantId, userId: session.userId },
    async (tx) => {
      const procedure = await loadProcedureFor(tx, session, input.tenantId, input.procedureId, [
        'opdrachtgever',
      ]);
      const scan = await loadScanOfProcedure(tx, procedure, input.scanId);
      const view = await releasedViewFor(tx, deps, session, scan);
      if (!view) return null;
      const scope: ReleaseScope = view === 'opdrachtgever-volledig' ? 'volledig' : 'samenvatting';
      return { scope, report: await renderReport(deps, procedure, scan, view) };
    },
  );
  return outcome ?? refuseUnreleased(deps, session, input);
}
