// The antecedentenonderzoek in the browser:
//  - the operator loads the fictional list (weerbaar lists import);
//  - the candidate reads the bewilligingsverklaring and signs it by keyboard (with a second step
//    she set up just before, so it is fresh);
//  - the expert runs the check, sees each hit with its score and the features in words, confirms
//    the hit on the club she named and dismisses the one on a similar name, with reasons;
//  - the candidate's report shows the confirmed finding with its source, never the dismissed one.
// axe (WCAG 2.2 A/AA) on every page; 360 px without sideways scrolling for the candidate.
// Answering, the second step's set-up and finalising go through the API (tested elsewhere).
import * as OTPAuth from 'otpauth';
import type { Instrument } from '../src/core/instrument/schema.ts';
import { expectAccessible, expectNoSidewaysScrolling, PHONE } from './support/a11y.ts';
import {
  answersWithSideJob,
  api,
  inviteCandidate,
  organisationWithProcedure,
  reviewAndFinalise,
  saveAnswers,
} from './support/api.ts';
import type { Person } from './support/people.ts';
import { expect, test } from './support/server.ts';

let tenantId = '';
let procedureId = '';
let otto: Person;
let els: Person;
let fenna: Person;
let instrument: Instrument;

test.beforeAll(async ({ browser, app }) => {
  test.setTimeout(180_000);
  // The operator's list first: the CLI owns the data folder while it runs.
  const imported = await app.cli([
    'lists',
    'import',
    'lists/demo-fictief.ftm.jsonl',
    '--name',
    'Demo (fictief)',
    '--licence',
    'fictief',
  ]);
  expect(imported).toContain('versie / version 1');
  ({ els, otto, tenantId, instrument, procedureId } = await organisationWithProcedure(browser, app, {
    organisation: { slug: 'antecedenten', name: 'Gemeente Antecedenten' },
    expert: ['els.antecedenten@example.nl', 'Els Expert'],
    client: ['otto.antecedenten@example.nl', 'Otto Opdracht'],
    procedure: 'Wethouder 2026',
  }));
});

test.afterAll(async () => {
  await otto?.context.close();
  await els?.context.close();
  await fenna?.context.close();
});

test('candidate signs by keyboard, the expert checks, confirms one hit and dismisses one, the report shows the finding', async ({
  browser,
  app,
}) => {
  test.setTimeout(180_000);
  const invited = await inviteCandidate(
    browser,
    app,
    otto.page,
    { tenantId, procedureId },
    { email: 'fenna.antecedenten@example.nl', displayName: 'Fenna van der Verzonnen' },
    { viewport: PHONE },
  );
  fenna = invited.candidate;
  const { scanId } = invited;
  const page = fenna.page;
  await saveAnswers(page, { tenantId, scanId }, answersWithSideJob(instrument));
  await api(page, 'scans.submit', { params: { tenantId, scanId } });
  // Her second step (an authenticator app), set up through the API.
  const setup = await api(page, 'auth.totpSetup', {});
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(setup.secret), digits: 6, period: 30 });
  await api(page, 'auth.totpConfirm', { body: { code: totp.generate() } });

  // ── The candidate: from her scan to the declaration; she reads and signs by keyboard. ──
  await page.goto(`/o/${tenantId}/mijn-scans/${scanId}`);
  await page.getByRole('link', { name: 'Naar de toestemmingsverklaring' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Toestemming voor het antecedentenonderzoek' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Welke bronnen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Wie ziet de uitkomst' })).toBeVisible();
  await expect(page.getByText('U heeft nog geen toestemming gegeven.')).toBeVisible();
  await expectAccessible(page, 'the declaration, unsigned');
  await expectNoSidewaysScrolling(page);
  await page.getByLabel('Ik heb de verklaring gelezen').focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Ik heb de verklaring gelezen')).toBeChecked();
  await page.keyboard.press('Tab');
  const sign = page.getByRole('button', { name: 'Toestemming geven en ondertekenen' });
  await expect(sign).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Uw toestemming is vastgelegd.' })).toBeVisible();
  await expect(page.getByText(/U heeft op .* toestemming gegeven \(versie 1\.1\.0\)/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Toestemming intrekken' })).toBeVisible();
  await expectAccessible(page, 'the declaration, signed');

  // ── The expert runs the check and decides on two hits. ──
  const e = els.page;
  await e.goto(`/o/${tenantId}/procedures/${procedureId}/scans/${scanId}/beoordeling`);
  await e.getByRole('link', { name: 'Naar het antecedentenonderzoek' }).click();
  await expect(e.getByRole('heading', { level: 1, name: 'Antecedentenonderzoek' })).toBeVisible();
  await expect(e.getByText(/Toestemming gegeven op/)).toBeVisible();
  await expect(e.getByText('VV De Zwaluwen (organisatie uit de antwoorden)')).toBeVisible();
  await expect(e.getByText('Lijst “Demo (fictief)”, versie 1 (10 vermeldingen)')).toBeVisible();
  await expectAccessible(e, 'the check, before running');
  await e.getByRole('button', { name: 'Onderzoek uitvoeren' }).click();
  await expect(e.getByRole('heading', { level: 2, name: 'Treffers' })).toBeVisible();

  const person = e.getByRole('article', { name: 'Fenna Verzonnen — voor Fenna van der Verzonnen' });
  await expect(person).toBeVisible();
  await expect(person.getByText(/Overeenkomst: \d+%/)).toBeVisible();
  await expect(person.getByText('Waarom deze treffer')).toBeVisible();
  await expect(person.getByRole('listitem').first()).toBeVisible();
  await person.getByRole('radio', { name: /Verwerpen/ }).check();
  await person.getByLabel('Reden').fill('Een andere persoon: de lijst noemt een gedeputeerde elders.');
  await person.getByRole('button', { name: 'Oordeel opslaan' }).click();
  await expect(person.getByText(/^Verworpen: Een andere persoon/)).toBeVisible();

  const club = e.getByRole('article', { name: 'VV De Zwaluwen — voor VV De Zwaluwen' });
  await club.getByRole('radio', { name: /Bevestigen/ }).check();
  await club.getByLabel('Reden').fill('Dezelfde vereniging als in de scan genoemd.');
  await club.getByLabel('Thema waar de bevinding over gaat').selectOption({ label: 'Nevenfuncties' });
  await club.getByRole('button', { name: 'Oordeel opslaan' }).click();
  await expect(club.getByText(/^Bevestigd: Dezelfde vereniging/)).toBeVisible();
  await expectAccessible(e, 'the check with decisions');

  await reviewAndFinalise(e, { tenantId, procedureId, scanId }, []);

  // ── The candidate's report: the confirmed finding with its source; not the dismissed one. ──
  await page.goto(`/o/${tenantId}/mijn-scans/${scanId}/rapport`);
  const section = page.getByRole('region', { name: 'Antecedentenonderzoek' });
  await expect(section).toBeVisible();
  await expect(section.getByText(/Lijst “Demo \(fictief\)”, versie 1, op/)).toBeVisible();
  const findings = section.getByRole('region', { name: 'Bevindingen' });
  await expect(findings.getByText(/^VV De Zwaluwen/)).toBeVisible();
  await expect(findings.getByText('Bron: lijst “Demo (fictief)”, versie 1')).toBeVisible();
  await expect(findings.getByText('Thema: Nevenfuncties')).toBeVisible();
  // …and as evidence under its theme, a kind of its own with its source (never an answer).
  const theme = page.getByRole('article', { name: 'Nevenfuncties' });
  await expect(theme.getByRole('heading', { name: 'Bevinding uit het antecedentenonderzoek' })).toBeVisible();
  await expect(theme.getByText('Bron: referentielijst “Demo (fictief)”, versie 1')).toBeVisible();
  await expect(page.getByText('Fenna Verzonnen')).toHaveCount(0);
  await expect(page.getByText(/andere persoon/)).toHaveCount(0);
  await expectAccessible(page, 'the report with the finding');
  await expectNoSidewaysScrolling(page);
});
