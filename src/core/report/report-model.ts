// One report model, several views: what each reader may see is decided here, from the
// instrument's report sections, and capped by rule for the opdrachtgever: never evidence (the
// candidate's answers), never the awareness reflection, never tips or talking points — only the
// judgement per theme, the indicators' titles and levels where the instrument allows, and the
// measures chosen. Pure: the same code renders in the browser and (later) into the PDF.
import type { Evaluation } from '../instrument/evaluate.ts';
import type { Instrument, Level, Text, View } from '../instrument/schema.ts';

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

type Show = 'judgement' | 'indicators' | 'evidence' | 'measures' | 'awareness' | 'talkingPoints' | 'tips';

const clientMayShow: ReadonlySet<Show> = new Set(['judgement', 'indicators', 'measures']);

export interface ThemeView {
  id: string;
  title: Text;
  judgement?: { level: Level; proposed: Level; differs: boolean; rationale: string };
  indicators?: Array<{
    id: string;
    title: Text;
    level: Level;
    candidateText?: Text;
    expertText?: Text;
    evidence?: Evaluation['indicators'][number]['evidence'];
    talkingPoints?: Text[];
  }>;
  awareness?: Evaluation['awareness'];
  measures?: Array<{ id: string; title: Text; description: Text }>;
  tips?: Evaluation['tips'];
}

export interface ReportView {
  view: View;
  instrument: { id: string; version: string };
  sections: Array<{ id: string; title: Text; themes: ThemeView[] }>;
}

export function buildReportView(
  instrument: Instrument,
  evaluation: Evaluation,
  decisions: ReportDecisions,
  view: View,
): ReportView {
  const forClient = view.startsWith('opdrachtgever');
  const sections = (instrument.report?.sections ?? defaultSections(instrument)).filter((s) =>
    s.views.includes(view),
  );
  return {
    view,
    instrument: { id: instrument.id, version: instrument.version },
    sections: sections.map((section) => {
      const show = new Set<Show>(section.show.filter((s) => !forClient || clientMayShow.has(s)));
      return {
        id: section.id,
        title: section.title,
        themes: section.themes.map((themeId) =>
          themeView(instrument, evaluation, decisions, themeId, show, view),
        ),
      };
    }),
  };
}

function themeView(
  instrument: Instrument,
  evaluation: Evaluation,
  decisions: ReportDecisions,
  themeId: string,
  show: Set<Show>,
  view: View,
): ThemeView {
  const theme = instrument.themes.find((t) => t.id === themeId)!;
  const result: ThemeView = { id: theme.id, title: theme.title };
  const definitions = instrument.indicators.filter((i) => i.theme === themeId);
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
    result.indicators = definitions.map((definition) => {
      const r = evaluation.indicators.find((x) => x.id === definition.id);
      return {
        id: definition.id,
        title: definition.title,
        level: r?.level ?? 'geen-aandachtspunt',
        ...(view === 'kandidaat' || view === 'expert' ? { candidateText: definition.candidateText } : {}),
        ...(view === 'expert' ? { expertText: definition.expertText } : {}),
        ...(show.has('evidence') && r ? { evidence: r.evidence } : {}),
        ...(show.has('talkingPoints') ? { talkingPoints: definition.talkingPoints } : {}),
      };
    });
  }
  if (show.has('awareness')) result.awareness = evaluation.awareness.filter((a) => a.theme === themeId);
  if (show.has('measures')) {
    const ids = new Set(definitions.map((d) => d.id));
    result.measures = instrument.measures
      .filter((m) => decisions.measures.includes(m.id) && m.answers.some((a) => ids.has(a)))
      .map((m) => ({ id: m.id, title: m.title, description: m.description }));
  }
  if (show.has('tips')) {
    const items = new Set(
      instrument.parts.flatMap((p) =>
        p.sections.filter((s) => s.theme === themeId).flatMap((s) => s.items.map((i) => i.id)),
      ),
    );
    result.tips = evaluation.tips.filter((t) => items.has(t.item));
  }
  return result;
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
