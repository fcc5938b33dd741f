// The checks a PDF/A-2b file of Weerbaar must pass, shared by the scan report's and the
// datavolwassenheid report's tests: PDF 1.7, PDF/A-2b metadata and an sRGB output intent, only
// embedded fonts (Noto Sans), tagged (StructTreeRoot, Marked, Lang, Figures with alternative text),
// and with poppler the confidentiality mark and "pagina n van m" on every page. No PDF/A validator
// is installable here (no veraPDF in Debian or npm), so the parts PDF/A-2b needs are checked one by one.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect } from 'vitest';

/** The raw text of a PDF with every Flate stream inflated, to look into content and structure. */
export function inflated(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [raw];
  const re = /stream\r?\n/g;
  let match: RegExpExecArray | null = re.exec(raw);
  while (match) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      parts.push(zlib.inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not compressed (the XMP metadata) or not Flate: already in the raw text.
    }
    match = re.exec(raw);
  }
  return parts.join('\n');
}

export function poppler(tool: string, pdf: Buffer, args: string[] = []): string {
  const file = path.join(os.tmpdir(), `weerbaar-pdf-${randomUUID()}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

export function pagesOf(pdf: Buffer): number {
  return Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))?.[1]);
}

/** What a PDF must hold to be PDF/A-2b and tagged, checked part by part. */
export function expectPdfA(pdf: Buffer, language = 'nl-NL') {
  const text = inflated(pdf);
  expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  expect(text).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
  expect(text).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
  expect(text).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
  expect(text).toMatch(/\/S \/GTS_PDFA1/);
  expect(text).toMatch(/\/DestOutputProfile \d+ 0 R/);
  expect(text).toMatch(/\/FontFile2 \d+ 0 R/);
  // No base-14 font, not even one defined and left unused.
  expect(text).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/);
  expect(text).toMatch(/\/StructTreeRoot \d+ 0 R/);
  expect(text).toMatch(/\/MarkInfo \d+ 0 R/);
  expect(text).toMatch(/<<\s*\/Marked true\s*>>/);
  expect(text).toContain(`/Lang (${language})`);
  expect(text).toMatch(/\/DisplayDocTitle true/);
  for (const tag of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'LBody', 'Figure', 'Document'])
    expect(text, tag).toContain(`/S /${tag}`);
  // Every figure has alternative text.
  const figures = text.match(/\/S \/Figure[\s\S]*?>>/g) ?? [];
  expect(figures.length).toBeGreaterThan(0);
  for (const figure of figures) expect(figure).toMatch(/\/Alt [(<]/);
  // Page numbers and the mark are artifacts, outside the reading order.
  expect(text).toContain('/Artifact <<\n/Type /Pagination');
  const fonts = poppler('pdffonts', pdf).trim().split('\n').slice(2);
  expect(fonts.length).toBe(3);
  for (const line of fonts) {
    expect(line).toMatch(/NotoSans/);
    expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes/);
  }
  return { text, figures: figures.length };
}

/** Each page carries the mark and "pagina n van m"; the words of all pages, spaces folded. */
export function expectEveryPage(pdf: Buffer, mark: string): string {
  const pages = pagesOf(pdf);
  const text = poppler('pdftotext', pdf).split('\f').slice(0, pages);
  expect(text).toHaveLength(pages);
  text.forEach((page, i) => {
    expect(page).toContain(mark);
    expect(page).toContain(`pagina ${i + 1} van ${pages}`);
  });
  // Lines wrap anywhere: compare words, not lines.
  return text.join('\n').replace(/\s+/g, ' ');
}
