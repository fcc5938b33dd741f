// The workshop view of a survey round, for whoever reads the round's aggregates: the questionnaire's
// words, the workshop content (the five steps, the questions to start with), the spread of the
// answers per theme and statement (only once the round is closed, only over the whole group, only
// at or above the threshold: core/workshop/spread.ts over core/surveys/results.ts) and what the
// group recorded per theme. Reading the spread is audited like reading the results.
import type { Questionnaire } from '../../core/surveys/schema.ts';
import { conclusionsInOrder } from '../../core/workshop/conclusions.ts';
import type { Workshop } from '../../core/workshop/schema.ts';
import type { WorkshopSpread } from '../../core/workshop/spread.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { decideInOrganisation } from '../policies/organisation.ts';
import {
  readConclusions,
  requireWorkshopRound,
  type StoredConclusion,
  spreadOf,
} from '../workshops/conclusions.ts';

export interface WorkshopPage {
  round: { id: string; title: string; status: 'open' | 'closed'; respondents: number };
  questionnaire: Questionnaire;
  workshop: Workshop;
  /** null while the round is open */
  spread: WorkshopSpread | null;
  /** every theme in the questionnaire's order; revision 0 where nothing was recorded yet */
  conclusions: StoredConclusion[];
  mayRecord: boolean;
}

export async function readWorkshop(
  deps: AppDeps,
  session: SessionInfo,
  tenantId: string,
  roundId: string,
): Promise<WorkshopPage> {
  const mayRecord = decideInOrganisation(session.memberships, tenantId, 'workshops.record') === 'allow';
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const found = await requireWorkshopRound(tx, tenantId, roundId);
    const { round, questionnaire, workshop } = found;
    const { respondents, spread } = await spreadOf(tx, found);
    const recorded = await readConclusions(deps, tx, round);
    const revisions = new Map(recorded.map((c) => [c.themeId, c.revision]));
    const conclusions = conclusionsInOrder(
      questionnaire.themes.map((t) => t.id),
      recorded,
    ).map((c) => ({ ...c, revision: revisions.get(c.themeId) ?? 0 }));
    if (spread) {
      await recordAudit(tx, {
        action: 'survey.results_read',
        tenantId,
        actorUserId: session.userId,
        subjectType: 'survey_round',
        subjectId: roundId,
        data: { respondents, view: 'workshop' },
      });
    }
    return {
      round: { id: round.id, title: round.title, status: round.status, respondents },
      questionnaire,
      workshop,
      spread,
      conclusions,
      mayRecord,
    };
  });
}
