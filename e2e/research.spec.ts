// Research tables in the browser:
//  - eleven candidates answer and send their scan (through the API; six keep a side job, five have
//    none); ten say yes to research through the API, one on her scan page with the keyboard only;
//  - the onderzoeker builds a table (office × the theme "Nevenfuncties") on her page: a real table,
//    the groups of 6 and 5 hidden in words, the total of 11 shown; a chart with title and
//    description; she downloads it as CSV and the file holds the same and the metadata;
//  - the beheerder keeps the threshold at 10 (4 is refused);
//  - the candidate's page counts the table her scan counted in.
// axe (WCAG 2.2 A/AA) on both pages; 360 px without sideways scrolling.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Instrument } from '../src/core/instrument/schema.ts';
import { completeAnswers } from '../src/server/demo/fill-answers.ts';
import { expectAccessible, expectNoSidewaysScrolling, PHONE } from './support/a11y.ts';
import {
  answersWithSideJob,
  api,
  inviteCandidate,
  organisationWithProcedure,
  saveAnswers,
} from './support/api.ts';
import { inviteStaff, type Person, signInStaff } from './support/people.ts';
import { expect, test } from './support/server.ts';

/** Presses Tab until the element has focus (a few stops at most). */
async function tabTo(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  for (let i = 0; i < 8; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

let tenantId = '';
let procedureId = '';
let instrument: Instrument;
let otto: Person;
let els: Person;
const people: Person[] = [];

test.beforeAll(async ({ browser, app }) => {
  test.setTimeout(120_000);
  ({ els, otto, tenantId, instrument, procedureId } = await organisationWithProcedure(browser, app, {
    organisation: { slug: 'onderzoek', name: 'Gemeente Onderzoek' },
    expert: ['els.onderzoek@example.nl', 'Els Expert'],
    client: ['otto.onderzoek@example.nl', 'Otto Opdracht'],
    procedure: 'Wethouders 2026',
  }));
});

test.afterAll(async () => {
  for (const person of [otto, els, ...people]) await person?.context.close();
});

test('candidates consent, the onderzoeker builds a protected table and downloads it', async ({
  browser,
  app,
}) => {
  test.setTimeout(300_000);
  const procedure = { tenantId, procedureId };

  // Ten candidates answer, send and say yes through the API.
  for (let i = 1; i <= 10; i++) {
    const { scanId, candidate } = await inviteCandidate(browser, app, otto.page, procedure, {
      email: `kandidaat${i}.onderzoek@example.nl`,
      displayName: `Kandidaat ${i}`,
    });
    const answers =
      i <= 5 ? answersWithSideJob(instrument) : completeAnswers(instrument, { heeft_nevenfuncties: 'nee' });
    await saveAnswers(candidate.page, { tenantId, scanId }, answers);
    await api(candidate.page, 'scans.submit', { params: { tenantId, scanId } });
    await api(candidate.page, 'research.setConsent', {
      params: { tenantId, scanId },
      body: { consent: true },
    });
    await candidate.context.close();
  }

  // The eleventh sends her scan and says yes on her scan page, with the keyboard only.
  const { scanId, candidate: kim } = await inviteCandidate(browser, app, otto.page, procedure, {
    email: 'kim.onderzoek@example.nl',
    displayName: 'Kim Kandidaat',
  });
  people.push(kim);
  await saveAnswers(kim.page, { tenantId, scanId }, answersWithSideJob(instrument));
  await api(kim.page, 'scans.submit', { params: { tenantId, scanId } });
  await kim.page.goto(`/o/${tenantId}/mijn-scans/${scanId}`);
  const consent = kim.page.getByRole('region', { name: 'Uw uitkomsten voor onderzoek' });
  await expect(consent).toBeVisible();
  const no = consent.getByLabel('Nee, liever niet');
  await expect(no).toBeChecked();
  await no.focus();
  await kim.page.keyboard.press('ArrowUp');
  await expect(consent.getByLabel('Ja, tel mijn uitkomsten mee (zonder naam)')).toBeChecked();
  await tabTo(kim.page, consent.getByRole('button', { name: 'Keuze opslaan' }));
  await kim.page.keyboard.press('Enter');
  await expect(consent.getByText('Opgeslagen: uw uitkomsten tellen mee in onderzoek.')).toBeVisible();
  await expectAccessible(kim.page, 'the scan page with the research consent');
  await kim.page.setViewportSize(PHONE);
  await expectNoSidewaysScrolling(kim.page, 'the scan page at 360 px');

  // The beheerder keeps the threshold at 10 (4 is refused) and says what kind of organisation this is.
  const beheerLink = await inviteStaff(
    app,
    'onderzoek',
    'beheerder',
    'bea.onderzoek@example.nl',
    'Bea Beheer',
  );
  const bea = await signInStaff(browser, app, beheerLink, { name: 'Bea Beheer' });
  people.push(bea);
  await bea.page.goto(`/o/${tenantId}/instellingen`);
  const research = bea.page.getByRole('region', { name: 'Onderzoek' });
  await research.getByLabel('Kleinste groep die een tabel toont').fill('4');
  await research.getByRole('button', { name: 'Onderzoeksinstellingen bewaren' }).click();
  await expect(research.getByText('Vul een heel getal in van 5 tot en met 1000.')).toBeVisible();
  await research.getByLabel('Kleinste groep die een tabel toont').fill('10');
  await research.getByLabel('Soort organisatie').selectOption({ label: 'gemeente' });
  await research.getByRole('button', { name: 'Onderzoeksinstellingen bewaren' }).click();
  await expect(research.getByText('De instellingen voor onderzoek zijn opgeslagen.')).toBeVisible();
  await expectAccessible(bea.page, 'the settings page with the research settings');

  // The onderzoeker (CLI invitation, authenticator app) builds a table.
  const link = await inviteStaff(
    app,
    'onderzoek',
    'onderzoeker',
    'olga.onderzoek@example.nl',
    'Olga Onderzoek',
  );
  const olga = await signInStaff(browser, app, link, { name: 'Olga Onderzoek', acceptDownloads: true });
  people.push(olga);
  await olga.page.goto(`/o/${tenantId}`);
  await olga.page.getByRole('link', { name: 'Tabellen maken' }).click();
  await expect(olga.page.getByRole('heading', { level: 1, name: 'Tabellen voor onderzoek' })).toBeVisible();
  await olga.page.getByLabel('Rijen').selectOption({ label: 'Functie' });
  await olga.page.getByLabel('Kolommen').selectOption({ label: 'Thema: Nevenfuncties' });
  await olga.page.getByRole('button', { name: 'Tabel maken' }).click();

  const table = olga.page.getByRole('table', {
    name: 'Functie (rijen) naar Thema: Nevenfuncties (kolommen)',
  });
  await expect(table).toBeVisible();
  const columns = await table.getByRole('columnheader').allTextContents();
  const risk = columns.indexOf('risico — beheersmaatregel nodig');
  const none = columns.indexOf('geen aandachtspunt');
  expect(risk).toBeGreaterThan(0);
  const wethouder = table
    .getByRole('row')
    .filter({ has: olga.page.getByRole('rowheader', { name: 'Wethouder', exact: true }) });
  // 6 and 5 are too few to show: said in words. The row's total of 11 is shown.
  await expect(wethouder.getByRole('cell').nth(risk - 1)).toHaveText('verborgen (te weinig)');
  await expect(wethouder.getByRole('cell').nth(none - 1)).toHaveText('verborgen (te weinig)');
  await expect(wethouder.getByRole('cell').last()).toHaveText('11');
  // Every cell is a number of at least 10, a zero, or says in words that it is hidden.
  for (const text of await table.getByRole('cell').allTextContents())
    expect(text === '0' || Number(text) >= 10 || text.startsWith('verborgen')).toBe(true);
  await expect(olga.page.getByRole('img', { name: /Grafiek: totaal per rij/ })).toBeVisible();
  await expectAccessible(olga.page, 'the research page with a table');

  const downloading = olga.page.waitForEvent('download');
  await olga.page.getByRole('link', { name: 'Download als CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^onderzoekstabel-.*\.csv$/);
  const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
  const lines = csv.replace(/^\ufeff/, '').split('\r\n');
  const header = lines[0]!.split(',');
  const row = lines.find((line) => line.startsWith('wethouder,'))!.split(',');
  expect(row[header.indexOf('risico')]).toBe('afgeschermd');
  expect(row[header.indexOf('geen-aandachtspunt')]).toBe('afgeschermd');
  expect(row.at(-1)).toBe('11');
  expect(csv).toContain('Drempel,10');
  expect(csv).toContain(`weerbaarheidsscan-bestuurder@${instrument.version}`);

  await olga.page.setViewportSize(PHONE);
  await expectNoSidewaysScrolling(olga.page, 'the research page at 360 px');
  await expectAccessible(olga.page, 'the research page at 360 px');

  // Kim sees that her scan counted in one table.
  await kim.page.reload();
  await expect(
    kim.page
      .getByRole('region', { name: 'Uw uitkomsten voor onderzoek' })
      .getByText('Deze scan telde tot nu toe mee in 1 tabel.'),
  ).toBeVisible();
});
