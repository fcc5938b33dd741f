// One report model, four views: what each reader may see is decided here, from the instrument's
// report sections, and capped by rule for the opdrachtgever: never evidence (the candidate's
// answers), never the awareness reflection, tips, talking points or the network picture — only the
// judgement per theme, the indicators' titles and levels where the instrument allows, and the
// measures chosen. Pure: the same model feeds the web page and the PDF (src/server/pdf), so a
// reader's file holds exactly what their page holds.
//
// The candidate's view explains every indicator in plain words (its candidate text), names the
// answers it rests on (evidence in words, see evidence-text.ts), and lists the chosen measures once
// — a measure that answers several themes is not repeated under each.
//
// The kandidatencommissie of a party (view `commissie`) reads a released check to prepare the
// selection conversation: per theme whether there is something to discuss and the talking points of
// the indicators that gave it (title and level) — never answers, evidence, contact names, awareness,
// tips, candidate or expert texts, measures or judgements. Capped here too (committeeMayShow), whatever the instrument's sections
// say, and fed nothing personal: answers, network and findings are ignored for this reader.
//
// Confirmed findings of the antecedentenonderzoek are evidence of the theme they concern, a kind of
// their own (`ThemeView.findings`), in the candidate's and the expert's view only, wherever the view
// shows evidence. They do not change a level: the proposal stays what the answers give, and the
// expert weighs a finding in the judgement and the conversation. A finding whose theme this view
// does not show with evidence (or that names no theme) is listed once in `ReportView.findings`, so
// none is lost. Dismissed hits never reach this model.
import type { Answers } from '../instrument/answers.ts';
import type { Evaluation } from '../instrument/evaluate.ts';
import { indexInstrument } from '../instrument/index-instrument.ts';
import { levelRank } from '../instrument/levels.ts';
import type { Instrument, Level, Text, View } from '../instrument/schema.ts';
import type { NetworkDrawing } from '../network/drawing.ts';
import {
  type ConfirmedFinding,
  type EvidenceLine,
  evidenceText,
  type FindingEvidence,
  findingEvidence,
  type NetworkNames,
} from './evidence-text.ts';

export type { ConfirmedFinding, EvidenceLine, FindingEvidence } from './evidence-text.ts';

export interface Judgement {
  theme: string;
  /** What the software proposed (the theme's computed level), kept beside the decision. */
  proposed: Level;
  level: Level;
  rationale: string;
}

export interface ReportDecisions {
  judgements: Judgement[];
  /** Measure ids the expert chose for the advice. */
  measures: string[];
  finalisedAt: string | null;
}

export type Show =
  | 'judgement'
  | 'indicators'
  | 'evidence'
  | 'measures'
  | 'awareness'
  | 'talkingPoints'
  | 'tips';

/** The most an opdrachtgever view may ever show, whatever an instrument's report sections say. */
export const clientMayShow: ReadonlySet<Show> = new Set(['judgement', 'indicators', 'measures']);

/** The most the kandidatencommissie's view may ever show: themes to discuss and talking points. */
export const committeeMayShow: ReadonlySet<Show> = new Set(['indicators', 'talkingPoints']);

/** Who reads a view: named in the confidentiality mark of every page. */
export type ReportReader = 'kandidaat' | 'expert' | 'opdrachtgever' | 'commissie';

export function readerOf(view: View): ReportReader {
  if (view.startsWith('opdrachtgever')) return 'opdrachtgever';
  return view as 'kandidaat' | 'expert' | 'commissie';
}

/** May this reader see personal content (answers, evidence, the network, findings)? Only these two. */
export function personalReader(reader: ReportReader): boolean {
  return reader === 'kandidaat' || reader === 'expert';
}

/** What a reader may be shown at most; null: whatever the instrument's section says. */
function capOf(reader: ReportReader): ReadonlySet<Show> | null {
  if (reader === 'opdrachtgever') return clientMayShow;
  if (reader === 'commissie') return committeeMayShow;
  return null;
}

export interface IndicatorView {
  id: string;
  title: Text;
  level: Level;
  /** The indicator explained in plain words (candidate and expert views). */
  candidateText?: Text;
  /** The expert's note on the indicator (expert view only). */
  expertText?: Text;
  /** The answers and network measures it rests on, in words (candidate and expert views). */
  evidence?: EvidenceLine[];
  talkingPoints?: Text[];
}

export interface ThemeView {
  id: string;
  title: Text;
  description?: Text;
  /** The level the answers proposed for the theme (the highest of its indicators). Not for the commissie. */
  proposed?: Level;
  /**
   * Commissie only: whether the released check gives something to talk about in this theme (an
   * indicator at aandachtspunt or above, or a conversation point such as 'liever in het gesprek').
   */
  discuss?: boolean;
  judgement?: { level: Level; proposed: Level; differs: boolean; rationale: string };
  indicators?: IndicatorView[];
  awareness?: Array<{ perceived: Level; computed: Level; gap: number; blindSpot: boolean }>;
  /** Ids of the chosen measures (listed once in `ReportView.measures`) that answer this theme. */
  measures?: string[];
  tips?: Array<{ question: Text | null; tip: Text }>;
  /** Confirmed findings of the antecedentenonderzoek about this theme (candidate and expert views). */
  findings?: FindingEvidence[];
}

export interface ChosenMeasure {
  id: string;
  title: Text;
  description: Text;
  /** The themes of this view the measure answers, in report order. */
  themes: string[];
}

export interface ReportView {
  view: View;
  reader: ReportReader;
  instrument: { id: string; version: string; hash: string | null; title: Text };
  /**
   * Who judged: an expert (with a rationale per theme), or nobody — a reflection, whose outcome
   * is the person's own. Never the software alone (AVG art. 22).
   */
  judgedBy: 'expert' | 'nobody';
  finalisedAt: string | null;
  sections: Array<{ id: string; title: Text; themes: ThemeView[] }>;
  /** The chosen measures, each once; absent when no section of this view shows measures. */
  measures?: ChosenMeasure[];
  /** The network picture (candidate and expert views only). */
  network?: NetworkDrawing;
  /**
   * Confirmed findings not shown under a theme of this view (no theme, or a theme this view shows
   * without evidence); candidate and expert views only, absent when there are none.
   */
  findings?: FindingEvidence[];
}

export interface ReportExtras {
  /** The candidate's answers: to name group entries in the evidence by the names they gave. */
  answers?: Answers;
  /** The pinned instrument's content hash. */
  hash?: string;
  /** The drawing of the network map, for the candidate's and the expert's view. */
  network?: NetworkDrawing | null;
  /** The names on the network map, so network evidence says who (candidate's and expert's view). */
  networkNames?: NetworkNames | null;
  /** Confirmed findings of the antecedentenonderzoek (candidate's and expert's view; never dismissed hits). */
  findings?: readonly ConfirmedFinding[] | null;
}

export function buildReportView(
  instrument: Instrument,
  evaluation: Evaluation,
  decisions: ReportDecisions,
  view: View,
  extras: ReportExtras = {},
): ReportView {
  const reader = readerOf(view);
  const personal = personalReader(reader);
  const cap = capOf(reader);
  // Nothing personal reaches the other readers' model, whatever the caller passed.
  if (!personal) extras = { ...(extras.hash ? { hash: extras.hash } : {}) };
  const sections = (instrument.report?.sections ?? defaultSections(instrument)).filter((s) =>
    s.views.includes(view),
  );
  const built = sections.map((section) => {
    const show = new Set<Show>(section.show.filter((s) => !cap || cap.has(s)));
    return {
      show,
      section: {
        id: section.id,
        title: section.title,
        themes: section.themes.map((themeId) =>
          themeView(instrument, evaluation, decisions, themeId, show, reader, extras),
        ),
      },
    };
  });
  const result: ReportView = {
    view,
    reader,
    instrument: {
      id: instrument.id,
      version: instrument.version,
      hash: extras.hash ?? null,
      title: instrument.title,
    },
    judgedBy: decisions.judgements.length > 0 ? 'expert' : 'nobody',
    finalisedAt: decisions.finalisedAt,
    sections: built.map((b) => b.section),
  };
  if (built.some((b) => b.show.has('measures'))) {
    result.measures = chosenMeasures(instrument, decisions, result.sections);
  }
  if (personal && extras.network) result.network = extras.network;
  if (personal && extras.findings && extras.findings.length > 0) {
    const placed = new Set(
      built.filter((b) => b.show.has('evidence')).flatMap((b) => b.section.themes.map((t) => t.id)),
    );
    const unplaced = extras.findings.filter((f) => f.theme === null || !placed.has(f.theme));
    if (unplaced.length > 0) result.findings = unplaced.map(findingEvidence);
  }
  return result;
}

function themeView(
  instrument: Instrument,
  evaluation: Evaluation,
  decisions: ReportDecisions,
  themeId: string,
  show: Set<Show>,
  reader: ReportReader,
  extras: ReportExtras,
): ThemeView {
  const theme = instrument.themes.find((t) => t.id === themeId)!;
  const result: ThemeView = { id: theme.id, title: theme.title };
  if (theme.description && reader !== 'opdrachtgever') result.description = theme.description;
  const definitions = instrument.indicators.filter((i) => i.theme === themeId);
  if (reader === 'commissie') {
    if (show.has('indicators')) committeeTheme(result, definitions, evaluation, show);
    return result;
  }
  if (show.has('judgement') || show.has('indicators')) {
    result.proposed = evaluation.themes.find((t) => t.id === themeId)?.level ?? 'geen-aandachtspunt';
  }
  if (show.has('judgement')) {
    const j = decisions.judgements.find((x) => x.theme === themeId);
    if (j)
      result.judgement = {
        level: j.level,
        proposed: j.proposed,
        differs: j.level !== j.proposed,
        rationale: j.rationale,
      };
  }
  if (show.has('indicators')) {
    const personal = reader === 'kandidaat' || reader === 'expert';
    result.indicators = definitions.map((definition) => {
      const r = evaluation.indicators.find((x) => x.id === definition.id);
      const indicator: IndicatorView = {
        id: definition.id,
        title: definition.title,
        level: r?.level ?? 'geen-aandachtspunt',
      };
      if (personal) indicator.candidateText = definition.candidateText;
      if (reader === 'expert') indicator.expertText = definition.expertText;
      if (show.has('evidence') && r && r.evidence.length > 0)
        indicator.evidence = evidenceText(
          instrument,
          r.evidence,
          extras.answers,
          personal ? (extras.networkNames ?? undefined) : undefined,
        );
      if (show.has('talkingPoints') && definition.talkingPoints.length > 0)
        indicator.talkingPoints = definition.talkingPoints;
      return indicator;
    });
  }
  if (show.has('awareness')) {
    result.awareness = evaluation.awareness
      .filter((a) => a.theme === themeId)
      .map(({ perceived, computed, gap, blindSpot }) => ({ perceived, computed, gap, blindSpot }));
  }
  if (show.has('measures')) {
    const ids = new Set(definitions.map((d) => d.id));
    result.measures = instrument.measures
      .filter((m) => decisions.measures.includes(m.id) && m.answers.some((a) => ids.has(a)))
      .map((m) => m.id);
  }
  if (show.has('evidence') && personalReader(reader)) {
    const findings = (extras.findings ?? []).filter((f) => f.theme === themeId);
    if (findings.length > 0) result.findings = findings.map(findingEvidence);
  }
  if (show.has('tips')) {
    const index = indexInstrument(instrument);
    const items = new Set(
      instrument.parts.flatMap((p) =>
        p.sections.filter((s) => s.theme === themeId).flatMap((s) => s.items.map((i) => i.id)),
      ),
    );
    result.tips = evaluation.tips
      .filter((t) => items.has(t.item))
      .map((t) => ({ question: index.items.get(t.item)?.item.text ?? null, tip: t.tip }));
  }
  return result;
}

/**
 * The commissie's theme: whether to discuss it, and the indicators that give something to discuss
 * (a rule fired: a level of aandachtspunt or more, or a conversation point at geen aandachtspunt)
 * by title and level with their talking points. No evidence, no candidate or expert text.
 */
function committeeTheme(
  result: ThemeView,
  definitions: Instrument['indicators'],
  evaluation: Evaluation,
  show: Set<Show>,
): void {
  const raised = definitions.filter((d) => {
    const r = evaluation.indicators.find((x) => x.id === d.id);
    return r !== undefined && (r.rule !== null || levelRank(r.level) > 0);
  });
  result.discuss = raised.length > 0;
  result.indicators = raised.map((definition) => {
    const level = evaluation.indicators.find((x) => x.id === definition.id)?.level ?? 'geen-aandachtspunt';
    const indicator: IndicatorView = { id: definition.id, title: definition.title, level };
    if (show.has('talkingPoints') && definition.talkingPoints.length > 0)
      indicator.talkingPoints = definition.talkingPoints;
    return indicator;
  });
}

/** Each chosen measure once, in the instrument's order, with the themes of this view it answers. */
function chosenMeasures(
  instrument: Instrument,
  decisions: ReportDecisions,
  sections: ReportView['sections'],
): ChosenMeasure[] {
  const themesOf = new Map<string, string[]>();
  for (const section of sections) {
    for (const theme of section.themes) {
      for (const id of theme.measures ?? []) {
        const list = themesOf.get(id) ?? [];
        if (!list.includes(theme.id)) list.push(theme.id);
        themesOf.set(id, list);
      }
    }
  }
  return instrument.measures
    .filter((m) => decisions.measures.includes(m.id) && themesOf.has(m.id))
    .map((m) => ({ id: m.id, title: m.title, description: m.description, themes: themesOf.get(m.id)! }));
}

/** An instrument without report sections: one section with every theme, for the candidate and expert. */
function defaultSections(instrument: Instrument) {
  return [
    {
      id: 'alles',
      title: instrument.title,
      themes: instrument.themes.map((t) => t.id),
      views: ['kandidaat', 'expert'] as View[],
      show: [
        'judgement',
        'indicators',
        'evidence',
        'measures',
        'awareness',
        'talkingPoints',
        'tips',
      ] as Show[],
    },
  ];
}
