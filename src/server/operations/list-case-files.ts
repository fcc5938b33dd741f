// The case files whose team the reader is in (titles opened under each case's key); the reading
// is audited. Cases of other teams are not listed, not even counted.
import { municipalGuides } from '../afwegingskader/registry.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import { caseSealer } from '../case-files/sealed.ts';
import type { AppDeps } from '../context.ts';
import { ScanKeyGone } from '../crypto/scan-keys.ts';
import { inTransaction } from '../db/transaction.ts';

export interface CaseFileSummary {
  id: string;
  title: string;
  status: 'open' | 'closed';
  openedAt: string;
  updatedAt: string;
  stepsSaved: number;
  stepsTotal: number;
}

export async function listCaseFiles(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
): Promise<CaseFileSummary[]> {
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const rows = await tx
      .selectFrom('case_files')
      .innerJoin('case_team_members', 'case_team_members.case_id', 'case_files.id')
      .innerJoin('memberships', 'memberships.id', 'case_team_members.membership_id')
      .select((eb) => [
        'case_files.id',
        'case_files.tenant_id',
        'case_files.title_sealed',
        'case_files.status',
        'case_files.opened_at',
        'case_files.updated_at',
        eb
          .selectFrom('case_steps')
          .select((s) => s.fn.countAll<string>().as('n'))
          .whereRef('case_steps.case_id', '=', 'case_files.id')
          .as('steps'),
      ])
      .where('case_files.tenant_id', '=', tenantId)
      .where('case_team_members.user_id', '=', session.userId)
      .where('memberships.status', '=', 'active')
      .orderBy('case_files.updated_at', 'desc')
      .execute();
    const list: CaseFileSummary[] = [];
    for (const row of rows) {
      // A case whose key is destroyed (removed, and its rows brought back by a restore) opens
      // nothing: it is left out, not an error for the whole list.
      const sealer = await caseSealer(deps, tenantId, row.id).catch((error: unknown) => {
        if (error instanceof ScanKeyGone) return null;
        throw error;
      });
      if (!sealer) continue;
      list.push({
        id: row.id,
        title: sealer.openTitle(row.title_sealed),
        status: row.status,
        openedAt: row.opened_at.toISOString(),
        updatedAt: row.updated_at.toISOString(),
        stepsSaved: Number(row.steps ?? 0),
        stepsTotal: municipalGuides().afwegingskader.steps.length,
      });
    }
    await recordAudit(tx, {
      action: 'case.listed',
      tenantId,
      actorUserId: session.userId,
      subjectType: null,
      subjectId: null,
      data: { count: list.length },
    });
    return list;
  });
}
