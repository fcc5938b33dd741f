// The opdrachtgever sends a reminder to a candidate who has not submitted yet.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import { assertMay } from '../policies/may.ts';
import { loadProcedureFor } from '../policies/procedure.ts';
import { procedureScanRules } from '../policies/scan.ts';
import { notify } from '../scans/notify.ts';

export async function remindCandidate(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string },
): Promise<void> {
  await inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const procedure = await loadProcedureFor(tx, session, input.tenantId, input.procedureId, [
      'opdrachtgever',
    ]);
    const scan = await tx
      .selectFrom('scans')
      .select(['id', 'status'])
      .where('id', '=', input.scanId)
      .where('procedure_id', '=', procedure.id)
      .where('tenant_id', '=', input.tenantId)
      .executeTakeFirst();
    if (!scan) throw notFound();
    // Releases play no part in a reminder.
    const subject = {
      roles: procedure.roles,
      procedureStatus: procedure.status,
      status: scan.status,
      releases: [],
      now: deps.now(),
    };
    assertMay(procedureScanRules, subject, 'remind');
    await notify(tx, deps, { ...input, audience: 'candidate', template: 'scan-reminder' });
  });
  await deps.mailer.deliverPending();
}
