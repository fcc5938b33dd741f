// The integriteitsagenda and the re-scan halfway the term, in the browser:
//  - the candidate turns the chosen measures of her finished report into an agenda (a role, a
//    date, done or not; an own action added by keyboard only), saves it and prints it (the print
//    page renders, without navigation in print);
//  - the opdrachtgever opens a herhaalscan of the earlier procedure in the form and invites her
//    again; at the start of the new scan she is asked whether to use the earlier scan, consents,
//    and sees her earlier agenda with its statuses and the change in results; she withdraws again.
// axe (WCAG 2.2 A/AA) on every page; 360 px without sideways scrolling.
// The parts that are not under test here (answering, the expert's review) go through the API.
// Addresses are this spec's own: one server serves every spec of a worker.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import type { Instrument } from '../src/core/instrument/schema.ts';
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

async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
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
  const context = await browser.newContext({ baseURL: app.baseURL });
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

/** A full-page screenshot when WEERBAAR_SHOTS names a folder (to review the layout). */
async function shot(page: Page, name: string, part?: ReturnType<Page['locator']>): Promise<void> {
  const folder = process.env.WEERBAAR_SHOTS;
  if (!folder) return;
  const file = `${folder}/agenda-${name}.png`;
  await (part ? part.screenshot({ path: file }) : page.screenshot({ path: file, fullPage: true }));
}

/** Presses Tab until the element has focus (a few stops at most). */
async function tabTo(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  for (let i = 0; i < 6; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

let tenantId = '';
let otto: Person;
let els: Person;
let kim: Person;
let earlierProcedure = '';
let instrument: Instrument;

const org = () => `/api/organisations/${tenantId}`;

/** Kim answers and sends (through the API); Els reviews with two measures and finalises. */
async function answerAndReview(procedureId: string, scanId: string, measures: string[]) {
  const own = `${org()}/my-scans/${scanId}`;
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
  await call(kim.page, 'PUT', `${own}/answers`, {
    baseRevision: 0,
    saveId: crypto.randomUUID(),
    changes: answers,
  });
  await call(kim.page, 'POST', `${own}/submit`);
  const review = `${org()}/procedures/${procedureId}/scans/${scanId}`;
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
    measures,
  });
  await call(els.page, 'POST', `${review}/finalise`);
}

test.beforeAll(async ({ browser, app }) => {
  test.setTimeout(120_000);
  await app.cli(['tenant', 'create', '--slug', 'agenda', '--name', 'Gemeente Agenda']);
  const links: Record<string, string> = {};
  for (const [role, email, name] of [
    ['expert', 'els.agenda@example.nl', 'Els Expert'],
    ['opdrachtgever', 'otto.agenda@example.nl', 'Otto Opdracht'],
  ] as const) {
    links[role] = linkFrom(
      await app.cli([
        'user',
        'invite',
        '--tenant',
        'agenda',
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
  earlierProcedure = (
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
});

test('the candidate makes an agenda from the measures and prints it; a herhaalscan uses it', async ({
  browser,
  app,
}) => {
  test.setTimeout(120_000);
  // ── Kim is invited, answers, and her report is finalised with two measures. ──
  const since = new Date();
  const { scanId } = await call<{ scanId: string }>(
    otto.page,
    'POST',
    `${org()}/procedures/${earlierProcedure}/candidates`,
    { email: 'kim.agenda@example.nl', displayName: 'Kim Kandidaat' },
  );
  const mail = await waitForMail(app.dataDir, 'kim.agenda@example.nl', { since });
  const context = await browser.newContext({ baseURL: app.baseURL, viewport: PHONE });
  kim = { context, page: await context.newPage() };
  const page = kim.page;
  await page.goto(mail.link);
  await expect(page.getByRole('heading', { level: 1, name: /^Welkom, / })).toBeVisible();
  await answerAndReview(earlierProcedure, scanId, ['nevenfunctie_neerleggen', 'nevenfuncties_openbaar']);

  // ── The report: the agenda starts as a draft from the chosen measures. ──
  await page.goto(`/o/${tenantId}/mijn-scans/${scanId}/rapport`);
  const agenda = page.getByRole('region', { name: 'Uw integriteitsagenda' });
  await expect(agenda).toBeVisible();
  await expect(agenda.getByText('Dit is een eerste opzet')).toBeVisible();
  await expect(agenda.getByRole('heading', { level: 3 })).toHaveCount(2);
  await expect(agenda.getByText(/Uit de maatregel:/).first()).toBeVisible();
  await expect(agenda.getByText(/Noem een rol, bijvoorbeeld griffier/).first()).toBeVisible();
  await expectAccessible(page, 'report with the agenda draft');
  await expectNoSidewaysScrolling(page);

  const first = agenda.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Actie 1' }) });
  await first.getByLabel('Met wie?').fill('griffier');
  await first.getByLabel('Wanneer wilt u het klaar hebben?').fill('2026-06-30');
  await first.getByRole('radio', { name: 'Gedaan' }).check();
  await first.getByLabel('Korte notitie (mag leeg blijven)').fill('Per 1 mei gedaan.');

  // An own action, keyboard only: the add button, then type, Tab on to the next fields.
  await agenda.getByRole('button', { name: 'Eigen actie toevoegen' }).focus();
  await page.keyboard.press('Enter');
  const third = agenda.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Actie 3' }) });
  await expect(third.getByLabel('Wat gaat u doen?')).toBeFocused();
  await page.keyboard.type('Dilemmatraining volgen');
  await page.keyboard.press('Tab');
  await expect(third.getByLabel('Wanneer wilt u het klaar hebben?')).toBeFocused();
  // The date field has a stop per part (day, month, year); on to "Met wie?".
  await tabTo(page, third.getByLabel('Met wie?'));
  await page.keyboard.type('vertrouwenspersoon');
  await agenda.getByRole('button', { name: 'Agenda opslaan' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Uw agenda is opgeslagen.' })).toBeVisible();
  await expect(agenda.getByText('1 van de 3 acties gedaan.')).toBeVisible();
  await expectAccessible(page, 'report with a saved agenda');
  await shot(page, 'report', agenda);

  // ── The print page. ──
  await agenda.getByRole('link', { name: 'Agenda afdrukken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Integriteitsagenda' })).toBeVisible();
  await expect(page.getByText('Bij de scan voor Wethouder 2026')).toBeVisible();
  await expect(page.getByText('Dilemmatraining volgen')).toBeVisible();
  await expect(page.getByText('vertrouwenspersoon')).toBeVisible();
  await expect(page.getByText('1 van de 3 acties gedaan.')).toBeVisible();
  await expectAccessible(page, 'agenda print page');
  await shot(page, 'print');
  await expectNoSidewaysScrolling(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByText('Dilemmatraining volgen')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();

  // ── Halfway the term: Otto opens a herhaalscan in the form and invites Kim again. ──
  const o = otto.page;
  await o.goto(`/o/${tenantId}/procedures`);
  await o
    .getByLabel('Soort procedure')
    .selectOption({ label: 'Herhaalscan halverwege de termijn van “Wethouder 2026”' });
  await o.getByLabel('Naam van de procedure').fill('Wethouder 2026, herhaalscan 2028');
  await o.getByLabel('Voor welke functie?').selectOption({ label: 'Wethouder' });
  await expect(
    o.getByRole('radio', { name: 'Persoonlijke weerbaarheidsscan voor bestuurders' }),
  ).toBeChecked();
  await o.getByRole('checkbox', { name: 'Els Expert' }).check();
  await expectAccessible(o, 'new follow-up procedure');
  await o.getByRole('button', { name: 'Procedure openen' }).click();
  await expect(o.getByRole('heading', { level: 1, name: 'Wethouder 2026, herhaalscan 2028' })).toBeVisible();
  await expect(o.getByText('Herhaalscan van')).toBeVisible();
  await o.getByLabel('E-mailadres van de kandidaat').fill('kim.agenda@example.nl');
  await o.getByLabel('Naam van de kandidaat').fill('Kim Kandidaat');
  await o.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(o.getByRole('status').filter({ hasText: 'Kim Kandidaat is uitgenodigd' })).toBeVisible();
  await expect(o.getByText('1 kandidaat heeft een eerdere scan in die procedure.')).toBeVisible();
  await expectAccessible(o, 'follow-up procedure');
  const followUp = new URL(o.url()).pathname.split('/').pop() ?? '';

  // ── Kim starts the new scan: asked first, consents, sees the earlier agenda. ──
  const { scans } = await call<{ scans: Array<{ id: string; procedure: { name: string } }> }>(
    page,
    'GET',
    `${org()}/my-scans`,
  );
  const newScan = scans.find((s) => s.procedure.name.includes('herhaalscan'))!.id;
  await page.goto(`/o/${tenantId}/mijn-scans/${newScan}`);
  const earlier = page.getByRole('region', { name: 'Wilt u uw eerdere scan gebruiken?' });
  await expect(earlier).toBeVisible();
  await expect(
    earlier.getByText('Wilt u dat niet, dan ziet niemand iets van uw eerdere scan.'),
  ).toBeVisible();
  await expect(page.getByText('Dilemmatraining volgen')).toHaveCount(0);
  await expectAccessible(page, 'follow-up scan: the question');
  await shot(page, 'question');
  // By keyboard: the choice, then focus on the section's heading (the buttons are gone).
  await earlier.getByRole('button', { name: 'Ja, gebruik mijn eerdere scan' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Uw eerdere scan' })).toBeFocused();
  const used = page.getByRole('region', { name: 'Uw eerdere scan' });
  await expect(used.getByRole('heading', { name: 'Uw eerdere agenda' })).toBeVisible();
  const earlierAgenda = used.getByRole('list', { name: 'Uw eerdere agenda' });
  const firstEarlier = earlierAgenda.getByRole('listitem').filter({ hasText: 'griffier' });
  await expect(firstEarlier).toContainText('Gedaan');
  await expect(
    earlierAgenda.getByRole('listitem').filter({ hasText: 'Dilemmatraining volgen' }),
  ).toContainText('Nog te doen');
  await expect(used.getByText('Uw nieuwe antwoorden zijn nog niet ingediend.')).toBeVisible();
  await expectAccessible(page, 'follow-up scan with the earlier agenda');
  await expectNoSidewaysScrolling(page);

  // After sending and the review: the change, per theme and per point.
  await answerAndReview(followUp, newScan, ['nevenfunctie_neerleggen']);
  await page.goto(`/o/${tenantId}/mijn-scans/${newScan}/rapport`);
  const change = page.getByRole('region', { name: 'Uw eerdere scan' });
  await expect(change.getByRole('heading', { name: 'Wat is er veranderd?' })).toBeVisible();
  await expect(change.getByRole('heading', { name: 'Per thema' })).toBeVisible();
  const theme = change
    .getByRole('list', { name: 'Per thema' })
    .getByRole('listitem')
    .filter({ has: page.getByText('Nevenfuncties', { exact: true }) });
  await expect(theme).toContainText('gelijk aan toen');
  await expect(theme).toContainText('Toen');
  await expect(theme).toContainText('Nu');
  await expect(theme).toContainText('oordeel van de expert');
  await expectAccessible(page, 'follow-up report with the change');
  await shot(page, 'change', change);
  await expectNoSidewaysScrolling(page);

  // Withdrawn: gone at once.
  await change.getByRole('button', { name: 'Toestemming intrekken' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'U gebruikt uw eerdere scan niet meer.' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Uw eerdere agenda' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Toch mijn eerdere scan gebruiken' })).toBeVisible();
  await expectAccessible(page, 'follow-up report after withdrawing');
});
