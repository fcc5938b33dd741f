// A respondent opens the link: no account. The round is found by its id (the one function
// survey_round_tenant says whose it is), the token checked — the shared one, or a personal one not
// yet used — and the questionnaire, the round's units and the organisation's name are returned.
// Nothing is recorded.
import { sql } from 'kysely';
import type { Questionnaire } from '../../core/surveys/schema.ts';
import type { AppDeps } from '../context.ts';
import type { Tx } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import {
  invitationHash,
  isSharedToken,
  loadRound,
  questionnaireOf,
  type RoundRow,
} from '../surveys/rounds.ts';
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

export type LinkKind = 'shared' | 'personal' | 'used';

/** The organisation a round belongs to, or null (no such round). */
export async function roundTenant(deps: AppDeps, roundId: string): Promise<string | null> {
  return inTransaction(deps.database, { tenantId: null, userId: null }, async (tx) => {
    const result = await sql<{
      tenant_id: string | null;
    }>`select survey_round_tenant(${roundId}::uuid) as tenant_id`.execute(tx);
    return result.rows[0]?.tenant_id ?? null;
  });
}

/** Which kind of link the token is for this round; refused as "not found" when it is none. */
export async function linkKind(deps: AppDeps, tx: Tx, round: RoundRow, token: string): Promise<LinkKind> {
  if (round.sharedLink && isSharedToken(deps, round.id, token)) return 'shared';
  const invitation = await tx
    .selectFrom('survey_invitations')
    .select(sql<boolean>`used_on is not null`.as('used'))
    .where('token_hash', '=', invitationHash(token))
    .where('round_id', '=', round.id)
    .where('tenant_id', '=', round.tenantId)
    .executeTakeFirst();
  if (!invitation) throw notFound(sentence('errors', 'survey-link-invalid'));
  return invitation.used ? 'used' : 'personal';
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
