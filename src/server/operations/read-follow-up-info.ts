// For the procedure page: which procedure this one follows, and how many scans are linked.
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadProcedureFor } from '../policies/procedure.ts';

/** For the procedure page: which procedure this one follows, and how many scans are linked. */
export async function readFollowUpInfo(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  procedureId: string,
) {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const procedure = await loadProcedureFor(tx, session, tenantId, procedureId, ['opdrachtgever', 'expert']);
    const follows = procedure.follows_procedure_id
      ? await tx
          .selectFrom('procedures')
          .select(['id', 'name'])
          .where('id', '=', procedure.follows_procedure_id)
          .where('tenant_id', '=', tenantId)
          .executeTakeFirst()
      : undefined;
    const linked = await tx
      .selectFrom('scans')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('procedure_id', '=', procedure.id)
      .where('tenant_id', '=', tenantId)
      .where('earlier_scan_id', 'is not', null)
      .executeTakeFirst();
    return {
      follows: follows ? { id: follows.id, name: follows.name } : null,
      linkedScans: Number(linked?.n ?? 0),
    };
  });
}
