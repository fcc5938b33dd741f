// The leidraad selectiegesprek: an interview guide made from what needs attention. Per theme, in
// the order of the instrument, the indicators found (level ≥ aandachtspunt) with the open
// questions to ask and what a good answer shows; talking points only for a reader who may see
// them (the expert); suggested dilemma cards for those themes; a theme without attention gets one
// general question. Pure: the server builds it, the browser prints it.
//
// Two readers, two sources. The expert's guide comes from the evaluation (and the judgements so
// far). The opdrachtgever's guide comes only from the report view the candidate released
// (buildReportView already capped it: judgements per theme, indicator titles and levels, never
// evidence, answers, awareness, tips or talking points), so it cannot show more than that view.
// The kandidatencommissie's guide comes only from its released view (`commissie`: the themes to
// discuss and the raised indicators with their talking points), and so it carries those talking
// points — what the candidate released for the selection conversation — but never the expert's
// note. An indicator in that view is one to discuss even at geen aandachtspunt (a conversation
// point such as 'liever in het gesprek'), so it gets its sharper questions too.
import type { Evaluation } from '../instrument/evaluate.ts';
import { levelRank, maxLevel } from '../instrument/levels.ts';
import type { Instrument, Level, Text } from '../instrument/schema.ts';
import type { ReportDecisions, ReportView } from '../report/report-model.ts';
import type { Dilemma, DilemmaFile, FullText, Leidraad } from './schema.ts';

export type GuideReader = 'expert' | 'opdrachtgever' | 'commissie';

/** What was found, per theme: the input of the guide, whatever its source. */
export interface Findings {
  themes: Array<{
    id: string;
    /** The expert's judgement, when there is one. */
    judgement: Level | null;
    /** The level the software proposed (expert only; null for the opdrachtgever). */
    proposed: Level | null;
    /** Indicators at aandachtspunt or above. */
    indicators: Array<{ id: string; level: Level }>;
  }>;
}

export interface GuideIndicator {
  id: string;
  title: Text;
  level: Level;
  questions: FullText[];
  goodAnswer: FullText[];
  /** Expert only: why it stands out. */
  expertText?: Text;
  /** The instrument's talking points: the expert's guide, and the commissie's (as released). */
  talkingPoints?: Text[];
}

export interface GuideTheme {
  id: string;
  title: Text;
  attention: boolean;
  /** The judgement if there is one, otherwise (expert) the proposed level. */
  level: Level;
  levelSource: 'judgement' | 'proposed';
  /** The open questions (attention) or the one general question. */
  questions: FullText[];
  goodAnswer: FullText[];
  indicators: GuideIndicator[];
}

export interface InterviewGuide {
  reader: GuideReader;
  instrument: { id: string; version: string; title: Text };
  themes: GuideTheme[];
  /** Cards that fit the themes needing attention (and the instrument's audience first). */
  dilemmas: Dilemma[];
}

const attentionLevel = levelRank('aandachtspunt');

function found(level: Level): boolean {
  return levelRank(level) >= attentionLevel;
}

/** The expert's findings: the evaluation's indicators, with the judgements given so far. */
export function findingsFromEvaluation(
  instrument: Instrument,
  evaluation: Evaluation,
  decisions?: ReportDecisions,
): Findings {
  return {
    themes: instrument.themes.map((theme) => {
      const computed = evaluation.themes.find((t) => t.id === theme.id)?.level ?? 'geen-aandachtspunt';
      const judgement = decisions?.judgements.find((j) => j.theme === theme.id)?.level ?? null;
      const indicators = instrument.indicators
        .filter((i) => i.theme === theme.id)
        .map((i) => ({
          id: i.id,
          level: evaluation.indicators.find((r) => r.id === i.id)?.level ?? 'geen-aandachtspunt',
        }))
        .filter((i) => found(i.level));
      return { id: theme.id, judgement, proposed: computed, indicators };
    }),
  };
}

/**
 * The opdrachtgever's or the commissie's findings: only what the released report view holds. In
 * the commissie's view every indicator listed is one to discuss (it lists only raised ones).
 */
export function findingsFromReportView(view: ReportView): Findings {
  const raised = (level: Level) => view.reader === 'commissie' || found(level);
  const byTheme = new Map<string, Findings['themes'][number]>();
  for (const section of view.sections) {
    for (const theme of section.themes) {
      const entry = byTheme.get(theme.id) ?? {
        id: theme.id,
        judgement: null,
        proposed: null,
        indicators: [],
      };
      if (theme.judgement) entry.judgement = theme.judgement.level;
      for (const indicator of theme.indicators ?? []) {
        if (raised(indicator.level) && !entry.indicators.some((i) => i.id === indicator.id))
          entry.indicators.push({ id: indicator.id, level: indicator.level });
      }
      byTheme.set(theme.id, entry);
    }
  }
  return { themes: [...byTheme.values()] };
}

export function buildInterviewGuide(input: {
  instrument: Instrument;
  leidraad: Leidraad;
  dilemmas: DilemmaFile;
  findings: Findings;
  reader: GuideReader;
}): InterviewGuide {
  const { instrument, leidraad, findings, reader } = input;
  const themes: GuideTheme[] = [];
  // Instrument order; a theme the findings do not mention is not in the reader's view.
  for (const theme of instrument.themes) {
    const finding = findings.themes.find((t) => t.id === theme.id);
    if (!finding) continue;
    const entry = leidraad.themes[theme.id];
    const level = finding.judgement ?? finding.proposed ?? maxLevel(finding.indicators.map((i) => i.level));
    const attention = finding.indicators.length > 0 || levelRank(level) >= attentionLevel;
    const order = instrument.indicators.filter((i) => i.theme === theme.id).map((i) => i.id);
    const indicators: GuideIndicator[] = [...finding.indicators]
      .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
      .flatMap((f) => {
        const definition = instrument.indicators.find((i) => i.id === f.id);
        if (!definition) return [];
        const sharper = entry?.indicators[f.id];
        return [
          {
            id: f.id,
            title: definition.title,
            level: f.level,
            questions: sharper?.questions ?? [],
            goodAnswer: sharper?.goodAnswer ?? [],
            ...(reader === 'expert'
              ? { expertText: definition.expertText, talkingPoints: definition.talkingPoints }
              : reader === 'commissie' && definition.talkingPoints.length > 0
                ? { talkingPoints: definition.talkingPoints }
                : {}),
          },
        ];
      });
    const source = entry ?? leidraad.fallback;
    themes.push({
      id: theme.id,
      title: theme.title,
      attention,
      level,
      levelSource: finding.judgement ? 'judgement' : 'proposed',
      questions: attention ? source.questions : [source.general],
      goodAnswer: attention ? source.goodAnswer : [],
      indicators,
    });
  }
  const flagged = themes.filter((t) => t.attention).map((t) => t.id);
  return {
    reader,
    instrument: { id: instrument.id, version: instrument.version, title: instrument.title },
    themes,
    dilemmas: suggestDilemmas(input.dilemmas, {
      themes: flagged,
      audience: audienceOf(input.dilemmas, instrument.id),
    }),
  };
}

/** The audience whose instruments include this one. */
export function audienceOf(file: DilemmaFile, instrumentId: string): string | undefined {
  return file.audiences.find((a) => a.instruments.includes(instrumentId))?.id;
}

/**
 * Cards that share a theme with the ones given, most shared themes first, in file order
 * otherwise. With an audience, that audience's cards are preferred; if it has none that fit,
 * every audience counts.
 */
export function suggestDilemmas(
  file: Pick<DilemmaFile, 'dilemmas'>,
  options: { themes: readonly string[]; audience?: string | undefined; limit?: number },
): Dilemma[] {
  const wanted = new Set(options.themes);
  if (wanted.size === 0) return [];
  const scored = file.dilemmas
    .map((dilemma, index) => ({
      dilemma,
      index,
      score: dilemma.themes.filter((t) => wanted.has(t)).length,
    }))
    .filter((s) => s.score > 0);
  const forAudience = options.audience
    ? scored.filter((s) => s.dilemma.audiences.includes(options.audience as string))
    : scored;
  const pool = forAudience.length > 0 ? forAudience : scored;
  return pool
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, options.limit ?? 6)
    .map((s) => s.dilemma);
}
