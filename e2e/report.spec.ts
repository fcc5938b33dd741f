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
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import type { Instrument } from '../src/core/instrument/schema.ts';
import { demoNetwork } from '../src/server/demo/demo-network.ts';
import { completeAnswers } from '../src/server/demo/fill-answers.ts';
import { waitForMail } from './support/mail.ts';
import { expect, test, type WeerbaarApp } from './support/server.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { width: 360, height: 740 };
const INSTRUMENT = 'weerbaarheidsscan-bestuurder';

async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `accessibility problems on ${what}`).toEqual([]);
}

function linkFrom(output: string): string {
  const link = output.match(/https?:\/\/\S+#token=\S+/)?.[0];
  if (!link) throw new Error(`no invitation link in:\n${output}`);
  return link;
}

interface Person {
  context: BrowserContext;
  page: Page;
}

async function signInStaff(browser: Browser, app: WeerbaarApp, link: string, name: string): Promise<Person> {
  const context = await browser.newContext({ baseURL: app.baseURL, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Beveilig uw account' })).toBeVisible();
  await page.getByLabel('Met een app die codes maakt').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  const secret = await page.locator('#totp-secret').getAttribute('data-secret');
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret ?? ''), digits: 6, period: 30 });
  await page.getByLabel('Code uit de app').fill(totp.generate());
  await page.getByRole('button', { name: 'Code bevestigen' }).click();
  await page.getByLabel('Ik heb mijn herstelcodes veilig bewaard').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Welkom, ${name}` })).toBeVisible();
  return { context, page };
}

/** A JSON request with the session's CSRF token, for the steps this journey does not test. */
async function call<T = unknown>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const response = await page.request.fetch(url, {
    method,
    headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return (response.status() === 204 ? null : await response.json()) as T;
}

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
const org = () => `/api/organisations/${tenantId}`;

test.beforeAll(async ({ browser, app }) => {
  test.setTimeout(120_000);
  await app.cli(['tenant', 'create', '--slug', 'rapport', '--name', 'Gemeente Rapport']);
  const links: Record<string, string> = {};
  for (const [role, email, name] of [
    ['expert', 'els.rapport@example.nl', 'Els Expert'],
    ['opdrachtgever', 'otto.rapport@example.nl', 'Otto Opdracht'],
  ] as const) {
    links[role] = linkFrom(
      await app.cli([
        'user',
        'invite',
        '--tenant',
        'rapport',
        '--email',
        email,
        '--name',
        name,
        '--role',
        role,
      ]),
    );
  }
  els = await signInStaff(browser, app, links.expert ?? '', 'Els Expert');
  otto = await signInStaff(browser, app, links.opdrachtgever ?? '', 'Otto Opdracht');
  const session = (await (await otto.page.request.get('/api/auth/session')).json()) as {
    memberships: Array<{ tenantId: string }>;
  };
  tenantId = session.memberships[0]!.tenantId;
  instrument = (
    (await (await otto.page.request.get(`/api/instruments/${INSTRUMENT}`)).json()) as {
      definition: Instrument;
    }
  ).definition;
  const { experts } = await call<{ experts: Array<{ membershipId: string }> }>(
    otto.page,
    'GET',
    `${org()}/experts`,
  );
  procedureId = (
    await call<{ id: string }>(otto.page, 'POST', `${org()}/procedures`, {
      name: 'Wethouder 2026',
      office: 'wethouder',
      instrumentId: INSTRUMENT,
      retentionDays: 90,
      expertMembershipIds: [experts[0]!.membershipId],
    })
  ).id;
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
  const since = new Date();
  const { scanId } = await call<{ scanId: string }>(
    otto.page,
    'POST',
    `${org()}/procedures/${procedureId}/candidates`,
    {
      email: 'kim.rapport@example.nl',
      displayName: 'Kim Kandidaat',
    },
  );
  const mail = await waitForMail(app.dataDir, 'kim.rapport@example.nl', { since });
  const context = await browser.newContext({ baseURL: app.baseURL, viewport: PHONE, acceptDownloads: true });
  kim = { context, page: await context.newPage() };
  const page = kim.page;
  await page.goto(mail.link);
  await expect(page.getByRole('heading', { level: 1, name: /^Welkom, / })).toBeVisible();

  // Kim answers, draws her network and sends; Els reviews and finalises (API).
  const own = `${org()}/my-scans/${scanId}`;
  const review = `${org()}/procedures/${procedureId}/scans/${scanId}`;
  const answers = completeAnswers(instrument, {
    heeft_nevenfuncties: 'ja',
    nevenfuncties: [
      {
        organisatie: 'VV De Zwaluwen',
        rol: 'bestuur',
        betaald: 'nee',
        sector: 'sport_cultuur',
        relatie: ['subsidie'],
        behouden: 'behouden',
      },
    ],
  });
  const saved = await call<{ revision: number }>(page, 'PUT', `${own}/answers`, {
    baseRevision: 0,
    saveId: crypto.randomUUID(),
    changes: answers,
  });
  await call(page, 'PUT', `${own}/network`, {
    baseRevision: saved.revision,
    saveId: crypto.randomUUID(),
    network: demoNetwork(),
  });
  await call(page, 'POST', `${own}/submit`);
  const read = await call<{ evaluation: { themes: Array<{ id: string; level: string }> } }>(
    els.page,
    'GET',
    review,
  );
  await call(els.page, 'POST', `${review}/review`);
  await call(els.page, 'PUT', `${review}/decisions`, {
    judgements: read.evaluation.themes.map((th) => ({
      theme: th.id,
      level: th.level,
      rationale: 'Besproken in het gesprek.',
    })),
    measures: ['nevenfunctie_neerleggen', 'nevenfuncties_openbaar'],
  });
  await call(els.page, 'POST', `${review}/finalise`);

  // ── The candidate, on a phone. ──
  await page.goto(`/o/${tenantId}/mijn-scans/${scanId}/rapport`);
  await expect(page.getByRole('heading', { level: 1, name: 'Uw rapport' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Gekozen maatregelen' })).toBeVisible();
  await expect(page.getByText('VV De Zwaluwen').first()).toBeVisible();
  // The network picture from the report's own drawing, as in the PDF; the judge in so many words.
  await expect(page.getByRole('img', { name: 'Uw netwerkkaart' })).toBeVisible();
  await expect(page.getByText(/AVG artikel 22/)).toBeVisible();
  await expectAccessible(page, 'candidate report');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
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
  await call(page, 'POST', `${own}/releases`, { scope: 'samenvatting', until });
  await otto.page.goto(`/o/${tenantId}/procedures/${procedureId}/scans/${scanId}/rapport`);
  await expect(otto.page.getByRole('heading', { level: 1, name: 'Rapport van Kim Kandidaat' })).toBeVisible();
  await expect(otto.page.getByText('VV De Zwaluwen')).toHaveCount(0);
  await expectAccessible(otto.page, 'released report');
  const clientPages = await downloadAndCheck(otto.page, folder, 'opdrachtgever');
  expect(clientPages).toBeLessThan(candidatePages);

  // Kim stops sharing: the opdrachtgever's next download is refused, in plain Dutch.
  const { releases } = await call<{ releases: Array<{ id: string; active: boolean }> }>(
    page,
    'GET',
    `${own}/report`,
  );
  for (const r of releases.filter((x) => x.active))
    await call(page, 'POST', `${own}/releases/${r.id}/revoke`);
  await otto.page.getByRole('button', { name: 'Download als PDF' }).click();
  await expect(otto.page.getByRole('alert').filter({ hasText: 'niet (meer) downloaden' })).toBeVisible();
  await expectAccessible(otto.page, 'released report, download refused');
});
