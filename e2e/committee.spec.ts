// The kandidatencommissie in the browser (issue 14): a party's committee opens the list for the
// 2026 election, invites three candidates on the page; two answer (through the API), the party's
// expert finalises, and both release to the committee — one on her report page, one through the
// API. The committee reads the talking points and prints the leidraad; the third candidate's row
// says only that she is invited. Axe on every page; the committee works on a 360-px phone.
import { readCaseLibraries } from '../src/server/instruments/case-library.ts';
import { expectAccessible, expectNoSidewaysScrolling, onPage, PHONE } from './support/a11y.ts';
import { api, reviewAndFinalise } from './support/api.ts';
import { createOrganisation, type Person, signInCandidate, signInStaff, tenantOf } from './support/people.ts';
import { expect, test } from './support/server.ts';

const secret = 'Ondernemersvereniging Centrum';
const people = [
  { email: 'anna.lijst@example.nl', displayName: 'Anna Aalbers' },
  { email: 'bram.lijst@example.nl', displayName: 'Bram Bosman' },
  { email: 'cor.lijst@example.nl', displayName: 'Cor Claassen' },
];
const opened: Person[] = [];

test.afterAll(async () => {
  for (const p of opened) await p.context.close();
});

/** The case "ondernemer met zaken" of the raadslid check: a side job the committee never reads. */
function caseAnswers(): Record<string, unknown> {
  const library = readCaseLibraries().find((l) => l.instrumentId === 'weerbaarheidscheck-raadslid')!;
  const found = library.cases.find((c) => c.definition.id === 'ondernemer-met-zaken')!.definition;
  return { ...(library.bases[found.extends ?? '']?.answers ?? {}), ...found.answers };
}

test('a committee invites three candidates, reads the talking points of two and prints the leidraad', async ({
  browser,
  app,
}) => {
  test.setTimeout(300_000);
  const links = await createOrganisation(app, { slug: 'partij-voorbeeld', name: 'Partij Voorbeeld' }, [
    ['expert', 'els.partij@example.nl', 'Els Expert'],
    ['commissie', 'carla.partij@example.nl', 'Carla Commissie'],
  ]);
  const els = await signInStaff(browser, app, links.expert ?? '', { name: 'Els Expert' });
  const carla = await signInStaff(browser, app, links.commissie ?? '', {
    name: 'Carla Commissie',
    viewport: PHONE,
  });
  opened.push(els, carla);
  const page = carla.page;
  const tenantId = await tenantOf(page);

  // From the home page to a new list for the 2026 election.
  await page.getByRole('link', { name: 'Naar de kandidatenlijsten' }).click();
  await onPage(page, 'Kandidatenlijsten', 'candidate lists');
  await expectNoSidewaysScrolling(page, 'candidate lists at 360 px');
  await page.getByLabel('Naam van de verkiezing').fill('Gemeenteraadsverkiezingen');
  await page.getByLabel('Jaar').fill('2026');
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Kandidaten zijn klaar vóór').fill(deadline);
  await page.getByLabel('Integriteitsexpert van de partij').selectOption({ label: 'Els Expert' });
  await page.getByRole('button', { name: 'Lijst openen' }).click();
  await onPage(page, 'Gemeenteraadsverkiezingen 2026', 'an empty list');
  const procedureId = page.url().split('/').pop()!;

  // Three invitations on the page.
  const since = new Date();
  for (const who of people) {
    await page.getByLabel('E-mailadres van de kandidaat').fill(who.email);
    await page.getByLabel('Naam van de kandidaat').fill(who.displayName);
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `${who.displayName} is uitgenodigd.` }),
    ).toBeVisible();
  }
  await expect(page.getByRole('row', { name: /Cor Claassen/ })).toContainText('Uitgenodigd');
  await expectAccessible(page, 'list with three invited');
  await expectNoSidewaysScrolling(page, 'list at 360 px');

  // Anna and Bram answer and submit; Els finalises each.
  const { candidates } = await api(page, 'committee.read', { params: { tenantId, procedureId } });
  const scanOf = (name: string) => candidates.find((c) => c.displayName === name)!.scanId;
  const finished: Record<string, Person> = {};
  for (const who of people.slice(0, 2)) {
    const candidate = await signInCandidate(browser, app, who.email, since);
    opened.push(candidate);
    finished[who.displayName] = candidate;
    const scan = { tenantId, scanId: scanOf(who.displayName) };
    await api(candidate.page, 'scans.saveAnswers', {
      params: scan,
      body: { baseRevision: 0, saveId: crypto.randomUUID(), changes: caseAnswers() },
    });
    await api(candidate.page, 'scans.submit', { params: scan });
    await reviewAndFinalise(els.page, { ...scan, procedureId }, []);
  }

  // Anna shares on her report page: for a list, only with the committee.
  const anna = finished['Anna Aalbers']!.page;
  await anna.goto(`/o/${tenantId}/mijn-scans/${scanOf('Anna Aalbers')}/rapport`);
  await expect(anna.getByRole('heading', { name: 'Delen met de kandidatencommissie' })).toBeVisible();
  await anna.getByRole('radio', { name: 'Gesprekspunten voor de kandidatencommissie' }).check();
  await anna.getByRole('button', { name: 'Rapport delen' }).click();
  await expect(anna.getByRole('status').filter({ hasText: /U deelt nu de gesprekspunten/ })).toBeVisible();
  await expectAccessible(anna, 'report page after sharing with the committee');
  // Bram through the API.
  await api(finished['Bram Bosman']!.page, 'reports.release', {
    params: { tenantId, scanId: scanOf('Bram Bosman') },
    body: { scope: 'commissie', until: new Date(Date.now() + 30 * 86_400_000).toISOString() },
  });

  // The committee's progress table: two shared, the third only invited.
  await page.reload();
  await onPage(page, 'Gemeenteraadsverkiezingen 2026', 'list with progress');
  await expect(page.getByRole('row', { name: /Anna Aalbers/ })).toContainText('Gedeeld met de commissie');
  await expect(page.getByRole('row', { name: /Bram Bosman/ })).toContainText('Gedeeld met de commissie');
  const cor = page.getByRole('row', { name: /Cor Claassen/ });
  await expect(cor).toContainText('Uitgenodigd');
  await expect(cor).toContainText('Niet gedeeld');
  await expect(cor.getByRole('link')).toHaveCount(0);

  // Anna's talking points: themes to discuss, never an answer.
  await page.getByRole('link', { name: 'Gesprekspunten van Anna Aalbers lezen' }).click();
  await onPage(page, 'Gesprekspunten: Anna Aalbers', 'committee view');
  await expectNoSidewaysScrolling(page, 'committee view at 360 px');
  const discuss = page.getByRole('region', { name: 'Thema’s om te bespreken' });
  await expect(discuss.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(discuss.getByText('Gesprekspunten').first()).toBeVisible();
  await expect(page.locator('body')).not.toContainText(secret);

  // The leidraad, printed.
  await page.getByRole('link', { name: 'Leidraad voor het gesprek' }).click();
  await onPage(page, 'Leidraad selectiegesprek: Anna Aalbers', 'committee leidraad');
  await expectNoSidewaysScrolling(page, 'leidraad at 360 px');
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  await expect(page.locator('.weerbaar-guide__notes').first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.weerbaar-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.locator('.weerbaar-guide__question .weerbaar-guide__notes').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('body')).not.toContainText(secret);

  // The selection is done: the committee closes the list, so the retention period starts.
  await page.goBack();
  await page.goBack();
  await onPage(page, 'Gemeenteraadsverkiezingen 2026', 'list before closing');
  await page.getByRole('button', { name: 'Lijst sluiten' }).click();
  await expectAccessible(page, 'closing the list');
  await page.getByRole('button', { name: 'Ja, lijst sluiten' }).click();
  await expect(page.getByText(/De lijst is gesloten\. Over \d+ dagen worden de checks/)).toBeVisible();
  await expect(page.getByText('Deze lijst is gesloten.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lijst sluiten' })).toHaveCount(0);
});
