// The re-scan halfway the term: how the results changed since the earlier scan. Matched by id
// across instrument versions: an indicator or theme in both is compared level to level; one only
// in the newer version is "new", one only in the earlier is "gone". For a theme the expert's
// judgement counts where there is one, otherwise the computed level (and it says which).
// Pure; the server runs it for the candidate and the follow-up expert, the browser shows it.
import type { Evaluation } from '../instrument/evaluate.ts';
import { levelRank } from '../instrument/levels.ts';
import type { Instrument, Level, Text } from '../instrument/schema.ts';
import type { ReportDecisions } from '../report/report-model.ts';

export type Presence = 'both' | 'new' | 'gone';
export type Direction = 'lower' | 'same' | 'higher';

export interface IndicatorChange {
  id: string;
  theme: string;
  title: Text;
  presence: Presence;
  earlier: Level | null;
  now: Level | null;
  /** Null when one side is missing or not evaluated yet. */
  direction: Direction | null;
}

export interface ThemeChange {
  id: string;
  title: Text;
  presence: Presence;
  earlier: Level | null;
  /** True when `earlier` is the expert's judgement, false when it is the computed level. */
  earlierJudged: boolean;
  now: Level | null;
  nowJudged: boolean;
  direction: Direction | null;
}

export interface Comparison {
  earlier: { instrument: { id: string; version: string } };
  now: { instrument: { id: string; version: string }; evaluated: boolean };
  themes: ThemeChange[];
  indicators: IndicatorChange[];
}

export interface ScanResults {
  instrument: Instrument;
  /** Null while the scan is not submitted yet. */
  evaluation: Evaluation | null;
  decisions: ReportDecisions | null;
}

function direction(earlier: Level | null, now: Level | null): Direction | null {
  if (earlier === null || now === null) return null;
  const d = levelRank(now) - levelRank(earlier);
  return d < 0 ? 'lower' : d > 0 ? 'higher' : 'same';
}

function presence(inEarlier: boolean, inNow: boolean): Presence {
  return inEarlier && inNow ? 'both' : inNow ? 'new' : 'gone';
}

function themeLevel(results: ScanResults, themeId: string): { level: Level | null; judged: boolean } {
  const judged = results.decisions?.judgements.find((j) => j.theme === themeId);
  if (judged) return { level: judged.level, judged: true };
  const computed = results.evaluation?.themes.find((t) => t.id === themeId);
  return { level: computed?.level ?? null, judged: false };
}

/** Earlier → now, per theme and per indicator, in the newer definition's order (gone ones last). */
export function compareResults(earlier: ScanResults, now: ScanResults): Comparison {
  const themeIds = [
    ...now.instrument.themes.map((t) => t.id),
    ...earlier.instrument.themes
      .map((t) => t.id)
      .filter((id) => !now.instrument.themes.some((t) => t.id === id)),
  ];
  const themes: ThemeChange[] = themeIds.map((id) => {
    const inNow = now.instrument.themes.find((t) => t.id === id);
    const inEarlier = earlier.instrument.themes.find((t) => t.id === id);
    const before = inEarlier ? themeLevel(earlier, id) : { level: null, judged: false };
    const after = inNow ? themeLevel(now, id) : { level: null, judged: false };
    return {
      id,
      title: (inNow ?? inEarlier)?.title ?? { nl: id },
      presence: presence(Boolean(inEarlier), Boolean(inNow)),
      earlier: before.level,
      earlierJudged: before.judged,
      now: after.level,
      nowJudged: after.judged,
      direction: direction(before.level, after.level),
    };
  });
  const indicatorIds = [
    ...now.instrument.indicators.map((i) => i.id),
    ...earlier.instrument.indicators
      .map((i) => i.id)
      .filter((id) => !now.instrument.indicators.some((i) => i.id === id)),
  ];
  const indicators: IndicatorChange[] = indicatorIds.map((id) => {
    const inNow = now.instrument.indicators.find((i) => i.id === id);
    const inEarlier = earlier.instrument.indicators.find((i) => i.id === id);
    const before = inEarlier
      ? (earlier.evaluation?.indicators.find((i) => i.id === id)?.level ?? null)
      : null;
    const after = inNow ? (now.evaluation?.indicators.find((i) => i.id === id)?.level ?? null) : null;
    const definition = inNow ?? inEarlier;
    return {
      id,
      theme: definition?.theme ?? '',
      title: definition?.title ?? { nl: id },
      presence: presence(Boolean(inEarlier), Boolean(inNow)),
      earlier: before,
      now: after,
      direction: direction(before, after),
    };
  });
  return {
    earlier: { instrument: { id: earlier.instrument.id, version: earlier.instrument.version } },
    now: {
      instrument: { id: now.instrument.id, version: now.instrument.version },
      evaluated: now.evaluation !== null,
    },
    themes,
    indicators,
  };
}
