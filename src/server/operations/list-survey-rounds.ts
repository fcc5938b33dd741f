// The organisation's survey rounds (newest first) with how many responded, and the questionnaires a
// new round can use. Counts only.
import { sql } from 'kysely';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { surveys } from '../surveys/registry.ts';

export interface SurveyRoundSummary {
  id: string;
  title: string;
  questionnaireId: string;
  questionnaireVersion: string;
  questionnaireTitle: { nl: string; en: string };
  status: 'open' | 'closed';
  openedOn: string;
  closedOn: string | null;
  respondents: number;
}

export async function listSurveyRounds(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
): Promise<{
  rounds: SurveyRoundSummary[];
  questionnaires: Array<{ id: string; version: string; title: { nl: string; en: string } }>;
}> {
  const registry = surveys();
  const rows = await inTransaction(deps.database, { tenantId, userId: session.userId }, (tx) =>
    tx
      .selectFrom('survey_rounds as r')
      .select([
        'r.id',
        'r.title',
        'r.questionnaire_id',
        'r.questionnaire_version',
        'r.status',
        sql<string>`r.opened_on::text`.as('opened_on'),
        sql<string | null>`r.closed_on::text`.as('closed_on'),
        sql<string>`(select coalesce(sum(c.respondents), 0) from survey_unit_counts c where c.round_id = r.id and c.tenant_id = r.tenant_id)`.as(
          'respondents',
        ),
      ])
      .where('r.tenant_id', '=', tenantId)
      .orderBy('r.opened_on', 'desc')
      .orderBy('r.title')
      .execute(),
  );
  return {
    rounds: rows.map((r) => ({
      id: r.id,
      title: r.title,
      questionnaireId: r.questionnaire_id,
      questionnaireVersion: r.questionnaire_version,
      questionnaireTitle: registry.get(r.questionnaire_id, r.questionnaire_version)?.title ?? {
        nl: r.questionnaire_id,
        en: r.questionnaire_id,
      },
      status: r.status,
      openedOn: r.opened_on,
      closedOn: r.closed_on,
      respondents: Number(r.respondents),
    })),
    questionnaires: registry.list.map((q) => ({ id: q.id, version: q.version, title: q.title })),
  };
}
