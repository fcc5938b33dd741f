// What every PDF/A-2b file of Weerbaar shares (the scan report, the datavolwassenheid report):
// the document itself (PDF 1.7, PDF/A-2b, tagged, document language, title shown, pages buffered for
// the stamps), only embedded open fonts (Noto Sans, SIL Open Font License 1.1, parsed once per
// process), the page geometry and inks, a writer of tagged content in reading order (headings,
// paragraphs, labelled paragraphs, lists) with automatic page breaks, and the page numbers and
// confidentiality mark stamped on every page as artifacts. A report module opens a document,
// writes its own content and closes it with `finishDocument`.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { say } from '../../core/instrument/levels.ts';
import type { Text } from '../../core/instrument/schema.ts';
import type { TextKey, TextVars } from '../../core/texts/translate.ts';
import type { Language } from '../../core/vocabulary.ts';
import { t } from '../texts.ts';
import type { pdfTexts } from './texts.ts';

export type PdfKey = TextKey<typeof pdfTexts>;

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

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 64, bottom: 72, left: 60, right: 60 };
export const INK = '#1a1a1a';
export const MUTED = '#4d4d4d';
export const LINE = '#767676';

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

export interface DocumentSettings {
  language: Language;
  /** The document title (shown by the reader instead of the file name). */
  title: string;
  subject: string;
  /** The day the file is made. */
  date: Date;
  /** Uncompressed streams, for inspecting the file in tests. */
  compress?: boolean;
}

export interface OpenDocument {
  doc: Doc;
  w: Writer;
  /** The tagged root (`Document`) everything is added to, in reading order. */
  root: Struct;
  /** The file, once `finishDocument` has ended it. */
  done: Promise<Buffer>;
}

/** A new PDF/A-2b document on its first page, with the fonts registered and its root element open. */
export function openDocument(settings: DocumentSettings): OpenDocument {
  const { language } = settings;
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
    compress: settings.compress ?? true,
    font: parsedFonts().regular as unknown as string,
    info: {
      Title: settings.title.replace(/[<>&"]/g, ''),
      Subject: settings.subject.replace(/[<>&"]/g, ''),
      Creator: 'Weerbaar',
      Producer: 'Weerbaar (PDFKit)',
      CreationDate: settings.date,
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
  return { doc, w, root, done };
}

/** Closes the root, stamps every page with the mark and its number, and ends the file. */
export function finishDocument(open: OpenDocument, mark: string): Promise<Buffer> {
  open.root.end();
  stampPages(open.doc, mark, open.w.language);
  open.doc.end();
  return open.done;
}

/** Writes tagged content with automatic page breaks; the structure follows the reading order. */
export class Writer {
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

/** Page numbers and the confidentiality mark on every page, as artifacts (not in the reading order). */
export function stampPages(doc: Doc, mark: string, language: Language): void {
  const range = doc.bufferedPageRange();
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

/** Alt text, and the figure's place on its page (PDFKit supports `bbox`; its types do not list it). */
export function figureOptions(alt: string, box: { x: number; y: number; width: number; height: number }) {
  return {
    alt,
    bbox: [box.x, box.y, box.x + box.width, box.y + box.height],
  } as PDFKit.Mixins.StructureElementOptions;
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

export function formatDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

export function capitalise(value: string): string {
  return value.charAt(0).toLocaleUpperCase() + value.slice(1);
}
