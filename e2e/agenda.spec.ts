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
import type { Page } from '@playwright/test';
import type { Instrument } from '../src/core/instrument/schema.ts';
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

/** Kim answers and sends (through the API); Els reviews with two measures and finalises. */
async function answerAndReview(procedureId: string, scanId: string, measures: string[]) {
  await saveAnswers(kim.page, { tenantId, scanId }, answersWithSideJob(instrument));
  await api(kim.page, 'scans.submit', { params: { tenantId, scanId } });
  await reviewAndFinalise(els.page, { tenantId, procedureId, scanId }, measures);
}

test.beforeAll(async ({ browser, app }) => {
  test.setTimeout(120_000);
  ({
    els,
    otto,
    tenantId,
    instrument,
    procedureId: earlierProcedure,
  } = await organisationWithProcedure(browser, app, {
    organisation: { slug: 'agenda', name: 'Gemeente Agenda' },
    expert: ['els.agenda@example.nl', 'Els Expert'],
    client: ['otto.agenda@example.nl', 'Otto Opdracht'],
    procedure: 'Wethouder 2026',
  }));
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
  const invited = await inviteCandidate(
    browser,
    app,
    otto.page,
    { tenantId, procedureId: earlierProcedure },
    { email: 'kim.agenda@example.nl', displayName: 'Kim Kandidaat' },
    { viewport: PHONE },
  );
  const { scanId } = invited;
  kim = invited.candidate;
  const page = kim.page;
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
  const { scans } = await api(page, 'scans.listOwn', { params: { tenantId } });
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
