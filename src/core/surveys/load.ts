// YAML text → a checked questionnaire, or issues with the line they are on (the loader pattern of
// the handreiking and conversation content). Pure: the caller reads the file.
import { type Check, type Loaded, loadChecked } from '../conversation/load.ts';
import { type Questionnaire, questionnaireSchema } from './schema.ts';

export type { Loaded };

/** Theme ids unique, question ids unique over the whole questionnaire, option ids unique per question. */
export function loadQuestionnaire(text: string): Loaded<Questionnaire> {
  return loadChecked(text, questionnaireSchema, (file) => {
    const issues: Check[] = [];
    const themes = new Set<string>();
    const questions = new Set<string>();
    file.themes.forEach((theme, i) => {
      if (themes.has(theme.id))
        issues.push({ path: ['themes', i, 'id'], message: `dubbele id '${theme.id}' / duplicate id` });
      themes.add(theme.id);
      theme.questions.forEach((question, j) => {
        if (questions.has(question.id))
          issues.push({
            path: ['themes', i, 'questions', j, 'id'],
            message: `dubbele vraag-id '${question.id}' / duplicate question id`,
          });
        questions.add(question.id);
        if (question.kind === 'choice') {
          const options = new Set<string>();
          question.options.forEach((option, k) => {
            if (options.has(option.id))
              issues.push({
                path: ['themes', i, 'questions', j, 'options', k, 'id'],
                message: `dubbele keuze-id '${option.id}' / duplicate option id`,
              });
            options.add(option.id);
          });
        }
      });
    });
    return issues;
  });
}

/** The file's place must match its content: surveys/<id>/<version>.yaml. */
export function placeIssues(questionnaire: Questionnaire, folder: string, file: string): Check[] {
  const issues: Check[] = [];
  if (questionnaire.id !== folder)
    issues.push({
      path: ['id'],
      message: `id '${questionnaire.id}' hoort in map '${folder}' / id must match folder`,
    });
  if (`${questionnaire.version}.yaml` !== file)
    issues.push({
      path: ['version'],
      message: `versie '${questionnaire.version}' hoort in bestand '${file}' / version must match file name`,
    });
  return issues;
}
