// The conversation tools in the browser. A group goes through dilemma cards on a shared screen by
// keyboard only, on a phone-wide screen, and the page sends nothing but GETs and leaves browser
// storage empty. With the demo organisation: the expert opens the leidraad selectiegesprek from
// the review and looks at its print view; the opdrachtgever opens it from the released report;
// the candidate sees suggested dilemmas under the report. axe (WCAG 2.2 A/AA) on every page.
import type { Page } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScrolling, onPage, PHONE } from './support/a11y.ts';
import { requestsOtherThanGet } from './support/api.ts';
import { linkFor, signInByMail, signInStaff } from './support/people.ts';
import { expect, test } from './support/server.ts';

/** Focus an element by Tab from where focus is, without the mouse (at most `max` presses). */
async function tabTo(page: Page, locator: ReturnType<Page['locator']>, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(locator).toBeFocused();
}

test('a group goes through dilemma cards by keyboard only; nothing is sent or stored', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  const sent = requestsOtherThanGet(page);

  // From the public zelfscan page, by keyboard.
  await page.goto('/zelfscan');
  await onPage(page, 'Zelfscan persoonlijke veiligheid', 'zelfscan intro');
  const link = page.getByRole('link', { name: /Gebruik de dilemmakaarten/ });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dilemmakaarten$/);
  await onPage(page, 'Dilemmakaarten', 'session setup');
  await expect(page.getByText('We bewaren niets en we versturen niets.')).toBeVisible();
  await expectNoSidewaysScrolling(page);

  // Choose the audience: Tab into the radio group, arrows move the choice.
  const audience = page.getByRole('radiogroup', { name: 'Voor wie zijn de kaarten?' });
  await tabTo(page, audience.getByLabel('Alle doelgroepen'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(audience.getByLabel('Raadsleden en kandidaat-raadsleden')).toBeChecked();
  const status = page.locator('.weerbaar-session__count');
  const allForCouncil = Number((await status.textContent())?.match(/\d+/)?.[0]);
  expect(allForCouncil).toBeGreaterThan(3);

  // One theme: online. Fewer cards.
  const online = page.getByRole('group', { name: /Over welke thema/ }).getByLabel('Online aanwezigheid');
  await tabTo(page, online);
  await page.keyboard.press('Space');
  await expect(online).toBeChecked();
  const count = Number((await status.textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThan(2);
  expect(count).toBeLessThan(allForCouncil);
  await expect(status).toContainText(`${count} kaarten passen bij uw keuze.`);
  await expectAccessible(page, 'session setup with a choice');

  const start = page.getByRole('button', { name: 'Begin de sessie' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');

  // The presenter view: focus on the heading, a large card, the position.
  await expect(page.getByRole('heading', { level: 1, name: 'Dilemmakaarten' })).toBeFocused();
  const position = page.locator('.weerbaar-session__position');
  // "Kaart 3 van 12", then (for screen readers) the card's title.
  const at = (n: number, of: number) => new RegExp(`^Kaart ${n} van ${of}(\\D|$)`);
  await expect(position).toHaveText(at(1, count));
  const card = page.locator('.weerbaar-dilemma--large');
  const firstTitle = await card.getByRole('heading', { level: 2 }).textContent();
  await expect(card).not.toContainText('Vragen om te bespreken');
  await expectAccessible(page, 'presenter view');
  await expectNoSidewaysScrolling(page);

  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(at(2, count));
  expect(await card.getByRole('heading', { level: 2 }).textContent()).not.toBe(firstTitle);
  await page.keyboard.press('Space');
  await expect(position).toHaveText(at(3, count));
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(at(2, count));
  await page.keyboard.press('End');
  await expect(position).toHaveText(at(count, count));
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(at(count, count));
  await page.keyboard.press('Home');
  await expect(position).toHaveText(at(1, count));
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(firstTitle ?? '');

  // The questions on demand, by keyboard; a button takes Space itself, without moving the card.
  const show = page.getByRole('button', { name: 'Toon de vragen' });
  await tabTo(page, show);
  await page.keyboard.press('Space');
  await expect(card).toContainText('Vragen om te bespreken');
  await expect(page.getByRole('button', { name: 'Verberg de vragen' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(position).toHaveText(at(1, count));
  expect(await card.locator('li').count()).toBeGreaterThanOrEqual(2);
  await expectAccessible(page, 'presenter view with questions');
  // The next card starts with its questions hidden again.
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(at(2, count));
  await expect(card).not.toContainText('Vragen om te bespreken');
  // The "next" button by keyboard.
  const next = page.getByRole('button', { name: 'Volgende kaart' });
  await tabTo(page, next, 20);
  await page.keyboard.press('Enter');
  await expect(position).toHaveText(at(3, count));
  await expectNoSidewaysScrolling(page);

  // Back to the choice keeps it.
  const change = page.getByRole('button', { name: 'Andere kaarten kiezen' });
  await tabTo(page, change, 20);
  await page.keyboard.press('Enter');
  await onPage(page, 'Dilemmakaarten', 'session setup again');
  await expect(online).toBeChecked();

  // Only GETs went out, and the browser keeps nothing.
  expect(sent).toEqual([]);
  const stored = await page.evaluate(() => [window.localStorage.length, window.sessionStorage.length]);
  expect(stored).toEqual([0, 0]);
  const cookies = await page.context().cookies();
  expect(cookies).toEqual([]);
});

/** Staff here work on a laptop screen. */
const LAPTOP = { viewport: { width: 1280, height: 900 } };

test('the expert prints the leidraad, the opdrachtgever opens it from the released report, the candidate sees dilemmas', async ({
  browser,
  app,
}) => {
  test.setTimeout(180_000);
  const demo = await app.cli(['demo']);

  // ── The expert: from the review of a finished scan to the guide and its print view. ──
  const expert = await signInStaff(browser, app, linkFor(demo, 'expert@voorbeeld.nl'), LAPTOP);
  const ep = expert.page;
  await ep.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Procedures' }).click();
  await ep.getByRole('link', { name: /Wethouder Gemeente Voorbeeld 2026/ }).click();
  await ep
    .getByRole('row', { name: /Floor Afgerond/ })
    .getByRole('link')
    .first()
    .click();
  await expect(ep).toHaveURL(/\/beoordeling$/);
  const guideLink = ep.getByRole('link', { name: 'Leidraad voor het gesprek' });
  await guideLink.click();
  await expect(ep).toHaveURL(/\/leidraad$/);
  await onPage(ep, /^Leidraad selectiegesprek/, 'interview guide (expert)');
  const attention = ep.getByRole('region', { name: "Thema's om te bespreken" });
  const side = attention.getByRole('region', { name: 'Nevenfuncties' });
  await expect(side).toContainText('Welke van uw nevenfuncties heeft iets met de gemeente te maken');
  await expect(side).toContainText('Een goed antwoord laat zien');
  await expect(side.locator('[data-indicator="nevenfunctie_gemeentebelang"]')).toContainText(
    'Gesprekspunten uit de vragenlijst',
  );
  await expect(ep.getByRole('region', { name: "Overige thema's" })).toBeVisible();
  const dilemmas = ep.getByRole('region', { name: "Dilemma's om samen te bespreken" });
  await expect(dilemmas.getByRole('article').first()).toBeVisible();
  // On screen: no lines to write on; the print button is there.
  await expect(ep.locator('.weerbaar-guide__notes').first()).toBeHidden();
  await expect(ep.getByRole('button', { name: 'Leidraad afdrukken' })).toBeVisible();

  // The print view: no menu, header, footer or buttons; room for notes under every question.
  await ep.emulateMedia({ media: 'print' });
  await expect(ep.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(ep.locator('.weerbaar-header')).toBeHidden();
  await expect(ep.locator('.weerbaar-footer')).toBeHidden();
  await expect(ep.getByRole('button', { name: 'Leidraad afdrukken' })).toBeHidden();
  await expect(ep.getByRole('link', { name: 'Terug naar de beoordeling' })).toBeHidden();
  const notes = ep.locator('.weerbaar-guide__question .weerbaar-guide__notes');
  expect(await notes.count()).toBeGreaterThan(5);
  await expect(notes.first()).toBeVisible();
  const height = await notes.first().evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(80);
  await expect(ep.getByText('Kandidaat:')).toBeVisible();
  const pdf = await ep.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await ep.emulateMedia({ media: 'screen' });

  // On a phone the guide reads without sideways scrolling.
  await ep.setViewportSize(PHONE);
  await expectNoSidewaysScrolling(ep);
  await expectAccessible(ep, 'interview guide at 360 px');
  // The expert's home leads to the dilemma cards.
  await ep.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
  await expect(ep.getByRole('link', { name: 'Naar de dilemmakaarten' })).toBeVisible();
  await expert.context.close();

  // ── The opdrachtgever: from the released report to the guide, without talking points. ──
  const client = await signInStaff(browser, app, linkFor(demo, 'griffier@voorbeeld.nl'), LAPTOP);
  const cp = client.page;
  await cp.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Procedures' }).click();
  await cp.getByRole('link', { name: /Wethouder Gemeente Voorbeeld 2026/ }).click();
  await cp
    .getByRole('row', { name: /Ruben Gedeeld/ })
    .getByRole('link')
    .first()
    .click();
  await expect(cp).toHaveURL(/\/rapport$/);
  await cp.getByRole('link', { name: 'Leidraad voor het gesprek' }).click();
  await onPage(cp, /^Leidraad selectiegesprek/, 'interview guide (opdrachtgever)');
  await expect(cp.getByRole('region', { name: "Thema's om te bespreken" })).toContainText('Nevenfuncties');
  await expect(cp.getByText('Gesprekspunten uit de vragenlijst')).toHaveCount(0);
  await expect(cp.getByRole('link', { name: 'Terug naar het rapport' })).toBeVisible();
  await client.context.close();

  // ── The candidate: suggested dilemmas under the report. ──
  const context = await browser.newContext({ baseURL: app.baseURL, viewport: PHONE });
  const page = await context.newPage();
  await signInByMail(page, app, 'floor.afgerond@voorbeeld.nl');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn scans' }).click();
  await page
    .getByRole('link', { name: /rapport/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/rapport$/);
  const suggested = page.getByRole('region', { name: "Dilemma's om over na te denken" });
  await expect(suggested.getByRole('article').first()).toBeVisible();
  await expect(suggested).toContainText('Nevenfuncties');
  await expect(suggested.getByRole('link', { name: 'Alle dilemmakaarten bekijken' })).toBeVisible();
  await expectAccessible(page, 'report with suggested dilemmas');
  await expectNoSidewaysScrolling(page);
  await context.close();
});
