// The first journey: a beheerder signs in with the invitation link and an authenticator app,
// invites an expert; the expert signs in with the invitation link and a passkey (a virtual
// authenticator in Chromium). Both sign in again with a link from the sign-in page and their
// second factor. Every page visited is checked with axe (WCAG 2.2 A/AA).
import type { BrowserContext, Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { expectAccessible, expectNoSidewaysScrolling, onPage } from './support/a11y.ts';
import { waitForMail } from './support/mail.ts';
import { createOrganisation } from './support/people.ts';
import { expect, test } from './support/server.ts';

/** Chromium's virtual authenticator, as a phone or laptop with a fingerprint reader would be. */
async function addVirtualAuthenticator(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

async function requestSignInLink(page: Page, dataDir: string, email: string): Promise<string> {
  await page.goto('/aanmelden');
  await onPage(page, 'Aanmelden', 'sign-in page');
  const since = new Date();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await onPage(page, 'Kijk in uw e-mail', 'link sent page');
  const mail = await waitForMail(dataDir, email, { since });
  return mail.link;
}

test('beheerder invites an expert; both sign in with a link and a second factor', async ({
  browser,
  app,
}) => {
  test.setTimeout(120_000);

  const invitation =
    (
      await createOrganisation(app, { slug: 'gemeente-proef', name: 'Gemeente Proef' }, [
        ['beheerder', 'bea@example.nl', 'Bea Beheer'],
      ])
    ).beheerder ?? '';

  // --- Beheerder: invitation link, then set up an authenticator app. ---
  const beheerderContext = await browser.newContext({ baseURL: app.baseURL });
  const beheerder = await beheerderContext.newPage();

  // Signed out, the start page sends you to sign in.
  await beheerder.goto('/');
  await expect(beheerder).toHaveURL(/\/aanmelden$/);
  await onPage(beheerder, 'Aanmelden', 'sign-in page');

  // A wrong link gives a plain explanation and a way on.
  await beheerder.goto('/aanmelden/link#token=this-is-not-a-valid-token');
  await onPage(beheerder, 'Deze link werkt niet meer', 'invalid link page');
  await expect(beheerder.getByRole('link', { name: 'Nieuwe link aanvragen' })).toBeVisible();

  await beheerder.goto(invitation);
  await expect(beheerder).toHaveURL(/\/aanmelden\/tweede-stap$/);
  // The token was taken out of the address bar.
  expect(new URL(beheerder.url()).hash).toBe('');
  await onPage(beheerder, 'Beveilig uw account', 'second factor choice');

  await beheerder.getByLabel('Met een app die codes maakt').check();
  await beheerder.getByRole('button', { name: 'Verder' }).click();
  await expect(beheerder.getByRole('heading', { name: 'App voor codes instellen' })).toBeVisible();
  await expect(beheerder.getByRole('img', { name: /QR-code/ })).toBeVisible();
  await expectAccessible(beheerder, 'authenticator app setup');

  const secret = await beheerder.locator('#totp-secret').getAttribute('data-secret');
  expect(secret).toBeTruthy();
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret ?? ''), digits: 6, period: 30 });

  // A wrong code is refused with a message at the field.
  const codeField = beheerder.getByLabel('Code uit de app');
  await codeField.fill('12');
  await beheerder.getByRole('button', { name: 'Code bevestigen' }).click();
  await expect(beheerder.getByRole('alert')).toContainText('6 cijfers');
  await expect(codeField).toHaveAttribute('aria-invalid', 'true');
  await expect(codeField).toBeFocused();
  await expectAccessible(beheerder, 'authenticator app setup with an error');

  await codeField.fill(totp.generate());
  await beheerder.getByRole('button', { name: 'Code bevestigen' }).click();
  await onPage(beheerder, 'Uw account is beveiligd', 'recovery codes');
  await expect(beheerder.locator('#recovery-codes li')).toHaveCount(10);
  await beheerder.getByLabel('Ik heb mijn herstelcodes veilig bewaard').check();
  await beheerder.getByRole('button', { name: 'Verder' }).click();

  await expect(beheerder).toHaveURL(/\/o\/[0-9a-f-]+$/);
  await onPage(beheerder, 'Welkom, Bea Beheer', 'beheerder home');
  // After navigating, focus is on the page heading.
  await expect(beheerder.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(beheerder.getByRole('banner')).toContainText('Gemeente Proef');

  // --- Beheerder invites an expert. ---
  await beheerder
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Gebruikers' })
    .click();
  await onPage(beheerder, 'Gebruikers', 'members page');
  await expect(beheerder.getByRole('table')).toContainText('bea@example.nl');

  await beheerder.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(beheerder.getByRole('alert')).toContainText('Vul een naam in.');
  await expect(beheerder.getByLabel('E-mailadres')).toBeFocused();
  await expectAccessible(beheerder, 'members page with errors');

  const invitedAt = new Date();
  await beheerder.getByLabel('E-mailadres').fill('eva@example.nl');
  await beheerder.getByLabel('Naam', { exact: true }).fill('Eva Expert');
  await beheerder.getByLabel('Rol', { exact: true }).selectOption({ label: 'Expert' });
  await beheerder.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(beheerder.getByRole('status')).toContainText('Eva Expert is uitgenodigd');
  const row = beheerder.getByRole('row', { name: /Eva Expert/ });
  await expect(row).toContainText('Uitgenodigd');
  await expect(row).toContainText('Expert');

  await row.getByRole('button', { name: 'Wijzigen: Eva Expert' }).click();
  await expect(beheerder.getByRole('heading', { name: 'Eva Expert wijzigen' })).toBeFocused();
  await expectAccessible(beheerder, 'member editor');
  await beheerder.getByRole('button', { name: 'Uitnodiging opnieuw sturen' }).click();
  await expect(beheerder.getByRole('status')).toContainText('opnieuw gestuurd naar eva@example.nl');
  await beheerder.getByRole('button', { name: 'Sluiten' }).click();
  await expect(row.getByRole('button', { name: 'Wijzigen: Eva Expert' })).toBeFocused();

  await beheerder
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Instellingen' })
    .click();
  await onPage(beheerder, 'Instellingen', 'settings page');
  await expect(beheerder.getByText('Gemeente Proef').first()).toBeVisible();
  const candidateSetting = beheerder.getByLabel('Kandidaten moeten bij het aanmelden een tweede stap doen');
  const wasRequired = await candidateSetting.isChecked();
  await candidateSetting.setChecked(!wasRequired);
  await beheerder.getByRole('button', { name: 'Opslaan' }).click();
  await expect(beheerder.getByRole('status')).toContainText('De instellingen zijn opgeslagen.');
  await beheerder.reload();
  await expect(candidateSetting).toBeChecked({ checked: !wasRequired });

  await beheerder
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Beveiliging' })
    .click();
  await onPage(beheerder, 'Beveiliging van uw account', 'account security page');

  // The language switch changes the texts and <html lang>.
  await beheerder.getByRole('button', { name: 'English' }).click();
  await expect(beheerder.getByRole('heading', { level: 1 })).toHaveText('Security of your account');
  await expect(beheerder.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(beheerder, 'account security page in English');
  await beheerder.getByRole('button', { name: 'Nederlands' }).click();
  await expect(beheerder.locator('html')).toHaveAttribute('lang', 'nl');

  await beheerder.getByRole('banner').getByRole('button', { name: 'Afmelden' }).click();
  await expect(beheerder).toHaveURL(/\/aanmelden$/);
  await expect(beheerder.getByText('U bent afgemeld.')).toBeVisible();

  // --- Expert: invitation link from the mail, then a passkey. ---
  const expertMail = await waitForMail(app.dataDir, 'eva@example.nl', { since: invitedAt });
  const expertContext = await browser.newContext({ baseURL: app.baseURL });
  const expert = await expertContext.newPage();
  await addVirtualAuthenticator(expertContext, expert);

  await expert.goto(expertMail.link);
  await expect(expert).toHaveURL(/\/aanmelden\/tweede-stap$/);
  await onPage(expert, 'Beveilig uw account', 'second factor choice (expert)');
  await expect(expert.getByLabel('Met een toegangssleutel (aanbevolen)')).toBeChecked();
  await expert.getByRole('button', { name: 'Verder' }).click();
  await expect(expert.getByRole('heading', { name: 'Toegangssleutel maken' })).toBeVisible();
  await expectAccessible(expert, 'passkey setup');
  await expert.getByLabel('Naam van de sleutel (niet verplicht)').fill('Testlaptop');
  await expert.getByRole('button', { name: 'Toegangssleutel maken' }).click();

  await onPage(expert, 'Uw account is beveiligd', 'recovery codes (expert)');
  await expert.getByLabel('Ik heb mijn herstelcodes veilig bewaard').check();
  await expert.getByRole('button', { name: 'Verder' }).click();
  await expect(expert).toHaveURL(/\/o\/[0-9a-f-]+$/);
  await onPage(expert, 'Welkom, Eva Expert', 'expert home');
  await expect(expert.getByRole('heading', { name: 'Scans om te beoordelen' })).toBeVisible();
  // Only a beheerder sees the users and settings pages.
  await expect(
    expert.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }),
  ).toHaveCount(0);
  await expert.goto(`${new URL(expert.url()).pathname}/gebruikers`);
  await onPage(expert, 'Geen toegang', 'beheerder-only page as expert');

  await expert.getByRole('banner').getByRole('button', { name: 'Afmelden' }).click();
  await expect(expert).toHaveURL(/\/aanmelden$/);

  // --- Both sign in again: a link from the sign-in page, then their second factor. ---
  const expertLink = await requestSignInLink(expert, app.dataDir, 'eva@example.nl');
  await expert.goto(expertLink);
  await onPage(expert, 'Bevestig dat u het bent', 'second step (passkey)');
  await expert.getByRole('button', { name: 'Bevestigen met toegangssleutel' }).click();
  await onPage(expert, 'Welkom, Eva Expert', 'expert home after passkey');

  const beheerderLink = await requestSignInLink(beheerder, app.dataDir, 'bea@example.nl');
  await beheerder.goto(beheerderLink);
  await onPage(beheerder, 'Bevestig dat u het bent', 'second step (app code)');
  // The code of the last sign-in cannot be used again; take the one for the next 30 seconds.
  await beheerder.getByLabel('Code uit de app').fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await beheerder.getByRole('button', { name: 'Aanmelden met code' }).click();
  await onPage(beheerder, 'Welkom, Bea Beheer', 'beheerder home after app code');

  await beheerderContext.close();
  await expertContext.close();
});

test('the sign-in page gives the same answer for an unknown address', async ({ page }) => {
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill('niet-bekend');
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(page.getByRole('alert')).toContainText('Vul een geldig e-mailadres in');
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-describedby', /email-error/);
  await expectAccessible(page, 'sign-in page with an error');

  await page.getByLabel('E-mailadres').fill('onbekend@example.nl');
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await onPage(page, 'Kijk in uw e-mail', 'link sent page');
  await expect(page.getByText('Is onbekend@example.nl bij ons bekend?')).toBeVisible();
});

test('a phone-sized screen shows the sign-in page without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/aanmelden');
  await onPage(page, 'Aanmelden', 'sign-in page on a phone');
  await expectNoSidewaysScrolling(page);
});

test('keyboard: the skip link is the first stop and leads to the content', async ({ page }) => {
  await page.goto('/aanmelden');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The next stop after the skip link is inside the main content, not the header.
  await expect(page.getByLabel('E-mailadres')).toBeFocused();
});
