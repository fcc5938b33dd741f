// The report as a PDF/A-2b file: tagged for accessibility (headings, paragraphs, lists, figures
// with alternative text, in reading order; document language nl-NL), only embedded open fonts
// (Noto Sans, SIL Open Font License 1.1), the judgement per theme as a vector chart with text
// labels, the network picture as vectors (candidate and expert views), page numbers and a
// confidentiality mark on every page. Built from the report view only (src/core/report), so the
// file holds exactly what the reader's page holds. Rendered per request; nothing is stored.
import { levelLabels, levelRank, say } from '../../core/instrument/levels.ts';
import { levels } from '../../core/instrument/scale.ts';
import type { Level, Text } from '../../core/instrument/schema.ts';
import {
  type FindingEvidence,
  personalReader,
  type ReportView,
  type ThemeView,
} from '../../core/report/report-model.ts';
import type { TextVars } from '../../core/texts/translate.ts';
import type { Language } from '../../core/vocabulary.ts';
import { t } from '../texts.ts';
import {
  A4,
  capitalise,
  type Doc,
  figureOptions,
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
import { drawNetworkPicture } from './network.ts';

export interface PdfCover {
  procedureName: string;
  /** The name the procedure shows this reader, or null for the candidate's own copy ("Uw rapport"). */
  candidateLabel: string | null;
  /** The day the file is made. */
  date: Date;
}

export interface PdfOptions {
  language?: Language;
  /** Uncompressed streams, for inspecting the file in tests. */
  compress?: boolean;
}

export async function renderReportPdf(
  report: ReportView,
  cover: PdfCover,
  options: PdfOptions = {},
): Promise<Buffer> {
  const language = options.language ?? 'nl';
  const s = (text: Text | undefined) => say(text, language);
  const p = (key: PdfKey, vars?: TextVars) => t('pdf', key, vars, language);
  const title = `${p('documentTitle')} — ${s(report.instrument.title)}`.replace(/[<>&"]/g, '');
  const open = openDocument({
    language,
    title,
    subject: p('subject'),
    date: cover.date,
    compress: options.compress,
  });
  const { doc, w, root } = open;

  // ── Cover ──
  w.heading(root, 'H1', title, 22);
  // The candidate's own copy says "Uw rapport"; others see the name the procedure shows them.
  if (!cover.candidateLabel) w.paragraph(root, p('ownCopy'), { font: 'bold', size: 14 });
  const facts: Array<[PdfKey, string]> = [
    ['procedure', cover.procedureName],
    ...(cover.candidateLabel ? ([['candidate', cover.candidateLabel]] as Array<[PdfKey, string]>) : []),
    ['date', formatDate(cover.date, language)],
  ];
  if (report.finalisedAt) facts.push(['finalised', formatDate(new Date(report.finalisedAt), language)]);
  facts.push(['instrument', `${report.instrument.id}, ${p('version')} ${report.instrument.version}`]);
  for (const [label, value] of facts) w.labelled(root, `${p(label)}: `, value);
  if (report.instrument.hash) w.labelled(root, `${p('hash')}: `, report.instrument.hash, 8);
  w.paragraph(root, p(`viewName.${report.view}`), { font: 'italic' });
  w.gap(10);
  w.paragraph(root, t('report', 'notATrafficLight', {}, language), { font: 'bold', size: 12 });
  w.paragraph(
    root,
    t('report', report.judgedBy === 'expert' ? 'judgedByExpert' : 'judgedByNobody', {}, language),
  );

  // ── The scale ──
  w.gap(8);
  w.heading(root, 'H2', p('scaleTitle'), 15);
  w.paragraph(root, p('scaleIntro'));
  w.list(
    root,
    levels.map((level) => ({
      label: `${capitalise(s(levelLabels[level]))}: `,
      body: t('report', `levels.${level}`, {}, language),
    })),
  );

  // ── Chart: judgement next to proposal per theme ──
  const themes = uniqueThemes(report);
  const charted = themes.filter((t) => t.judgement || t.proposed);
  if (charted.length > 0) {
    doc.addPage();
    w.heading(root, 'H2', p('chartTitle'), 15);
    w.paragraph(root, p('chartLegend'), { size: 9.5, color: MUTED });
    drawChart(w, root, charted);
  }

  // ── Sections ──
  if (report.sections.length === 0) w.paragraph(root, p('emptyView'));
  const themeTitles = new Map(themes.map((t) => [t.id, s(t.title)]));
  const measureTitles = new Map((report.measures ?? []).map((m) => [m.id, s(m.title)]));
  for (const section of report.sections) {
    doc.addPage();
    const part = doc.struct('Sect');
    root.add(part);
    w.heading(part, 'H2', s(section.title), 16);
    for (const theme of section.themes) writeTheme(w, part, theme, report, measureTitles);
    part.end();
  }

  // ── Measures, once ──
  if (report.measures) {
    w.ensure(120);
    const part = doc.struct('Sect');
    root.add(part);
    w.gap(10);
    w.heading(part, 'H2', p('measuresTitle'), 16);
    if (report.measures.length === 0) w.paragraph(part, p('noMeasures'));
    else {
      w.paragraph(part, p('measuresIntro'));
      w.list(
        part,
        report.measures.map((m) => ({
          label: `${s(m.title)}. `,
          body: `${s(m.description)} ${p('measureFor')} ${m.themes.map((id) => themeTitles.get(id) ?? id).join(', ')}.`,
        })),
      );
    }
    part.end();
  }

  // ── Confirmed findings not under a theme of this view (candidate and expert views only) ──
  if (report.findings && report.findings.length > 0 && personalReader(report.reader)) {
    w.ensure(120);
    const part = doc.struct('Sect');
    root.add(part);
    w.gap(10);
    w.heading(part, 'H2', p('otherFindingsTitle'), 16);
    writeFindings(w, part, report.findings);
    part.end();
  }

  // ── Network picture (candidate and expert views only: the model leaves it out for others) ──
  if (report.network && personalReader(report.reader)) {
    doc.addPage();
    const part = doc.struct('Sect');
    root.add(part);
    w.heading(part, 'H2', p(report.reader === 'kandidaat' ? 'networkTitle' : 'networkTitleExpert'), 16);
    const drawing = report.network;
    const box = { x: MARGIN.left, y: doc.y + 6, width: w.width, height: 470 };
    part.add(
      doc.struct('Figure', figureOptions(s(drawing.description), box), () => {
        drawNetworkPicture(doc, drawing, box, language);
      }),
    );
    doc.x = MARGIN.left;
    doc.y = box.y + box.height + 12;
    w.paragraph(part, p('networkLegend'), { size: 9.5, color: MUTED });
    part.end();
  }

  return finishDocument(open, t('pdf', `confidential.${report.reader}`, {}, language));
}

function writeTheme(
  w: Writer,
  parent: Struct,
  theme: ThemeView,
  report: ReportView,
  measureTitles: Map<string, string>,
): void {
  const s = w.s;
  const p = w.p;
  w.ensure(110);
  w.gap(6);
  w.heading(parent, 'H3', s(theme.title), 13);
  if (theme.description) w.paragraph(parent, s(theme.description), { color: MUTED });
  if (theme.judgement) {
    w.labelled(parent, `${p('judgement')} `, s(levelLabels[theme.judgement.level]));
    w.paragraph(
      parent,
      theme.judgement.differs
        ? p('differs', { proposed: s(levelLabels[theme.judgement.proposed]) })
        : p('same'),
    );
    w.labelled(parent, `${p('rationale')} `, theme.judgement.rationale);
  } else if (theme.proposed) {
    w.labelled(parent, `${p('proposedOnly')} `, s(levelLabels[theme.proposed]));
  }
  if (theme.indicators) {
    w.heading(parent, 'H4', p('stoodOut'), 11);
    const raised = theme.indicators.filter((i) => levelRank(i.level) > 0);
    // As on the page: a quiet indicator with evidence is a point still open (an unknown answer).
    const open = theme.indicators.filter((i) => levelRank(i.level) === 0 && (i.evidence?.length ?? 0) > 0);
    const quiet = theme.indicators.filter((i) => levelRank(i.level) === 0 && !open.includes(i));
    if (raised.length === 0) w.paragraph(parent, p('nothingStoodOut'));
    for (const indicator of raised) {
      w.ensure(60);
      const list = w.doc.struct('L');
      parent.add(list);
      w.listItem(
        list,
        `${s(indicator.title)} — ${s(levelLabels[indicator.level])}. `,
        s(indicator.candidateText),
      );
      if (indicator.expertText) w.listItem(list, `${p('expertNote')} `, s(indicator.expertText), 14);
      if (indicator.evidence && indicator.evidence.length > 0) {
        w.listItem(
          list,
          `${p(report.reader === 'kandidaat' ? 'becauseYou' : 'because')} `,
          indicator.evidence.map((e) => `${s(e.subject)} — ${s(e.detail)}`).join('; '),
          14,
        );
      }
      if (indicator.talkingPoints && indicator.talkingPoints.length > 0) {
        w.listItem(list, `${p('talkingPoints')} `, indicator.talkingPoints.map((p) => s(p)).join(' '), 14);
      }
      list.end();
    }
    if (open.length > 0) {
      w.paragraph(parent, p('openPoints'));
      const list = w.doc.struct('L');
      parent.add(list);
      for (const indicator of open)
        w.listItem(
          list,
          `${s(indicator.title)} — `,
          (indicator.evidence ?? []).map((e) => `${s(e.subject)} ${s(e.detail)}`).join('; '),
        );
      list.end();
    }
    if (quiet.length > 0)
      w.paragraph(parent, `${p('quiet')} ${quiet.map((i) => s(i.title)).join(', ')}.`, { color: MUTED });
  }
  if (theme.findings && theme.findings.length > 0) {
    w.heading(parent, 'H4', t('report', 'finding.kind', {}, w.language), 11);
    writeFindings(w, parent, theme.findings);
  }
  if (theme.awareness && theme.awareness.length > 0) {
    w.heading(parent, 'H4', p('awareness'), 11);
    for (const a of theme.awareness) {
      w.paragraph(
        parent,
        `${p('perceived')} ${s(levelLabels[a.perceived])}. ${p('computed')} ${s(levelLabels[a.computed])}. ${p(
          a.blindSpot ? 'blindSpot' : a.gap < 0 ? 'moreCareful' : 'sameView',
        )}`,
      );
    }
  }
  if (theme.measures && theme.measures.length > 0) {
    w.paragraph(
      parent,
      p('seeMeasures', { list: theme.measures.map((id) => measureTitles.get(id) ?? id).join(', ') }),
      { font: 'italic' },
    );
  }
  if (theme.tips && theme.tips.length > 0) {
    w.heading(parent, 'H4', p('tips'), 11);
    w.list(
      parent,
      theme.tips.map((tip) => ({ label: tip.question ? `${s(tip.question)} ` : '', body: s(tip.tip) })),
    );
  }
}

/**
 * Confirmed findings of the antecedentenonderzoek: what was found, about whom, its source and the
 * expert's reason, and in so many words that a finding is no answer and changes no level by itself.
 */
function writeFindings(w: Writer, parent: Struct, findings: FindingEvidence[]): void {
  const p = w.p;
  w.paragraph(parent, p('findingsIntro'), { size: 9.5, color: MUTED });
  w.list(
    parent,
    findings.map((f) => ({
      label: `${f.what}. `,
      body: [
        p('findingAbout', { subject: f.subject }),
        p('findingSource', { source: w.s(f.source) }),
        f.reason ? p('findingReason', { reason: f.reason }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    })),
  );
}

/** Every theme once, in report order (a theme can sit in more than one section). */
function uniqueThemes(report: ReportView): ThemeView[] {
  const seen = new Map<string, ThemeView>();
  for (const section of report.sections)
    for (const theme of section.themes) if (!seen.has(theme.id)) seen.set(theme.id, theme);
  return [...seen.values()];
}

/** The judgement per theme next to the proposal, on the four-step scale: shapes plus words. */
function drawChart(w: Writer, parent: Struct, themes: ThemeView[]): void {
  const doc = w.doc;
  const s = w.s;
  const p = w.p;
  const labelWidth = 150;
  const column = (w.width - labelWidth) / 4;
  const rowHeight = 34;
  const headerHeight = 40;
  const height = headerHeight + rowHeight * themes.length;
  w.ensure(Math.min(height, 500));
  const top = doc.y + 4;
  const alt = [
    p('chartAltIntro'),
    ...themes.map((t) => {
      const judged = t.judgement?.level;
      const proposed = t.judgement?.proposed ?? t.proposed;
      return `${s(t.title)}: ${judged ? `${p('chartJudgement')} ${s(levelLabels[judged])}, ` : ''}${
        proposed ? `${p('chartProposed')} ${s(levelLabels[proposed])}` : ''
      }.`;
    }),
  ].join(' ');
  parent.add(
    doc.struct('Figure', { alt }, () => {
      let y = top;
      // Column heads: the four steps, in words.
      doc.font('bold').fontSize(8).fillColor(INK);
      levels.forEach((level, i) => {
        const x = MARGIN.left + labelWidth + i * column;
        doc.text(capitalise(s(levelLabels[level])), x + 2, y, {
          width: column - 4,
          align: 'center',
          lineBreak: true,
        });
      });
      y += headerHeight;
      for (const theme of themes) {
        if (y + rowHeight > A4.height - MARGIN.bottom) {
          doc.addPage();
          y = doc.y;
        }
        doc
          .lineWidth(0.5)
          .strokeColor(LINE)
          .moveTo(MARGIN.left, y)
          .lineTo(MARGIN.left + w.width, y)
          .stroke();
        doc
          .font('regular')
          .fontSize(9)
          .fillColor(INK)
          .text(s(theme.title), MARGIN.left, y + 5, {
            width: labelWidth - 8,
            height: rowHeight - 6,
            ellipsis: true,
          });
        const proposed = theme.judgement?.proposed ?? theme.proposed;
        const judged = theme.judgement?.level;
        const centre = (level: Level) => MARGIN.left + labelWidth + levelRank(level) * column + column / 2;
        const cy = y + 13;
        // A thin scale line with ticks, so position reads without colour.
        doc
          .lineWidth(0.5)
          .strokeColor(LINE)
          .moveTo(centre('geen-aandachtspunt'), cy)
          .lineTo(centre('ernstig-risico'), cy)
          .stroke();
        if (proposed) doc.lineWidth(1.4).strokeColor(INK).circle(centre(proposed), cy, 8.5).stroke();
        if (judged) levelShape(doc, judged, centre(judged), cy, 5.5);
        const words = [
          judged ? `${p('chartJudgement')}: ${s(levelLabels[judged])}` : null,
          proposed ? `${p('chartProposed')}: ${s(levelLabels[proposed])}` : null,
        ]
          .filter(Boolean)
          .join(' · ');
        doc
          .font('italic')
          .fontSize(7.5)
          .fillColor(MUTED)
          .text(words, MARGIN.left + labelWidth, y + 23, { width: w.width - labelWidth, lineBreak: false });
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

/** The same shapes as the web app's level badges: circle, triangle, diamond, octagon. */
function levelShape(doc: Doc, level: Level, x: number, y: number, r: number): void {
  doc.fillColor(INK);
  if (level === 'geen-aandachtspunt') doc.circle(x, y, r).fill();
  else if (level === 'aandachtspunt')
    doc.polygon([x, y - r], [x + r, y + r * 0.8], [x - r, y + r * 0.8]).fill();
  else if (level === 'risico') doc.polygon([x, y - r], [x + r, y], [x, y + r], [x - r, y]).fill();
  else {
    const k = r * 0.41;
    doc
      .polygon(
        [x - k, y - r],
        [x + k, y - r],
        [x + r, y - k],
        [x + r, y + k],
        [x + k, y + r],
        [x - k, y + r],
        [x - r, y + k],
        [x - r, y - k],
      )
      .fill();
  }
}
