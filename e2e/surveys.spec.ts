// An organisation survey in the browser (issue 15): the beheerder opens a round of the
// sociale-veiligheid questionnaire on the page (units Publiekszaken and Griffie, threshold 5) and
// shares its link; twelve respondents fill it in on 360-px phones without an account — eight in
// Publiekszaken, four in Griffie; the first one by keyboard, after a send with nothing answered —
// and the browser keeps nothing of their answers. While the round is open the organisation sees
// only how many took part; once closed, the aggregate of all twelve, and Griffie (4, below 5) is not
// shown on its own — nor Publiekszaken, which would give Griffie by subtraction. axe on every page.
import type { Browser, Page } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScrolling, onPage, PHONE } from './support/a11y.ts';
import { createOrganisation, type Person, signInStaff, tenantOf } from './support/people.ts';
import { expect, test } from './support/server.ts';

const scale = [
  'veilig-op-werk',
  'fouten-bespreekbaar',
  'tegenspraak',
  'bestuurders-omgang',
  'vertrouwen-in-afhandeling',
  'geen-nadeel',
];
const yesNo = ['zelf-meegemaakt', 'gezien', 'kent-vertrouwenspersoon', 'weet-waar-melden'];

let beheerder: Person;

test.afterAll(async () => {
  await beheerder?.context.close();
});

/** One respondent on a phone: opens the link, answers, sends; the browser keeps nothing. */
async function respond(
  browser: Browser,
  link: string,
  unit: string,
  point: string,
  knows: 'ja' | 'nee',
  check: (page: Page) => Promise<void> = async () => {},
  after: (page: Page) => Promise<void> = async () => {},
): Promise<void> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Sociale veiligheid op het werk' })).toBeVisible();
  await check(page);
  await page.locator(`#onderdeel--${unit}`).check();
  for (const id of scale) await page.locator(`#vraag-${id}--${point}`).check();
  for (const id of yesNo)
    await page.locator(`#vraag-${id}--${id === 'kent-vertrouwenspersoon' ? knows : 'nee'}`).check();
  await page.locator('#vraag-van-wie--niet-van-toepassing').check();
  await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verstuurd' })).toBeVisible();
  await after(page);
  const kept = await page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
  }));
  expect(kept).toEqual({ local: 0, session: 0, cookies: '' });
  await context.close();
}

test('twelve respondents on phones; the organisation sees the aggregate, never a unit of four', async ({
  browser,
  app,
}) => {
  test.setTimeout(300_000);
  const links = await createOrganisation(app, { slug: 'enquete', name: 'Gemeente Enquête' }, [
    ['beheerder', 'bea.enquete@example.nl', 'Bea Beheer'],
  ]);
  beheerder = await signInStaff(browser, app, links.beheerder!, { name: 'Bea Beheer' });
  const page = beheerder.page;
  const tenantId = await tenantOf(page);

  // The beheerder opens a round on the page.
  await page.goto(`/o/${tenantId}/enquetes`);
  await onPage(page, 'Vragenlijsten voor medewerkers', 'rounds page');
  // Choose the questionnaire: more than one ships (the datavolwassenheidsscan too).
  await page
    .getByLabel('Vragenlijst', { exact: true })
    .selectOption({ label: 'Sociale veiligheid op het werk (1.0.0)' });
  await page.getByLabel('Naam van de ronde').fill('Voorjaar 2026');
  await page.getByLabel('Onderdelen (één per regel)').fill('Publiekszaken\nGriffie');
  await page.getByLabel('Kleinste groep die getoond wordt').fill('5');
  await page.getByRole('button', { name: 'Ronde openen' }).click();
  await onPage(page, 'Sociale veiligheid op het werk: Voorjaar 2026', 'round page, open');
  const link = (await page.getByTestId('shared-link').textContent())!.trim();
  expect(link).toMatch(/\/enquete\/[0-9a-f-]+#token=/);

  // The first respondent: the page at 360 px, sending nothing shows what is missing; by keyboard.
  await respond(
    browser,
    link,
    'Publiekszaken',
    '4',
    'ja',
    async (phone) => {
      await expectAccessible(phone, 'questionnaire on a phone');
      await expectNoSidewaysScrolling(phone, 'questionnaire at 360 px');
      await phone.getByRole('button', { name: 'Antwoorden versturen' }).click();
      await expect(phone.getByRole('alert')).toContainText('Kies een onderdeel');
      await expectAccessible(phone, 'questionnaire with errors');
      // The unit by keyboard: focus the first choice and move with the arrow key.
      await phone.locator('#onderdeel--Publiekszaken').focus();
      await phone.keyboard.press('Space');
      await expect(phone.locator('#onderdeel--Publiekszaken')).toBeChecked();
    },
    async (phone) => {
      await expectAccessible(phone, 'thank-you page on a phone');
    },
  );
  // Seven more in Publiekszaken, four in Griffie.
  for (const point of ['5', '4', '3', '4', '5', '4', '4'])
    await respond(browser, link, 'Publiekszaken', point, 'ja');
  for (const point of ['2', '2', '3', '3']) await respond(browser, link, 'Griffie', point, 'nee');

  // While open: only how many took part.
  await page.reload();
  await onPage(page, 'Sociale veiligheid op het werk: Voorjaar 2026', 'round page with responses');
  await expect(page.getByText('12 mensen hebben de vragenlijst ingevuld.')).toBeVisible();
  await expect(page.getByText('De uitkomsten verschijnen als de ronde gesloten is.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  // Closed: the aggregate.
  await page.getByRole('button', { name: 'Ronde sluiten' }).click();
  await expect(page.getByText('De ronde is gesloten.')).toBeVisible();
  const safe = page.getByRole('table', { name: /Ik voel me veilig op mijn werk/ });
  await expect(safe).toBeVisible();
  // (8·… + 4·…) / 12: 4+5+4+3+4+5+4+4 + 2+2+3+3 = 43 → 3.6
  await expect(safe.getByRole('row', { name: /Hele organisatie/ })).toContainText('3,6');
  const knows = page.getByRole('table', { name: /vertrouwenspersoon/ });
  await expect(knows.getByRole('row', { name: /Hele organisatie/ })).toContainText('67%');
  // Griffie (4) never on its own, and so not Publiekszaken either.
  await expect(page.getByRole('row', { name: /Griffie/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Publiekszaken/ })).toHaveCount(0);
  await expect(page.getByText(/Alleen groepen van minstens 5 mensen worden getoond/)).toBeVisible();
  await expectAccessible(page, 'round page with results');

  // The rounds page lists it as closed with 12.
  await page.goto(`/o/${tenantId}/enquetes`);
  await expect(page.getByRole('row', { name: /Voorjaar 2026/ })).toContainText('12');
  await expectAccessible(page, 'rounds page with a closed round');

  // The link after closing: the questionnaire says it is closed, and takes nothing.
  const late = await browser.newContext({ viewport: PHONE });
  const latePage = await late.newPage();
  await latePage.goto(link);
  await expect(latePage.getByText('Deze vragenlijst is gesloten.')).toBeVisible();
  await expect(latePage.getByRole('button', { name: 'Antwoorden versturen' })).toHaveCount(0);
  await expectAccessible(latePage, 'closed questionnaire');
  await late.close();
});
