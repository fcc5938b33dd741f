// The assigned expert sets a judgement per theme with a rationale (the proposed level is kept beside
// it) and chooses the measures.
import { levels } from '../../core/instrument/schema.ts';
import type { Judgement, ReportDecisions } from '../../core/report/report-model.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { type FieldError, invalidInput } from '../domain-error.ts';
import { assertMay } from '../policies/may.ts';
import { expertScanRules } from '../policies/scan.ts';
import { openField, sealField } from '../scans/content.ts';
import { loadForExpert } from '../scans/expert-review.ts';
import { pinnedInstrument } from '../scans/pinned-instrument.ts';
import type { StoredEvaluation } from '../scans/stored-evaluation.ts';
import { sentence } from '../texts.ts';

export interface DecisionsInput {
  judgements: Array<{ theme: string; level: string; rationale: string }>;
  measures: string[];
}

export async function saveDecisions(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; procedureId: string; scanId: string } & DecisionsInput,
): Promise<ReportDecisions> {
  return inTransaction(deps.database, { tenantId: input.tenantId, userId: session.userId }, async (tx) => {
    const { procedure, scan } = await loadForExpert(tx, session, input, true);
    assertMay(expertScanRules, { status: scan.status, review: procedure.review }, 'decide');
    const { instrument } = await pinnedInstrument(deps, procedure);
    const stored = await openField<StoredEvaluation | null>(deps, scan, 'evaluation', null);
    const errors: FieldError[] = [];
    const judgements: Judgement[] = [];
    input.judgements.forEach((j, i) => {
      const theme = stored?.evaluation.themes.find((t) => t.id === j.theme);
      if (!theme || !instrument.themes.some((t) => t.id === j.theme)) {
        errors.push({
          path: ['judgements', i, 'theme'],
          message: sentence('errors', 'fields.unknown-theme'),
        });
        return;
      }
      if (!(levels as readonly string[]).includes(j.level)) {
        errors.push({
          path: ['judgements', i, 'level'],
          message: sentence('errors', 'fields.unknown-level'),
        });
        return;
      }
      judgements.push({
        theme: j.theme,
        proposed: theme.level,
        level: j.level as Judgement['level'],
        rationale: j.rationale,
      });
    });
    input.measures.forEach((m, i) => {
      if (!instrument.measures.some((x) => x.id === m))
        errors.push({ path: ['measures', i], message: sentence('errors', 'fields.unknown-measure') });
    });
    if (errors.length)
      throw invalidInput('invalid-input', sentence('errors', 'invalid-input.decisions-do-not-fit'), errors);
    const decisions: ReportDecisions = {
      judgements,
      measures: [...new Set(input.measures)],
      finalisedAt: null,
    };
    await tx
      .updateTable('scans')
      .set({ report_sealed: await sealField(deps, scan, 'report', decisions), updated_at: deps.now() })
      .where('id', '=', scan.id)
      .execute();
    await recordAudit(tx, {
      action: 'scan.judged',
      tenantId: input.tenantId,
      actorUserId: session.userId,
      subjectType: 'scan',
      subjectId: scan.id,
      data: {
        themes: judgements.length,
        differing: judgements.filter((j) => j.level !== j.proposed).length,
        measures: decisions.measures.length,
      },
    });
    return decisions;
  });
}
