// YAML text → the checked handreiking content, or issues with the line they are on (the same
// parse and the same form as the conversation loader). Pure: the caller reads the files.
import { type Check, type Loaded, loadChecked } from '../conversation/load.ts';
import { offices } from '../vocabulary.ts';
import {
  type OndermijningGuide,
  ondermijningSchema,
  type Vuistregels,
  vuistregelsSchema,
  type Zelfassessment,
  zelfassessmentSchema,
} from './schema.ts';

export type { Loaded };

function duplicates(ids: readonly string[], path: (i: number) => Array<string | number>): Check[] {
  const seen = new Set<string>();
  const issues: Check[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: path(i), message: `dubbele id '${id}' / duplicate id` });
    seen.add(id);
  });
  return issues;
}

/** Every office in exactly one set; ids unique (sets, and rules within a set). */
export function loadVuistregels(text: string): Loaded<Vuistregels> {
  return loadChecked(text, vuistregelsSchema, (file) => {
    const issues = duplicates(
      file.sets.map((s) => s.id),
      (i) => ['sets', i, 'id'],
    );
    const owner = new Map<string, string>();
    file.sets.forEach((set, i) => {
      issues.push(
        ...duplicates(
          set.rules.map((r) => r.id),
          (j) => ['sets', i, 'rules', j, 'id'],
        ),
      );
      set.offices.forEach((office, j) => {
        const earlier = owner.get(office);
        if (earlier)
          issues.push({
            path: ['sets', i, 'offices', j],
            message: `'${office}' staat al bij '${earlier}' / office already in another set`,
          });
        else owner.set(office, set.id);
      });
    });
    const missing = offices.filter((o) => !owner.has(o));
    if (missing.length > 0)
      issues.push({
        path: ['sets'],
        message: `geen vuistregels voor ${missing.join(', ')} / offices without a set`,
      });
    return issues;
  });
}

/** Choice ids unique, one `ready` choice at least; advice only for choices that exist. */
export function loadZelfassessment(text: string): Loaded<Zelfassessment> {
  return loadChecked(text, zelfassessmentSchema, (file) => {
    const choices = new Set(file.choices.map((c) => c.id));
    const issues = [
      ...duplicates(
        file.choices.map((c) => c.id),
        (i) => ['choices', i, 'id'],
      ),
      ...duplicates(
        file.topics.map((t) => t.id),
        (i) => ['topics', i, 'id'],
      ),
      ...duplicates(
        file.topics.flatMap((t) => t.questions.map((q) => q.id)),
        (k) => {
          let rest = k;
          for (const [i, t] of file.topics.entries()) {
            if (rest < t.questions.length) return ['topics', i, 'questions', rest, 'id'];
            rest -= t.questions.length;
          }
          return ['topics'];
        },
      ),
    ];
    if (!file.choices.some((c) => c.ready))
      issues.push({ path: ['choices'], message: 'geen keuze met ready: true / no ready choice' });
    file.topics.forEach((topic, i) => {
      topic.questions.forEach((question, j) => {
        for (const choiceId of Object.keys(question.advice)) {
          if (!choices.has(choiceId))
            issues.push({
              path: ['topics', i, 'questions', j, 'advice', choiceId],
              message: `'${choiceId}' staat niet bij choices / unknown choice`,
            });
        }
      });
    });
    return issues;
  });
}

export function loadOndermijning(text: string): Loaded<OndermijningGuide> {
  return loadChecked(text, ondermijningSchema, (file) => [
    ...duplicates(
      file.signals.map((s) => s.id),
      (i) => ['signals', i, 'id'],
    ),
    ...duplicates(
      file.steps.map((s) => s.id),
      (i) => ['steps', i, 'id'],
    ),
  ]);
}
