// What the opdrachtgever may read of a scan, decided from the releases as they are now: nothing
// is cached, so a revocation or an expiry counts at the very next request. Used by every way an
// opdrachtgever reaches a report (the page, the PDF, the interview guide), so they cannot drift.
import type { Selectable } from 'kysely';
import type { View } from '../../core/instrument/schema.ts';
import { clientScope } from '../../core/sharing/scan-lifecycle.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import type { ScansTable } from '../db/schema.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { type LoadedProcedure, loadProcedureFor, loadScanOfProcedure } from '../policies/procedure.ts';
import { notReleased, procedureScanRules } from '../policies/scan.ts';
import { logAccess, logRefusal } from './access-log.ts';

export type ClientView = Extract<View, 'opdrachtgever-samenvatting' | 'opdrachtgever-volledig'>;

/**
 * The view an active release gives the opdrachtgever on a finished report, with the read written
 * to the access log in the same transaction; null when nothing is released (then call
 * `refuseUnreleased` after the transaction, so the refusal stays in the log).
 */
export async function releasedViewFor(
  tx: Tx,
  deps: AppDeps,
  session: SessionInfo,
  procedure: LoadedProcedure,
  scan: Selectable<ScansTable>,
): Promise<ClientView | null> {
  const releases = (await tx.selectFrom('releases').selectAll().where('scan_id', '=', scan.id).execute()).map(
    (r) => ({
      scope: r.scope,
      until: new Date(r.until),
      revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
    }),
  );
  const now = deps.now();
  // The rule the procedure's reply sends as `may: ['readReport']` (policies/scan.ts).
  const subject = {
    roles: procedure.roles,
    procedureStatus: procedure.status,
    status: scan.status,
    releases,
    now,
  };
  if (procedureScanRules.readReport(subject) !== null) return null;
  const scope = clientScope(releases, now);
  if (!scope) return null;
  const view: ClientView = scope === 'volledig' ? 'opdrachtgever-volledig' : 'opdrachtgever-samenvatting';
  await logAccess(tx, deps, {
    tenantId: scan.tenant_id,
    scanId: scan.id,
    actorUserId: session.userId,
    actorRole: 'opdrachtgever',
    view,
    outcome: 'allowed',
  });
  return view;
}

/** Logs the refused read in its own transaction and answers 403: the candidate did not (or no longer) share. */
export async function refuseUnreleased(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; scanId: string },
): Promise<never> {
  await logRefusal(deps, {
    tenantId: input.tenantId,
    scanId: input.scanId,
    actorUserId: session.userId,
    actorRole: 'opdrachtgever',
    view: 'opdrachtgever',
  });
  throw notReleased();
}

/**
 * The one way an opdrachtgever reaches a released report, for the page and the PDF alike: their
 * own procedure, its scan, an active release (the read logged in the same transaction), then
 * `read`. Without a release the refusal is logged in its own transaction and answered 403.
 */
export async function readReleased<T>(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
  read: (
    tx: Tx,
    found: {
      procedure: Awaited<ReturnType<typeof loadProcedureFor>>;
      scan: Selectable<ScansTable>;
      view: ClientView;
    },
  ) => Promise<T>,
): Promise<T> {
  const outcome = await inTransaction(
    deps.database,
    { tenantId: input.tenantId, userId: session.userId },
    async (tx) => {
      const procedure = await loadProcedureFor(tx, session, input.tenantId, input.procedureId, [
        'opdrachtgever',
      ]);
      const scan = await loadScanOfProcedure(tx, procedure, input.scanId);
      const view = await releasedViewFor(tx, deps, session, procedure, scan);
      return view ? { value: await read(tx, { procedure, scan, view }) } : null;
    },
  );
  return outcome ? outcome.value : refuseUnreleased(deps, session, input);
}
