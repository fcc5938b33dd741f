// YAML text → the checked afwegingskader, or issues with the line they are on (the conversation
// loader's parse and form). Pure: the caller reads the file.
import { type Check, type Loaded, loadChecked } from '../conversation/load.ts';
import { type Afwegingskader, afwegingskaderSchema } from './schema.ts';

export type { Loaded };

export function duplicateIds(ids: readonly string[], path: (i: number) => Array<string | number>): Check[] {
  const seen = new Set<string>();
  const issues: Check[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: path(i), message: `dubbele id '${id}' / duplicate id` });
    seen.add(id);
  });
  return issues;
}

/**
 * Ids unique per list (steps, questions within a step, each choice list); exactly one step of kind
 * sources, conclusion and strategy each, in that order after the question steps.
 */
export function loadAfwegingskader(text: string): Loaded<Afwegingskader> {
  return loadChecked(text, afwegingskaderSchema, (file) => {
    const issues: Check[] = [];
    for (const list of ['reliability', 'sourceKinds', 'conclusions', 'strategies', 'steps'] as const) {
      issues.push(
        ...duplicateIds(
          file[list].map((c) => c.id),
          (i) => [list, i, 'id'],
        ),
      );
    }
    file.steps.forEach((step, i) => {
      issues.push(
        ...duplicateIds(
          step.questions.map((q) => q.id),
          (j) => ['steps', i, 'questions', j, 'id'],
        ),
      );
    });
    const order = ['sources', 'conclusion', 'strategy'] as const;
    for (const kind of order) {
      const count = file.steps.filter((s) => s.kind === kind).length;
      if (count !== 1)
        issues.push({
          path: ['steps'],
          message: `precies één stap van soort '${kind}' nodig, nu ${count} / exactly one step of this kind`,
        });
    }
    const kinds = file.steps.map((s) => s.kind);
    const lastQuestions = kinds.lastIndexOf('questions');
    const positions = order.map((k) => kinds.indexOf(k));
    if (positions.some((p, i) => p < lastQuestions || (i > 0 && p < (positions[i - 1] ?? 0))))
      issues.push({
        path: ['steps'],
        message:
          'volgorde: eerst de vragen, dan bronnen, conclusie, strategie / order: questions, sources, conclusion, strategy',
      });
    return issues;
  });
}
