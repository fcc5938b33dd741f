// What the survey operations share: a round loaded in its organisation, the shared link (derived
// from the round id, so it is never stored), the links' address, a round's counters.
import { sql } from 'kysely';
import type { RoundCounts } from '../../core/surveys/results.ts';
import type { Questionnaire } from '../../core/surveys/schema.ts';
import type { AppDeps } from '../context.ts';
import { hmacHex, safeEqual, sha256Hex } from '../crypto/tokens.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { internal, notFound } from '../domain-error.ts';
import { sentence } from '../texts.ts';
import { surveys } from './registry.ts';

export interface RoundRow {
  id: string;
  tenantId: string;
  questionnaireId: string;
  questionnaireVersion: string;
  title: string;
  units: string[];
  threshold: number;
  sharedLink: boolean;
  earlierRoundId: string | null;
  status: 'open' | 'closed';
  openedOn: string;
  closedOn: string | null;
}

export async function loadRound(tx: Tx, tenantId: string, roundId: string): Promise<RoundRow | undefined> {
  const row = await tx
    .selectFrom('survey_rounds')
    .select([
      'id',
      'tenant_id',
      'questionnaire_id',
      'questionnaire_version',
      'title',
      'units',
      'threshold',
      'shared_link',
      'earlier_round_id',
      'status',
      sql<string>`opened_on::text`.as('opened_on_text'),
      sql<string | null>`closed_on::text`.as('closed_on_text'),
    ])
    .where('id', '=', roundId)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    tenantId: row.tenant_id,
    questionnaireId: row.questionnaire_id,
    questionnaireVersion: row.questionnaire_version,
    title: row.title,
    units: row.units,
    threshold: row.threshold,
    sharedLink: row.shared_link,
    earlierRoundId: row.earlier_round_id,
    status: row.status,
    openedOn: row.opened_on_text,
    closedOn: row.closed_on_text,
  };
}

export async function requireRound(tx: Tx, tenantId: string, roundId: string): Promise<RoundRow> {
  const round = await loadRound(tx, tenantId, roundId);
  if (!round) throw notFound();
  return round;
}

/** The questionnaire a round pinned; it is on disk (checked at start), or the installation is broken. */
export function questionnaireOf(
  round: Pick<RoundRow, 'questionnaireId' | 'questionnaireVersion'>,
): Questionnaire {
  const questionnaire = surveys().get(round.questionnaireId, round.questionnaireVersion);
  if (!questionnaire) throw internal('instrument-missing', sentence('errors', 'instrument-missing.default'));
  return questionnaire;
}

/** The one token of a round's shared link: derived, never stored; the same for everyone. */
export function sharedToken(deps: AppDeps, roundId: string): string {
  return hmacHex(deps.keys.derivedKey('survey-shared-link'), roundId);
}

export function isSharedToken(deps: AppDeps, roundId: string, token: string): boolean {
  return safeEqual(token, sharedToken(deps, roundId));
}

export function invitationHash(token: string): string {
  return sha256Hex(token);
}

/** The respondent's address: the token in the fragment, so it never reaches a server log. */
export function surveyLink(deps: AppDeps, roundId: string, token: string): string {
  return new URL(`/enquete/${roundId}#token=${token}`, deps.settings.publicUrl).toString();
}

/** The day in UTC (no finer time is kept for anything a respondent does). */
export function today(deps: AppDeps): string {
  return deps.now().toISOString().slice(0, 10);
}

/** A round's counters: respondents per unit and answers per unit, question and option. */
export async function roundCounts(tx: Tx, tenantId: string, roundId: string): Promise<RoundCounts> {
  const units = await tx
    .selectFrom('survey_unit_counts')
    .select(['unit', 'respondents'])
    .where('tenant_id', '=', tenantId)
    .where('round_id', '=', roundId)
    .orderBy('unit')
    .execute();
  const answers = await tx
    .selectFrom('survey_answer_counts')
    .select(['unit', 'question_id', 'option_id', 'count'])
    .where('tenant_id', '=', tenantId)
    .where('round_id', '=', roundId)
    .execute();
  return {
    units: units.map((u) => ({ unit: u.unit, respondents: u.respondents })),
    answers: answers.map((a) => ({
      unit: a.unit,
      questionId: a.question_id,
      optionId: a.option_id,
      count: a.count,
    })),
  };
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
