// What a case team saves for one step of the afwegingskader, and the check against the framework:
// answers only to the step's questions, sources with a known kind and reliability, a known
// conclusion, known strategies. Pure: the server runs it before sealing, the web before sending.
import type { Afwegingskader, FrameworkStep } from './schema.ts';

export interface CaseSource {
  description: string;
  kind: string;
  reliability: string;
}

export interface CaseStepContent {
  answers: Record<string, string>;
  /** The sources step only. */
  sources?: CaseSource[];
  /** The conclusion step only: a conclusion id. */
  conclusion?: string | null;
  /** The strategy step only: strategy ids. */
  strategies?: string[];
}

export const caseLimits = {
  answer: 4000,
  sources: 30,
  sourceDescription: 500,
  title: 120,
  team: 12,
} as const;

export interface StepProblem {
  path: Array<string | number>;
  code:
    | 'unknown-step'
    | 'unknown-question'
    | 'unknown-source-kind'
    | 'unknown-reliability'
    | 'unknown-conclusion'
    | 'unknown-strategy'
    | 'not-in-this-step';
}

/** Problems with a step's content; an empty list means it may be saved. */
export function checkCaseStep(
  framework: Afwegingskader,
  stepId: string,
  content: CaseStepContent,
): StepProblem[] {
  const step = framework.steps.find((s) => s.id === stepId);
  if (!step) return [{ path: ['stepId'], code: 'unknown-step' }];
  const problems: StepProblem[] = [];
  const questions = new Set(step.questions.map((q) => q.id));
  for (const key of Object.keys(content.answers)) {
    if (!questions.has(key)) problems.push({ path: ['answers', key], code: 'unknown-question' });
  }
  const only = (field: 'sources' | 'conclusion' | 'strategies', kind: FrameworkStep['kind']) => {
    if (content[field] !== undefined && content[field] !== null && step.kind !== kind)
      problems.push({ path: [field], code: 'not-in-this-step' });
  };
  only('sources', 'sources');
  only('conclusion', 'conclusion');
  only('strategies', 'strategy');
  const kinds = new Set(framework.sourceKinds.map((k) => k.id));
  const levels = new Set(framework.reliability.map((r) => r.id));
  (content.sources ?? []).forEach((source, i) => {
    if (!kinds.has(source.kind)) problems.push({ path: ['sources', i, 'kind'], code: 'unknown-source-kind' });
    if (!levels.has(source.reliability))
      problems.push({ path: ['sources', i, 'reliability'], code: 'unknown-reliability' });
  });
  if (content.conclusion && !framework.conclusions.some((c) => c.id === content.conclusion))
    problems.push({ path: ['conclusion'], code: 'unknown-conclusion' });
  const strategies = new Set(framework.strategies.map((s) => s.id));
  (content.strategies ?? []).forEach((id, i) => {
    if (!strategies.has(id)) problems.push({ path: ['strategies', i], code: 'unknown-strategy' });
  });
  return problems;
}

/** Whether a step has what it needs to count as done (the web's progress; closing does not require it). */
export function stepDone(step: FrameworkStep, content: CaseStepContent | undefined): boolean {
  if (!content) return false;
  const filled = (id: string) => (content.answers[id] ?? '').trim().length > 0;
  const required = step.questions.filter((q) => q.required);
  const answered =
    required.length > 0 ? required.every((q) => filled(q.id)) : step.questions.some((q) => filled(q.id));
  if (step.kind === 'sources') return (content.sources ?? []).length > 0;
  if (step.kind === 'conclusion') return Boolean(content.conclusion) && answered;
  if (step.kind === 'strategy') return (content.strategies ?? []).length > 0 && answered;
  return answered;
}
