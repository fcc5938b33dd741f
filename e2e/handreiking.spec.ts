// Three instruments of the Handreiking in the browser. The public zelfassessment on a phone by
// keyboard: nothing but GETs leave the page, the browser keeps nothing (localStorage,
// sessionStorage, IndexedDB, cookies), and the advice downloads as a file made in the browser. The
// vuistregels: a beheerder rewords one, the candidate reads it on the first page before the
// questions, opens the printable page and it prints without menu or buttons. The ondermijning guide
// is reached by keyboard from the scan and from the dilemma session. axe on every page, 360 px.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScrolling, onPage, PHONE } from './support/a11y.ts';
import { api, inviteCandidate, organisationWithProcedure, requestsOtherThanGet } from './support/api.ts';
import { inviteStaff, signInStaff } from './support/people.ts';
import { expect, test } from './support/server.ts';

/** Focus an element by Tab from where focus is, without the mouse (at most `max` presses). */
async function tabTo(page: Page, locator: ReturnType<Page['locator']>, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
}

async function press(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name }).first();
  await button.focus();
  await page.keyboard.press('Enter');
}

test('the zelfassessment on a phone by keyboard: advice downloaded, nothing sent, nothing kept', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  const sent = requestsOtherThanGet(page);

  // Reachable without an account, from the footer of the sign-in page.
  await page.goto('/aanmelden');
  const footerLink = page.getByRole('link', {
    name: 'Zelfassessment volksvertegenwoordiger — zonder account',
  });
  await footerLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zelfassessment$/);
  await onPage(page, 'Zelfassessment om volksvertegenwoordiger te worden', 'zelfassessment intro');
  await expect(page.getByText('We bewaren niets en we versturen niets.')).toBeVisible();
  await expectNoSidewaysScrolling(page);

  await press(page, 'Begin met het zelfassessment');
  await onPage(page, 'Onderwerp 1 van 6: Wat de rol vraagt', 'topic 1');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // Tab to the first question; arrows choose within it.
  const tasks = page.getByRole('radiogroup', { name: /gewone week/ });
  await tabTo(page, tasks.getByLabel('Ja'));
  await page.keyboard.press('Space');
  await expect(tasks.getByLabel('Ja')).toBeChecked();
  await expectNoSidewaysScrolling(page);

  await press(page, 'Volgende: Tijd');
  await onPage(page, 'Onderwerp 2 van 6: Tijd', 'topic 2');
  const hours = page.getByRole('radiogroup', { name: /vijftien uur/ });
  await tabTo(page, hours.getByLabel('Ja'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(hours.getByLabel('Nee')).toBeChecked();
  const employer = page.getByRole('radiogroup', { name: /werkgever/ });
  await tabTo(page, employer.getByLabel('Ja'));
  await page.keyboard.press('ArrowDown');
  await expect(employer.getByLabel('Ik twijfel')).toBeChecked();

  // Back keeps the answers; the browser's back button goes to the previous topic.
  await press(page, 'Vorige: Wat de rol vraagt');
  await onPage(page, 'Onderwerp 1 van 6: Wat de rol vraagt', 'topic 1 again');
  await expect(tasks.getByLabel('Ja')).toBeChecked();
  await press(page, 'Volgende: Tijd');
  await expect(page).toHaveURL(/\/zelfassessment\?stap=2$/);
  await expect(hours.getByLabel('Nee')).toBeChecked();
  for (const next of ['In de openbaarheid', 'Gezin en omgeving', 'Veiligheid', 'Integriteit']) {
    await press(page, `Volgende: ${next}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(next);
  }
  const favour = page.getByRole('radiogroup', { name: /gunst van een kennis/ });
  await tabTo(page, favour.getByLabel('Ja'));
  await page.keyboard.press('ArrowDown');
  await expect(favour.getByLabel('Ik twijfel')).toBeChecked();
  await expectAccessible(page, 'topic 6');
  await expectNoSidewaysScrolling(page);

  await press(page, 'Naar uw advies');
  await onPage(page, 'Uw advies', 'zelfassessment advice');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText('U beantwoordde 4 van de 13 vragen.')).toBeVisible();
  const time = page.getByRole('region', { name: 'Tijd' });
  await expect(time).toContainText('plaats lager op de lijst');
  await expect(time).toContainText('Praat met uw werkgever');
  await expect(page.getByRole('region', { name: 'Wat de rol vraagt' })).toContainText(
    'Hier bent u op voorbereid.',
  );
  await expect(page.getByRole('region', { name: 'Gezin en omgeving' })).toContainText('overgeslagen');
  await expectNoSidewaysScrolling(page);

  // The advice file is made in the browser: a self-contained page.
  const downloadButton = page.getByRole('button', { name: 'Download uw advies' }).first();
  await downloadButton.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^zelfassessment-advies-\d{4}-\d{2}-\d{2}\.html$/);
  const html = fs.readFileSync(await download.path(), 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain('<html lang="nl">');
  expect(html).toContain('Gemaakt op ');
  expect(html).toContain('plaats lager op de lijst');
  expect(html).toContain('Lees de vuistregels integriteit');
  expect(html).not.toMatch(/<script|<img|<link|https?:\/\//i);
  await expect(page.getByRole('status')).toContainText('Uw advies is gedownload.');
  await expectAccessible(page, 'advice after download');

  const textButton = page.getByRole('button', { name: 'Download als tekstbestand' }).first();
  await textButton.focus();
  const [textDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(textDownload.suggestedFilename()).toMatch(/\.txt$/);
  const text = fs.readFileSync(await textDownload.path(), 'utf8');
  expect(text).toContain('Uw antwoord: Nee');
  expect(text).toContain('Om over na te denken: Praat met uw werkgever');

  // Nothing was sent and nothing was kept in the browser.
  expect(sent).toEqual([]);
  const stored = await page.evaluate(async () => [
    window.localStorage.length,
    window.sessionStorage.length,
    (await indexedDB.databases()).length,
  ]);
  expect(stored).toEqual([0, 0, 0]);
  expect(await page.context().cookies()).toEqual([]);
});

test('the dilemma session leads to the ondermijning guide by keyboard', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize(PHONE);
  await page.goto('/dilemmakaarten');
  await onPage(page, 'Dilemmakaarten', 'dilemma session');
  const link = page.getByRole('link', { name: 'Herkennen van mogelijke ondermijning' }).first();
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ondermijning-herkennen$/);
  await onPage(page, 'Herkennen van mogelijke ondermijning', 'ondermijning guide');
  await expect(page.getByRole('heading', { name: 'Stromannen en katvangers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Het Ondersteuningsteam Weerbaar Bestuur' })).toBeVisible();
  await expect(page.getByText('Meld Misdaad Anoniem (0800-7000)')).toBeVisible();
  await expect(page.getByText('Vastgoed en makelaardij')).toBeVisible();
  await expectNoSidewaysScrolling(page);
});

test('a beheerder rewords the vuistregels; a candidate for the list reads them before the check, prints them, and finds the ondermijning guide', async ({
  browser,
  app,
}) => {
  test.setTimeout(240_000);
  const slug = 'partij-vuistregels';
  const { otto, tenantId } = await organisationWithProcedure(browser, app, {
    organisation: { slug, name: 'Partij Vuistregels' },
    expert: ['els@vuistregels.test', 'Els Expert'],
    client: ['otto@vuistregels.test', 'Otto Opdrachtgever'],
    procedure: 'Wethouder 2026',
  });
  // The party's check for kandidaat-raadsleden.
  const { experts } = await api(otto.page, 'procedures.listExperts', { params: { tenantId } });
  const { id: procedureId } = await api(otto.page, 'procedures.open', {
    params: { tenantId },
    body: {
      name: 'Kieslijst 2026',
      office: 'raadslid',
      instrumentId: 'weerbaarheidscheck-raadslid',
      retentionDays: 90,
      expertMembershipIds: [experts[0]!.membershipId],
    },
  });
  const beheerderLink = await inviteStaff(app, slug, 'beheerder', 'bea@vuistregels.test', 'Bea Beheer');
  const bea = await signInStaff(browser, app, beheerderLink, { name: 'Bea Beheer' });

  // The beheerder rewords the first rule for raadsleden and adds one.
  await bea.page.goto(`/o/${tenantId}`);
  await bea.page.getByRole('link', { name: 'Vuistregels aanpassen' }).click();
  await onPage(bea.page, 'Vuistregels aanpassen', 'adjust the vuistregels');
  const set = bea.page.getByRole('region', { name: /raadsleden/ });
  await expect(set).toContainText('De standaardtekst');
  await set
    .getByLabel('Vuistregel 1 in het Nederlands')
    .fill('Meld elk gesprek met een projectontwikkelaar aan de fractie.');
  await set
    .getByLabel('Vuistregel 1 in het Engels')
    .fill('Report every meeting with a property developer to the group.');
  await set.getByRole('button', { name: 'Vuistregel toevoegen' }).click();
  await set.getByLabel('Vuistregel 8 in het Nederlands').fill('Bel bij twijfel de griffier.');
  await set.getByRole('button', { name: 'Opslaan' }).click();
  // Both languages are needed: nothing saved without the English text.
  await expect(bea.page.getByText('Vul elke vuistregel in het Nederlands en het Engels in.')).toBeVisible();
  await set.getByLabel('Vuistregel 8 in het Engels').fill('When in doubt, call the clerk.');
  await set.getByRole('button', { name: 'Opslaan' }).click();
  await expect(bea.page.getByRole('status')).toContainText('zijn opgeslagen');
  const saved = bea.page.getByRole('region', { name: /raadsleden/ });
  await expect(saved).toContainText('Aangepast door uw organisatie');
  await expectAccessible(bea.page, 'vuistregels adjusted');

  // The candidate, on a phone: the vuistregels on the first page, before the questions.
  const { scanId, candidate } = await inviteCandidate(
    browser,
    app,
    otto.page,
    { tenantId, procedureId },
    { email: 'kim@vuistregels.test', displayName: 'Kim Kandidaat' },
    { viewport: PHONE },
  );
  const page = candidate.page;
  await page.goto(`/o/${tenantId}/mijn-scans/${scanId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const rules = page.getByRole('region', { name: 'Vuistregels integriteit' });
  await expect(rules).toContainText('Meld elk gesprek met een projectontwikkelaar aan de fractie.');
  await expect(rules).toContainText('Bel bij twijfel de griffier.');
  await expect(rules).toContainText('Partij Vuistregels heeft deze vuistregels zelf geformuleerd.');
  // Before the button that starts the questions.
  const rulesBox = await rules.boundingBox();
  const beginBox = await page.getByRole('button', { name: /Begin/ }).first().boundingBox();
  expect(rulesBox!.y).toBeLessThan(beginBox!.y);
  await expectAccessible(page, 'candidate first page with vuistregels');
  await expectNoSidewaysScrolling(page);

  // The printable page, by keyboard.
  const printable = page.getByRole('link', { name: 'Vuistregels op een eigen pagina, om af te drukken' });
  await tabTo(page, printable, 120);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/vuistregels\?ambt=raadslid$/);
  await onPage(
    page,
    /Vuistregels integriteit: Vuistregels voor \(kandidaat-\)raadsleden/,
    'printable vuistregels',
  );
  await expect(page.getByRole('listitem').filter({ hasText: 'projectontwikkelaar' })).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.locator('.weerbaar-header')).toBeHidden();
  await expect(page.locator('.weerbaar-footer')).toBeHidden();
  await expect(page.getByText('Meld elk gesprek met een projectontwikkelaar aan de fractie.')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // From the scan to the ondermijning guide, by keyboard.
  await page.goBack();
  await expect(page.getByRole('region', { name: 'Vuistregels integriteit' })).toBeVisible();
  const guide = page.getByRole('link', { name: 'Herkennen van mogelijke ondermijning' }).first();
  await tabTo(page, guide, 120);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ondermijning-herkennen$/);
  await onPage(page, 'Herkennen van mogelijke ondermijning', 'guide from the scan');
  await expectNoSidewaysScrolling(page);

  // The beheerder goes back to the default, and the candidate reads the shipped rules again.
  await bea.page
    .getByRole('region', { name: /raadsleden/ })
    .getByRole('button', { name: 'Terug naar de standaard' })
    .click();
  await expect(bea.page.getByRole('status')).toContainText('terug naar de standaard');
  await page.goto(`/o/${tenantId}/vuistregels?ambt=raadslid`);
  await expect(page.getByRole('main')).not.toContainText('projectontwikkelaar');
  await expect(page.getByRole('main')).toContainText(
    'Maak al uw nevenfuncties openbaar, ook de onbetaalde, en houd de lijst bij.',
  );
});
