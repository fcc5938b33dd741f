// Evaluates the condition language. Pure and total: an unanswered or hidden item makes a
// comparison false (except `answered: false`), never an exception.
import type { Answer, Answers, GroupEntry } from './answers.ts';
import type { Comparison, Condition } from './schema.ts';

/** What a condition looked at, cited as evidence when an indicator fires. */
export interface Evidence {
  /** A top-level item (answer or group). */
  item?: string;
  value?: Answer;
  /** For groups: the entries (0-based) that matched. */
  entries?: number[];
  /** A network measure and its value. */
  network?: string;
  measure?: number;
}

export interface ConditionContext {
  /** Answers of visible items only: hidden answers do not count. */
  answers: Answers;
  /** Network measures by name, once the network module provides them. */
  network?: Readonly<Record<string, number>>;
  /** The group entry being tested, inside count.where. */
  entry?: GroupEntry;
}

export interface ConditionResult {
  holds: boolean;
  evidence: Evidence[];
}

export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function compare(c: Comparison, value: unknown): boolean {
  if (c.answered !== undefined) return isAnswered(value) === c.answered;
  if (!isAnswered(value)) return false;
  if (c.is !== undefined) return value === c.is;
  if (c.isNot !== undefined) return value !== c.isNot;
  if (c.in !== undefined) return (c.in as unknown[]).includes(value);
  if (c.includes !== undefined) return Array.isArray(value) && value.includes(c.includes);
  if (c.includesAny !== undefined)
    return Array.isArray(value) && (c.includesAny as unknown[]).some((v) => value.includes(v));
  if (typeof value !== 'number') return false;
  if (c.gte !== undefined) return value >= (c.gte as number);
  if (c.gt !== undefined) return value > (c.gt as number);
  if (c.lte !== undefined) return value <= (c.lte as number);
  if (c.lt !== undefined) return value < (c.lt as number);
  return false;
}

export function evaluateCondition(condition: Condition, ctx: ConditionContext): ConditionResult {
  if ('all' in condition) {
    const results = condition.all.map((c) => evaluateCondition(c, ctx));
    return { holds: results.every((r) => r.holds), evidence: results.flatMap((r) => r.evidence) };
  }
  if ('any' in condition) {
    const results = condition.any.map((c) => evaluateCondition(c, ctx));
    const holding = results.filter((r) => r.holds);
    return { holds: holding.length > 0, evidence: holding.flatMap((r) => r.evidence) };
  }
  if ('none' in condition) {
    const results = condition.none.map((c) => evaluateCondition(c, ctx));
    return { holds: results.every((r) => !r.holds), evidence: results.flatMap((r) => r.evidence) };
  }
  if ('not' in condition) {
    const result = evaluateCondition(condition.not, ctx);
    return { holds: !result.holds, evidence: result.evidence };
  }
  if ('atLeast' in condition) {
    const results = condition.of.map((c) => evaluateCondition(c, ctx));
    const holding = results.filter((r) => r.holds);
    return { holds: holding.length >= condition.atLeast, evidence: holding.flatMap((r) => r.evidence) };
  }
  const c = condition as Comparison;
  if (c.answer !== undefined) {
    const value = ctx.answers[c.answer];
    return {
      holds: compare(c, value),
      evidence: [{ item: c.answer, ...(isAnswered(value) ? { value } : {}) }],
    };
  }
  if (c.field !== undefined) {
    // Inside count.where; the entry itself is cited by the count.
    return { holds: compare(c, ctx.entry?.[c.field]), evidence: [] };
  }
  if (c.count !== undefined) {
    const value = ctx.answers[c.count];
    const entries = Array.isArray(value)
      ? (value as GroupEntry[]).filter((e) => typeof e === 'object' && e !== null)
      : [];
    const matching: number[] = [];
    entries.forEach((entry, i) => {
      if (!c.where || evaluateCondition(c.where, { ...ctx, entry }).holds) matching.push(i);
    });
    return { holds: compare(c, matching.length), evidence: [{ item: c.count, entries: matching }] };
  }
  if (c.network !== undefined) {
    const measure = ctx.network?.[c.network];
    return {
      holds: compare(c, measure),
      evidence: [{ network: c.network, ...(measure !== undefined ? { measure } : {}) }],
    };
  }
  return { holds: false, evidence: [] };
}

/** Every item (top-level) and network measure a condition reads. */
export function conditionReferences(condition: Condition | undefined): {
  items: Set<string>;
  network: Set<string>;
} {
  const items = new Set<string>();
  const network = new Set<string>();
  const walk = (c: Condition | undefined) => {
    if (!c) return;
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('none' in c) c.none.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('atLeast' in c) c.of.forEach(walk);
    else {
      const cmp = c as Comparison;
      if (cmp.answer) items.add(cmp.answer);
      if (cmp.count) items.add(cmp.count);
      if (cmp.network) network.add(cmp.network);
      walk(cmp.where);
    }
  };
  walk(condition);
  return { items, network };
}
