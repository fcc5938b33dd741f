// The workshop view of an organisation survey, pure: from a round's protected results (only
// aggregates over the whole group, which already counts at least the round's threshold — see
// src/core/surveys/results.ts) to the spread of the answers per theme and statement, and the
// statements ordered as points to discuss: where people disagree most first. Never a score per
// person: the input holds no person, only counts per answer option.
//
// How far apart the answers are (`dispersion`, 0 … 1):
// - a 1–5 scale: Leik's ordinal dispersion, D = 2 · Σ_{i<k} min(F_i, 1 − F_i) / (k − 1) with F_i the
//   cumulative share up to point i and k = 5. 0 when everyone chose the same point; 1 when the
//   answers split in two equal camps at both ends; an even spread over the five points gives 0.6,
//   two neighbouring points half and half 0.25. It respects the order of the points, which a
//   variance of "means" would not claim to, and needs no distances between them.
// - yes / no / don't know: the index of qualitative variation over the yes and no answers only,
//   IQV = (1 − Σ p²) / (1 − 1/K) with K = 2 (0 when all who knew said the same, 1 when they split
//   half and half); the share of "weet ik niet" is given beside it (`unsure`): many not knowing is a
//   point to discuss of its own.
// - a choice list: the IQV over its options.
// Agreement in words: `close` up to 0.3, `apart` up to 0.55, `far-apart` above.
import type { FullText } from '../conversation/schema.ts';

/** The questionnaire as far as the workshop needs it (structurally the survey engine's Questionnaire). */
export interface SpreadQuestionnaire {
  themes: ReadonlyArray<{
    id: string;
    title: FullText;
    questions: ReadonlyArray<{ id: string; kind: 'scale' | 'yes-no' | 'choice' }>;
  }>;
}

/** A round's protected results (structurally the survey engine's SurveyResults). */
export interface SpreadResults {
  respondents: number;
  threshold: number;
  /** false: fewer respondents than the threshold, nothing but the count */
  shown: boolean;
  questions: ReadonlyArray<{
    questionId: string;
    groups: ReadonlyArray<{
      groupKey: string;
      options: ReadonlyArray<{ optionId: string; count: number }>;
    }>;
  }>;
}

export type Agreement = 'close' | 'apart' | 'far-apart';

export interface OptionShare {
  optionId: string;
  count: number;
  /** whole percent of the answers (rounded, so a row may add up to 99 or 101) */
  percent: number;
}

export interface StatementSpread {
  questionId: string;
  kind: 'scale' | 'yes-no' | 'choice';
  answered: number;
  options: OptionShare[];
  /** scale only: the median answer (may be a half), and the points between which the middle half lies (middleOf) */
  median: number | null;
  lower: number | null;
  upper: number | null;
  /** 0 = the same answer everywhere … 1 = two opposite camps (see above); 3 decimals */
  dispersion: number;
  agreement: Agreement;
  /** yes / no only: the share answering "weet ik niet", 3 decimals */
  unsure: number | null;
  /** yes / no: at least a third did not know */
  manyUnsure: boolean;
}

export interface ThemeSpread {
  themeId: string;
  statements: StatementSpread[];
  /** The theme's scale statements taken together: how all their answers spread over the five points. */
  pooled: {
    answered: number;
    options: OptionShare[];
    median: number | null;
    lower: number | null;
    upper: number | null;
  } | null;
  /** The theme's statements to discuss first: furthest apart first, then most unsure, then in order. */
  discussionOrder: string[];
}

export interface DiscussionPoint {
  themeId: string;
  questionId: string;
  dispersion: number;
  agreement: Agreement;
  manyUnsure: boolean;
}

export interface WorkshopSpread {
  respondents: number;
  threshold: number;
  shown: boolean;
  themes: ThemeSpread[];
  /** Over all themes: statements whose answers are apart or far apart, or many did not know; furthest apart first. */
  discussionPoints: DiscussionPoint[];
}

const scale = ['1', '2', '3', '4', '5'];
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function agreementOf(dispersion: number): Agreement {
  if (dispersion <= 0.3) return 'close';
  if (dispersion <= 0.55) return 'apart';
  return 'far-apart';
}

/** Leik's ordinal dispersion over counts in scale order. */
export function leikDispersion(counts: readonly number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  const k = counts.length;
  if (n === 0 || k < 2) return 0;
  let cumulative = 0;
  let sum = 0;
  for (let i = 0; i < k - 1; i++) {
    cumulative += counts[i]!;
    const f = cumulative / n;
    sum += Math.min(f, 1 - f);
  }
  return (2 * sum) / (k - 1);
}

/** The index of qualitative variation over counts of unordered categories. */
export function qualitativeVariation(counts: readonly number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  const k = counts.length;
  if (n === 0 || k < 2) return 0;
  const blau = 1 - counts.reduce((s, c) => s + (c / n) ** 2, 0);
  return blau / (1 - 1 / k);
}

/** The value at 0-based position `i` of the answers in scale order. */
function valueAt(counts: readonly number[], i: number): number {
  let cumulative = 0;
  for (let v = 0; v < counts.length; v++) {
    cumulative += counts[v]!;
    if (i < cumulative) return v + 1;
  }
  return counts.length;
}

/**
 * The middle of the answers on the scale: the median (the mean of the two middle answers when their
 * number is even, so two equal camps at 1 and 5 give 3), and the points between which the middle half
 * lies: the lowest point at or below which a quarter of the answers lie, and the highest at or above
 * which a quarter lie (symmetric, so reversing the scale mirrors them). Null without answers.
 */
export function middleOf(counts: readonly number[]): {
  median: number | null;
  lower: number | null;
  upper: number | null;
} {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return { median: null, lower: null, upper: null };
  const median = (valueAt(counts, Math.floor((n - 1) / 2)) + valueAt(counts, Math.ceil((n - 1) / 2))) / 2;
  let lower = counts.length;
  let cumulative = 0;
  for (let v = 0; v < counts.length; v++) {
    cumulative += counts[v]!;
    if (4 * cumulative >= n) {
      lower = v + 1;
      break;
    }
  }
  let upper = 1;
  cumulative = 0;
  for (let v = counts.length - 1; v >= 0; v--) {
    cumulative += counts[v]!;
    if (4 * cumulative >= n) {
      upper = v + 1;
      break;
    }
  }
  return { median, lower, upper };
}

function shares(ids: readonly string[], counts: ReadonlyMap<string, number>): OptionShare[] {
  const answered = ids.reduce((s, id) => s + (counts.get(id) ?? 0), 0);
  return ids.map((optionId) => {
    const count = counts.get(optionId) ?? 0;
    return { optionId, count, percent: answered === 0 ? 0 : Math.round((100 * count) / answered) };
  });
}

function statementSpread(
  questionId: string,
  kind: 'scale' | 'yes-no' | 'choice',
  counts: ReadonlyMap<string, number>,
): StatementSpread {
  const ids = kind === 'scale' ? scale : kind === 'yes-no' ? ['ja', 'nee', 'weet-niet'] : [...counts.keys()];
  const options = shares(ids, counts);
  const answered = options.reduce((s, o) => s + o.count, 0);
  const n = (id: string) => counts.get(id) ?? 0;
  if (kind === 'scale') {
    const values = scale.map(n);
    const dispersion = round3(leikDispersion(values));
    return {
      questionId,
      kind,
      answered,
      options,
      ...middleOf(values),
      dispersion,
      agreement: agreementOf(dispersion),
      unsure: null,
      manyUnsure: false,
    };
  }
  if (kind === 'yes-no') {
    const dispersion = round3(qualitativeVariation([n('ja'), n('nee')]));
    const unsure = answered === 0 ? 0 : round3(n('weet-niet') / answered);
    return {
      questionId,
      kind,
      answered,
      options,
      median: null,
      lower: null,
      upper: null,
      dispersion,
      agreement: agreementOf(dispersion),
      unsure,
      manyUnsure: answered > 0 && 3 * n('weet-niet') >= answered,
    };
  }
  const dispersion = round3(qualitativeVariation(options.map((o) => o.count)));
  return {
    questionId,
    kind,
    answered,
    options,
    median: null,
    lower: null,
    upper: null,
    dispersion,
    agreement: agreementOf(dispersion),
    unsure: null,
    manyUnsure: false,
  };
}

function byDiscussion(a: StatementSpread, b: StatementSpread, order: Map<string, number>): number {
  return (
    b.dispersion - a.dispersion ||
    (b.unsure ?? 0) - (a.unsure ?? 0) ||
    order.get(a.questionId)! - order.get(b.questionId)!
  );
}

/**
 * The spread per theme and statement over the whole group (`groupKey` 'all'). Per-unit groups are
 * left out on purpose: the workshop talks about the organisation, not about which department said what.
 */
export function workshopSpread(questionnaire: SpreadQuestionnaire, results: SpreadResults): WorkshopSpread {
  const base = { respondents: results.respondents, threshold: results.threshold };
  if (!results.shown) return { ...base, shown: false, themes: [], discussionPoints: [] };
  const byQuestion = new Map(results.questions.map((q) => [q.questionId, q]));
  const order = new Map<string, number>();
  const themes = questionnaire.themes.map((theme): ThemeSpread => {
    const statements = theme.questions.map((question) => {
      order.set(question.id, order.size);
      const all = byQuestion.get(question.id)?.groups.find((g) => g.groupKey === 'all');
      const counts = new Map<string, number>();
      for (const o of all?.options ?? []) counts.set(o.optionId, o.count);
      return statementSpread(question.id, question.kind, counts);
    });
    const scaleStatements = statements.filter((s) => s.kind === 'scale');
    let pooled: ThemeSpread['pooled'] = null;
    if (scaleStatements.length > 0) {
      const sums = new Map<string, number>();
      for (const s of scaleStatements)
        for (const o of s.options) sums.set(o.optionId, (sums.get(o.optionId) ?? 0) + o.count);
      const options = shares(scale, sums);
      pooled = {
        answered: options.reduce((s, o) => s + o.count, 0),
        options,
        ...middleOf(options.map((o) => o.count)),
      };
    }
    const discussionOrder = [...statements]
      .sort((a, b) => byDiscussion(a, b, order))
      .map((s) => s.questionId);
    return { themeId: theme.id, statements, pooled, discussionOrder };
  });
  const points = themes
    .flatMap((theme) => theme.statements.map((s) => ({ theme: theme.themeId, s })))
    .filter(({ s }) => s.answered > 0 && (s.agreement !== 'close' || s.manyUnsure))
    .sort((a, b) => byDiscussion(a.s, b.s, order))
    .map(({ theme, s }) => ({
      themeId: theme,
      questionId: s.questionId,
      dispersion: s.dispersion,
      agreement: s.agreement,
      manyUnsure: s.manyUnsure,
    }));
  return { ...base, shown: true, themes, discussionPoints: points };
}
