// YAML text → the checked norm session, or issues with their line (the conversation loader's form).
// Pure: the caller reads the file. Also the check of an organisation's text against the session.
import { duplicateIds } from '../afwegingskader/load.ts';
import { type Check, type Loaded, loadChecked } from '../conversation/load.ts';
import { type NormContent, type NormSession, normSessionSchema } from './schema.ts';

export type { Loaded };

/** Ids unique: steps, prompts within a step, agreedBy, referrals; an agressieprotocol step must exist. */
export function loadNormSession(text: string): Loaded<NormSession> {
  return loadChecked(text, normSessionSchema, (file) => {
    const issues: Check[] = [
      ...duplicateIds(
        file.steps.map((s) => s.id),
        (i) => ['steps', i, 'id'],
      ),
      ...duplicateIds(
        file.agreedBy.map((a) => a.id),
        (i) => ['agreedBy', i, 'id'],
      ),
      ...duplicateIds(
        file.referrals.map((r) => r.id),
        (i) => ['referrals', i, 'id'],
      ),
    ];
    file.steps.forEach((step, i) => {
      issues.push(
        ...duplicateIds(
          step.prompts.map((p) => p.id),
          (j) => ['steps', i, 'prompts', j, 'id'],
        ),
      );
    });
    if (!file.steps.some((s) => s.id === 'agressieprotocol'))
      issues.push({ path: ['steps'], message: "geen stap 'agressieprotocol' / no agressieprotocol step" });
    return issues;
  });
}

/** Paths in `content` that name no step or prompt of the session (empty: it fits). */
export function unknownNormPaths(session: NormSession, content: NormContent): Array<[string, string?]> {
  const unknown: Array<[string, string?]> = [];
  for (const [stepId, prompts] of Object.entries(content)) {
    const step = session.steps.find((s) => s.id === stepId);
    if (!step) {
      unknown.push([stepId]);
      continue;
    }
    for (const promptId of Object.keys(prompts)) {
      if (!step.prompts.some((p) => p.id === promptId)) unknown.push([stepId, promptId]);
    }
  }
  return unknown;
}

/** The first draft: empty, except the agressieprotocol's starting texts in the language asked. */
export function firstNormDraft(session: NormSession, language: 'nl' | 'en'): NormContent {
  const draft: NormContent = {};
  for (const step of session.steps) {
    const prompts: Record<string, string> = {};
    for (const prompt of step.prompts) if (prompt.template) prompts[prompt.id] = prompt.template[language];
    if (Object.keys(prompts).length > 0) draft[step.id] = prompts;
  }
  return draft;
}
