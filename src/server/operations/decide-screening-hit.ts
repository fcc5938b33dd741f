// The expert confirms or dismisses one hit of the antecedentenonderzoek, always with a reason.
// Only confirmed hits become findings (for the candidate and the report, as evidence for a theme);
// a dismissed one stays in the expert's record. A decision can be changed; the last one counts.

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
import { openScreening } from '../screening/record.ts';
import { screeningStateOf } from '../screening/views.ts';
import { sentence } from '../texts.ts';

export async function decideScreeningHit(
  deps: AppDeps,
  session: SessionInfo,
  input: {
    tenantId: string;
    procedureId: string;
    scanId: string;
    hitId: string;
    outcome: 'confirmed' | 'dismissed';
    reason: string;
    theme?: string | null | undefined;
  },
) {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const { procedure, scan } = await loadForExpert(tx, session, input, true);
    assertMay(expertScreeningRules, screeningStateOf(scan), 'decide');
    const record = await openScreening(deps, scan);
    const hit = record?.hits.find((h) => h.id === input.hitId);
    if (!record || !hit) throw notFound(sentence('errors', 'screening-hit-unknown'));
    const theme = input.theme ?? null;
    if (theme !== null) {
      const { instrument } = await pinnedInstrument(deps, procedure);
      if (!instrument.themes.some((t) => t.id === theme)) {
        throw conflict('screening-theme-unknown', sentence('errors', 'screening-theme-unknown'), [
          { path: ['theme'], message: sentence('errors', 'screening-theme-unknown') },
        ]);
      }
    }
    hit.decision = { outcome: input.outcome, reason: input.reason, theme, at: deps.now().toISOString() };
    await tx
      .updateTable('scans')
      .set({ screening_sealed: await sealField(deps, scan, 'screening', record), updated_at: deps.now() })
      .where('id', '=', scan.id)
      .where('tenant_id', '=', input.tenantId)
      .execute();
    await recordAudit(tx, {
      action: 'screening.hit_decided',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: {
        outcome: input.outcome,
        confirmed: record.hits.filter((h) => h.decision?.outcome === 'confirmed').length,
        dismissed: record.hits.filter((h) => h.decision?.outcome === 'dismissed').length,
      },
    });
    return { id: hit.id, decision: hit.decision };
  });
}
