// People for the browser journeys: an organisation with staff invited through the CLI, staff who
// open their one-time link and enrol an authenticator app (the "Beveilig uw account" steps), and
// candidates who open the link from their mail.
//
//   const links = await createOrganisation(app, { slug: 'flow', name: 'Gemeente flow' }, [
//     ['expert', 'els@example.nl', 'Els Expert'],
//   ]);
//   const els = await signInStaff(browser, app, links.expert ?? '', { name: 'Els Expert' });
import type { Browser, BrowserContext, Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { waitForMail } from './mail.ts';
import { expect, type WeerbaarApp } from './server.ts';

export interface Person {
  context: BrowserContext;
  page: Page;
}

type Viewport = { width: number; height: number };

/** The one-time link (…#token=…) in a CLI's output. */
export function linkFrom(output: string): string {
  const link = output.match(/https?:\/\/\S+#token=\S+/)?.[0];
  if (!link) throw new Error(`no invitation link in:\n${output}`);
  return link;
}

/** The one-time link on the line of the CLI's output that names this address (`weerbaar demo`). */
export function linkFor(output: string, email: string): string {
  const line = output.split('\n').find((l) => l.includes(email));
  const link = line?.match(/https?:\/\/\S+#token=\S+/)?.[0];
  if (!link) throw new Error(`no sign-in link for ${email} in:\n${output}`);
  return link;
}

/** `weerbaar user invite`: the invitation link for one staff member. */
export async function inviteStaff(
  app: WeerbaarApp,
  slug: string,
  role: string,
  email: string,
  name: string,
): Promise<string> {
  return linkFrom(
    await app.cli(['user', 'invite', '--tenant', slug, '--email', email, '--name', name, '--role', role]),
  );
}

/**
 * `weerbaar tenant create`, then an invitation per person ([role, email, name], in this order);
 * returns the invitation links by role. Each CLI call restarts the embedded server.
 */
export async function createOrganisation(
  app: WeerbaarApp,
  organisation: { slug: string; name: string },
  people: ReadonlyArray<readonly [role: string, email: string, name: string]>,
): Promise<Record<string, string>> {
  await app.cli(['tenant', 'create', '--slug', organisation.slug, '--name', organisation.name]);
  const links: Record<string, string> = {};
  for (const [role, email, name] of people)
    links[role] = await inviteStaff(app, organisation.slug, role, email, name);
  return links;
}

/**
 * On a page that shows "Beveilig uw account": sets up an authenticator app (code from its
 * secret), confirms the recovery codes are kept, and waits for the welcome (`Welkom, <name>`, or
 * any welcome without a name). Returns the app, for a later sign-in's second step.
 */
export async function enrolAuthenticatorApp(page: Page, name?: string): Promise<OTPAuth.TOTP> {
  await expect(page.getByRole('heading', { level: 1, name: 'Beveilig uw account' })).toBeVisible();
  await page.getByLabel('Met een app die codes maakt').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  const secret = await page.locator('#totp-secret').getAttribute('data-secret');
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret ?? ''), digits: 6, period: 30 });
  await page.getByLabel('Code uit de app').fill(totp.generate());
  await page.getByRole('button', { name: 'Code bevestigen' }).click();
  await page.getByLabel('Ik heb mijn herstelcodes veilig bewaard').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: name === undefined ? /^Welkom, / : `Welkom, ${name}` }),
  ).toBeVisible();
  return totp;
}

/** A staff member opens the one-time link in a fresh browser and enrols an authenticator app. */
export async function signInStaff(
  browser: Browser,
  app: WeerbaarApp,
  link: string,
  options: { name?: string; viewport?: Viewport; acceptDownloads?: boolean } = {},
): Promise<Person> {
  const context = await browser.newContext({
    baseURL: app.baseURL,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  const page = await context.newPage();
  await page.goto(link);
  await enrolAuthenticatorApp(page, options.name);
  return { context, page };
}

/** Opens a one-time link (no second step asked) and waits for the welcome. */
export async function openLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: /^Welkom, / })).toBeVisible();
}

/**
 * The candidate's invitation from the outbox (written at or after `since`), opened in a fresh
 * browser (a phone, if asked).
 */
export async function signInCandidate(
  browser: Browser,
  app: WeerbaarApp,
  email: string,
  since: Date,
  options: { viewport?: Viewport; acceptDownloads?: boolean } = {},
): Promise<Person> {
  const mail = await waitForMail(app.dataDir, email, { since });
  const context = await browser.newContext({
    baseURL: app.baseURL,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  const page = await context.newPage();
  await openLink(page, mail.link);
  return { context, page };
}

/** On the sign-in page: asks for a link for this address, then opens it from the outbox. */
export async function signInByMail(page: Page, app: WeerbaarApp, email: string): Promise<void> {
  const since = new Date();
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  const mail = await waitForMail(app.dataDir, email, { since });
  await openLink(page, mail.link);
}

/** The organisation of the signed-in person's first membership. */
export async function tenantOf(page: Page): Promise<string> {
  const session = (await (await page.request.get('/api/auth/session')).json()) as {
    memberships: Array<{ tenantId: string }>;
  };
  return session.memberships[0]!.tenantId;
}
