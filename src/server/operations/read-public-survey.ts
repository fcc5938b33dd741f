// A respondent opens the link: no account. The round is found by its id (the one function
// survey_round_tenant says whose it is), the token checked — the shared one, or a personal one not
// yet used — and the questionnaire, the round's units and the organisation's name are returned.
// Nothing is recorded.
import type { Questionnaire } from '../../core/surveys/schema.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import { linkKind, loadRound, questionnaireOf, roundTenant } from '../surveys/rounds.ts';
import { sentence } from '../texts.ts';

export interface PublicSurvey {
  organisation: string;
  title: string;
  status: 'open' | 'closed';
  /** 'used': a personal link that has already been used to answer */
  link: 'shared' | 'personal' | 'used';
  units: string[];
  questionnaire: Questionnaire;
}

export async function readPublicSurvey(deps: AppDeps, roundId: string, token: string): Promise<PublicSurvey> {
  const tenantId = await roundTenant(deps, roundId);
  if (!tenantId) throw notFound(sentence('errors', 'survey-link-invalid'));
  return inTransaction(deps.database, { tenantId, userId: null }, async (tx) => {
    const round = await loadRound(tx, tenantId, roundId);
    if (!round) throw notFound(sentence('errors', 'survey-link-invalid'));
    const link = await linkKind(deps, tx, round, token);
    const organisation = await tx
      .selectFrom('tenants')
      .select('name')
      .where('id', '=', tenantId)
      .executeTakeFirstOrThrow();
    return {
      organisation: organisation.name,
      title: round.title,
      status: round.status,
      link,
      units: round.units,
      questionnaire: questionnaireOf(round),
    };
  });
}
