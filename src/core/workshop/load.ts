// YAML text → the checked workshop content, or issues with the line they are on (the loader pattern
// of the handreiking and conversation content). Pure: the caller reads the file and passes the
// theme ids of the questionnaire versions the workshop follows, so every theme is checked.
import { type Check, type Loaded, loadChecked } from '../conversation/load.ts';
import { maturityValues, type Workshop, workshopSchema } from './schema.ts';

export type { Loaded };

/**
 * Steps 1 to 5 in order; theme ids unique; with `themeIds` (per questionnaire version, its theme ids
 * in order), every theme of every version exactly once and no theme the questionnaire lacks.
 */
export function loadWorkshop(
  text: string,
  questionnaires: ReadonlyArray<{ version: string; themeIds: readonly string[] }> = [],
): Loaded<Workshop> {
  return loadChecked(text, workshopSchema, (file) => {
    const issues: Check[] = [];
    file.levels.forEach((level, i) => {
      if (level.value !== maturityValues[i])
        issues.push({
          path: ['levels', i, 'value'],
          message: `stap ${i + 1} verwacht, ${level.value} gevonden / steps must be 1 to 5 in order`,
        });
    });
    const seen = new Set<string>();
    file.themes.forEach((theme, i) => {
      if (seen.has(theme.id))
        issues.push({ path: ['themes', i, 'id'], message: `dubbele id '${theme.id}' / duplicate id` });
      seen.add(theme.id);
    });
    const known = new Set(questionnaires.flatMap((q) => q.themeIds));
    if (questionnaires.length > 0) {
      file.themes.forEach((theme, i) => {
        if (!known.has(theme.id))
          issues.push({
            path: ['themes', i, 'id'],
            message: `'${theme.id}' is geen thema van vragenlijst '${file.questionnaire}' / not a theme of the questionnaire`,
          });
      });
      for (const q of questionnaires)
        for (const themeId of q.themeIds)
          if (!seen.has(themeId))
            issues.push({
              path: ['themes'],
              message: `thema '${themeId}' van versie ${q.version} ontbreekt / theme of the questionnaire missing`,
            });
    }
    return issues;
  });
}
