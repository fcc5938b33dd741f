// The committee view: what a party's kandidatencommissie reads of a candidate's finished check,
// once the candidate released it to the committee (release scope `commissie`). Per theme, in the
// instrument's order: whether it is a theme to discuss, the talking points for the selection
// conversation (the instrument's talking points of the indicators that need attention) and the
// leidraad's questions with what a good answer shows. Nothing else: no answers, no evidence, no
// levels of themes or indicators, no indicator names, no expert's note or rationale, no awareness,
// no tips, no network. The type has no field for any of them, and the reply schema is compared with
// it at compile time (routes/committee.ts).
//
// Built from the expert's guide (buildInterviewGuide over the evaluation and the judgements), then
// cut down field by field, so a committee never sees more than the guide's printable questions and
// the talking points. The printed leidraad for the committee is this view.
import {
  buildInterviewGuide,
  findingsFromEvaluation,
  type InterviewGuide,
} from '../conversation/interview-guide.ts';
import type { DilemmaFile, FullText, Leidraad } from '../conversation/schema.ts';
import type { Evaluation } from '../instrument/evaluate.ts';
import type { Instrument, Text } from '../instrument/schema.ts';
import type { ReportDecisions } from './report-model.ts';

export interface CommitteeTheme {
  id: string;
  title: Text;
  /** A theme to discuss: the expert's judgement (or the check) found something to talk about. */
  discuss: boolean;
  /** The talking points for the conversation, each once (the instrument's, never an answer). */
  talkingPoints: Text[];
  /** The leidraad's open questions for the theme (or its one general question). */
  questions: FullText[];
  /** What a good answer shows. */
  goodAnswer: FullText[];
}

export interface CommitteeView {
  instrument: { id: string; version: string; title: Text };
  /** Whether an expert judged the check (a judgement per theme), or nobody did. */
  judgedBy: 'expert' | 'nobody';
  finalisedAt: string | null;
  themes: CommitteeTheme[];
  /** Dilemma cards that fit the themes to discuss (their titles and questions only). */
  dilemmas: Array<{ id: string; title: Text; questions: Text[] }>;
}

export function buildCommitteeView(input: {
  instrument: Instrument;
  evaluation: Evaluation;
  decisions: ReportDecisions;
  leidraad: Leidraad;
  dilemmas: DilemmaFile;
}): CommitteeView {
  const guide: InterviewGuide = buildInterviewGuide({
    instrument: input.instrument,
    leidraad: input.leidraad,
    dilemmas: input.dilemmas,
    findings: findingsFromEvaluation(input.instrument, input.evaluation, input.decisions),
    reader: 'expert',
  });
  return {
    instrument: guide.instrument,
    judgedBy: input.decisions.judgements.length > 0 ? 'expert' : 'nobody',
    finalisedAt: input.decisions.finalisedAt,
    themes: guide.themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      discuss: theme.attention,
      talkingPoints: uniqueTexts(theme.indicators.flatMap((i) => i.talkingPoints ?? [])),
      // The sharper questions per indicator belong to the theme's questions: the committee does not
      // learn which indicator raised them.
      questions: uniqueTexts([...theme.questions, ...theme.indicators.flatMap((i) => i.questions)]),
      goodAnswer: uniqueTexts([...theme.goodAnswer, ...theme.indicators.flatMap((i) => i.goodAnswer)]),
    })),
    dilemmas: guide.dilemmas.map((d) => ({ id: d.id, title: d.title, questions: d.questions })),
  };
}

function uniqueTexts<T extends { nl: string }>(texts: readonly T[]): T[] {
  const seen = new Set<string>();
  return texts.filter((text) => {
    if (seen.has(text.nl)) return false;
    seen.add(text.nl);
    return true;
  });
}
