// The scan flow end to end, in the browser: an opdrachtgever opens a procedure for the
// weerbaarheidsscan and invites a candidate; the candidate reads who sees what, answers (autosaved:
// a reload finds everything back), sends; the expert begins the review, judges every theme (one
// differently from the proposal) and finalises; the candidate reads the report and shares the
// summary; the opdrachtgever reads it; the candidate stops sharing and the opdrachtgever is refused.
// A second test opens the same scan in two tabs: the stale tab's save is merged, nothing is lost;
// and "download my data" asks to confirm with a fresh link first. axe (WCAG 2.2 A/AA) on every page.
import type { Page } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScrolling, onPage, PHONE } from './support/a11y.ts';
import { waitForMail } from './support/mail.ts';
import { createOrganisation, type Person, signInCandidate, signInStaff } from './support/people.ts';
import { expect, test } from './support/server.ts';

/** Screenshots at 1280 and 360 px, in parts, when WEERBAAR_SHOTS names a folder (to review the layout). */
async function shoot(page: Page, name: string): Promise<void> {
  const folder = process.env.WEERBAAR_SHOTS;
  if (!folder) return;
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const step = width === 360 ? 1300 : 1000;
    for (let y = 0, n = 1; y < height && n <= 12; y += step, n++) {
      const clip = { x: 0, y, width, height: Math.min(step, height - y) };
      await page.screenshot({ path: `${folder}/${name}-${width}-${n}.png`, fullPage: true, clip });
    }
    // What a person sees half-way down (sticky parts included).
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.4));
    await page.screenshot({ path: `${folder}/${name}-${width}-view.png` });
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await page.setViewportSize(size);
}

function menu(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

// One organisation for both tests (each CLI call restarts the embedded server, which takes
// seconds): an opdrachtgever and an expert, signed in once with an authenticator app.
let client: Person;
let reviewer: Person;

test.beforeAll(async ({ browser, app }) => {
  test.setTimeout(90_000);
  const links = await createOrganisation(app, { slug: 'flow', name: 'Gemeente flow' }, [
    ['opdrachtgever', 'otto@example.nl', 'Otto Opdracht'],
    ['expert', 'els@example.nl', 'Els Expert'],
  ]);
  // The expert accepts the invitation first: only active experts can be assigned.
  reviewer = await signInStaff(browser, app, links.expert ?? '', { name: 'Els Expert' });
  client = await signInStaff(browser, app, links.opdrachtgever ?? '', { name: 'Otto Opdracht' });
});

test.afterAll(async () => {
  await client?.context.close();
  await reviewer?.context.close();
});

test('opdrachtgever, candidate and expert: from procedure to a shared and revoked report', async ({
  browser,
  app,
}) => {
  test.setTimeout(process.env.WEERBAAR_SHOTS ? 300_000 : 90_000);
  const els = reviewer.page;
  const otto = client.page;
  await expectAccessible(els, 'expert home');

  // ── The opdrachtgever opens a procedure and invites a candidate. ──
  await expectAccessible(otto, 'opdrachtgever home');
  await shoot(otto, 'client-home');
  await expect(otto.getByRole('heading', { name: 'Nieuwe procedure' })).toBeVisible();
  await menu(otto).getByRole('link', { name: 'Procedures' }).click();
  await onPage(otto, 'Procedures', 'procedures (empty)');
  await expect(otto.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(otto.getByText('U heeft nog geen procedures.')).toBeVisible();

  // Sending the empty form lists what is missing and links each message to its field.
  await otto.getByRole('button', { name: 'Procedure openen' }).click();
  const summary = otto.getByRole('alert');
  await expect(summary).toContainText('Geef de procedure een naam.');
  await expect(summary).toContainText('Kies een vragenlijst.');
  await expect(otto.getByLabel('Naam van de procedure')).toBeFocused();
  await expectAccessible(otto, 'new procedure with errors');

  await otto.getByLabel('Naam van de procedure').fill('Wethouder Financiën 2026');
  await otto.getByLabel('Voor welke functie?').selectOption({ label: 'Wethouder' });
  await otto.getByRole('radio', { name: 'Persoonlijke weerbaarheidsscan voor bestuurders' }).check();
  // A scan always has an expert; the zelfscan is not offered.
  await expect(otto.getByText('Bij deze scan beoordeelt altijd een expert')).toBeVisible();
  await expect(otto.getByRole('radio', { name: /Zelfscan/ })).toHaveCount(0);
  await expect(otto.getByLabel('Bewaartermijn in dagen')).toHaveValue('90');
  await otto.getByRole('checkbox', { name: 'Els Expert' }).check();
  await shoot(otto, 'procedures-new');
  await otto.getByRole('button', { name: 'Procedure openen' }).click();

  await onPage(otto, 'Wethouder Financiën 2026', 'procedure (no candidates)');
  await expect(otto.getByRole('status').filter({ hasText: 'De procedure is geopend.' })).toBeVisible();
  const invitedAt = new Date();
  await otto.getByLabel('E-mailadres van de kandidaat').fill('karin@example.nl');
  await otto.getByLabel('Naam van de kandidaat').fill('Karin Kandidaat');
  await otto.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(otto.getByRole('status').filter({ hasText: 'Karin Kandidaat is uitgenodigd' })).toBeVisible();
  const ottoRow = otto.getByRole('row', { name: /Karin Kandidaat/ });
  await expect(ottoRow).toContainText('Uitgenodigd');
  await expectAccessible(otto, 'procedure with a candidate');
  await shoot(otto, 'procedure-detail');
  const procedureUrl = otto.url();

  // ── The candidate opens the invitation, reads who sees what, and answers. ──
  // The candidate uses a phone.
  const candidate = await signInCandidate(browser, app, 'karin@example.nl', invitedAt, { viewport: PHONE });
  const karin = candidate.page;
  await expectAccessible(karin, 'candidate home');
  await karin.getByRole('link', { name: 'Naar mijn scans' }).click();
  await onPage(karin, 'Mijn scans', 'my scans');
  await shoot(karin, 'my-scans');
  await karin.getByRole('link', { name: 'Beginnen' }).click();
  await onPage(karin, 'Persoonlijke weerbaarheidsscan voor bestuurders', 'scan intro');
  await expect(karin.getByRole('heading', { name: 'Wie ziet wat?' })).toBeVisible();
  await expect(karin.getByText('Uw rapport gaat nooit vanzelf naar de opdrachtgever.')).toBeVisible();
  await expectNoSidewaysScrolling(karin);
  await shoot(karin, 'scan-intro');
  await karin.getByRole('button', { name: 'Begin met de vragen' }).click();
  await expect(karin.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(karin.getByText('Uw antwoorden worden vanzelf bewaard.')).toBeVisible();

  // Sending too early: the summary names what is missing and links to the question.
  await karin.getByRole('button', { name: 'Antwoorden versturen' }).click();
  const missing = karin.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
  await expect(missing).toContainText('Voor welke functie bent u kandidaat?');
  await expect(missing.getByRole('link')).toHaveCount(19);
  await expectAccessible(karin, 'questionnaire with errors');
  await missing.getByRole('link', { name: /Voor welke functie bent u kandidaat/ }).click();
  await expect(karin.locator('#q-beoogde_functie--wethouder')).toBeFocused();

  const choose = (item: string, value: string) => karin.locator(`#q-${item}--${value}`).check();
  await choose('beoogde_functie', 'wethouder');
  await choose('voldoet_vereisten', 'ja');
  await choose('onverenigbare_functie', 'nee');
  await choose('verboden_handelingen', 'nee');
  await choose('cv_klopt', 'nee');
  await choose('eerdere_functies_belang', 'nee');
  await choose('heeft_nevenfuncties', 'ja');
  await karin.getByRole('button', { name: 'Nevenfunctie toevoegen' }).click();
  await karin.locator('#q-nevenfuncties__0__organisatie').fill('Voetbalvereniging De Zwaluwen');
  await choose('nevenfuncties__0__rol', 'bestuur');
  await choose('nevenfuncties__0__relatie', 'subsidie');
  await choose('nevenfuncties__0__behouden', 'behouden');
  await choose('heeft_financiele_belangen', 'nee');
  await choose('schulden', 'nee');
  await choose('familie_bij_organisatie', 'nee');
  await choose('contacten_met_belangen', 'nee');
  await choose('eigen_zaken_gemeente', 'nee');
  await choose('veroordeling', 'nee');
  await choose('lopend_onderzoek', 'nee');
  await choose('online_actief', 'beperkt');
  await choose('online_uitingen', 'nee');
  await karin.locator('#q-aantal_netwerken').fill('12');
  await choose('bedreiging', 'nee');
  await choose('benadering', 'nee');
  await expect(karin.getByRole('status').filter({ hasText: /Opgeslagen om \d\d:\d\d/ })).toBeVisible();
  await expectNoSidewaysScrolling(karin);
  await shoot(karin, 'scan-questionnaire');

  // A reload (a closed laptop, a crash) finds every answer back.
  await expect(karin.locator('.weerbaar-save-status__busy')).toHaveCount(0);
  await karin.reload();
  await expect(karin.locator('#q-nevenfuncties__0__organisatie')).toHaveValue(
    'Voetbalvereniging De Zwaluwen',
  );
  await expect(karin.locator('#q-benadering--nee')).toBeChecked();
  await expect(karin.locator('#q-aantal_netwerken')).toHaveValue('12');
  await expectAccessible(karin, 'questionnaire after reload');

  await karin.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await onPage(karin, 'Persoonlijke weerbaarheidsscan voor bestuurders', 'scan sent');
  await expect(karin.getByText('Uw antwoorden zijn verstuurd.')).toBeVisible();
  await expect(karin.getByRole('heading', { name: 'Wat u heeft verstuurd' })).toBeVisible();
  await expect(karin.getByText('Voetbalvereniging De Zwaluwen').first()).toBeVisible();
  await shoot(karin, 'scan-sent');

  // The opdrachtgever sees the status, never the content.
  await otto.reload();
  await expect(ottoRow).toContainText('Verstuurd');
  await expect(otto.getByText('Voetbalvereniging')).toHaveCount(0);

  // ── The expert reviews. ──
  await els.getByRole('link', { name: 'Naar procedures' }).click();
  await onPage(els, 'Procedures', 'procedures (expert)');
  await els.getByRole('link', { name: 'Wethouder Financiën 2026' }).click();
  await onPage(els, 'Wethouder Financiën 2026', 'procedure (expert)');
  await els.getByRole('link', { name: 'Beoordelen: Karin Kandidaat' }).click();
  await onPage(els, 'Beoordeling van Karin Kandidaat', 'review before beginning');
  await expect(els.getByText('Voetbalvereniging De Zwaluwen').first()).toBeVisible();
  await els.getByRole('button', { name: 'Beoordeling beginnen' }).click();
  await expect(
    els.getByRole('status').filter({ hasText: 'U bent begonnen met de beoordeling.' }),
  ).toBeVisible();

  // Finalising without rationales names every theme that still needs one.
  await els.getByRole('button', { name: 'Rapport afronden' }).click();
  await expect(els.getByRole('alert')).toContainText('Schrijf een uitleg bij Benoembaarheid.');
  await expect(els.getByLabel('Uitleg bij Benoembaarheid (verplicht)')).toBeFocused();
  await expectAccessible(els, 'review with errors');

  const themes = els.locator('.weerbaar-judge');
  const count = await themes.count();
  expect(count).toBe(10);
  for (let i = 0; i < count; i++) {
    await themes
      .nth(i)
      .getByRole('textbox')
      .fill('Besproken in het gesprek; past bij wat de kandidaat vertelde.');
  }
  // One theme judged differently from the proposal: allowed, and said so.
  const online = els.getByRole('radiogroup', { name: 'Uw oordeel over Online aanwezigheid' });
  await online.getByRole('radio', { name: 'aandachtspunt', exact: true }).check();
  await expect(els.getByText('Uw oordeel wijkt af van het voorstel.')).toBeVisible();
  await els.getByRole('button', { name: 'Tussendoor opslaan' }).click();
  await expect(els.getByRole('status').filter({ hasText: /Opgeslagen om/ })).toBeVisible();
  await shoot(els, 'review');
  await els.getByRole('button', { name: 'Rapport afronden' }).click();
  await expect(els.getByRole('heading', { name: 'Rapport afronden?' })).toBeFocused();
  await expectAccessible(els, 'finalise confirmation');
  await els.getByRole('button', { name: 'Ja, rapport afronden' }).click();
  await expect(els.getByText(/Het rapport is afgerond/).first()).toBeVisible();
  await expectAccessible(els, 'review finished');

  // ── The candidate reads the report and shares the summary. ──
  await karin.reload();
  await karin.getByRole('link', { name: 'Uw rapport lezen' }).click();
  await onPage(karin, 'Uw rapport', 'candidate report');
  await expect(karin.getByText('Dit rapport is geen stoplicht en geen automatisch besluit.')).toBeVisible();
  await expect(karin.getByText('Anders dan het voorstel.')).toBeVisible();
  await expect(karin.getByText('Besproken in het gesprek').first()).toBeVisible();
  await expect(karin.getByRole('list', { name: 'Wie heeft uw gegevens bekeken' })).toContainText('De expert');
  await karin.getByRole('button', { name: 'Rapport delen' }).click();
  await expect(karin.getByRole('alert')).toContainText('Kies wat u wilt delen.');
  await karin.getByRole('radio', { name: 'Samenvatting' }).check();
  await karin.getByRole('button', { name: 'Rapport delen' }).click();
  await expect(karin.getByRole('status').filter({ hasText: 'U deelt nu de samenvatting' })).toBeVisible();
  await expect(karin.getByRole('button', { name: 'Stoppen met delen' })).toBeVisible();
  await expectAccessible(karin, 'candidate report, shared');
  await expectNoSidewaysScrolling(karin);
  await shoot(karin, 'report');

  // ── The opdrachtgever reads the summary: judgements, no answers. ──
  await otto.goto(procedureUrl);
  await expect(ottoRow).toContainText('Gedeeld met u');
  await otto.getByRole('link', { name: 'Rapport lezen van Karin Kandidaat' }).click();
  await onPage(otto, 'Rapport van Karin Kandidaat', 'released report');
  await expect(otto.getByText('Besproken in het gesprek').first()).toBeVisible();
  await expect(otto.getByText('Voetbalvereniging')).toHaveCount(0);
  await shoot(otto, 'released-report');
  const reportUrl = otto.url();

  // ── The candidate sees the read, and stops sharing; the opdrachtgever is refused. ──
  await karin.reload();
  await expect(karin.getByRole('list', { name: 'Wie heeft uw gegevens bekeken' })).toContainText(
    'De samenvatting van uw rapport',
  );
  await karin.getByRole('button', { name: 'Stoppen met delen' }).click();
  await expect(karin.getByRole('status').filter({ hasText: 'U deelt uw rapport niet meer.' })).toBeVisible();
  await expect(karin.getByText('U deelt uw rapport nu met niemand.')).toBeVisible();

  await otto.goto(reportUrl);
  await onPage(otto, 'U kunt dit rapport niet lezen', 'released report, refused');
  await expect(otto.getByText('Karin Kandidaat heeft dit rapport niet (meer) met u gedeeld.')).toBeVisible();

  await karin.reload();
  await expect(karin.getByRole('list', { name: 'Wie heeft uw gegevens bekeken' })).toContainText(
    'Geweigerd: niet gedeeld',
  );

  await candidate.context.close();
});

test('two tabs: the stale tab merges instead of losing answers; downloading asks to confirm first', async ({
  browser,
  app,
}) => {
  test.setTimeout(process.env.WEERBAAR_SHOTS ? 300_000 : 60_000);
  const otto = client.page;

  // A check for council candidates, without a required review; from the start page's card.
  await otto.goto('/');
  await otto.getByRole('link', { name: 'Nieuwe procedure openen' }).click();
  await expect(otto.getByRole('heading', { name: 'Nieuwe procedure' })).toBeFocused();
  await otto.getByLabel('Naam van de procedure').fill('Kandidatenlijst 2026');
  await otto.getByLabel('Voor welke functie?').selectOption({ label: 'Raadslid' });
  await otto.getByRole('radio', { name: 'Weerbaarheidscheck kandidaat-raadslid' }).check();
  await otto.getByRole('radio', { name: 'Beoordeling is mogelijk, maar niet verplicht' }).check();
  await otto.getByRole('button', { name: 'Procedure openen' }).click();
  await expect(otto.getByRole('heading', { level: 1, name: 'Kandidatenlijst 2026' })).toBeVisible();
  const invitedAt = new Date();
  await otto.getByLabel('E-mailadres van de kandidaat').fill('tim@example.nl');
  await otto.getByLabel('Naam van de kandidaat').fill('Tim Tweetabs');
  await otto.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(otto.getByRole('status').filter({ hasText: 'Tim Tweetabs is uitgenodigd' })).toBeVisible();

  const { context, page: tabA } = await signInCandidate(browser, app, 'tim@example.nl', invitedAt);
  await tabA.getByRole('link', { name: 'Naar mijn scans' }).click();
  await tabA.getByRole('link', { name: 'Beginnen' }).click();
  await tabA.getByRole('button', { name: 'Begin met de vragen' }).click();
  await tabA.locator('#q-heeft_nevenfuncties--nee').check();
  await expect(tabA.getByRole('status').filter({ hasText: /Opgeslagen om/ })).toBeVisible();
  const scanUrl = tabA.url();

  // Both tabs now know the same revision.
  const tabB = await context.newPage();
  await tabB.goto(scanUrl);
  await expect(tabB.locator('#q-heeft_nevenfuncties--nee')).toBeChecked();

  // Tab A saves again; tab B, which has not seen that, saves something else.
  await tabA.locator('#q-familie_bij_gemeente--nee').check();
  await expect(tabA.locator('.weerbaar-save-status__busy')).toHaveCount(0);
  await expect(tabA.getByRole('status').filter({ hasText: /Opgeslagen om/ })).toBeVisible();
  await tabB.locator('#q-financiele_situatie--stabiel').check();

  // Tab B was refused (another tab saved first), read the scan again and put its answer on top.
  await expect(tabB.getByText(/in een ander venster of op een ander apparaat gewijzigd/)).toBeVisible();
  await expect(tabB.getByText('Er is niets verloren gegaan.')).toBeVisible();
  await expect(tabB.locator('#q-familie_bij_gemeente--nee')).toBeChecked();
  await expect(tabB.locator('#q-financiele_situatie--stabiel')).toBeChecked();
  await expect(tabB.getByRole('status').filter({ hasText: /Opgeslagen om/ })).toBeVisible();
  await expectAccessible(tabB, 'questionnaire after merging');
  await shoot(tabB, 'merged');

  await tabA.reload();
  await expect(tabA.locator('#q-heeft_nevenfuncties--nee')).toBeChecked();
  await expect(tabA.locator('#q-familie_bij_gemeente--nee')).toBeChecked();
  await expect(tabA.locator('#q-financiele_situatie--stabiel')).toBeChecked();
  await tabB.close();

  // Downloading all data is sensitive: with a sign-in older than ten minutes the server asks to
  // confirm (simulated here for the first request); a fresh link in this browser does it.
  let asked = false;
  await tabA.route('**/my-data', async (route) => {
    if (asked) return route.continue();
    asked = true;
    await route.fulfill({
      status: 401,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'https://weerbaar.nl/problemen/reauthenticate',
        title: 'Niet aangemeld / Not signed in',
        status: 401,
        code: 'reauthenticate',
        detail: 'Bevestig eerst dat u het bent.',
        message: { nl: 'Bevestig eerst dat u het bent.', en: 'Confirm it is you first.' },
      }),
    });
  });
  await tabA.getByRole('button', { name: 'Mijn gegevens downloaden' }).click();
  await expect(tabA.getByRole('heading', { name: 'Bevestig eerst dat u het bent' })).toBeFocused();
  // Still signed in: the page did not jump to the sign-in page.
  await expect(
    tabA.getByRole('heading', { level: 1, name: 'Weerbaarheidscheck kandidaat-raadslid' }),
  ).toBeVisible();
  await expectAccessible(tabA, 'confirm it is you');
  await shoot(tabA, 'reauth');
  const linkAskedAt = new Date();
  await tabA.getByRole('button', { name: 'Stuur mij een nieuwe link' }).click();
  await expect(
    tabA.getByRole('status').filter({ hasText: 'We hebben een link gestuurd naar tim@example.nl' }),
  ).toBeVisible();
  const mail = await waitForMail(app.dataDir, 'tim@example.nl', { since: linkAskedAt });
  const linkTab = await context.newPage();
  await linkTab.goto(mail.link);
  await expect(linkTab.getByRole('heading', { level: 1, name: /^Welkom, / })).toBeVisible();
  await linkTab.close();

  const download = tabA.waitForEvent('download');
  await tabA.getByRole('button', { name: 'Ik heb de link geopend' }).click();
  expect((await download).suggestedFilename()).toMatch(/^weerbaar-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(tabA.getByRole('status').filter({ hasText: 'Uw gegevens zijn gedownload.' })).toBeVisible();

  // Autosave goes on with the new sign-in (its new security token is picked up).
  await tabA.locator('#q-werk_relatie_gemeente--nee').check();
  await expect(tabA.getByRole('status').filter({ hasText: /Opgeslagen om/ })).toBeVisible();
  await expect(tabA.locator('.weerbaar-save-status--error')).toHaveCount(0);

  await context.close();
});
