// The expert records a source without an API (a news archive, a social medium): where, what was
// searched, on which day, and what was found — a finding for the report or not.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict, notFound } from '../domain-error.ts';
import { assertMay } from '../policies/may.ts';
import { expertScreeningRules } from '../policies/screening.ts';
import { sealField } from '../scans/content.ts';
import { loadForExpert } from '../scans/expert-review.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import { type ManualSource, openScreening } from '../screening/record.ts';
import { screeningStateOf } from '../screening/views.ts';
import { sentence } from '../texts.ts';

export async function recordManualSource(
  deps: AppDeps,
  session: SessionInfo,
  input: {
    tenantId: string;
    procedureId: string;
    scanId: string;
    where: string;
    searched: string;
    searchedOn: string;
    found: string;
    finding: boolean;
    theme?: string | null | undefined;
  },
): Promise<ManualSource> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const { procedure, scan } = await loadForExpert(tx, session, input, true);
    assertMay(expertScreeningRules, screeningStateOf(scan), 'recordSource');
    const record = await openScreening(deps, scan);
    if (!record) throw notFound();
    const theme = input.theme ?? null;
    if (theme !== null) {
      const { instrument } = await pinnedInstrument(deps, procedure);
      if (!instrument.themes.some((t) => t.id === theme)) {
        throw conflict('screening-theme-unknown', sentence('errors', 'screening-theme-unknown'), [
          { path: ['theme'], message: sentence('errors', 'screening-theme-unknown') },
        ]);
      }
    }
    const entry: ManualSource = {
      id: randomUUID(),
      where: input.where,
      searched: input.searched,
      searchedOn: input.searchedOn,
      found: input.found,
      finding: input.finding,
      theme,
      recordedAt: deps.now().toISOString(),
    };
    record.manual.push(entry);
    await tx
      .updateTable('scans')
      .set({ screening_sealed: await sealField(deps, scan, 'screening', record), updated_at: deps.now() })
      .where('id', '=', scan.id)
      .where('tenant_id', '=', input.tenantId)
      .execute();
    await recordAudit(tx, {
      action: 'screening.source_recorded',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: { finding: input.finding, sources: record.manual.length },
    });
    return entry;
  });
}
