// A round's results from its counters: only aggregates, only over groups of at least the round's
// threshold of respondents. Pure. See ARCHITECTURE.md, "Organisation surveys".
//
// Groups. The respondents per unit form a one-column count table that goes through protectTable
// (src/core/aggregate): a unit below the threshold is a primary suppression, and the complementary
// suppression hides as many further units as it takes that the small one's count cannot be had by
// subtracting the shown units from the total. Every hidden unit goes into one group, "overige
// eenheden". Then one more rule, since that group's figures are shown too (and could be had by
// subtraction anyway): while it holds fewer than the threshold, the smallest shown unit joins it.
// So every group with figures — whole organisation, each shown unit, the others together — counts at
// least the threshold, and no figure of a smaller group follows from the shown ones by subtraction:
// the others' group is exactly "total minus the shown units", and it is itself large enough.
// A round with fewer respondents than the threshold shows only how many responded.
//
// Within a group the distribution over the options is shown in full, small counts included: every
// respondent answers every question, so a group's answers per question are those of all its
// (≥ threshold) members, and nothing ties an answer to a person. The threshold protects the group.
import { type CountTable, protectTable } from '../aggregate/index.ts';
import { optionIds, questionsOf } from './options.ts';
import type { Questionnaire, SurveyQuestion } from './schema.ts';

export interface RoundCounts {
  /** respondents per unit ('' = not said / no units) */
  units: ReadonlyArray<{ unit: string; respondents: number }>;
  answers: ReadonlyArray<{ unit: string; questionId: string; optionId: string; count: number }>;
}

export type GroupKind = 'all' | 'unit' | 'others';

export interface ResultGroup {
  key: string;
  kind: GroupKind;
  /** the unit's name for kind 'unit' */
  unit: string | null;
  respondents: number;
}

export interface OptionFigure {
  optionId: string;
  count: number;
  /** whole percent of the group's answers */
  percent: number;
}

export interface GroupFigures {
  groupKey: string;
  answered: number;
  options: OptionFigure[];
  /** scale questions: the mean on 1–5, one decimal */
  mean: number | null;
}

export interface QuestionTrend {
  respondents: number;
  mean: number | null;
  options: OptionFigure[];
}

export interface QuestionResult {
  questionId: string;
  kind: SurveyQuestion['kind'];
  groups: GroupFigures[];
  /** the whole organisation in the earlier round, when it had results and asked this question */
  earlier: QuestionTrend | null;
}

export interface SurveyResults {
  respondents: number;
  threshold: number;
  /** false: fewer respondents than the threshold — only the count is given */
  shown: boolean;
  groups: ResultGroup[];
  /** the units whose respondents are counted in "overige eenheden" (names only, never their counts) */
  othersUnits: string[];
  questions: QuestionResult[];
}

/** Which units are shown on their own; the rest go into the others' group. */
export function groupUnits(
  units: ReadonlyArray<{ unit: string; respondents: number }>,
  threshold: number,
): { shown: string[]; others: string[] } {
  const rows = units.filter((u) => u.respondents > 0);
  if (rows.length === 0) return { shown: [], others: [] };
  const table: CountTable = {
    rowLabels: rows.map((u) => u.unit),
    columnLabels: ['respondents'],
    members: rows.map((u, r) => [Array.from({ length: u.respondents }, (_, i) => `${r}:${i}`)]),
  };
  const protectedTable = protectTable(table, { threshold, dominance: null, roundTo: null });
  const shown = new Set<string>();
  const others = new Set<string>();
  rows.forEach((u, r) => {
    // "not said" is never a unit of its own
    if (u.unit !== '' && protectedTable.cells[r]![0]!.state === 'shown') shown.add(u.unit);
    else others.add(u.unit);
  });
  const size = (names: Iterable<string>) =>
    [...names].reduce((sum, name) => sum + rows.find((u) => u.unit === name)!.respondents, 0);
  while (others.size > 0 && size(others) < threshold && shown.size > 0) {
    const smallest = [...shown].sort((a, b) => size([a]) - size([b]) || a.localeCompare(b))[0]!;
    shown.delete(smallest);
    others.add(smallest);
  }
  return {
    shown: rows.map((u) => u.unit).filter((name) => shown.has(name)),
    others: rows.map((u) => u.unit).filter((name) => others.has(name)),
  };
}

function figures(question: SurveyQuestion, counts: Map<string, number>, groupKey: string): GroupFigures {
  const ids = optionIds(question);
  const answered = ids.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
  const options = ids.map((optionId) => {
    const count = counts.get(optionId) ?? 0;
    return { optionId, count, percent: answered === 0 ? 0 : Math.round((100 * count) / answered) };
  });
  const mean =
    question.kind === 'scale' && answered > 0
      ? Math.round((10 * options.reduce((sum, o) => sum + Number(o.optionId) * o.count, 0)) / answered) / 10
      : null;
  return { groupKey, answered, options, mean };
}

function sumCounts(
  counts: RoundCounts,
  questionId: string,
  units: ReadonlySet<string> | null,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const a of counts.answers) {
    if (a.questionId !== questionId) continue;
    if (units && !units.has(a.unit)) continue;
    sums.set(a.optionId, (sums.get(a.optionId) ?? 0) + a.count);
  }
  return sums;
}

function total(counts: RoundCounts): number {
  return counts.units.reduce((sum, u) => sum + u.respondents, 0);
}

export interface EarlierRound {
  questionnaire: Questionnaire;
  counts: RoundCounts;
  threshold: number;
}

export function surveyResults(
  questionnaire: Questionnaire,
  counts: RoundCounts,
  threshold: number,
  earlier: EarlierRound | null = null,
): SurveyResults {
  const respondents = total(counts);
  if (respondents < threshold) {
    return { respondents, threshold, shown: false, groups: [], othersUnits: [], questions: [] };
  }
  const { shown, others } = groupUnits(counts.units, threshold);
  const groups: ResultGroup[] = [{ key: 'all', kind: 'all', unit: null, respondents }];
  shown.forEach((unit, i) =>
    groups.push({
      key: `unit-${i}`,
      kind: 'unit',
      unit,
      respondents: counts.units.find((u) => u.unit === unit)!.respondents,
    }),
  );
  // The others' group only beside at least one shown unit (otherwise it is the whole organisation).
  const showOthers = shown.length > 0 && others.length > 0;
  if (showOthers) {
    groups.push({
      key: 'others',
      kind: 'others',
      unit: null,
      respondents: counts.units.filter((u) => others.includes(u.unit)).reduce((s, u) => s + u.respondents, 0),
    });
  }
  const earlierShown = earlier && total(earlier.counts) >= earlier.threshold ? earlier : null;
  const earlierQuestions = new Map(
    earlierShown ? questionsOf(earlierShown.questionnaire).map((q) => [q.id, q]) : [],
  );
  const questions = questionsOf(questionnaire).map((question): QuestionResult => {
    const perGroup = [figures(question, sumCounts(counts, question.id, null), 'all')];
    shown.forEach((unit, i) =>
      perGroup.push(figures(question, sumCounts(counts, question.id, new Set([unit])), `unit-${i}`)),
    );
    if (showOthers)
      perGroup.push(figures(question, sumCounts(counts, question.id, new Set(others)), 'others'));
    const before = earlierQuestions.get(question.id);
    let trend: QuestionTrend | null = null;
    if (earlierShown && before && before.kind === question.kind) {
      const f = figures(before, sumCounts(earlierShown.counts, question.id, null), 'all');
      trend = { respondents: total(earlierShown.counts), mean: f.mean, options: f.options };
    }
    return { questionId: question.id, kind: question.kind, groups: perGroup, earlier: trend };
  });
  return {
    respondents,
    threshold,
    shown: true,
    groups,
    othersUnits: showOthers ? others.filter((u) => u !== '') : [],
    questions,
  };
}
