// The datavolwassenheidsscan ondermijning in the browser (issue 15): a beheerder opens a round of the
// datavolwassenheid questionnaire; six people answer it through the shared link without an account
// (each in a browser of their own; the first on the public page); the round is closed; the opdrachtgever
// opens the workshop page, sees the spread per theme (tables of counts, where people disagree most
// first), records the group's conclusions for one theme by keyboard and downloads the report (a
// PDF/A file holding those conclusions). Axe on every page, 360 px for the workshop page.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expectAccessible, expectNoSidewaysScrolling, onPage, PHONE } from './support/a11y.ts';
import { api } from './support/api.ts';
import { createOrganisation, type Person, signInStaff, tenantOf } from './support/people.ts';
import { expect, test } from './support/server.ts';

let bea: Person;
let otto: Person;

test.afterAll(async () => {
  for (const p of [bea, otto]) await p?.context.close();
});

/** Respondent i: 'beeld' splits the group in two camps; everything else sits at 3 or 4. */
function answers(i: number): Record<string, string> {
  const scale = [
    'beeld',
    'signalen',
    'melden',
    'toetsen',
    'bestuur',
    'eigenaarschap',
    'samenwerken',
    'kennis',
  ];
  const more = ['leiding', 'partners', 'bronnen', 'grondslag', 'kwaliteit', 'hulpmiddelen', 'beveiliging'];
  const result: Record<string, string> = {};
  for (const id of [...scale, ...more])
    result[id] = id === 'beeld' ? (i % 2 === 0 ? '1' : '5') : i === 5 ? '4' : '3';
  for (const id of ['aanspreekpunt', 'training-gevolgd', 'dpia-gedaan'])
    result[id] = i < 4 ? 'ja' : 'weet-niet';
  return result;
}

test('a round answered by six, its workshop view, conclusions recorded, the report downloaded', async ({
  browser,
  app,
}) => {
  test.setTimeout(360_000);
  const links = await createOrganisation(app, { slug: 'dvscan-voorbeeld', name: 'Gemeente Voorbeeld' }, [
    ['beheerder', 'bea.dv@example.nl', 'Bea Beheer'],
    ['opdrachtgever', 'otto.dv@example.nl', 'Otto Opdracht'],
  ]);
  bea = await signInStaff(browser, app, links.beheerder ?? '', { name: 'Bea Beheer' });
  otto = await signInStaff(browser, app, links.opdrachtgever ?? '', {
    name: 'Otto Opdracht',
    viewport: PHONE,
    acceptDownloads: true,
  });
  const tenantId = await tenantOf(bea.page);

  // Bea opens the round with a shared link.
  const { id: roundId } = await api(bea.page, 'surveys.open', {
    params: { tenantId },
    body: {
      questionnaireId: 'datavolwassenheid',
      questionnaireVersion: '1.0.0',
      title: 'Datavolwassenheid voorjaar',
      units: [],
      threshold: 5,
      sharedLink: true,
    },
  });
  const round = await api(bea.page, 'surveys.read', { params: { tenantId, roundId } });
  const link = round.sharedLink ?? '';

  // Six people answer through the shared link without an account, each in a browser of their own:
  // the first on the page on a phone (axe on the questionnaire and after sending), the other five
  // through the same public route the page sends to.
  const phone = await browser.newContext({ baseURL: app.baseURL, viewport: PHONE });
  const respondent = await phone.newPage();
  await respondent.goto(link);
  await expect(
    respondent.getByRole('heading', { level: 1, name: 'Datavolwassenheidsscan ondermijning' }),
  ).toBeVisible();
  await expectAccessible(respondent, 'questionnaire');
  for (const [id, value] of Object.entries(answers(0)))
    await respondent.locator(`#vraag-${id}--${value}`).check();
  await respondent.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await expect(respondent.getByRole('heading', { level: 1, name: 'Verstuurd' })).toBeVisible();
  await expectAccessible(respondent, 'questionnaire sent');
  await expectNoSidewaysScrolling(respondent, 'questionnaire at 360 px');
  await phone.close();
  const token = new URL(link).hash.replace('#token=', '');
  for (let i = 1; i < 6; i++) {
    const context = await browser.newContext({ baseURL: app.baseURL });
    const response = await context.request.post(`/api/public/surveys/${roundId}/responses`, {
      headers: { 'content-type': 'application/json' },
      data: JSON.stringify({ token, unit: '', answers: answers(i) }),
    });
    expect(response.status(), await response.text()).toBeLessThan(300);
    await context.close();
  }

  // While the round is open the workshop page says so, and shows no spread.
  const page = otto.page;
  await page.goto(`/o/${tenantId}/enquetes/${roundId}/workshop`);
  await onPage(page, /Workshop datavolwassenheid ondermijning/, 'workshop page, round open');
  await expect(page.getByText('Deze ronde is nog open.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  await api(bea.page, 'surveys.close', { params: { tenantId, roundId } });

  // Closed: from the round's page to the workshop, the spread per theme, where people disagree most first.
  await page.goto(`/o/${tenantId}/enquetes/${roundId}`);
  await onPage(page, 'Datavolwassenheidsscan ondermijning: Datavolwassenheid voorjaar', 'round page');
  await page.getByRole('link', { name: 'Workshop en rapport van Datavolwassenheid voorjaar' }).click();
  await onPage(page, /Workshop datavolwassenheid ondermijning/, 'workshop page, round closed');
  await expect(page.getByText('6 mensen vulden de vragenlijst in.')).toBeVisible();
  const start = page.getByRole('region', { name: 'Waar beginnen?' });
  await expect(start.getByRole('listitem').first()).toContainText('Wij hebben een actueel beeld');
  await expect(start.getByRole('listitem').first()).toContainText('lopen ver uiteen');
  const table = page.getByRole('table', { name: /Hoeveel mensen elk antwoord gaven bij Ondermijning/ });
  const beeld = table.getByRole('row', { name: /Wij hebben een actueel beeld/ });
  await expect(beeld.getByRole('cell').nth(0)).toHaveText('3');
  await expect(beeld.getByRole('cell').nth(4)).toHaveText('3');
  await expect(beeld).toContainText('lopen ver uiteen');
  await expectNoSidewaysScrolling(page, 'workshop page at 360 px');

  // Otto records what the group concluded for the first theme, by keyboard.
  const theme = page.getByRole('region', { name: 'Ondermijning', exact: true });
  const discussed = theme.getByLabel('Wat hebben we besproken?');
  await discussed.focus();
  await page.keyboard.type('De beelden lopen uiteen: wie bij vergunningen werkt, ziet meer dan de rest.');
  await theme.getByLabel('2 — Herhaalbaar').focus();
  await page.keyboard.press('Space');
  await expect(theme.getByLabel('2 — Herhaalbaar')).toBeChecked();
  await theme.getByRole('button', { name: 'Actie toevoegen' }).press('Enter');
  await expect(theme.getByLabel('Wat gaan we doen?')).toBeFocused();
  await page.keyboard.type('Jaarlijks een gezamenlijk beeld opstellen');
  await theme.getByLabel('Wie pakt het op?').fill('Team openbare orde');
  await theme.getByRole('button', { name: 'Vastleggen voor Ondermijning' }).press('Enter');
  await expect(theme.getByText('Vastgelegd voor Ondermijning.')).toBeVisible();
  await expectAccessible(page, 'workshop page after recording');

  // It is kept: after a reload the form holds it.
  await page.reload();
  const again = page.getByRole('region', { name: 'Ondermijning', exact: true });
  await expect(again.getByLabel('Wat hebben we besproken?')).toHaveValue(/De beelden lopen uiteen/);
  await expect(again.getByLabel('2 — Herhaalbaar')).toBeChecked();

  // The report, downloaded.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Rapport downloaden (PDF)' }).click(),
  ]);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Afgesproken stap: 2 — Herhaalbaar');
  expect(text).toContain('Jaarlijks een gezamenlijk beeld opstellen');
  expect(text).toContain('Vertrouwelijk — voor de organisatie; alleen opgetelde antwoorden');
  await expectAccessible(page, 'workshop page after the download');
});
