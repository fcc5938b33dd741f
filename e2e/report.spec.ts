// The report on screen and on paper, in the browser: the candidate, the assigned expert and the
// opdrachtgever (after the candidate shared the summary) each open their HTML view — axe clean,
// no sideways scrolling at 360 px for the candidate — and download their PDF with the button.
// Each PDF is turned into page images (pdftoppm -png -r 50); the page count comes from pdfinfo,
// and every page must be more than one colour. The parts not under test (answering, reviewing,
// sharing) go through the API.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import type { Instrument } from '../src/core/instrument/schema.ts';
import { demoNetwork } from '../src/server/demo/demo-network.ts';
import { expectAccessible, expectNoSidewaysScrolling, PHONE } from './support/a11y.ts';
import {
  answersWithSideJob,
  api,
  inviteCandidate,
  organisationWithProcedure,
  reviewAndFinalise,
  saveAnswers,
} from './support/api.ts';
import type { Person } from './support/people.ts';
import { expect, test } from './support/server.ts';

/** Distinct pixel colours of an 8-bit RGB/RGBA/grey PNG (pdftoppm's output), by a tiny decoder. */
function distinctColours(file: string, limit = 3): number {
  const png = fs.readFileSync(file);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 3;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error('only 8-bit PNGs');
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[data[9]!] ?? 3;
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const previous = Buffer.alloc(stride);
  const line = Buffer.alloc(stride);
  const colours = new Set<string>();
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? line[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[x] = (value + predicted) & 0xff;
    }
    for (let x = 0; x < stride; x += channels) {
      colours.add(line.subarray(x, x + channels).toString('hex'));
      if (colours.size >= limit) return colours.size;
    }
    line.copy(previous);
  }
  return colours.size;
}

/** Downloads with the page's button; checks the file name, the page count and that no page is blank. */
async function downloadAndCheck(page: Page, folder: string, who: string): Promise<number> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Rapport Wethouder 2026 \d{4}-\d{2}-\d{2}\.pdf$/);
  const file = path.join(folder, `${who}.pdf`);
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: 'is gedownload' })).toBeVisible();
  expect(fs.readFileSync(file).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBeGreaterThan(1);
  execFileSync('pdftoppm', ['-png', '-r', '50', file, path.join(folder, who)]);
  const images = fs
    .readdirSync(folder)
    .filter((f) => f.startsWith(`${who}-`) && f.endsWith('.png'))
    .sort();
  expect(images).toHaveLength(pages);
  for (const image of images) expect(distinctColours(path.join(folder, image)), image).toBeGreaterThan(1);
  return pages;
}

let tenantId = '';
let otto: Person;
let els: Person;
let kim: Person | undefined;
let procedureId = '';
let instrument: Instrument;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-report-e2e-'));

test.beforeAll(async ({ browser, app }) => {
  test.setTimeout(120_000);
  ({ els, otto, tenantId, instrument, procedureId } = await organisationWithProcedure(browser, app, {
    organisation: { slug: 'rapport', name: 'Gemeente Rapport' },
    expert: ['els.rapport@example.nl', 'Els Expert'],
    client: ['otto.rapport@example.nl', 'Otto Opdracht'],
    procedure: 'Wethouder 2026',
    acceptDownloads: true,
  }));
});

test.afterAll(async () => {
  await otto?.context.close();
  await els?.context.close();
  await kim?.context.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('candidate, expert and opdrachtgever read their report and download it as a PDF', async ({
  browser,
  app,
}) => {
  test.setTimeout(180_000);
  const invited = await inviteCandidate(
    browser,
    app,
    otto.page,
    { tenantId, procedureId },
    { email: 'kim.rapport@example.nl', displayName: 'Kim Kandidaat' },
    { viewport: PHONE, acceptDownloads: true },
  );
  const { scanId } = invited;
  kim = invited.candidate;
  const page = kim.page;

  // Kim answers, draws her network and sends; Els reviews and finalises (API).
  const own = { tenantId, scanId };
  const revision = await saveAnswers(page, own, answersWithSideJob(instrument));
  await api(page, 'scans.saveNetwork', {
    params: own,
    body: { baseRevision: revision, saveId: crypto.randomUUID(), network: demoNetwork() },
  });
  await api(page, 'scans.submit', { params: own });
  await reviewAndFinalise(els.page, { tenantId, procedureId, scanId }, [
    'nevenfunctie_neerleggen',
    'nevenfuncties_openbaar',
  ]);

  // ── The candidate, on a phone. ──
  await page.goto(`/o/${tenantId}/mijn-scans/${scanId}/rapport`);
  await expect(page.getByRole('heading', { level: 1, name: 'Uw rapport' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Gekozen maatregelen' })).toBeVisible();
  await expect(page.getByText('VV De Zwaluwen').first()).toBeVisible();
  // The network picture from the report's own drawing, as in the PDF; the judge in so many words.
  await expect(page.getByRole('img', { name: 'Uw netwerkkaart' })).toBeVisible();
  await expect(page.getByText(/AVG artikel 22/)).toBeVisible();
  await expectAccessible(page, 'candidate report');
  await expectNoSidewaysScrolling(page);
  const candidatePages = await downloadAndCheck(page, folder, 'kandidaat');
  await expectAccessible(page, 'candidate report after download');

  // ── The expert. ──
  await els.page.goto(`/o/${tenantId}/procedures/${procedureId}/scans/${scanId}/beoordeling`);
  await expect(els.page.getByRole('heading', { level: 1, name: /Kim Kandidaat/ })).toBeVisible();
  await expect(els.page.getByRole('button', { name: 'Download als PDF' })).toBeVisible();
  await expectAccessible(els.page, 'expert review, finalised');
  const expertPages = await downloadAndCheck(els.page, folder, 'expert');
  expect(expertPages).toBeGreaterThanOrEqual(candidatePages);

  // ── The opdrachtgever, once Kim shared the summary. ──
  const until = new Date(Date.now() + 30 * 86_400_000).toISOString();
  await api(page, 'reports.release', { params: own, body: { scope: 'samenvatting', until } });
  await otto.page.goto(`/o/${tenantId}/procedures/${procedureId}/scans/${scanId}/rapport`);
  await expect(otto.page.getByRole('heading', { level: 1, name: 'Rapport van Kim Kandidaat' })).toBeVisible();
  await expect(otto.page.getByText('VV De Zwaluwen')).toHaveCount(0);
  await expectAccessible(otto.page, 'released report');
  const clientPages = await downloadAndCheck(otto.page, folder, 'opdrachtgever');
  expect(clientPages).toBeLessThan(candidatePages);

  // Kim stops sharing: the opdrachtgever's next download is refused, in plain Dutch.
  const { releases } = await api(page, 'reports.own', { params: own });
  for (const r of releases.filter((x) => x.active))
    await api(page, 'reports.revoke', { params: { ...own, releaseId: r.id } });
  await otto.page.getByRole('button', { name: 'Download als PDF' }).click();
  await expect(otto.page.getByRole('alert').filter({ hasText: 'niet (meer) downloaden' })).toBeVisible();
  await expectAccessible(otto.page, 'released report, download refused');
});
