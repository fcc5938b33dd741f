// The network picture in the browser, on the demo organisation (`weerbaar demo`: fictional
// candidates with a 38-contact network at every stage):
//  - the expert sees the read-only picture (figure, description, legend) on the review page of a
//    submitted scan; axe clean; at 360 px it fits without sideways scrolling;
//  - a candidate with a finished report sees the report's own drawing (the one the PDF draws),
//    identical to the one the expert's browser drew for the same network;
//  - the candidate, on their network page: keyboard only — reach a contact, move with the arrow
//    keys, choose two, "Verbind" — and the tie is saved; then drag one contact onto another with
//    the mouse, and that tie is saved too; axe clean; 360 px.
import { expectAccessible, expectNoSidewaysScrolling, PHONE } from './support/a11y.ts';
import { linkFor, openLink, signInByMail, signInStaff, tenantOf } from './support/people.ts';
import { expect, test } from './support/server.ts';

const links: Record<string, string> = {};
/** The review page's picture (drawn in the browser's worker), to compare with the report's (drawn on the server). */
let reviewPicture = '';

test.beforeAll(async ({ app }) => {
  const output = await app.cli(['demo']);
  for (const email of ['expert@voorbeeld.nl', 'kandidaat@voorbeeld.nl'])
    links[email] = linkFor(output, email);
});

test('the expert sees the network picture on the review page', async ({ browser, app }) => {
  const { context, page } = await signInStaff(browser, app, links['expert@voorbeeld.nl']!);
  const tenantId = await tenantOf(page);
  const { procedures } = (await (
    await page.request.get(`/api/organisations/${tenantId}/procedures`)
  ).json()) as { procedures: Array<{ id: string; name: string }> };
  const procedure = procedures.find((p) => p.name.includes('(demo)'))!;
  const detail = (await (
    await page.request.get(`/api/organisations/${tenantId}/procedures/${procedure.id}`)
  ).json()) as { candidates: Array<{ scanId: string; displayName: string }> };
  const sanne = detail.candidates.find((c) => c.displayName.startsWith('Sanne'))!;

  // The layout runs in the app's own worker file, which the strict CSP allows (script-src 'self').
  const workers: string[] = [];
  const refused: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('console', (message) => {
    if (/Content Security Policy|Worker/i.test(message.text())) refused.push(message.text());
  });
  await page.goto(`/o/${tenantId}/procedures/${procedure.id}/scans/${sanne.scanId}/beoordeling`);
  await expect(page.getByRole('heading', { level: 2, name: 'Netwerkkaart' })).toBeVisible();
  const figure = page.getByRole('figure', { name: 'Netwerkkaart van de kandidaat' });
  await expect(figure).toBeVisible();
  const image = figure.getByRole('img', { name: 'Netwerkkaart van de kandidaat' });
  await expect(image).toBeVisible();
  await expect(image).toHaveAccessibleDescription(/^De netwerkkaart toont \d+ contacten in 12 netwerken/);
  await expect(figure.getByText('Ruit: een contact in een gevoelige sector.')).toBeVisible();
  expect(workers.some((url) => url.includes('layout.worker'))).toBe(true);
  expect(refused).toEqual([]);
  // Drawn from the same seeded layout: a reload gives exactly the same picture.
  const before = await figure.locator('svg').first().innerHTML();
  await page.reload();
  await expect(figure.locator('svg').first()).toBeVisible();
  expect(await figure.locator('svg').first().innerHTML()).toBe(before);
  reviewPicture = before;
  await expectAccessible(page, 'review page with the network picture');

  await page.setViewportSize(PHONE);
  await expectNoSidewaysScrolling(page);
  const box = await figure.locator('svg').first().boundingBox();
  expect(box?.width).toBeLessThanOrEqual(PHONE.width);
  await context.close();
});

test('the candidate sees the picture in their report', async ({ browser, app }) => {
  const context = await browser.newContext({ baseURL: app.baseURL });
  const page = await context.newPage();
  await signInByMail(page, app, 'floor.afgerond@voorbeeld.nl');
  const tenantId = await tenantOf(page);
  const { scans } = (await (await page.request.get(`/api/organisations/${tenantId}/my-scans`)).json()) as {
    scans: Array<{ id: string }>;
  };
  await page.goto(`/o/${tenantId}/mijn-scans/${scans[0]!.id}/rapport`);
  const figure = page.getByRole('figure', { name: 'Uw netwerkkaart' });
  await expect(figure).toBeVisible();
  const image = figure.getByRole('img', { name: 'Uw netwerkkaart' });
  await expect(image).toBeVisible();
  await expect(image).toHaveAccessibleDescription(/^De netwerkkaart toont \d+ contacten in 12 netwerken/);
  await expect(figure.locator('svg').first().locator('line').first()).toBeAttached();
  // Every demo candidate has the same fictional network: the server's drawing for the report (and
  // the PDF) is the very picture the expert's browser drew in its worker.
  expect(reviewPicture).not.toBe('');
  expect(await figure.locator('svg').first().innerHTML()).toBe(reviewPicture);
  await expectAccessible(page, 'report page with the network picture');
  await page.setViewportSize(PHONE);
  await expectNoSidewaysScrolling(page);
  await context.close();
});

test('the candidate connects contacts by keyboard and by dragging', async ({ browser, app }) => {
  const context = await browser.newContext({ baseURL: app.baseURL });
  const page = await context.newPage();
  await openLink(page, links['kandidaat@voorbeeld.nl']!);
  const tenantId = await tenantOf(page);
  const { scans } = (await (await page.request.get(`/api/organisations/${tenantId}/my-scans`)).json()) as {
    scans: Array<{ id: string }>;
  };
  const scanPath = `/api/organisations/${tenantId}/my-scans/${scans[0]!.id}`;
  const savedTies = async () => {
    const scan = (await (await page.request.get(scanPath)).json()) as {
      network: { ties: Array<{ a: string; b: string }> } | null;
    };
    return new Set((scan.network?.ties ?? []).map((t) => [t.a, t.b].sort().join(' ')));
  };

  await page.goto(`/o/${tenantId}/mijn-scans/${scans[0]!.id}/netwerk`);
  await page
    .getByRole('link', { name: /Het beeld/ })
    .or(page.getByRole('button', { name: /Het beeld/ }))
    .first()
    .click();
  const map = page.getByRole('application');
  await expect(map).toBeVisible();
  await expect(map.locator('[data-contact]').first()).toBeVisible();
  await expectAccessible(page, 'network page with the picture');

  // Keyboard only: the map, then the contacts (one tab stop), arrows, Enter and Space, Verbind.
  await map.focus();
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-contact') ?? null);
  const first = await focused();
  expect(first).not.toBeNull();
  await page.keyboard.press('Enter');
  await expect(map.locator(`[data-contact="${first}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Gekozen:' })).toBeVisible();
  let second: string | null = first;
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await page.keyboard.press(key);
    second = await focused();
    if (second && second !== first) break;
  }
  expect(second).not.toBe(first);
  expect(second).not.toBeNull();
  await page.keyboard.press(' ');
  await expect(map.locator(`[data-contact="${second}"]`)).toHaveAttribute('aria-pressed', 'true');
  const pair = [first!, second!].sort().join(' ');
  const tiesBefore = await map.locator('line').count();
  const wasTied = (await savedTies()).has(pair);
  // "Verbind" comes right after the picture: one Tab from the contact.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Verbind' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await savedTies()).has(pair), { timeout: 10_000 }).toBe(true);
  if (!wasTied) await expect.poll(() => map.locator('line').count()).toBe(tiesBefore + 1);
  // Focus went back to a contact, not to the page.
  expect(await focused()).not.toBeNull();

  // With the mouse: drag one contact onto another that it is not tied to yet.
  const saved = await savedTies();
  const ids = await map
    .locator('[data-contact]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-contact')!));
  let from = '';
  let to = '';
  search: for (const a of ids)
    for (const b of ids)
      if (a < b && !saved.has(`${a} ${b}`)) {
        from = a;
        to = b;
        break search;
      }
  const shape = (id: string) => map.locator(`[data-contact="${id}"] .weerbaar-netpic__shape`).last();
  // Mouse down on one, moves in steps, mouse up on the other (Playwright scrolls them into view).
  await shape(from).dragTo(shape(to), { steps: 10 });
  await expect.poll(async () => (await savedTies()).has(`${from} ${to}`), { timeout: 10_000 }).toBe(true);

  // Zoom buttons work and "show the whole map" puts it back.
  const view = () => map.locator(':scope > g').first().getAttribute('transform');
  const fitted = await view();
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  expect(await view()).not.toBe(fitted);
  await page.getByRole('button', { name: 'Hele kaart tonen' }).click();
  expect(await view()).toBe(fitted);

  await page.setViewportSize(PHONE);
  await expectNoSidewaysScrolling(page);
  expect((await map.boundingBox())?.width).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(page, 'network page at 360 px');
  await context.close();
});
