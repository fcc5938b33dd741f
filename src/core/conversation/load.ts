// YAML text → the checked leidraad or dilemma cards, or issues with the line they are on (the same
// form as src/core/instrument/load.ts). Pure: the caller reads the file and says which themes
// and indicators the shipped instruments have, so every reference can be checked.
import type { z } from 'zod';
import type { Instrument } from '../instrument/schema.ts';
import { formatPath, type LoadIssue, parseYamlWithLines } from '../instrument/yaml-lines.ts';
import { type DilemmaFile, dilemmaFileSchema, type Leidraad, leidraadSchema } from './schema.ts';

export type { LoadIssue };

/** What the instruments define: the ids the conversation files may refer to. */
export interface KnownIds {
  instruments: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  /** Per theme id: the indicator ids of that theme (over all instruments). */
  indicators: ReadonlyMap<string, ReadonlySet<string>>;
}

export function knownIds(instruments: readonly Instrument[]): KnownIds {
  const themes = new Set<string>();
  const indicators = new Map<string, Set<string>>();
  for (const instrument of instruments) {
    for (const theme of instrument.themes) themes.add(theme.id);
    for (const indicator of instrument.indicators) {
      const set = indicators.get(indicator.theme) ?? new Set<string>();
      set.add(indicator.id);
      indicators.set(indicator.theme, set);
    }
  }
  return { instruments: new Set(instruments.map((i) => i.id)), themes, indicators };
}

export type Loaded<T> = { ok: true; value: T; issues: [] } | { ok: false; issues: LoadIssue[] };

type Check = { path: Array<string | number>; message: string };

function zodMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `onbekend veld: ${issue.keys.join(', ')} / unknown key`;
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return `dit veld ontbreekt / missing (${issue.message})`;
  return issue.message;
}

function load<T>(text: string, schema: z.ZodType<T>, check: (value: T) => Check[]): Loaded<T> {
  // A map entry points at its key: the line the author wrote the id on.
  const yaml = parseYamlWithLines(text, { atKeys: true });
  if (!yaml.ok) return yaml;
  const { locate } = yaml;
  const parsed = schema.safeParse(yaml.value);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        ...locate(issue.path),
        message: zodMessage(issue),
      })),
    };
  }
  const issues = check(parsed.data).map((c) => ({
    path: formatPath(c.path),
    ...locate(c.path),
    message: c.message,
  }));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: parsed.data, issues: [] };
}

export function loadLeidraad(text: string, known: KnownIds): Loaded<Leidraad> {
  return load(text, leidraadSchema, (leidraad) => {
    const issues: Check[] = [];
    for (const [themeId, entry] of Object.entries(leidraad.themes)) {
      if (!known.themes.has(themeId)) {
        issues.push({
          path: ['themes', themeId],
          message: `'${themeId}' is geen thema van een instrument / not a theme of any instrument`,
        });
        continue;
      }
      const own = known.indicators.get(themeId) ?? new Set<string>();
      for (const indicatorId of Object.keys(entry.indicators)) {
        if (!own.has(indicatorId)) {
          issues.push({
            path: ['themes', themeId, 'indicators', indicatorId],
            message: `'${indicatorId}' is geen indicator van thema '${themeId}' / not an indicator of this theme`,
          });
        }
      }
    }
    return issues;
  });
}

export function loadDilemmas(text: string, known: KnownIds): Loaded<DilemmaFile> {
  return load(text, dilemmaFileSchema, (file) => {
    const issues: Check[] = [];
    const audiences = new Set<string>();
    file.audiences.forEach((audience, i) => {
      if (audiences.has(audience.id))
        issues.push({ path: ['audiences', i, 'id'], message: `dubbele id '${audience.id}' / duplicate id` });
      audiences.add(audience.id);
      audience.instruments.forEach((instrumentId, j) => {
        if (!known.instruments.has(instrumentId))
          issues.push({
            path: ['audiences', i, 'instruments', j],
            message: `'${instrumentId}' is geen instrument / not an instrument`,
          });
      });
    });
    const ids = new Set<string>();
    file.dilemmas.forEach((dilemma, i) => {
      if (ids.has(dilemma.id))
        issues.push({ path: ['dilemmas', i, 'id'], message: `dubbele id '${dilemma.id}' / duplicate id` });
      ids.add(dilemma.id);
      dilemma.audiences.forEach((audienceId, j) => {
        if (!audiences.has(audienceId))
          issues.push({
            path: ['dilemmas', i, 'audiences', j],
            message: `'${audienceId}' staat niet bij audiences / unknown audience`,
          });
      });
      const seen = new Set<string>();
      dilemma.themes.forEach((themeId, j) => {
        if (!known.themes.has(themeId))
          issues.push({
            path: ['dilemmas', i, 'themes', j],
            message: `'${themeId}' is geen thema van een instrument / not a theme of any instrument`,
          });
        else if (seen.has(themeId))
          issues.push({
            path: ['dilemmas', i, 'themes', j],
            message: `'${themeId}' staat er twee keer / twice`,
          });
        seen.add(themeId);
      });
    });
    return issues;
  });
}

/** The same parse → schema → cross-checks with line numbers, for the handreiking's files. */
export { type Check, load as loadChecked };
