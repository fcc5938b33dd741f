// The college view in the browser (issue 12): the opdrachtgever puts a college of five together on
// the page; four members agree through the API, the fifth by keyboard on her own page after reading
// what is combined and who sees it; she then reads the combined view — tables of numbers, none of
// anyone's contacts — and so does the opdrachtgever. Axe on each page, and 360 px for the member.

import { expectAccessible, expectNoSidewaysScrolling, onPage, PHONE } from './support/a11y.ts';
import { organisationWithProcedure } from './support/api.ts';
import { candidateWithMap, consentToCollege } from './support/college.ts';
import type { Person } from './support/people.ts';
import { expect, test } from './support/server.ts';

const people = [
  { email: 'anna.lid@example.nl', displayName: 'Anna Aalbers', labels: ['AA-vastgoed', 'Oom Piet', 'JK'] },
  { email: 'bram.lid@example.nl', displayName: 'Bram Bosman', labels: ['BB-horeca', 'Tante Els', 'LM'] },
  { email: 'cor.lid@example.nl', displayName: 'Cor Claassen', labels: ['CC-bouw', 'Buurman Ab', 'NO'] },
  { email: 'dirk.lid@example.nl', displayName: 'Dirk Dekker', labels: ['DD-makelaar', 'Neef Jan', 'PQ'] },
  { email: 'eva.lid@example.nl', displayName: 'Eva Evers', labels: ['EE-club', 'Zus Ria', 'RS'] },
];

const members: Person[] = [];
let otto: Person;
let els: Person;

test.afterAll(async () => {
  for (const p of [...members, otto, els]) await p?.context.close();
});

test('a college of five agrees and sees its combined view; nobody sees a contact', async ({
  browser,
  app,
}) => {
  test.setTimeout(300_000);
  const setUp = await organisationWithProcedure(browser, app, {
    organisation: { slug: 'college-voorbeeld', name: 'Gemeente Voorbeeld' },
    expert: ['els.college@example.nl', 'Els Expert'],
    client: ['otto.college@example.nl', 'Otto Opdracht'],
    procedure: 'College 2026',
  });
  ({ otto, els } = setUp);
  const { tenantId, procedureId, instrument } = setUp;
  for (const [i, who] of people.entries())
    members.push(
      await candidateWithMap(browser, app, otto.page, { tenantId, procedureId }, instrument, who, {
        ...(i === 4 ? { viewport: PHONE } : {}),
      }),
    );

  // Otto puts the college together on the page.
  const page = otto.page;
  await page.goto(`/o/${tenantId}/colleges`);
  await onPage(page, 'Colleges', 'colleges page');
  await page.getByLabel('Naam van het college').fill('College van B&W Voorbeeld 2026');
  await page
    .getByLabel('Welke opdrachtgever mag het samengestelde beeld zien?')
    .selectOption({ label: 'Otto Opdracht' });
  for (const who of people) await page.getByLabel(who.displayName).check();
  await page.getByRole('button', { name: 'College samenstellen' }).click();
  await expect(page.getByText('Het college is samengesteld.')).toBeVisible();
  await expect(page.getByRole('row', { name: /College van B&W Voorbeeld 2026/ })).toContainText('0 van 5');
  await expectAccessible(page, 'colleges page with a college');

  // Four agree through the API; the combined view still says only how many.
  for (const m of members.slice(0, 4)) await consentToCollege(m.page, tenantId, true);
  await page
    .getByRole('link', { name: 'Samengesteld beeld van College van B&W Voorbeeld 2026 bekijken' })
    .click();
  await expect(page.getByText('4 van 5 leden hebben ingestemd.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  // Eva, on her phone, reads what is asked and agrees by keyboard.
  const eva = members[4]!.page;
  await eva.goto(`/o/${tenantId}/mijn-college`);
  await onPage(eva, 'Mijn college', 'member page before agreeing');
  await expect(
    eva.getByText('Wie het ziet: de leden van het college en opdrachtgever Otto Opdracht.'),
  ).toBeVisible();
  await expect(eva.getByText(/Niemand ziet uw contacten/)).toBeVisible();
  await expect(eva.getByText('4 van 5 leden hebben ingestemd.')).toBeVisible();
  await expectNoSidewaysScrolling(eva, 'member page at 360 px');
  const agree = eva.getByRole('button', {
    name: 'Ik stem in met samentellen voor College van B&W Voorbeeld 2026',
  });
  for (let i = 0; i < 40 && !(await agree.evaluate((el) => el === document.activeElement)); i++)
    await eva.keyboard.press('Tab');
  await expect(agree).toBeFocused();
  await eva.keyboard.press('Enter');
  await expect(eva.getByText('U heeft ingestemd.')).toBeVisible();
  await expect(eva.getByText('5 van 5 leden hebben ingestemd.')).toBeVisible();

  await eva.getByRole('link', { name: 'Samengesteld beeld bekijken' }).click();
  await onPage(eva, 'Samengesteld beeld: College van B&W Voorbeeld 2026', 'combined view');
  await expect(eva.getByRole('table', { name: 'Het college in aantallen' })).toContainText('15');
  const sectors = eva.getByRole('table', {
    name: 'Sectoren van contacten die bij minstens 2 leden voorkomen',
  });
  await expect(sectors.getByRole('row', { name: /vastgoed/ })).toContainText('5');
  await expect(eva.getByRole('table', { name: 'Verscheidenheid per kenmerk' })).toBeVisible();
  await expectNoSidewaysScrolling(eva, 'combined view at 360 px');
  const text = await eva.locator('main').innerText();
  for (const word of [...people.flatMap((p) => p.labels), ...people.map((p) => p.displayName)])
    expect(text).not.toContain(word);
  for (const jargon of ['node', 'edge', 'ego', 'alter'])
    expect(text.toLowerCase()).not.toMatch(new RegExp(`\\b${jargon}\\b`));

  // Otto sees it too; a withdrawal hides it at once.
  await page.reload();
  await onPage(
    page,
    'Samengesteld beeld: College van B&W Voorbeeld 2026',
    'combined view for the opdrachtgever',
  );
  await consentToCollege(members[1]!.page, tenantId, false);
  await page.reload();
  await expect(page.getByText('4 van 5 leden hebben ingestemd.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
