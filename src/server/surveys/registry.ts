// The questionnaires of organisation surveys on disk: surveys/<id>/<version>.yaml, every file
// checked with line numbers (and its place: id = folder, version = file name). boot.ts loads them at
// start, so a broken file stops the start; `weerbaar instruments check` checks the same files.
import fs from 'node:fs';
import path from 'node:path';
import { loadQuestionnaire, placeIssues } from '../../core/surveys/load.ts';
import { questionnaireKey } from '../../core/surveys/options.ts';
import type { Questionnaire } from '../../core/surveys/schema.ts';
import { type ContentFileCheck, checkedContent, printContentCheck } from '../content-check.ts';

export const surveysDir = path.resolve(import.meta.dirname, '../../../surveys');

export interface SurveyRegistry {
  /** id@version → questionnaire */
  byKey: ReadonlyMap<string, Questionnaire>;
  /** every questionnaire, newest version of each id first */
  list: readonly Questionnaire[];
  get(id: string, version: string): Questionnaire | undefined;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Checks every file (for the start and for `weerbaar instruments check`). */
export function checkSurveyFiles(dir: string = surveysDir): {
  checks: ContentFileCheck[];
  registry?: SurveyRegistry;
} {
  const checks: ContentFileCheck[] = [];
  const found: Questionnaire[] = [];
  let folders: string[] = [];
  try {
    folders = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch (error) {
    const message = `de map ontbreekt of is niet leesbaar / cannot read: ${(error as Error).message}`;
    return { checks: [{ file: dir, issues: [{ path: '(map)', line: null, column: null, message }] }] };
  }
  for (const folder of folders) {
    for (const file of fs
      .readdirSync(path.join(dir, folder))
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      const full = path.join(dir, folder, file);
      const loaded = loadQuestionnaire(fs.readFileSync(full, 'utf8'));
      if (!loaded.ok) {
        checks.push({ file: full, issues: loaded.issues });
        continue;
      }
      const place = placeIssues(loaded.value, folder, file).map((c) => ({
        path: c.path.join('.'),
        line: null,
        column: null,
        message: c.message,
      }));
      checks.push({ file: full, issues: place });
      if (place.length === 0) found.push(loaded.value);
    }
  }
  if (checks.some((c) => c.issues.length > 0)) return { checks };
  const list = [...found].sort((a, b) => a.id.localeCompare(b.id) || compareVersions(b.version, a.version));
  const byKey = new Map(list.map((q) => [questionnaireKey(q.id, q.version), q]));
  return {
    checks,
    registry: { byKey, list, get: (id, version) => byKey.get(questionnaireKey(id, version)) },
  };
}

/** Loads and checks the files; throws with every issue and its line when one is broken. */
export function loadSurveys(dir: string = surveysDir): SurveyRegistry {
  const { checks, registry } = checkSurveyFiles(dir);
  return checkedContent(checks, registry, 'Vragenlijst');
}

let loaded: SurveyRegistry | undefined;

/** The shipped questionnaires, loaded once per process. */
export function surveys(): SurveyRegistry {
  loaded ??= loadSurveys();
  return loaded;
}

/** For `weerbaar instruments check`: the number of files that failed. */
export function printSurveysCheck(dir: string = surveysDir): number {
  return printContentCheck(checkSurveyFiles(dir).checks);
}
