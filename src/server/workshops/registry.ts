// The workshops of organisation surveys on disk: workshops/<questionnaire id>.yaml, each checked with
// line numbers against every version of the questionnaire it follows (surveys/<id>/<version>.yaml:
// every theme once, no theme the questionnaire lacks). boot.ts loads them at start, after the
// surveys, so a broken file stops the start; `weerbaar instruments check` checks the same files.
import fs from 'node:fs';
import path from 'node:path';
import type { LoadIssue } from '../../core/instrument/yaml-lines.ts';
import { loadWorkshop } from '../../core/workshop/load.ts';
import type { Workshop } from '../../core/workshop/schema.ts';
import { type ContentFileCheck, checkedContent, printContentCheck } from '../content-check.ts';

export const workshopsDir = path.resolve(import.meta.dirname, '../../../workshops');

/** What the check needs of the survey registry: every questionnaire version and its themes. */
export interface QuestionnaireList {
  list: ReadonlyArray<{ id: string; version: string; themes: ReadonlyArray<{ id: string }> }>;
}

export interface WorkshopRegistry {
  /** The workshop that follows this questionnaire, if it has one. */
  forQuestionnaire(questionnaireId: string): Workshop | undefined;
  list: readonly Workshop[];
}

const issue = (message: string, at = '(bestand)'): LoadIssue => ({
  path: at,
  line: null,
  column: null,
  message,
});

/** Checks every file (for the start and for `weerbaar instruments check`). */
export function checkWorkshopFiles(
  questionnaires: QuestionnaireList,
  dir: string = workshopsDir,
): { checks: ContentFileCheck[]; registry?: WorkshopRegistry } {
  const checks: ContentFileCheck[] = [];
  const found: Workshop[] = [];
  let files: string[];
  try {
    files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
  } catch (error) {
    const message = `de map ontbreekt of is niet leesbaar / cannot read: ${(error as Error).message}`;
    return { checks: [{ file: dir, issues: [issue(message, '(map)')] }] };
  }
  for (const file of files) {
    const full = path.join(dir, file);
    const folder = file.replace(/\.yaml$/, '');
    const versions = questionnaires.list
      .filter((q) => q.id === folder)
      .map((q) => ({ version: q.version, themeIds: q.themes.map((t) => t.id) }));
    if (versions.length === 0) {
      checks.push({
        file: full,
        issues: [issue(`geen vragenlijst '${folder}' in surveys/ / no questionnaire of that id`)],
      });
      continue;
    }
    const loaded = loadWorkshop(fs.readFileSync(full, 'utf8'), versions);
    if (!loaded.ok) {
      checks.push({ file: full, issues: loaded.issues });
      continue;
    }
    const place =
      loaded.value.id !== folder || loaded.value.questionnaire !== folder
        ? [
            issue(
              `id en questionnaire horen '${folder}' te zijn / id and questionnaire must match the file name`,
              'id',
            ),
          ]
        : [];
    checks.push({ file: full, issues: place });
    if (place.length === 0) found.push(loaded.value);
  }
  if (checks.some((c) => c.issues.length > 0)) return { checks };
  const byQuestionnaire = new Map(found.map((w) => [w.questionnaire, w]));
  return {
    checks,
    registry: { list: found, forQuestionnaire: (id) => byQuestionnaire.get(id) },
  };
}

/** Loads and checks the files; throws with every issue and its line when one is broken. */
export function loadWorkshops(
  questionnaires: QuestionnaireList,
  dir: string = workshopsDir,
): WorkshopRegistry {
  const { checks, registry } = checkWorkshopFiles(questionnaires, dir);
  return checkedContent(checks, registry, 'Workshop');
}

let loaded: WorkshopRegistry | undefined;

/** The shipped workshops, loaded once per process against the shipped questionnaires. */
export function workshops(questionnaires: QuestionnaireList): WorkshopRegistry {
  loaded ??= loadWorkshops(questionnaires);
  return loaded;
}

/** For `weerbaar instruments check`: the number of files that failed. */
export function printWorkshopCheck(questionnaires: QuestionnaireList, dir: string = workshopsDir): number {
  return printContentCheck(checkWorkshopFiles(questionnaires, dir).checks);
}
