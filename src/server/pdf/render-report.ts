// The report as a PDF/A-2b file: tagged for accessibility (headings, paragraphs, lists, figures
// with alternative text, in reading order; document language nl-NL), only embedded open fonts
// (Noto Sans, SIL Open Font License 1.1), the judgement per theme as a vector chart with text
// labels, the network picture as vectors (candidate and expert views), page numbers and a
// confidentiality mark on every page. Built from the report view only (src/core/report), so the
// file holds exactly what the reader's page holds. Rendered per request; nothing is stored.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { levelLabels, levelRank, say } from '../../core/instrument/levels.ts';
import { levels } from '../../core/instrument/scale.ts';
import type { Level, Text } from '../../core/instrument/schema.ts';
import {
  type FindingEvidence,
  personalReader,
  type ReportView,
  type ThemeView,
} from '../../core/report/report-model.ts';
import type { TextKey, TextVars } from '../../core/texts/translate.ts';
import type { Language } from '../../core/vocabulary.ts';
import { t } from '../texts.ts';
import { drawNetworkPicture } from './network.ts';
import type { pdfTexts } from './texts.ts';

type PdfKey = TextKey<typeof pdfTexts>;

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

const require = createRequire(import.meta.url);
const font = (file: string) => require.resolve(`@expo-google-fonts/noto-sans/${file}`);
/** Noto Sans (SIL Open Font License 1.1: node_modules/@expo-google-fonts/noto-sans/LICENSE_FONT). */
export const fontFiles = {
  regular: font('400Regular/NotoSans_400Regular.ttf'),
  bold: font('700Bold/NotoSans_700Bold.ttf'),
  italic: font('400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
};

/**
 * The parsed fonts, shared by every document this process renders: parsing Noto Sans's layout
 * tables took most of a report's time. PDFKit takes a parsed (fontkit) font wherever it takes a
 * file; each document still makes and embeds its own subset. Rendering is synchronous, so two
 * documents never lay out text at the same moment.
 */
type ParsedFont = object;
let parsed: Record<keyof typeof fontFiles, ParsedFont> | null = null;
function parsedFonts(): Record<keyof typeof fontFiles, ParsedFont> {
  if (parsed) return parsed;
  const probe = new PDFDocument({ autoFirstPage: false, font: fontFiles.regular });
  const open = (file: string) => (probe.font(file) as unknown as { _font: { font: ParsedFont } })._font.font;
  parsed = { regular: open(fontFiles.regular), bold: open(fontFiles.bold), italic: open(fontFiles.italic) };
  return parsed;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 64, bottom: 72, left: 60, right: 60 };
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const LINE = '#767676';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export async function renderReportPdf(
  report: ReportView,
  cover: PdfCover,
  options: PdfOptions = {},
): Promise<Buffer> {
  const language = options.language ?? 'nl';
  const s = (text: Text | undefined) => say(text, language);
  const p = (key: PdfKey, vars?: TextVars) => t('pdf', key, vars, language);
  const title = `${p('documentTitle')} — ${s(report.instrument.title)}`.replace(/[<>&"]/g, '');
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: language === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: false,
    compress: options.compress ?? true,
    font: parsedFonts().regular as unknown as string,
    info: {
      Title: title,
      Subject: p('subject').replace(/[<>&"]/g, ''),
      Creator: 'Weerbaar',
      Producer: 'Weerbaar (PDFKit)',
      CreationDate: cover.date,
    },
  });
  const fonts = parsedFonts();
  onlyPrintable(doc, Object.values(fonts) as unknown as GlyphSource[]);
  doc.registerFont('regular', fonts.regular as unknown as string);
  doc.registerFont('bold', fonts.bold as unknown as string);
  doc.registerFont('italic', fonts.italic as unknown as string);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const w = new Writer(doc, language);
  doc.addPage();
  const root = doc.struct('Document');
  doc.addStructure(root);

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

  root.end();
  stampPages(doc, report, language);
  doc.end();
  return done;
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

/** Alt text, and the figure's place on its page (PDFKit supports `bbox`; its types do not list it). */
function figureOptions(alt: string, box: { x: number; y: number; width: number; height: number }) {
  return {
    alt,
    bbox: [box.x, box.y, box.x + box.width, box.y + box.height],
  } as PDFKit.Mixins.StructureElementOptions;
}

/** Every theme once, in report order (a theme can sit in more than one section). */
function uniqueThemes(report: ReportView): ThemeView[] {
  const seen = new Map<string, ThemeView>();
  for (const section of report.sections)
    for (const theme of section.themes) if (!seen.has(theme.id)) seen.set(theme.id, theme);
  return [...seen.values()];
}

/** Writes tagged content with automatic page breaks; the structure follows the reading order. */
class Writer {
  readonly width: number;
  readonly s: (text: Text | undefined) => string;
  readonly p: (key: PdfKey, vars?: TextVars) => string;
  readonly doc: Doc;
  readonly language: Language;
  constructor(doc: Doc, language: Language) {
    this.doc = doc;
    this.language = language;
    this.width = A4.width - MARGIN.left - MARGIN.right;
    this.s = (text) => say(text, language);
    this.p = (key, vars) => t('pdf', key, vars, language);
  }

  /** Starts a new page when less than `points` remain. */
  ensure(points: number): void {
    if (this.doc.y + points > A4.height - MARGIN.bottom) this.doc.addPage();
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  heading(parent: Struct, tag: 'H1' | 'H2' | 'H3' | 'H4', text: string, size: number): void {
    this.ensure(size * 4);
    const doc = this.doc;
    // Sections are bookmarks too, so a long report can be navigated from the reader's side panel.
    if (tag === 'H2') doc.outline.addItem(text);
    parent.add(
      doc.struct(tag, {}, () => {
        doc.font('bold').fontSize(size).fillColor(INK).text(text, MARGIN.left, doc.y, { width: this.width });
      }),
    );
    doc.moveDown(0.3);
  }

  paragraph(
    parent: Struct,
    text: string,
    style: { font?: 'regular' | 'bold' | 'italic'; size?: number; color?: string } = {},
  ): void {
    if (!text) return;
    const doc = this.doc;
    this.ensure(28);
    parent.add(
      doc.struct('P', {}, () => {
        doc
          .font(style.font ?? 'regular')
          .fontSize(style.size ?? 10.5)
          .fillColor(style.color ?? INK)
          .text(text, MARGIN.left, doc.y, { width: this.width, lineGap: 2 });
      }),
    );
    doc.moveDown(0.45);
  }

  /** A paragraph that starts with a bold label. */
  labelled(parent: Struct, label: string, value: string, size = 10.5): void {
    const doc = this.doc;
    this.ensure(28);
    parent.add(
      doc.struct('P', {}, () => {
        doc
          .font('bold')
          .fontSize(size)
          .fillColor(INK)
          .text(label, MARGIN.left, doc.y, { width: this.width, continued: true, lineGap: 2 })
          .font('regular')
          .text(value || '—', { lineGap: 2 });
      }),
    );
    doc.moveDown(0.35);
  }

  list(parent: Struct, items: Array<{ label: string; body: string }>): void {
    const list = this.doc.struct('L');
    parent.add(list);
    for (const item of items) this.listItem(list, item.label, item.body);
    list.end();
    this.doc.moveDown(0.3);
  }

  /** One list item: a bullet (Lbl) and its text (LBody), the text's first words in bold. */
  listItem(list: Struct, lead: string, body: string, indent = 0): void {
    const doc = this.doc;
    this.ensure(30);
    const x = MARGIN.left + indent;
    const y = doc.y;
    const item = doc.struct('LI');
    list.add(item);
    item.add(
      doc.struct('Lbl', {}, () => {
        doc
          .font('regular')
          .fontSize(10.5)
          .fillColor(INK)
          .text(indent ? '–' : '•', x, y, { lineBreak: false });
      }),
    );
    item.add(
      doc.struct('LBody', {}, () => {
        const options = { width: this.width - indent - 14, lineGap: 2 };
        if (lead) {
          doc
            .font('bold')
            .fontSize(10.5)
            .text(lead, x + 14, y, { ...options, continued: Boolean(body) });
          if (body) doc.font('regular').text(body, options);
        } else {
          doc
            .font('regular')
            .fontSize(10.5)
            .text(body, x + 14, y, options);
        }
      }),
    );
    item.end();
    doc.x = MARGIN.left;
    doc.moveDown(0.3);
  }
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

/** Page numbers and the confidentiality mark on every page, as artifacts (not in the reading order). */
function stampPages(doc: Doc, report: ReportView, language: Language): void {
  const range = doc.bufferedPageRange();
  const mark = t('pdf', `confidential.${report.reader}`, {}, language);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = A4.height - 44;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .lineWidth(0.5)
      .strokeColor(LINE)
      .moveTo(MARGIN.left, y - 6)
      .lineTo(A4.width - MARGIN.right, y - 6)
      .stroke();
    doc
      .font('bold')
      .fontSize(8.5)
      .fillColor(INK)
      .text(mark, MARGIN.left, y, {
        width: A4.width - MARGIN.left - MARGIN.right - 90,
        lineBreak: false,
      });
    doc
      .font('regular')
      .fontSize(8.5)
      .text(
        t('pdf', 'page', { n: i - range.start + 1, total: range.count }, language),
        A4.width - MARGIN.right - 90,
        y,
        { width: 90, align: 'right', lineBreak: false },
      );
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * Text from people (a rationale, a contact's label) may hold characters the fonts lack, such as
 * an emoji; PDF/A forbids drawing the missing-glyph box (.notdef), so such a character becomes a
 * replacement the fonts have. Tabs become spaces; line breaks stay.
 */
function onlyPrintable(doc: Doc, fonts: GlyphSource[]): void {
  const known = new Map<number, boolean>();
  const printable = (value: unknown) => {
    const text = typeof value === 'string' ? value : String(value ?? '');
    let out = '';
    for (const ch of text.replace(/\t/g, ' ')) {
      const cp = ch.codePointAt(0)!;
      if (ch === '\n' || ch === '\r') {
        out += ch;
        continue;
      }
      let ok = known.get(cp);
      if (ok === undefined) {
        ok = cp >= 0x20 && fonts.every((f) => f.hasGlyphForCodePoint(cp));
        known.set(cp, ok);
      }
      out += ok ? ch : cp < 0x20 ? '' : '?';
    }
    return out;
  };
  const text = doc.text.bind(doc) as (...args: unknown[]) => Doc;
  const width = doc.widthOfString.bind(doc) as (...args: unknown[]) => number;
  (doc as unknown as { text: (...args: unknown[]) => Doc }).text = (value, ...rest) =>
    text(printable(value), ...rest);
  (doc as unknown as { widthOfString: (...args: unknown[]) => number }).widthOfString = (value, ...rest) =>
    width(printable(value), ...rest);
}

function formatDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

function capitalise(value: string): string {
  return value.charAt(0).toLocaleUpperCase() + value.slice(1);
}
