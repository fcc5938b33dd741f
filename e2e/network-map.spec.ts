// The network map in the browser: a candidate (invited the way the scan flow does it) opens the map
// from the questionnaire, picks 12 networks, adds 40 contacts with the quick add (label + Enter),
// describes them many at a time, connects who knows whom by keyboard only, sees the picture,
// downloads it; after a reload the same map and the same picture (the drawn positions) are back.
// axe (WCAG 2.2 A/AA) on every step, on a laptop and at 360 px wide.
import type { Browser, Page } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScrolling, PHONE } from './support/a11y.ts';
import { createOrganisation, type Person, signInCandidate, signInStaff } from './support/people.ts';
import { expect, test, type WeerbaarApp } from './support/server.ts';

/** Full-page screenshots when WEERBAAR_SHOTS names a folder (to review the layout). */
async function shoot(page: Page, name: string): Promise<void> {
  const folder = process.env.WEERBAAR_SHOTS;
  if (folder) await page.screenshot({ path: `${folder}/network-${name}.png`, fullPage: true });
}

/** 12 networks: 11 from the list and one of the candidate's own. */
const PICKED = [
  'gezin en familie',
  'vriendengroep',
  'buurt of straat',
  'sportclub',
  'ouders van school of kinderopvang',
  'besturen van verenigingen of stichtingen',
  "huidige werkgever en collega's",
  "vroegere werkgevers en oud-collega's",
  'klanten, leveranciers en zakenpartners',
  'serviceclub of netwerkclub',
  'politiek en bestuurlijk werk',
];
const OWN = 'jeu-de-boulesclub';

/** 40 contacts over the 12 networks; the last one of every third network is an organisation. */
const CONTACTS: Array<{ label: string; network: string; organisation: boolean }> = [];
[...PICKED, OWN].forEach((network, n) => {
  const count = n < 4 ? 4 : 3;
  for (let i = 0; i < count; i++)
    CONTACTS.push({ label: `N${n + 1}-${i + 1}`, network, organisation: n % 3 === 2 && i === count - 1 });
});

// Set-up as in the scan flow, once for both tests: an organisation, an expert and an opdrachtgever
// (each CLI call restarts the embedded server), and a procedure for the weerbaarheidsscan.
let client: Person;
let procedureUrl = '';

test.beforeAll(async ({ browser, app }) => {
  test.setTimeout(90_000);
  const links = await createOrganisation(app, { slug: 'netwerk', name: 'Gemeente Netwerk' }, [
    ['expert', 'eva.netwerk@example.nl', 'Eva Expert'],
    ['opdrachtgever', 'olaf@example.nl', 'Olaf Opdracht'],
  ]);
  const expert = await signInStaff(browser, app, links.expert ?? '', { name: 'Eva Expert' });
  client = await signInStaff(browser, app, links.opdrachtgever ?? '', { name: 'Olaf Opdracht' });
  const otto = client.page;
  await otto.goto('/');
  await otto.getByRole('link', { name: 'Nieuwe procedure openen' }).click();
  await otto.getByLabel('Naam van de procedure').fill('Wethouder Netwerk 2026');
  await otto.getByLabel('Voor welke functie?').selectOption({ label: 'Wethouder' });
  await otto.getByRole('radio', { name: 'Persoonlijke weerbaarheidsscan voor bestuurders' }).check();
  await otto.getByRole('checkbox', { name: 'Eva Expert' }).check();
  await otto.getByRole('button', { name: 'Procedure openen' }).click();
  await expect(otto.getByRole('heading', { level: 1, name: 'Wethouder Netwerk 2026' })).toBeVisible();
  procedureUrl = otto.url();
  await expert.context.close();
});

test.afterAll(async () => {
  await client?.context.close();
});

/** The opdrachtgever invites a candidate, who opens the mail and begins the questionnaire. */
async function candidateOnQuestionnaire(browser: Browser, app: WeerbaarApp, email: string, name: string) {
  const otto = client.page;
  await otto.goto(procedureUrl);
  const invitedAt = new Date();
  await otto.getByLabel('E-mailadres van de kandidaat').fill(email);
  await otto.getByLabel('Naam van de kandidaat').fill(name);
  await otto.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(otto.getByRole('status').filter({ hasText: `${name} is uitgenodigd` })).toBeVisible();
  const { context, page } = await signInCandidate(browser, app, email, invitedAt);
  await page.getByRole('link', { name: 'Naar mijn scans' }).click();
  await page.getByRole('link', { name: 'Beginnen' }).click();
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  return { context, page };
}

test('a candidate maps 12 networks and 40 contacts, by keyboard, and finds the same map after a reload', async ({
  browser,
  app,
}) => {
  test.setTimeout(150_000);
  const { context, page } = await candidateOnQuestionnaire(browser, app, 'nina@example.nl', 'Nina Netwerk');

  // ── From the questionnaire to the map. ──
  const card = page.getByRole('region', { name: 'Uw netwerkkaart' });
  await expect(card).toContainText('U heeft nog niets op de netwerkkaart gezet.');
  await card.getByRole('link', { name: 'Naar de netwerkkaart' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw netwerkkaart' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Netwerken/, exact: false }).first()).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expectAccessible(page, 'step 1, empty');

  // ── Step 1: networks. ──
  for (const name of PICKED) await page.getByLabel(name, { exact: true }).check();
  const own = page
    .getByRole('region', { name: 'Een eigen netwerk toevoegen' })
    .getByLabel('Naam van het netwerk');
  await own.fill(OWN);
  await own.press('Enter');
  await expect(page.getByRole('heading', { name: 'Uw netwerken (12)' })).toBeVisible();
  await expect(own).toHaveValue('');
  // Role and interests of one network.
  await page.getByText('besturen van verenigingen of stichtingen (0 contacten)').click();
  const boards = page.locator('details[open]');
  await boards.getByLabel('Uw rol in dit netwerk').selectOption({ label: 'bestuurslid' });
  await boards.getByLabel('subsidies').check();
  await expect(
    page.getByText('besturen van verenigingen of stichtingen (0 contacten, subsidies)'),
  ).toBeVisible();
  // The own part: the reference point for "people like you".
  await page.getByLabel('Uw gender').selectOption({ label: 'vrouw' });
  await page.getByLabel('Uw leeftijdsgroep').selectOption({ label: '45 tot 60' });
  await expectAccessible(page, 'step 1, networks chosen');
  await shoot(page, 'step1');

  // ── Step 2: contacts, with the quick add. ──
  await page.getByRole('button', { name: 'Volgende stap: Contacten' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Contacten/ })).toBeFocused();
  await expect(page.getByText('De mensen die u noemt, worden niets gevraagd.')).toBeVisible();
  await expectAccessible(page, 'step 2, no contacts');
  const quick = page.getByRole('region', { name: 'Snel toevoegen' });
  const label = quick.getByLabel('Aanduiding (initialen of bijnaam)');
  const where = quick.getByLabel('In welk netwerk?');
  let current = '';
  for (const contact of CONTACTS) {
    if (contact.network !== current) {
      await where.selectOption({ label: contact.network });
      current = contact.network;
    }
    await quick.getByLabel(contact.organisation ? 'organisatie' : 'persoon', { exact: true }).check();
    await label.fill(contact.label);
    await label.press('Enter');
    await expect(label).toHaveValue('');
  }
  await expect(page.getByRole('heading', { name: 'Uw contacten (40)' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: `"N12-3" is toegevoegd aan ${OWN}.` }),
  ).toBeVisible();
  // Different hats: N1-1 (family) is also at the sports club.
  await page.getByRole('button', { name: '"N1-1" wijzigen' }).first().click();
  await page
    .getByRole('group', { name: 'In welke netwerken kent u "N1-1"?' })
    .getByLabel('sportclub')
    .check();
  await page.getByRole('button', { name: 'Klaar' }).click();
  await expect(page.getByText('Ook in: sportclub')).toBeVisible();
  // A person's link with an organisation (N3-4 is an organisation).
  await page.getByLabel('Persoon', { exact: true }).selectOption({ label: 'N3-1' });
  await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'N3-4' });
  await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'eigenaar of mede-eigenaar' });
  await page.getByRole('button', { name: 'Verband toevoegen' }).click();
  await expect(page.getByText('N3-1 bij N3-4 (eigenaar of mede-eigenaar)')).toBeVisible();
  await expectAccessible(page, 'step 2, 40 contacts');
  await shoot(page, 'step2');

  // ── Step 3: describe many at a time. ──
  await page.getByRole('button', { name: 'Volgende stap: Beschrijven' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Beschrijven/ })).toBeFocused();
  await page.getByRole('button', { name: 'Iedereen in gezin en familie kiezen' }).click();
  await page.getByLabel('Wat wilt u invullen?').selectOption({ label: 'relatie' });
  await page.getByLabel('relatie', { exact: true }).selectOption({ label: 'familielid' });
  await page.getByRole('button', { name: 'Toepassen op 4 gekozen contacten' }).click();
  await expect(page.getByText('Ingevuld voor 4 contacten.')).toBeVisible();
  // Everyone: closeness 3; gender skips the organisations, and says so.
  await page.getByRole('button', { name: 'Iedereen kiezen' }).click();
  await page.getByLabel('Wat wilt u invullen?').selectOption({ label: 'hoe dichtbij' });
  await page.getByLabel('hoe dichtbij', { exact: true }).selectOption({ label: '3' });
  await page.getByRole('button', { name: 'Toepassen op 40 gekozen contacten' }).click();
  await expect(page.getByText('Ingevuld voor 40 contacten.')).toBeVisible();
  await page.getByLabel('Wat wilt u invullen?').selectOption({ label: 'gender' });
  await page.getByLabel('gender', { exact: true }).selectOption({ label: 'man' });
  await page.getByRole('button', { name: 'Toepassen op 40 gekozen contacten' }).click();
  await expect(page.getByText('Ingevuld voor 36 contacten. 4 contacten overgeslagen')).toBeVisible();
  // Two in a sensitive sector, marked in words.
  await page.getByRole('button', { name: 'Niemand kiezen' }).click();
  await page.getByLabel('N9-1', { exact: true }).check();
  await page.getByLabel('N9-2', { exact: true }).check();
  await page.getByLabel('Wat wilt u invullen?').selectOption({ label: 'sector' });
  await page
    .getByLabel('sector', { exact: true })
    .selectOption({ label: 'vastgoed (gevoelig voor ondermijning)' });
  await page.getByRole('button', { name: 'Toepassen op 2 gekozen contacten' }).click();
  await expect(
    page.locator('.weerbaar-network__described').filter({ hasText: 'vastgoed (gevoelig voor ondermijning)' }),
  ).toHaveCount(2);
  // What is still open is shown per contact; it never blocks.
  await expect(page.getByText(/Nog open: .*hoe vaak u elkaar spreekt/).first()).toBeVisible();
  await expectAccessible(page, 'step 3, described');
  await shoot(page, 'step3');

  // ── Step 4: who knows whom, by keyboard only. ──
  await page.getByRole('button', { name: 'Volgende stap: Wie kent wie' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Wie kent wie/ })).toBeFocused();
  // "Everyone here knows each other" for the family (4 contacts: 6 ties).
  const family = page.getByRole('button', { name: 'Iedereen in gezin en familie kent elkaar' });
  await family.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('6 keer kennen twee contacten elkaar.', { exact: true })).toBeVisible();
  // Choose N2-1 with the arrow keys, then tick whom they know with the space bar.
  const chooser = page.getByLabel('Kies een contact');
  await chooser.focus();
  for (let i = 0; i < 45 && (await chooser.locator('option:checked').textContent()) !== 'N2-1'; i++)
    await page.keyboard.press('ArrowDown');
  await expect(chooser.locator('option:checked')).toHaveText('N2-1');
  const knows = page.getByRole('group', { name: 'Wie kent "N2-1"?' });
  for (const other of ['N2-2', 'N2-3', 'N5-1', 'N11-2']) {
    await knows.getByLabel(other, { exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(knows.getByLabel(other, { exact: true })).toBeChecked();
  }
  // Untick one again: the tie is removed.
  await knows.getByLabel('N11-2', { exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('9 keer kennen twee contacten elkaar.', { exact: true })).toBeVisible();
  await expectAccessible(page, 'step 4, ties');
  await shoot(page, 'step4');

  // ── Step 5: the picture and the downloads. ──
  await page.getByRole('button', { name: 'Volgende stap: Het beeld' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Het beeld/ })).toBeFocused();
  const drawn = page.locator('[data-contact]');
  await expect(drawn).toHaveCount(40);
  const positions = async () =>
    page
      .locator('[data-contact]')
      .evaluateAll((els) =>
        Object.fromEntries(els.map((e) => [e.getAttribute('data-contact'), e.getAttribute('transform')])),
      );
  // Wait for the layout to settle (the same drawing twice in a row).
  let before = await positions();
  await expect(async () => {
    const now = await positions();
    const same = JSON.stringify(now) === JSON.stringify(before);
    before = now;
    expect(same).toBe(true);
  }).toPass({ timeout: 10_000, intervals: [500] });
  await expectAccessible(page, 'step 5, picture');
  await shoot(page, 'step5');

  await expect(page.getByRole('status').filter({ hasText: /Opgeslagen om \d\d:\d\d/ })).toBeVisible();
  const [graphml] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als GraphML (voor Gephi of yEd)' }).click(),
  ]);
  expect(graphml.suggestedFilename()).toBe('netwerk.graphml');
  await expect(page.getByText('Het bestand is gedownload.')).toBeVisible();
  const files: string[] = [];
  page.on('download', (d) => files.push(d.suggestedFilename()));
  await page.getByRole('button', { name: 'Download als egor-tabellen (3 CSV-bestanden)' }).click();
  await expect(page.getByText('De drie bestanden zijn gedownload.')).toBeVisible();
  await expect.poll(() => files.length).toBe(3);
  expect(files.sort()).toEqual(['netwerk-banden.csv', 'netwerk-contacten.csv', 'netwerk-ego.csv']);

  // ── Reload: the same map, the same picture. ──
  await expect(page.locator('.weerbaar-save-status__busy')).toHaveCount(0);
  const counts = await page.locator('#nw-counts').textContent();
  expect(counts).toBe('12 netwerken, 40 contacten, 9 keer kennen twee contacten elkaar.');
  await page.reload();
  await expect(page.locator('#nw-counts')).toHaveText(counts ?? '');
  await page
    .getByRole('button', { name: /Het beeld/ })
    .first()
    .click();
  await expect(drawn).toHaveCount(40);
  await expect.poll(positions, { timeout: 10_000 }).toEqual(before);

  // ── At 360 px wide: every step fits and passes axe. ──
  await page.setViewportSize(PHONE);
  for (const step of ['Netwerken', 'Contacten', 'Beschrijven', 'Wie kent wie', 'Het beeld']) {
    await page
      .getByRole('navigation', { name: 'Stappen van de netwerkkaart' })
      .getByRole('button', { name: step })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(step) })).toBeFocused();
    await expectNoSidewaysScrolling(page, `${step} at 360 px`);
    await expectAccessible(page, `${step} at 360 px`);
    await shoot(page, `phone-${step.replaceAll(' ', '-')}`);
  }

  // Back on the questionnaire, the card says what is on the map.
  await page.getByRole('link', { name: 'Terug naar de vragenlijst' }).click();
  await expect(page.getByRole('region', { name: 'Uw netwerkkaart' })).toContainText(
    '12 netwerken en 40 contacten.',
  );
  await context.close();
});

test('two tabs: the map edited in both merges; after sending it is frozen, to view and download', async ({
  browser,
  app,
}) => {
  test.setTimeout(90_000);
  const { context, page: tabA } = await candidateOnQuestionnaire(
    browser,
    app,
    'tom.netwerk@example.nl',
    'Tom Tweetabs',
  );
  await tabA.getByRole('link', { name: 'Naar de netwerkkaart' }).click();
  await tabA.getByLabel('sportclub', { exact: true }).check();
  await expect(tabA.getByRole('status').filter({ hasText: /Opgeslagen om/ })).toBeVisible();
  await expect(tabA.locator('.weerbaar-save-status__busy')).toHaveCount(0);
  const mapUrl = tabA.url();

  // Both tabs now know the same revision.
  const tabB = await context.newPage();
  await tabB.goto(mapUrl);
  await expect(tabB.getByLabel('sportclub', { exact: true })).toBeChecked();

  // Tab A adds a contact and saves; tab B, which has not seen that, adds another network.
  await tabA.getByRole('button', { name: 'Volgende stap: Contacten' }).click();
  const quickA = tabA
    .getByRole('region', { name: 'Snel toevoegen' })
    .getByLabel('Aanduiding (initialen of bijnaam)');
  await quickA.fill('AB');
  await quickA.press('Enter');
  await expect(tabA.locator('#nw-counts')).toContainText('1 netwerk, 1 contact,');
  await expect(tabA.locator('.weerbaar-save-status__busy')).toHaveCount(0);
  await expect(tabA.getByRole('status').filter({ hasText: /Opgeslagen om/ })).toBeVisible();
  await tabB.getByLabel('politiek en bestuurlijk werk', { exact: true }).check();

  // Tab B was refused (tab A saved first), read the scan again and played its edit on top.
  await expect(tabB.getByText(/in een ander venster of op een ander apparaat gewijzigd/)).toBeVisible();
  await expect(tabB.locator('#nw-counts')).toContainText('2 netwerken, 1 contact,');
  await expect(tabB.locator('.weerbaar-save-status__busy')).toHaveCount(0);
  await expectAccessible(tabB, 'map after merging');

  await tabA.reload();
  await expect(tabA.locator('#nw-counts')).toContainText('2 netwerken, 1 contact,');
  await expect(tabA.getByLabel('politiek en bestuurlijk werk', { exact: true })).toBeChecked();

  // Tab A sends the scan; tab B, still on the map, is told at its next edit and stops saving.
  await tabA.getByRole('link', { name: 'Terug naar de vragenlijst' }).click();
  const choose = (item: string, value: string) => tabA.locator(`#q-${item}--${value}`).check();
  for (const [item, value] of [
    ['beoogde_functie', 'wethouder'],
    ['voldoet_vereisten', 'ja'],
    ['onverenigbare_functie', 'nee'],
    ['verboden_handelingen', 'nee'],
    ['cv_klopt', 'nee'],
    ['eerdere_functies_belang', 'nee'],
    ['heeft_nevenfuncties', 'nee'],
    ['heeft_financiele_belangen', 'nee'],
    ['schulden', 'nee'],
    ['familie_bij_organisatie', 'nee'],
    ['contacten_met_belangen', 'nee'],
    ['eigen_zaken_gemeente', 'nee'],
    ['veroordeling', 'nee'],
    ['lopend_onderzoek', 'nee'],
    ['online_actief', 'beperkt'],
    ['online_uitingen', 'nee'],
    ['bedreiging', 'nee'],
    ['benadering', 'nee'],
  ] as const)
    await choose(item, value);
  await tabA.locator('#q-aantal_netwerken').fill('2');
  await tabA.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await expect(tabA.getByText('Uw antwoorden zijn verstuurd.')).toBeVisible();
  const sentCard = tabA.getByRole('region', { name: 'Uw netwerkkaart' });
  await expect(sentCard).toContainText('Uw netwerkkaart is met de scan meegestuurd.');
  await expect(sentCard).toContainText('2 netwerken en 1 contact.');

  await tabB.getByLabel('vriendengroep', { exact: true }).check();
  await expect(tabB.getByText('Uw scan is intussen verstuurd')).toBeVisible();
  await expect(tabB.getByRole('button', { name: 'Volgende stap: Contacten' })).toHaveCount(0);
  await expect(tabB.locator('[data-contact]')).toHaveCount(1);

  // The sent map can be looked at and downloaded, not changed.
  await sentCard.getByRole('link', { name: 'Netwerkkaart bekijken' }).click();
  await expect(
    tabA.getByText('U kunt de netwerkkaart bekijken en downloaden, maar niet meer wijzigen.'),
  ).toBeVisible();
  await expect(tabA.getByRole('navigation', { name: 'Stappen van de netwerkkaart' })).toHaveCount(0);
  await expect(tabA.locator('[data-contact]')).toHaveCount(1);
  const [ftm] = await Promise.all([
    tabA.waitForEvent('download'),
    tabA.getByRole('button', { name: 'Download als FollowTheMoney (JSON)' }).click(),
  ]);
  expect(ftm.suggestedFilename()).toBe('netwerk-ftm.json');
  await expectAccessible(tabA, 'sent map');
  await context.close();
});
