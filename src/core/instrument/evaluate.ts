// The engine: instrument + answers (+ network measures) → visible parts, validation errors per
// item, every indicator's level with its evidence, theme levels, the awareness gap, suggested
// measures and progress. Pure and deterministic; the same code runs in the browser (live, on
// every change) and on the server (on submit, and when a report is recomputed).
import { sentence } from '../texts/namespaces.ts';
import { type Answer, type AnswerError, type Answers, validateAnswer } from './answers.ts';
import { type ConditionContext, type Evidence, evaluateCondition, isAnswered } from './conditions.ts';
import { indexInstrument } from './index-instrument.ts';
import { levelRank, maxLevel } from './levels.ts';
import type { Field, Instrument, Item, Level, Text } from './schema.ts';

export interface IndicatorResult {
  id: string;
  theme: string;
  level: Level;
  /** Index of the rule that set the level; null when `otherwise` applied. */
  rule: number | null;
  evidence: Evidence[];
}

export interface ThemeResult {
  id: string;
  level: Level;
  indicators: string[];
}

export interface AwarenessResult {
  theme: string;
  /** The candidate's own rating, mapped onto the four-step scale. */
  perceived: Level;
  computed: Level;
  /** computed − perceived in steps; positive is a blind spot. */
  gap: number;
  blindSpot: boolean;
}

export interface TipResult {
  item: string;
  /** For group entries: which entry and field. */
  entry?: number;
  field?: string;
  tip: Text;
}

export interface Evaluation {
  visibleSections: string[];
  visibleItems: string[];
  errors: AnswerError[];
  indicators: IndicatorResult[];
  themes: ThemeResult[];
  awareness: AwarenessResult[];
  measures: Array<{ id: string; because: string[] }>;
  /** The immediate tips that belong to the answers given (zelfscan, and anywhere an option has one). */
  tips: TipResult[];
  progress: Array<{
    part: string;
    required: number;
    answeredRequired: number;
    visible: number;
    answered: number;
  }>;
  complete: boolean;
}

export interface EvaluateInput {
  answers: Answers;
  network?: Readonly<Record<string, number>>;
}

export function evaluate(instrument: Instrument, input: EvaluateInput): Evaluation {
  const index = indexInstrument(instrument);
  const raw = input.answers;

  // Visibility in document order. A condition only sees answers of items already known to be
  // visible; the checker guarantees conditions look backwards and have no cycles, and for a
  // definition that slipped through, a forward reference simply reads as unanswered.
  const visibleAnswers: Answers = {};
  const visibleSections: string[] = [];
  const visibleItems: string[] = [];
  const ctx = (): ConditionContext => ({
    answers: visibleAnswers,
    ...(input.network ? { network: input.network } : {}),
  });
  for (const part of instrument.parts) {
    for (const section of part.sections) {
      if (section.visibleIf && !evaluateCondition(section.visibleIf, ctx()).holds) continue;
      visibleSections.push(section.id);
      for (const item of section.items) {
        if (item.visibleIf && !evaluateCondition(item.visibleIf, ctx()).holds) continue;
        visibleItems.push(item.id);
        const value = raw[item.id];
        if (value !== undefined) visibleAnswers[item.id] = value;
      }
    }
  }
  const visible = new Set(visibleItems);

  const errors: AnswerError[] = [];
  for (const key of Object.keys(raw)) {
    if (!index.items.has(key)) {
      errors.push({
        item: key,
        code: 'unknown-item',
        message: sentence('instrument', 'answers.unknownQuestion'),
      });
    }
  }
  for (const id of visibleItems) {
    const place = index.items.get(id);
    if (place) errors.push(...validateAnswer(place.item, raw[id]));
  }
  // Invalid answers do not feed indicators: a wrong type must not raise or lower a level.
  const invalid = new Set(errors.filter((e) => e.code !== 'required').map((e) => e.item));
  const usable: Answers = {};
  for (const [id, value] of Object.entries(visibleAnswers))
    if (!invalid.has(id)) usable[id] = value as Answer;
  const usableCtx: ConditionContext = {
    answers: usable,
    ...(input.network ? { network: input.network } : {}),
  };

  const indicators: IndicatorResult[] = instrument.indicators.map((indicator) => {
    for (const [i, rule] of indicator.rules.entries()) {
      const result = evaluateCondition(rule.when, usableCtx);
      if (result.holds) {
        const extra: Evidence[] = indicator.evidence
          .filter((id) => visible.has(id) && isAnswered(usable[id]))
          .map((id) => ({ item: id, value: usable[id] as Answer }));
        return {
          id: indicator.id,
          theme: indicator.theme,
          level: rule.level,
          rule: i,
          evidence: dedupe([...result.evidence, ...extra]),
        };
      }
    }
    return { id: indicator.id, theme: indicator.theme, level: indicator.otherwise, rule: null, evidence: [] };
  });

  const themes: ThemeResult[] = instrument.themes.map((theme) => {
    const own = indicators.filter((i) => i.theme === theme.id);
    return { id: theme.id, level: maxLevel(own.map((i) => i.level)), indicators: own.map((i) => i.id) };
  });

  const awareness: AwarenessResult[] = [];
  for (const id of visibleItems) {
    const item = index.items.get(id)?.item;
    if (item?.kind !== 'scale' || !item.selfRatingFor || typeof usable[id] !== 'number') continue;
    const points = item.points.map((p) => p.value).sort((a, b) => a - b);
    const position = points.indexOf(usable[id] as number);
    // The instrument's own mapping where it gives one; else the points spread over the four steps.
    const perceived =
      item.points.find((p) => p.value === usable[id])?.level ?? levelFromPosition(position, points.length);
    const computed = themes.find((t) => t.id === item.selfRatingFor)?.level ?? 'geen-aandachtspunt';
    const gap = levelRank(computed) - levelRank(perceived);
    awareness.push({ theme: item.selfRatingFor, perceived, computed, gap, blindSpot: gap > 0 });
  }

  const measures = instrument.measures
    .map((m) => ({
      id: m.id,
      because: m.answers.filter((id) => {
        const r = indicators.find((i) => i.id === id);
        return r !== undefined && levelRank(r.level) >= levelRank(m.from) && levelRank(r.level) > 0;
      }),
    }))
    .filter((m) => m.because.length > 0);

  const tips: TipResult[] = [];
  for (const id of visibleItems) {
    const item = index.items.get(id)?.item;
    if (!item || invalid.has(id)) continue;
    if (item.kind === 'group') {
      const entries = Array.isArray(usable[id]) ? (usable[id] as Array<Record<string, unknown>>) : [];
      entries.forEach((entry, n) => {
        for (const field of item.fields) {
          for (const tip of tipsFor(field, entry[field.id]))
            tips.push({ item: id, entry: n, field: field.id, tip });
        }
      });
    } else {
      for (const tip of tipsFor(item, usable[id])) tips.push({ item: id, tip });
    }
  }

  const progress = instrument.parts.map((part) => {
    let required = 0;
    let answeredRequired = 0;
    let shown = 0;
    let answered = 0;
    for (const section of part.sections) {
      for (const item of section.items) {
        if (!visible.has(item.id)) continue;
        shown += 1;
        const done = isAnswered(raw[item.id]) && !errors.some((e) => e.item === item.id);
        if (done) answered += 1;
        if (item.required || (item.kind === 'group' && item.minEntries > 0)) {
          required += 1;
          if (done) answeredRequired += 1;
        }
      }
    }
    return { part: part.id, required, answeredRequired, visible: shown, answered };
  });

  return {
    visibleSections,
    visibleItems,
    errors,
    indicators,
    themes,
    awareness,
    measures,
    tips,
    progress,
    complete: errors.length === 0,
  };
}

function tipsFor(field: Field | Item, value: unknown): Text[] {
  switch (field.kind) {
    case 'singleChoice':
      return field.options.filter((o) => o.value === value && o.tip).map((o) => o.tip!);
    case 'multiChoice':
      return Array.isArray(value)
        ? field.options.filter((o) => value.includes(o.value) && o.tip).map((o) => o.tip!)
        : [];
    case 'yesNoUnknown': {
      const tip = typeof value === 'string' ? field.tips?.[value as 'ja' | 'nee' | 'onbekend'] : undefined;
      return tip ? [tip] : [];
    }
    case 'scale':
      return field.points.filter((p) => p.value === value && p.tip).map((p) => p.tip!);
    default:
      return [];
  }
}

/** Scale position 0..n-1 onto the four steps: lowest point = geen aandachtspunt, highest = ernstig. */
function levelFromPosition(position: number, count: number): Level {
  const steps = ['geen-aandachtspunt', 'aandachtspunt', 'risico', 'ernstig-risico'] as const;
  if (count <= 1) return steps[0];
  return steps[Math.round((position * 3) / (count - 1))] ?? steps[0];
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = JSON.stringify(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
