// The candidate's research consent for one scan, with its history (yes or no, when) and how many
// research tables counted the scan so far (from the access log).
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadOwnScan } from '../policies/procedure.ts';

export async function readResearchConsent(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  scanId: string,
): Promise<{
  consent: boolean;
  at: string | null;
  history: Array<{ consent: boolean; at: string }>;
  tables: number;
}> {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const scan = await loadOwnScan(tx, session, tenantId, scanId);
    const history = await tx
      .selectFrom('research_consent_history')
      .select(['consent', 'at'])
      .where('tenant_id', '=', tenantId)
      .where('scan_id', '=', scan.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    const tables = await tx
      .selectFrom('access_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('scan_id', '=', scan.id)
      .where('view', '=', 'research-table')
      .executeTakeFirstOrThrow();
    return {
      consent: scan.research_consent,
      at: scan.research_consent_at ? new Date(scan.research_consent_at).toISOString() : null,
      history: history.map((h) => ({ consent: h.consent, at: new Date(h.at).toISOString() })),
      tables: Number(tables.n),
    };
  });
}
