// One round for the organisation: what it asks, its units and threshold, how many responded and how
// many personal links were sent and used — and, for whoever may manage rounds, the shared link. Never
// a figure per unit while it is open (see read-survey-results.ts).
import type { Questionnaire } from '../../core/surveys/schema.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { decideInOrganisation } from '../policies/organisation.ts';
import { surveys } from '../surveys/registry.ts';
import { loadRound, questionnaireOf, requireRound, sharedToken, surveyLink } from '../surveys/rounds.ts';
import { workshops } from '../workshops/registry.ts';

export interface SurveyRoundDetail {
  id: string;
  title: string;
  status: 'open' | 'closed';
  openedOn: string;
  closedOn: string | null;
  units: string[];
  threshold: number;
  respondents: number;
  invitations: { sent: number; used: number };
  /** the shared link, for whoever may manage rounds, while the round accepts it */
  sharedLink: string | null;
  sharedLinkEnabled: boolean;
  earlier: { id: string; title: string } | null;
  questionnaire: Questionnaire;
  mayManage: boolean;
  /** a workshop follows this questionnaire (the datavolwassenheidsscan) */
  workshop: boolean;
}

export async function readSurveyRound(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  roundId: string,
): Promise<SurveyRoundDetail> {
  const mayManage = decideInOrganisation(session.memberships, tenantId, 'surveys.manage') === 'allow';
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const round = await requireRound(tx, tenantId, roundId);
    const earlier = round.earlierRoundId ? await loadRound(tx, tenantId, round.earlierRoundId) : undefined;
    const respondents = await tx
      .selectFrom('survey_unit_counts')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('respondents'), eb.val('0')).as('n'))
      .where('tenant_id', '=', tenantId)
      .where('round_id', '=', roundId)
      .executeTakeFirstOrThrow();
    const invitations = await tx
      .selectFrom('survey_invitations')
      .select((eb) => [eb.fn.countAll<string>().as('sent'), eb.fn.count<string>('used_on').as('used')])
      .where('tenant_id', '=', tenantId)
      .where('round_id', '=', roundId)
      .executeTakeFirstOrThrow();
    return {
      id: round.id,
      title: round.title,
      status: round.status,
      openedOn: round.openedOn,
      closedOn: round.closedOn,
      units: round.units,
      threshold: round.threshold,
      respondents: Number(respondents.n),
      invitations: { sent: Number(invitations.sent), used: Number(invitations.used) },
      sharedLink:
        mayManage && round.sharedLink && round.status === 'open'
          ? surveyLink(deps, round.id, sharedToken(deps, round.id))
          : null,
      sharedLinkEnabled: round.sharedLink,
      earlier: earlier ? { id: earlier.id, title: earlier.title } : null,
      questionnaire: questionnaireOf(round),
      mayManage,
      workshop: workshops(surveys()).forQuestionnaire(round.questionnaireId) !== undefined,
    };
  });
}
