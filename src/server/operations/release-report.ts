// The candidate releases their finished report to the procedure's opdrachtgever(s): samenvatting or
// volledig, until a date; on an election list to its kandidatencommissie (scope commissie: the
// talking points and themes to discuss only). Needs a recent sign-in.
import { randomUUID } from 'node:crypto';
import { checkNewRelease, type ReleaseScope, scopesFor } from '../../core/sharing/scan-lifecycle.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, invalidInput, withFullStop } from '../domain-error.ts';
import { electionOf } from '../policies/committee.ts';
import { assertRecentlyAuthenticated, loadOwnScan, procedureOfScan } from '../policies/procedure.ts';
import { notify } from '../scans/notify.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { sentence } from '../texts.ts';

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
        throw conflict('release-refused', withFullStop(check.reason), [
          { path: ['until'], message: check.reason },
        ]);
      const audience = (await electionOf(tx, procedure)) ? 'commissie' : 'opdrachtgever';
      if (!scopesFor(audience).includes(input.scope))
        throw invalidInput('release-scope', sentence('errors', 'release-scope'), [
          {
            path: ['scope'],
            message:
              audience === 'commissie'
                ? sentence('errors', 'input.scope-commissie')
                : sentence('errors', 'input.scope-not-commissie'),
          },
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
        audience: audience === 'commissie' ? 'commissie' : 'opdrachtgevers',
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
