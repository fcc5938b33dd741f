// A calibrated judgement in the browser (issue 16): a candidate whose network map holds three
// people sends her answers; her report shows no dependence on a few people (three contacts say
// nothing about that), and the two people in sensitive sectors she knows only through her best
// friend are named with the way to them: "HV (vastgoed), via KL". Answering, drawing the map and
// the expert's review go through the API; sending and reading the report are the candidate's own.

import type { Instrument } from '../src/core/instrument/schema.ts';
import { expectAccessible } from './support/a11y.ts';
import {
  answersWithSideJob,
  api,
  INSTRUMENT,
  inviteCandidate,
  organisationWithProcedure,
  reviewAndFinalise,
  saveAnswers,
} from './support/api.ts';
import type { Person } from './support/people.ts';
import { expect, test } from './support/server.ts';

let tenantId = '';
let otto: Person;
let els: Person;
let kim: Person | undefined;
let procedureId = '';
let instrument: Instrument;

test.beforeAll(async ({ browser, app }) => {
  test.setTimeout(120_000);
  ({ els, otto, tenantId, procedureId, instrument } = await organisationWithProcedure(browser, app, {
    organisation: { slug: 'klein-netwerk', name: 'Gemeente Klein Netwerk' },
    expert: ['els.klein@example.nl', 'Els Expert'],
    client: ['otto.klein@example.nl', 'Otto Opdracht'],
    procedure: 'Wethouder 2027',
  }));
});

test.afterAll(async () => {
  await otto?.context.close();
  await els?.context.close();
  await kim?.context.close();
});

/** Three people she knows; her best friend KL knows two people in sensitive sectors she does not. */
const threeContacts = {
  version: 1,
  ego: { gender: 'vrouw' },
  contexts: [
    { id: 'fam', catalogueId: 'familie', interests: [] },
    { id: 'vr', catalogueId: 'vrienden', interests: [] },
  ],
  contacts: [
    { id: 'p', label: 'Partner', kind: 'person', direct: true, contexts: ['fam'], closeness: 5 },
    { id: 'z', label: 'Zus', kind: 'person', direct: true, contexts: ['fam'], closeness: 5 },
    {
      id: 'kl',
      label: 'KL',
      kind: 'person',
      direct: true,
      contexts: ['vr'],
      closeness: 5,
      sector: 'onderwijs',
    },
    {
      id: 'hv',
      label: 'HV',
      kind: 'person',
      direct: false,
      contexts: [],
      sector: 'vastgoed',
      business: 'ja',
    },
    { id: 'db', label: 'DB', kind: 'person', direct: false, contexts: [], sector: 'horeca' },
  ],
  ties: [
    { a: 'p', b: 'z' },
    { a: 'kl', b: 'hv', strength: 3 },
    { a: 'kl', b: 'db', strength: 2 },
  ],
  memberships: [],
};

test('three contacts: no dependence point; one person removed: the way is named', async ({
  browser,
  app,
}) => {
  test.setTimeout(180_000);
  const procedure = await api(otto.page, 'procedures.read', { params: { tenantId, procedureId } });
  // New procedures pin the calibrated version.
  expect(procedure.instrument).toEqual(expect.objectContaining({ id: INSTRUMENT, version: '1.1.0' }));
  const invited = await inviteCandidate(
    browser,
    app,
    otto.page,
    { tenantId, procedureId },
    {
      email: 'kim.klein@example.nl',
      displayName: 'Kim Kandidaat',
    },
  );
  kim = invited.candidate;
  const page = kim.page;
  const own = { tenantId, scanId: invited.scanId };
  const revision = await saveAnswers(page, own, answersWithSideJob(instrument));
  await api(page, 'scans.saveNetwork', {
    params: own,
    body: { baseRevision: revision, saveId: crypto.randomUUID(), network: threeContacts },
  });

  // Kim sends her answers herself.
  await page.goto(`/o/${tenantId}/mijn-scans/${invited.scanId}`);
  const begin = page.getByRole('button', { name: 'Begin met de vragen' });
  if (await begin.isVisible()) await begin.click();
  await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await expect.poll(async () => (await api(page, 'scans.readOwn', { params: own })).status).toBe('submitted');

  await reviewAndFinalise(els.page, { tenantId, procedureId, scanId: invited.scanId }, []);

  await page.goto(`/o/${tenantId}/mijn-scans/${invited.scanId}/rapport`);
  await expect(page.getByRole('heading', { level: 1, name: 'Uw rapport' })).toBeVisible();
  const network = page.getByRole('article', { name: 'Netwerk' });
  // No dependence point: the indicator is only among the quiet ones.
  const raised = network.locator('.weerbaar-indicator');
  await expect(raised.filter({ hasText: 'Afhankelijkheid van een klein aantal mensen' })).toHaveCount(0);
  await expect(
    network.getByText(/Geen aandachtspunt bij:.*Afhankelijkheid van een klein aantal mensen/),
  ).toBeVisible();
  // One person removed: who, in which sector, and through whom.
  const removed = raised.filter({ hasText: 'Gevoelige sectoren op één persoon afstand' });
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText('HV (vastgoed), via KL');
  await expect(removed).toContainText('DB (horeca en hotels), via KL');
  await expectAccessible(page, 'report with a small network');
});
