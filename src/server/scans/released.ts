// What the opdrachtgever may read of a scan, decided from the releases as they are now: nothing
// is cached, so a revocation or an expiry counts at the very next request. Used by every way an
// opdrachtgever reaches a report (the page, the PDF, the interview guide), so they cannot drift.
import type { Selectable } from 'kysely';
import type { View } from '../../core/instrument/schema.ts';
import { clientScope } from '../../core/sharing/scan-lifecycle.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import type { ScansTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { forbidden } from '../domain-error.ts';
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
  scan: Selectable<ScansTable>,
): Promise<ClientView | null> {
  if (scan.status !== 'report-ready') return null;
  const releases = await tx.selectFrom('releases').selectAll().where('scan_id', '=', scan.id).execute();
  const scope = clientScope(
    releases.map((r) => ({
      scope: r.scope,
      until: new Date(r.until),
      revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
    })),
    deps.now(),
  );
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
  throw forbidden('not-released', {
    nl: 'De kandidaat heeft dit rapport niet (meer) met u gedeeld.',
    en: 'Not released to you.',
  });
}
