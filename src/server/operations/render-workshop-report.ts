// The datavolwassenheidsscan's report of a closed round as a PDF/A file, rendered per request and
// never stored: the spread per theme, the points that were furthest apart, what the workshop
// recorded (src/server/pdf/render-workshop-report.ts). Audited with counts only.
import { conclusionsInOrder } from '../../core/workshop/conclusions.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { renderWorkshopReportPdf } from '../pdf/render-workshop-report.ts';
import { sentence } from '../texts.ts';
import { readConclusions, requireWorkshopRound, spreadOf } from '../workshops/conclusions.ts';

export async function renderWorkshopReport(
  deps: AppDeps,
  session: SessionInfo,
  input: { tenantId: string; roundId: string; language: 'nl' | 'en' },
): Promise<{ bytes: Uint8Array; filename: string }> {
  const { tenantId, roundId, language } = input;
  const gathered = await inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const found = await requireWorkshopRound(tx, tenantId, roundId);
    const { spread, respondents } = await spreadOf(tx, found);
    if (!spread) throw conflict('workshop-round-open', sentence('errors', 'workshop-round-open'));
    const recorded = await readConclusions(deps, tx, found.round);
    const tenant = await tx
      .selectFrom('tenants')
      .select('name')
      .where('id', '=', tenantId)
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      action: 'workshop.report_rendered',
      tenantId,
      actorUserId: session.userId,
      subjectType: 'survey_round',
      subjectId: roundId,
      data: { respondents, themes: recorded.length },
    });
    return { ...found, spread, recorded, organisation: tenant.name };
  });
  const date = deps.now();
  const bytes = await renderWorkshopReportPdf(
    {
      questionnaire: gathered.questionnaire,
      workshop: gathered.workshop,
      spread: gathered.spread,
      conclusions: conclusionsInOrder(
        gathered.questionnaire.themes.map((t) => t.id),
        gathered.recorded,
      ),
      cover: { organisation: gathered.organisation, round: gathered.round.title, date },
    },
    { language },
  );
  const day = date.toISOString().slice(0, 10);
  const name = `${language === 'en' ? 'Report' : 'Rapport'} ${gathered.questionnaire.title[language]} ${gathered.round.title} ${day}.pdf`;
  return { bytes, filename: name };
}
