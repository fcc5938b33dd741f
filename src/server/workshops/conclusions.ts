// What the workshop operations share: a round that has a workshop, its view (the spread of the
// answers from the round's protected results — core/surveys/results.ts, then core/workshop), and
// the conclusions per theme, sealed under the round's own data key. The key lives in the key store
// like a scan's (ScanKeyStore, keyed by the round id), made with the round's first conclusion.
import { surveyResults } from '../../core/surveys/results.ts';
import type { Questionnaire } from '../../core/surveys/schema.ts';
import type { ThemeConclusion } from '../../core/workshop/conclusions.ts';
import type { Workshop } from '../../core/workshop/schema.ts';
import { type WorkshopSpread, workshopSpread } from '../../core/workshop/spread.ts';
import type { AppDeps } from '../context.ts';
import { openScanField, sealScanField } from '../crypto/scan-keys.ts';
import type { Tx } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import { surveys } from '../surveys/registry.ts';
import { questionnaireOf, type RoundRow, requireRound, roundCounts } from '../surveys/rounds.ts';
import { workshops } from './registry.ts';

export interface WorkshopRound {
  round: RoundRow;
  questionnaire: Questionnaire;
  workshop: Workshop;
}

/** The round and its workshop; not found for another organisation's round or one without a workshop. */
export async function requireWorkshopRound(
  tx: Tx,
  tenantId: string,
  roundId: string,
): Promise<WorkshopRound> {
  const round = await requireRound(tx, tenantId, roundId);
  const workshop = workshops(surveys()).forQuestionnaire(round.questionnaireId);
  if (!workshop) throw notFound();
  return { round, questionnaire: questionnaireOf(round), workshop };
}

/**
 * The spread of the answers, only for a closed round (while it is open a figure that changes with
 * each submission would show one person's answers as the difference), only over the whole group and
 * only when it counts at least the round's threshold.
 */
export async function spreadOf(
  tx: Tx,
  { round, questionnaire }: WorkshopRound,
): Promise<{ respondents: number; spread: WorkshopSpread | null }> {
  const counts = await roundCounts(tx, round.tenantId, round.id);
  const respondents = counts.units.reduce((sum, u) => sum + u.respondents, 0);
  if (round.status !== 'closed') return { respondents, spread: null };
  return {
    respondents,
    spread: workshopSpread(questionnaire, surveyResults(questionnaire, counts, round.threshold)),
  };
}

export type StoredConclusion = ThemeConclusion & { revision: number };

const field = (themeId: string) => `workshop:${themeId}`;

/** The recorded conclusions of a round, opened; none recorded opens no key. */
export async function readConclusions(deps: AppDeps, tx: Tx, round: RoundRow): Promise<StoredConclusion[]> {
  const rows = await tx
    .selectFrom('workshop_conclusions')
    .select(['theme_id', 'content_sealed', 'revision'])
    .where('tenant_id', '=', round.tenantId)
    .where('round_id', '=', round.id)
    .execute();
  if (rows.length === 0) return [];
  const key = await deps.scanKeys.get(round.tenantId, round.id);
  return rows.map((row) => ({
    ...openScanField<Omit<ThemeConclusion, 'themeId'>>(
      key,
      round.tenantId,
      round.id,
      field(row.theme_id),
      row.content_sealed,
    ),
    themeId: row.theme_id,
    revision: row.revision,
  }));
}

/**
 * The round's data key for a write. The round's row is locked first, so two first conclusions of
 * one round cannot each make a key (the second would replace the first's): whoever comes second sees
 * the first's row and takes its key.
 */
export async function roundKeyForWrite(deps: AppDeps, tx: Tx, round: RoundRow): Promise<Buffer> {
  await tx
    .selectFrom('survey_rounds')
    .select('id')
    .where('tenant_id', '=', round.tenantId)
    .where('id', '=', round.id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const any = await tx
    .selectFrom('workshop_conclusions')
    .select('theme_id')
    .where('tenant_id', '=', round.tenantId)
    .where('round_id', '=', round.id)
    .limit(1)
    .executeTakeFirst();
  return any ? deps.scanKeys.get(round.tenantId, round.id) : deps.scanKeys.create(round.tenantId, round.id);
}

export function sealConclusion(key: Buffer, round: RoundRow, conclusion: ThemeConclusion): Buffer {
  const { themeId, ...content } = conclusion;
  return sealScanField(key, round.tenantId, round.id, field(themeId), content);
}
