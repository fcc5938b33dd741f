// The datavolwassenheidsscan's report as a PDF/A-2b file, on the shared document (document.ts:
// tagged, Noto Sans embedded, page numbers and the confidentiality mark on every page): the five
// steps, the statements where the answers were furthest apart, and per theme the spread of the
// answers (a vector chart with the counts as text and an alternative text that says them all), the
// statements in words, what the workshop discussed, the step it agreed and its actions. Built from
// the workshop view (core/workshop), which holds only counts over the whole group — never what one
// person answered. Rendered per request; nothing is stored.
import type { FullText } from '../../core/conversation/schema.ts';
import type { TextVars } from '../../core/texts/translate.ts';
import type { Language } from '../../core/vocabulary.ts';
import type {
  StatementSpread,
  ThemeConclusion,
  Workshop,
  WorkshopSpread,
} from '../../core/workshop/index.ts';
import { t } from '../texts.ts';
import {
  finishDocument,
  formatDate,
  INK,
  LINE,
  MARGIN,
  MUTED,
  openDocument,
  type PdfKey,
  type Struct,
  type Writer,
} from './document.ts';

/** The questionnaire's words the report shows (structurally the survey engine's Questionnaire). */
export interface ReportQuestionnaire {
  id: string;
  version: string;
  title: FullText;
  themes: ReadonlyArray<{
    id: string;
    title: FullText;
    questions: ReadonlyArray<{ id: string; text: FullText; kind: 'scale' | 'yes-no' | 'choice' }>;
  }>;
}

export interface WorkshopReportInput {
  questionnaire: ReportQuestionnaire;
  workshop: Workshop;
  spread: WorkshopSpread;
  /** in the questionnaire's theme order, empty ones included (conclusionsInOrder) */
  conclusions: ThemeConclusion[];
  cover: { organisation: string; round: string; date: Date };
}

export interface WorkshopPdfOptions {
  language?: Language;
  compress?: boolean;
}

export async function renderWorkshopReportPdf(
  input: WorkshopReportInput,
  options: WorkshopPdfOptions = {},
): Promise<Buffer> {
  const language = options.language ?? 'nl';
  const s = (text: FullText) => text[language];
  const p = (key: PdfKey, vars?: TextVars) => t('pdf', key, vars, language);
  const { questionnaire, workshop, spread, cover } = input;
  const title = `${p('workshop.documentTitle')} ${s(questionnaire.title).toLocaleLowerCase(language)}`;
  const open = openDocument({
    language,
    title: `${s(questionnaire.title)} — ${p('workshop.documentTitle')}`,
    subject: p('workshop.subject'),
    date: cover.date,
    compress: options.compress,
  });
  const { doc, w, root } = open;
  const questionText = new Map(
    questionnaire.themes.flatMap((theme) => theme.questions.map((q) => [q.id, s(q.text)] as const)),
  );
  const themeTitle = new Map(questionnaire.themes.map((theme) => [theme.id, s(theme.title)]));
  const levelLabel = new Map(workshop.levels.map((l) => [l.value as number, s(l.label)]));

  // ── Cover ──
  w.heading(root, 'H1', title, 22);
  for (const [label, value] of [
    ['workshop.organisation', cover.organisation],
    ['workshop.round', cover.round],
    ['date', formatDate(cover.date, language)],
    ['workshop.respondents', String(spread.respondents)],
    ['instrument', `${questionnaire.id}, ${p('version')} ${questionnaire.version}`],
  ] as Array<[PdfKey, string]>)
    w.labelled(root, `${p(label)}: `, value);
  w.gap(8);
  w.paragraph(root, p('workshop.onlyCounts'), { font: 'bold', size: 12 });
  if (!spread.shown) w.paragraph(root, p('workshop.tooFew', { threshold: spread.threshold }));

  // ── The five steps ──
  w.gap(6);
  w.heading(root, 'H2', p('workshop.levelsTitle'), 15);
  w.paragraph(root, p('workshop.levelsIntro'));
  w.list(
    root,
    workshop.levels.map((level) => ({
      label: `${level.value} — ${s(level.label)}: `,
      body: s(level.description),
    })),
  );

  // ── Where the answers were furthest apart ──
  if (spread.shown) {
    w.gap(6);
    w.heading(root, 'H2', p('workshop.pointsTitle'), 15);
    if (spread.discussionPoints.length === 0) w.paragraph(root, p('workshop.noPoints'));
    else {
      w.paragraph(root, p('workshop.pointsIntro'));
      w.list(
        root,
        spread.discussionPoints.map((point) => ({
          label: `${themeTitle.get(point.themeId) ?? point.themeId}: `,
          body: `${questionText.get(point.questionId) ?? point.questionId} (${[
            p(`workshop.agreement.${point.agreement}`),
            point.manyUnsure ? p('workshop.manyUnsure') : '',
          ]
            .filter(Boolean)
            .join('; ')})`,
        })),
      );
    }
  }

  // ── Per theme: the spread, the statements, the conclusions ──
  const conclusions = new Map(input.conclusions.map((c) => [c.themeId, c]));
  for (const theme of questionnaire.themes) {
    doc.addPage();
    const part = doc.struct('Sect');
    root.add(part);
    w.heading(part, 'H2', s(theme.title), 16);
    const themeSpread = spread.themes.find((ts) => ts.themeId === theme.id);
    if (themeSpread) {
      const scaled = themeSpread.statements.filter((st) => st.kind === 'scale');
      if (scaled.length > 0) {
        w.paragraph(part, p('workshop.chartLegend'), { size: 9.5, color: MUTED });
        drawSpread(w, part, scaled, questionText, s(theme.title));
      }
      const pooled = themeSpread.pooled;
      if (pooled && pooled.lower !== null && pooled.upper !== null)
        w.paragraph(
          part,
          pooled.lower === pooled.upper
            ? p('workshop.themeAllOne', { value: pooled.lower })
            : p('workshop.themeAll', { lower: pooled.lower, upper: pooled.upper }),
          { font: 'italic' },
        );
      w.heading(part, 'H3', p('workshop.statementsTitle'), 13);
      w.list(
        part,
        themeSpread.statements.map((st) => ({
          label: `${questionText.get(st.questionId) ?? st.questionId} `,
          body: `— ${statementWords(st, p)}.`,
        })),
      );
    }
    writeConclusion(w, part, conclusions.get(theme.id), levelLabel, p);
    part.end();
  }

  return finishDocument(open, p('workshop.confidential'));
}

function statementWords(st: StatementSpread, p: (key: PdfKey, vars?: TextVars) => string): string {
  const count = (id: string) => st.options.find((o) => o.optionId === id)?.count ?? 0;
  const words: string[] = [p('workshop.answers', { count: st.answered })];
  if (st.answered === 0) return words.join('; ');
  if (st.kind === 'yes-no')
    words.push(p('workshop.yesNo', { yes: count('ja'), no: count('nee'), unsure: count('weet-niet') }));
  else words.push(p(`workshop.agreement.${st.agreement}`));
  if (st.kind === 'scale' && st.lower !== null && st.upper !== null)
    words.push(
      st.lower === st.upper
        ? p('workshop.middleHalfOne', { value: st.lower })
        : p('workshop.middleHalf', { lower: st.lower, upper: st.upper }),
    );
  if (st.kind === 'yes-no') words.push(p(`workshop.agreement.${st.agreement}`));
  if (st.manyUnsure) words.push(p('workshop.manyUnsure'));
  return words.join('; ');
}

function writeConclusion(
  w: Writer,
  parent: Struct,
  conclusion: ThemeConclusion | undefined,
  levelLabel: Map<number, string>,
  p: (key: PdfKey, vars?: TextVars) => string,
): void {
  w.gap(6);
  w.heading(parent, 'H3', p('workshop.conclusionsTitle'), 13);
  const empty =
    !conclusion ||
    (conclusion.discussed === '' && conclusion.maturity === null && conclusion.actions.length === 0);
  if (empty) {
    w.paragraph(parent, p('workshop.nothingRecorded'), { color: MUTED });
    return;
  }
  w.labelled(
    parent,
    `${p('workshop.maturity')} `,
    conclusion.maturity === null
      ? p('workshop.noMaturity')
      : `${conclusion.maturity} — ${levelLabel.get(conclusion.maturity) ?? ''}`,
  );
  if (conclusion.discussed) w.labelled(parent, `${p('workshop.discussed')} `, conclusion.discussed);
  w.heading(parent, 'H4', p('workshop.actionsTitle'), 11);
  if (conclusion.actions.length === 0) w.paragraph(parent, p('workshop.noActions'));
  else
    w.list(
      parent,
      conclusion.actions.map((action) => ({
        label: `${action.text} `,
        body: [
          action.owner ? p('workshop.actionOwner', { owner: action.owner }) : '',
          action.due
            ? p('workshop.actionDue', { due: formatDate(new Date(`${action.due}T12:00:00Z`), w.language) })
            : '',
        ]
          .filter(Boolean)
          .join(' '),
      })),
    );
}

/**
 * Per scale statement a row of five bars, one per step, each as high as its share of the answers,
 * with the count written under it: position, height and number, never colour alone. The figure's
 * alternative text gives every count.
 */
function drawSpread(
  w: Writer,
  parent: Struct,
  statements: StatementSpread[],
  questionText: Map<string, string>,
  theme: string,
): void {
  const doc = w.doc;
  const p = (key: PdfKey, vars?: TextVars) => t('pdf', key, vars, w.language);
  const labelWidth = 210;
  const column = (w.width - labelWidth) / 5;
  const rowHeight = 46;
  const barMax = 26;
  const headerHeight = 16;
  const counts = (st: StatementSpread) => st.options.map((o) => o.count);
  const alt = [
    p('workshop.chartAlt', { theme }),
    ...statements.map((st) => {
      const [c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0] = counts(st);
      return p('workshop.chartRow', {
        statement: questionText.get(st.questionId) ?? st.questionId,
        c1,
        c2,
        c3,
        c4,
        c5,
      });
    }),
  ].join(' ');
  w.ensure(Math.min(headerHeight + rowHeight * statements.length, 420));
  const top = doc.y + 4;
  const bottomLimit = doc.page.height - MARGIN.bottom;
  parent.add(
    doc.struct('Figure', { alt }, () => {
      let y = top;
      const heads = () => {
        doc.font('bold').fontSize(8).fillColor(INK);
        for (let i = 0; i < 5; i++)
          doc.text(String(i + 1), MARGIN.left + labelWidth + i * column, y, {
            width: column,
            align: 'center',
          });
        y += headerHeight;
      };
      heads();
      for (const st of statements) {
        if (y + rowHeight > bottomLimit) {
          doc.addPage();
          y = doc.y;
          heads();
        }
        doc
          .lineWidth(0.5)
          .strokeColor(LINE)
          .moveTo(MARGIN.left, y)
          .lineTo(MARGIN.left + w.width, y)
          .stroke();
        doc
          .font('regular')
          .fontSize(8.5)
          .fillColor(INK)
          .text(questionText.get(st.questionId) ?? st.questionId, MARGIN.left, y + 4, {
            width: labelWidth - 10,
            height: rowHeight - 8,
            ellipsis: true,
          });
        const base = y + 4 + barMax;
        st.options.forEach((option, i) => {
          const share = st.answered === 0 ? 0 : option.count / st.answered;
          const x = MARGIN.left + labelWidth + i * column + column / 2;
          const height = Math.max(share * barMax, 0.8);
          doc.rect(x - 9, base - height, 18, height).fill(INK);
          doc
            .font('regular')
            .fontSize(8)
            .fillColor(MUTED)
            .text(String(option.count), x - column / 2, base + 3, {
              width: column,
              align: 'center',
              lineBreak: false,
            });
        });
        y += rowHeight;
      }
      doc
        .lineWidth(0.5)
        .strokeColor(LINE)
        .moveTo(MARGIN.left, y)
        .lineTo(MARGIN.left + w.width, y)
        .stroke();
      doc.x = MARGIN.left;
      doc.y = y + 10;
    }),
  );
}
