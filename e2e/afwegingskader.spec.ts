// The afwegingskader antidemocratisch gedrag and the norm of the term in the browser. An
// opdrachtgever opens a case file with a colleague in the case team, takes it through every step
// (answers, a source with its reliability chosen by keyboard, a conclusion with reasons, a
// strategy), closes it and prints it: the printed page holds the content without menu or buttons.
// Then the norm session: a draft saved and agreed as version 1 by college and raad, read back as a
// printable version. axe on every page; one step and the print view at 360 px.
import type { Page } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScrolling, onPage, PHONE } from './support/a11y.ts';
import { createOrganisation, signInStaff, tenantOf } from './support/people.ts';
import { expect, test } from './support/server.ts';

async function saveAndContinue(page: Page, nextTitle: string): Promise<void> {
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByRole('heading', { level: 2, name: nextTitle })).toBeFocused();
}

test('a case file through the afwegingskader, closed and printed; the norm agreed as version 1', async ({
  browser,
  app,
}) => {
  test.setTimeout(300_000);
  const links = await createOrganisation(app, { slug: 'afweging', name: 'Gemeente Afweging' }, [
    ['opdrachtgever', 'olga@afweging.test', 'Olga Opdracht'],
    ['expert', 'eva@afweging.test', 'Eva Expert'],
  ]);
  const olga = await signInStaff(browser, app, links.opdrachtgever ?? '', { name: 'Olga Opdracht' });
  const page = olga.page;
  const tenantId = await tenantOf(page);

  // The list, reached from the menu; a new case file with Eva in the team.
  await page.getByRole('link', { name: 'Afwegingskader' }).click();
  await onPage(page, 'Afwegingskader antidemocratisch gedrag', 'case list (empty)');
  await expect(page.getByText('U zit nog in geen enkel casusteam.')).toBeVisible();
  await page.getByLabel('Titel van het dossier').fill('Pamfletten bij het stadhuis');
  await page.getByLabel('Eva Expert (expert)').check();
  await page.getByRole('button', { name: 'Dossier openen' }).click();
  await onPage(page, 'Pamfletten bij het stadhuis', 'case file, step 1');
  await expect(page.getByText('Casusteam: Eva Expert, Olga Opdracht')).toBeVisible();

  // Steps 1–3: questions only.
  await expect(page.getByRole('heading', { level: 2, name: 'Wat gebeurt er feitelijk?' })).toBeVisible();
  await page
    .getByLabel('Welk gedrag of welke situatie is gezien of gemeld?')
    .fill('Pamfletten die oproepen raadsleden thuis op te zoeken.');
  await saveAndContinue(page, 'Wie is er de dupe van?');
  await expect(page.getByRole('status')).toContainText('is opgeslagen');
  await page.getByLabel('Wie ondervindt er direct last of schade van?').fill('Raadsleden en hun gezinnen.');
  await saveAndContinue(page, 'Hoe wordt de democratische rechtsorde geraakt?');
  await page.getByLabel(/Welke waarden staan onder druk/).fill('Het vrije debat en het gezag van de raad.');
  await saveAndContinue(page, 'Welke bronnen zijn geraadpleegd?');

  // Step 4 on a phone, by keyboard: a source, its kind and its reliability.
  await page.setViewportSize(PHONE);
  const add = page.getByRole('button', { name: 'Bron toevoegen' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Wat is de bron en wat zegt zij?')).toBeFocused();
  await page.keyboard.type('Verslag van de wijkagent');
  await page.keyboard.press('Tab');
  await page
    .getByLabel('Soort bron')
    .selectOption({ label: 'Partners (politie, onderwijs, zorg, jongerenwerk)' });
  const reliability = page.getByRole('radiogroup', { name: 'Betrouwbaarheid' });
  await reliability.getByLabel('Vastgesteld').focus();
  await page.keyboard.press('ArrowDown');
  await expect(reliability.getByLabel('Aannemelijk')).toBeChecked();
  await expectAccessible(page, 'sources step at 360 px');
  await expectNoSidewaysScrolling(page, 'sources step at 360 px');
  await saveAndContinue(page, 'Conclusie met onderbouwing');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Step 5: a reasoned conclusion; step 6: the strategy.
  await page.getByLabel('Antidemocratisch gedrag').check();
  await page
    .getByLabel('Waarom komt het team tot deze conclusie?')
    .fill('Intimidatie van gekozen volksvertegenwoordigers.');
  await expectAccessible(page, 'conclusion step');
  await saveAndContinue(page, 'Handelingsstrategie');
  await page.getByLabel('In gesprek gaan').check();
  await page.getByLabel('Grenzen stellen').check();
  await page
    .getByLabel('Wie doet wat, en wanneer?')
    .fill('De burgemeester spreekt de organisatoren deze week aan.');
  await page.getByRole('button', { name: 'Stap opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('"Handelingsstrategie" is opgeslagen');
  await expect(page.getByRole('navigation', { name: 'Stappen' })).not.toContainText('nog niet ingevuld');
  await expectAccessible(page, 'strategy step');

  // Closed: read-only.
  await page.getByRole('button', { name: 'Dossier sluiten' }).click();
  await expect(page.getByRole('heading', { name: 'Dossier sluiten?' })).toBeFocused();
  await page.getByRole('button', { name: 'Dossier sluiten' }).click();
  await expect(page.getByText(/Dit dossier is gesloten op/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stap opslaan' })).toHaveCount(0);
  await expect(page.getByLabel('Wie doet wat, en wanneer?')).toBeDisabled();
  await expectAccessible(page, 'closed case file');

  // Printed: everything on one page, no frame or buttons on paper.
  await page.getByRole('link', { name: 'Afdrukbare versie' }).click();
  await onPage(page, 'Dossier: Pamfletten bij het stadhuis', 'print view');
  const sources = page.getByRole('table', { name: 'Geraadpleegde bronnen en hun betrouwbaarheid' });
  await expect(sources).toContainText('Verslag van de wijkagent');
  await expect(sources).toContainText('Aannemelijk');
  await expect(page.getByText('Conclusie: Antidemocratisch gedrag')).toBeVisible();
  await page.setViewportSize(PHONE);
  await expectNoSidewaysScrolling(page, 'print view at 360 px');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.locator('.weerbaar-header')).toBeHidden();
  await expect(page.getByText('De burgemeester spreekt de organisatoren deze week aan.')).toBeVisible();
  await expect(page.getByText('Grenzen stellen')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The list shows it closed.
  await page.goto(`/o/${tenantId}/afwegingskader`);
  await onPage(page, 'Afwegingskader antidemocratisch gedrag', 'case list');
  await expect(page.getByRole('row', { name: /Pamfletten bij het stadhuis/ })).toContainText('Gesloten');

  // The norm of the term: a draft saved, agreed as version 1, read back.
  await page.getByRole('link', { name: 'Norm en protocol' }).click();
  await onPage(page, 'De norm aan het begin van de bestuursperiode', 'norm session');
  await expect(page.getByRole('complementary', { name: 'Waar u terecht kunt' })).toContainText(
    'Ondersteuningsteam Weerbaar Bestuur',
  );
  await expect(page.getByLabel('Direct na een incident')).toHaveValue(/112/);
  await page
    .getByLabel('Welk gedrag van inwoners of anderen accepteren wij niet, online en op straat?')
    .fill('Schelden, dreigen en opwachten bij huis.');
  await page.getByRole('button', { name: 'Versie vaststellen' }).click();
  await expect(page.getByText('Sla het concept eerst op')).toBeVisible();
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Het concept is opgeslagen.');
  await page.getByLabel('Datum van vaststelling').fill('2026-04-02');
  await page.getByLabel('College van B&W').check();
  await page.getByLabel('Gemeenteraad').check();
  await page.getByRole('button', { name: 'Versie vaststellen' }).click();
  await expect(page.getByRole('status')).toContainText('Versie 1 is vastgesteld.');
  await expectAccessible(page, 'norm with version 1');
  await page.getByRole('link', { name: 'Versie 1 lezen' }).click();
  await onPage(page, /Versie 1$/, 'norm version 1');
  await expect(page.getByText('Schelden, dreigen en opwachten bij huis.')).toBeVisible();
  await expect(page.getByText(/College van B&W, Gemeenteraad/)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await olga.context.close();
});
