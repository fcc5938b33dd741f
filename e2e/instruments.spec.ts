// Instruments in the browser: the public zelfscan on a phone, answered by keyboard, with tips,
// the advice and its download; and a beheerder's live preview of the weerbaarheidsscan, where
// answers raise an indicator and its level and evidence change at once. axe (WCAG 2.2 A/AA) on
// every step.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScrolling, onPage, PHONE } from './support/a11y.ts';
import { requestsOtherThanGet } from './support/api.ts';
import { createOrganisation, enrolAuthenticatorApp } from './support/people.ts';
import { expect, test, type WeerbaarApp } from './support/server.ts';

/** Presses a button with the keyboard: focus it, then Enter (no mouse involved). */
async function press(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
}

test('zelfscan on a phone by keyboard: tips at once, the advice, and a download that stays local', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  const posts = requestsOtherThanGet(page);

  // Reachable without an account, from the footer of the sign-in page.
  await page.goto('/aanmelden');
  const footerLink = page.getByRole('link', { name: 'Zelfscan persoonlijke veiligheid — zonder account' });
  await footerLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zelfscan$/);
  await onPage(page, 'Zelfscan persoonlijke veiligheid', 'zelfscan intro');
  await expect(page.getByText('We bewaren niets en we versturen niets.')).toBeVisible();
  await expect(page.getByText(/ongeveer 5 minuten/)).toBeVisible();
  await expectNoSidewaysScrolling(page);

  await press(page, 'Begin met de zelfscan');
  await onPage(page, 'Deel 1 van 4: Woning', 'zelfscan part 1');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // From the heading, Tab goes to the first question; Space chooses, arrows move within a question.
  await page.keyboard.press('Tab');
  const nameOnDoor = page.getByRole('radiogroup', { name: /Staat uw naam op de voordeur/ });
  await expect(nameOnDoor.getByLabel('Ja')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(nameOnDoor.getByLabel('Ja')).toBeChecked();
  await expect(nameOnDoor.getByText('Een huisnummer is genoeg')).toBeVisible();
  // The tip sits in a polite live region under the question.
  await expect(page.locator('#q-naam_zichtbaar-tip')).toHaveAttribute('aria-live', 'polite');

  await page.keyboard.press('Tab');
  const lighting = page.getByRole('radiogroup', { name: /goed verlicht/ });
  await expect(lighting.getByLabel('Ja')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(lighting.getByLabel('Nee')).toBeChecked();
  await expect(lighting.getByText('schemerschakelaar')).toBeVisible();
  // "Ja" for good lighting has no tip.
  await page.keyboard.press('ArrowUp');
  await expect(lighting.getByLabel('Ja')).toBeChecked();
  await expect(page.locator('#q-verlichting-tip')).toBeEmpty();
  await page.keyboard.press('ArrowDown');
  await expect(lighting.getByText('schemerschakelaar')).toBeVisible();
  await expect(page.getByText('2 van 5 vragen beantwoord.')).toBeVisible();
  await expectAccessible(page, 'zelfscan part 1 with tips');
  await expectNoSidewaysScrolling(page);

  await press(page, 'Volgende: Gezin');
  await onPage(page, 'Deel 2 van 4: Gezin', 'zelfscan part 2');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  const sharing = page.getByRole('radiogroup', { name: /Delen uw kinderen of huisgenoten/ });
  await expect(sharing.getByLabel('Soms')).toBeChecked();
  await expect(sharing.getByText('Praat met uw kinderen over wat ze delen')).toBeVisible();

  await press(page, 'Volgende: Digitaal');
  await onPage(page, 'Deel 3 van 4: Digitaal', 'zelfscan part 3');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  const twoStep = page.getByRole('radiogroup', { name: /tweestapsverificatie/ });
  await expect(twoStep.getByLabel('Nee')).toBeChecked();
  await expect(twoStep.getByText('te beginnen bij uw e-mail')).toBeVisible();

  // Back and forth keeps the answers.
  await press(page, 'Vorige: Gezin');
  await onPage(page, 'Deel 2 van 4: Gezin', 'zelfscan part 2 again');
  await expect(sharing.getByLabel('Soms')).toBeChecked();
  await press(page, 'Volgende: Digitaal');
  await expect(page).toHaveURL(/\/zelfscan\?stap=3$/);
  // The browser's back button goes to the previous part, not away from the zelfscan.
  await page.goBack();
  await onPage(page, 'Deel 2 van 4: Gezin', 'zelfscan part 2 after going back');
  await expect(sharing.getByLabel('Soms')).toBeChecked();
  await press(page, 'Volgende: Digitaal');
  await expect(twoStep.getByLabel('Nee')).toBeChecked();
  await press(page, 'Volgende: Onderweg');
  await onPage(page, 'Deel 4 van 4: Onderweg', 'zelfscan part 4');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const routes = page.getByRole('radiogroup', { name: /dezelfde route/ });
  await expect(routes.getByLabel('Altijd')).toBeChecked();
  await expect(routes.getByText('Kies twee of drie routes')).toBeVisible();
  await expectNoSidewaysScrolling(page);

  await press(page, 'Naar uw advies');
  await onPage(page, 'Uw advies', 'zelfscan advice');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText('Bij uw antwoorden horen 5 tips.')).toBeVisible();
  const woning = page.getByRole('region', { name: 'Woning' });
  await expect(woning).toContainText('Een huisnummer is genoeg');
  await expect(woning).toContainText('schemerschakelaar');
  await expect(woning).toContainText('U heeft 2 van de 5 vragen beantwoord.');
  const measures = page.getByRole('region', { name: 'Wat u verder kunt doen' });
  await expect(measures.getByRole('heading', { name: 'Woningscan van het CCV' })).toBeVisible();
  await expect(measures.getByRole('heading', { name: 'Digitale basisbeveiliging' })).toBeVisible();
  await expect(measures.getByRole('heading', { name: 'Minder voorspelbaar reizen' })).toBeVisible();
  await expectNoSidewaysScrolling(page);

  // The advice file is made in the browser: a self-contained page with the date and the tips.
  const downloadButton = page.getByRole('button', { name: 'Download uw advies' }).first();
  await downloadButton.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^zelfscan-advies-\d{4}-\d{2}-\d{2}\.html$/);
  const html = fs.readFileSync(await download.path(), 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain('<html lang="nl">');
  expect(html).toContain('Gemaakt op ');
  expect(html).toContain('Een huisnummer is genoeg');
  expect(html).toContain('Praat met uw kinderen over wat ze delen');
  expect(html).toContain('Kies twee of drie routes');
  expect(html).toContain('Woningscan van het CCV');
  expect(html).not.toMatch(/<script|<img|<link|https?:\/\//i);
  await expect(page.getByRole('status')).toContainText('Uw advies is gedownload.');
  await expectAccessible(page, 'zelfscan advice after download');

  const textButton = page.getByRole('button', { name: 'Download als tekstbestand' }).first();
  await textButton.focus();
  const [textDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(textDownload.suggestedFilename()).toMatch(/\.txt$/);
  const text = fs.readFileSync(await textDownload.path(), 'utf8');
  expect(text).toContain('Tip: Een huisnummer is genoeg');
  expect(text).toContain('Uw antwoord: Altijd');

  // Nothing was sent and nothing was kept in the browser.
  expect(posts).toEqual([]);
  const stored = await page.evaluate(() => [window.localStorage.length, window.sessionStorage.length]);
  expect(stored).toEqual([0, 0]);
});

/** A beheerder, signed in with the CLI's invitation link and an authenticator app. */
async function signInBeheerder(
  page: Page,
  app: WeerbaarApp,
  who: { slug: string; email: string; name: string },
): Promise<void> {
  const links = await createOrganisation(app, { slug: who.slug, name: `Gemeente ${who.slug}` }, [
    ['beheerder', who.email, who.name],
  ]);
  await page.goto(links.beheerder ?? '');
  await enrolAuthenticatorApp(page, who.name);
}

test('a beheerder previews the weerbaarheidsscan and sees an indicator rise with its evidence', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await signInBeheerder(page, app, { slug: 'voorbeeld', email: 'ida@example.nl', name: 'Ida Instrument' });

  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Instrumenten' })
    .click();
  await onPage(page, 'Instrumenten', 'instrument list');
  const card = page.getByRole('article', { name: 'Persoonlijke weerbaarheidsscan voor bestuurders' });
  await expect(card).toContainText('Scan met een deskundige');
  await expect(card).toContainText('1.1.0');
  await expect(card.locator('code')).toHaveText(/^[0-9a-f]{12}$/);
  await card.getByRole('link', { name: 'Persoonlijke weerbaarheidsscan voor bestuurders' }).click();

  await onPage(page, 'Voorbeeld: Persoonlijke weerbaarheidsscan voor bestuurders', 'preview');
  await expect(page.getByText('Dit is een voorbeeld.')).toBeVisible();
  const results = page.getByRole('region', { name: 'Uitkomst' });
  const indicator = results.locator('[data-indicator="nevenfunctie_gemeentebelang"]');
  await expect(indicator).toHaveCount(0);

  // A follow-up question appears only after "ja".
  const sideJobs = page.getByRole('radiogroup', { name: /Heeft u nevenfuncties/ });
  await expect(page.getByRole('button', { name: 'Nevenfunctie toevoegen' })).toHaveCount(0);
  await sideJobs.getByLabel('Ja').check();
  const add = page.getByRole('button', { name: 'Nevenfunctie toevoegen' });
  await add.click();
  // Focus goes to the new entry's first field.
  await expect(page.locator('#q-nevenfuncties__0__organisatie')).toBeFocused();
  await page.keyboard.type('Stichting Sportpark Noord');

  const entry = page.getByRole('group', { name: 'Nevenfunctie 1' });
  await entry
    .getByRole('radiogroup', { name: /Uw rol/ })
    .getByLabel('bestuurslid of voorzitter')
    .check();
  await entry
    .getByRole('group', { name: /iets met de gemeente te maken/ })
    .getByLabel('krijgt subsidie')
    .check();

  // Live: the indicator rises to aandachtspunt, citing the entry by its name.
  await expect(indicator).toContainText('aandachtspunt');
  await expect(indicator).toContainText('Nevenfunctie 1: Stichting Sportpark Noord');
  await expect(indicator).toContainText('Tekst voor de kandidaat');
  await expect(indicator).toContainText('Tekst voor de deskundige');

  // Keeping the position makes it a risk; the change is announced.
  await entry
    .getByRole('radiogroup', { name: /Houdt u deze functie/ })
    .getByLabel('ja, ik wil haar houden')
    .check();
  await expect(indicator).toContainText('risico — beheersmaatregel nodig');
  await expect(results.getByRole('status')).toContainText(
    'Nevenfunctie bij een organisatie met belangen bij de gemeente: nu risico — beheersmaatregel nodig.',
  );
  await expect(results.getByRole('region', { name: /Voorgestelde maatregel/ })).toContainText(
    'Nevenfunctie bij een organisatie met belangen bij de gemeente',
  );

  // The own rating "geen risico" against a computed risk is a blind spot.
  await page
    .getByRole('radiogroup', { name: /Hoe schat u zelf het risico in van uw nevenfuncties/ })
    .getByLabel('geen risico')
    .check();
  const awareness = results.getByRole('region', { name: 'Eigen inschatting en uitkomst' });
  await expect(awareness).toContainText('Blinde vlek.');
  await expect(awareness).toContainText('De uitkomst is 2 stappen hoger dan de eigen inschatting.');
  await expectAccessible(page, 'preview with a risen indicator');

  // A number: typed text that is no number is named at the field once the person leaves it;
  // out of range is the engine's message.
  const networks = page.getByLabel(/In hoeveel verschillende netwerken/);
  await expect(networks).toHaveAttribute('inputmode', 'numeric');
  await networks.fill('veel');
  await expect(page.getByText('Vul een getal in, bijvoorbeeld 12.')).toHaveCount(0);
  await networks.press('Tab');
  await expect(page.getByText('Vul een getal in, bijvoorbeeld 12.')).toBeVisible();
  await expect(networks).toHaveAttribute('aria-invalid', 'true');
  await networks.fill('500');
  await expect(page.getByText('Vul een getal in tussen 0–200.')).toBeVisible();
  await networks.fill('35');
  await expect(networks).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('In netwerken.')).toBeVisible();

  // Another entry: focus moves into it; removing it returns focus to the entry before, announced.
  await page.getByRole('button', { name: 'Nog een nevenfunctie toevoegen' }).click();
  await expect(page.locator('#q-nevenfuncties__1__organisatie')).toBeFocused();
  await page.keyboard.type('Buurtvereniging');
  await page.getByRole('button', { name: 'Nevenfunctie 2 verwijderen' }).click();
  await expect(page.locator('#q-nevenfuncties__0__legend')).toBeFocused();
  await expect(page.getByText('Nevenfunctie 2 is verwijderd.')).toBeAttached();
  await expect(page.getByRole('group', { name: 'Nevenfunctie 2' })).toHaveCount(0);
  await expect(indicator).toContainText('Nevenfunctie 1: Stichting Sportpark Noord');

  // Errors show only after "check", at the field and in a summary that links to it.
  await expect(page.getByText('Dit is nog niet ingevuld.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Controleren' }).first().click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
  await expect(summary).toContainText('Voor welke functie bent u kandidaat? Dit is nog niet ingevuld.');
  await summary.getByRole('link', { name: /Voor welke functie bent u kandidaat/ }).click();
  await expect(page.locator('#q-beoogde_functie--wethouder')).toBeFocused();
  await expectAccessible(page, 'preview after check');

  // Clearing starts over.
  await page.getByRole('button', { name: 'Alles wissen' }).first().click();
  await expect(indicator).toHaveCount(0);
  await expect(sideJobs.getByLabel('Ja')).not.toBeChecked();
});

test('the preview fits a phone and the beheerder home links to it', async ({ page, app }) => {
  test.setTimeout(90_000);
  await signInBeheerder(page, app, { slug: 'telefoon', email: 'tom@example.nl', name: 'Tom Telefoon' });
  await page.setViewportSize(PHONE);
  await page.getByRole('link', { name: 'Naar instrumenten' }).click();
  await onPage(page, 'Instrumenten', 'instrument list on a phone');
  await expectNoSidewaysScrolling(page);
  await page.getByRole('link', { name: 'Zelfscan persoonlijke veiligheid', exact: true }).click();
  await onPage(page, 'Voorbeeld: Zelfscan persoonlijke veiligheid', 'zelfscan preview on a phone');
  await page
    .getByRole('radiogroup', { name: /Staat uw naam op de voordeur/ })
    .getByLabel('Ja')
    .check();
  await expect(
    page.getByRole('region', { name: 'Uitkomst' }).locator('[data-indicator="woning_herkenbaar"]'),
  ).toContainText('aandachtspunt');
  await expectNoSidewaysScrolling(page);
});

test('the zelfscan speaks English when asked, questions and tips included', async ({ page }) => {
  await page.goto('/zelfscan');
  await page.getByRole('button', { name: 'English' }).click();
  await onPage(page, 'Personal safety self-scan', 'zelfscan intro in English');
  await page.getByRole('button', { name: 'Start the self-scan' }).click();
  await onPage(page, 'Part 1 of 4: Home', 'zelfscan part 1 in English');
  const nameOnDoor = page.getByRole('radiogroup', { name: /Is your name on the front door/ });
  await nameOnDoor.getByLabel('Yes').check();
  await expect(nameOnDoor.getByText('A house number is enough.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
