// The nevenfuncties register in the browser (issue 15): a wethouder, on her phone, chooses her office
// and registers three nevenfuncties; the take-over page says her scans hold none; the beheerder sees
// the preview (published fields only) and publishes the half year; anyone, without an account, reads
// the public page and the JSON and CSV feeds with the three. Axe on every page, 360 px for her.
import { expectAccessible, expectNoSidewaysScrolling, onPage, PHONE } from './support/a11y.ts';
import { createOrganisation, openLink, type Person, signInStaff, tenantOf } from './support/people.ts';
import { expect, test } from './support/server.ts';

const nevenfuncties = [
  { function: 'Voorzitter', organisation: 'Stichting Dorpshuis De Linde', paid: false, hours: '6' },
  { function: 'Lid raad van toezicht', organisation: 'Woonstede', paid: true, hours: '8' },
  { function: 'Penningmeester', organisation: 'Muziekvereniging Crescendo', paid: false, hours: '' },
];

const people: Person[] = [];
test.afterAll(async () => {
  for (const p of people) await p.context.close();
});

test('a wethouder registers three nevenfuncties and the public feed shows them', async ({ browser, app }) => {
  test.setTimeout(240_000);
  const links = await createOrganisation(app, { slug: 'register-voorbeeld', name: 'Gemeente Register' }, [
    ['beheerder', 'bea.beheer@example.nl', 'Bea Beheer'],
    ['kandidaat', 'wendy.wethouder@example.nl', 'Wendy Wethouder'],
  ]);

  // Wendy, on her phone.
  const context = await browser.newContext({ baseURL: app.baseURL, viewport: PHONE });
  people.push({ context, page: await context.newPage() });
  const wendy = people[0]!.page;
  await openLink(wendy, links.kandidaat ?? '');
  const tenantId = await tenantOf(wendy);
  await wendy.getByRole('link', { name: 'Mijn nevenfuncties' }).first().click();
  await onPage(wendy, 'Register van nevenfuncties', 'own register, empty');
  await expect(wendy.getByText('Kies eerst uw ambt')).toBeVisible();
  await expectNoSidewaysScrolling(wendy, 'own register at 360 px');

  await wendy.getByLabel('Ambt waarmee uw nevenfuncties worden gepubliceerd').selectOption('wethouder');
  await wendy.getByRole('button', { name: 'Ambt opslaan' }).click();
  await expect(wendy.getByText('Uw ambt is opgeslagen.')).toBeVisible();

  for (const n of nevenfuncties) {
    const form = wendy.locator('#nevenfunctie-new');
    await form.getByLabel('Functie', { exact: true }).fill(n.function);
    await form.getByLabel('Organisatie', { exact: true }).fill(n.organisation);
    if (n.paid) await form.getByLabel('Ik krijg hiervoor betaald').check();
    await form.getByLabel('Uren per maand (niet gepubliceerd)').fill(n.hours);
    // By keyboard: Enter in the last field sends the form.
    await form.getByLabel('Uren per maand (niet gepubliceerd)').press('Enter');
    await expect(wendy.getByText('De nevenfunctie is toegevoegd.')).toBeVisible();
    await expect(
      wendy.getByRole('heading', { level: 3, name: `${n.function} bij ${n.organisation}` }),
    ).toBeVisible();
  }
  await expectAccessible(wendy, 'own register with three');
  await expectNoSidewaysScrolling(wendy, 'own register with three at 360 px');

  // The take-over page: she has no scan with nevenfuncties here.
  await wendy.getByRole('link', { name: 'Overnemen uit mijn scan' }).click();
  await onPage(wendy, 'Nevenfuncties overnemen uit uw scan', 'take-over page');
  await expect(wendy.getByText('In uw scans staan geen nevenfuncties om over te nemen.')).toBeVisible();

  // Bea publishes this half year.
  const bea = await signInStaff(browser, app, links.beheerder ?? '', { name: 'Bea Beheer' });
  people.push(bea);
  await bea.page.goto(`/o/${tenantId}/nevenfuncties/publiceren`);
  await onPage(bea.page, 'Nevenfuncties publiceren', 'publication page');
  const preview = bea.page.getByRole('table', { name: 'Nevenfuncties van Wendy Wethouder (Wethouder)' });
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview).not.toContainText('6');
  await bea.page.getByRole('button', { name: 'Publiceren' }).click();
  await expect(bea.page.getByText(/Gepubliceerd: .*, versie 1\./)).toBeVisible();
  await expectAccessible(bea.page, 'publication page after publishing');

  // Anyone, without an account.
  const visitor = await browser.newContext({ baseURL: app.baseURL, viewport: PHONE });
  people.push({ context: visitor, page: await visitor.newPage() });
  const page = people[2]!.page;
  await page.goto('/register/register-voorbeeld/nevenfuncties');
  await onPage(page, 'Nevenfuncties van Gemeente Register', 'public page');
  await expectNoSidewaysScrolling(page, 'public page at 360 px');
  const table = page.getByRole('table', { name: 'Nevenfuncties van Wendy Wethouder (Wethouder)' });
  for (const n of nevenfuncties) {
    const row = table.getByRole('row', { name: new RegExp(n.function) });
    await expect(row).toContainText(n.organisation);
    await expect(row).toContainText(n.paid ? 'Betaald' : 'Onbetaald');
  }

  const json = await page.request.get('/api/public/register/register-voorbeeld/nevenfuncties.json');
  expect(json.status()).toBe(200);
  expect(json.headers()['cache-control']).toBe('public, max-age=300');
  const feed = await json.json();
  expect(feed.organisation).toEqual({ slug: 'register-voorbeeld', name: 'Gemeente Register' });
  expect(feed.officials).toHaveLength(1);
  expect(feed.officials[0].name).toBe('Wendy Wethouder');
  expect(feed.officials[0].nevenfuncties).toHaveLength(3);
  expect(JSON.stringify(feed)).not.toMatch(/hours|approval|wendy\.wethouder@/);

  const csvLink = page.getByRole('link', { name: /^CSV van / });
  const csv = await page.request.get((await csvLink.getAttribute('href')) ?? '');
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split('\r\n')[0]).toBe('period,name,office,function,organisation,paid');
  for (const n of nevenfuncties)
    expect(text).toContain(
      `Wendy Wethouder,wethouder,${n.function},${n.organisation},${n.paid ? 'ja' : 'nee'}`,
    );
});
