// The network map in the scan flow: autosaved whole with the same revision rules as answers,
// validated against the pinned instrument's catalogue, sealed, fed into the indicators at submit,
// and exportable by the candidate.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Network } from '../../src/core/network/model.ts';
import { runScoped } from '../../src/server/db/transaction.ts';
import { completeAnswers } from '../../src/server/demo/fill-answers.ts';
import {
  createTestApp,
  lastLinkFor,
  makeTenant,
  type SignedIn,
  signedIn,
  type TestApp,
} from '../support/api.ts';

const network: Network = {
  version: 1,
  ego: { gender: 'vrouw' },
  contexts: [
    { id: 'c1', catalogueId: 'familie', interests: [] },
    { id: 'c2', catalogueId: 'eigen_bedrijf', interests: ['opdrachten'] },
  ],
  contacts: [
    {
      id: 'p1',
      label: 'JdV',
      kind: 'person',
      direct: true,
      contexts: ['c1', 'c2'],
      closeness: 5,
      business: 'ja',
    },
    { id: 'p2', label: 'Kees', kind: 'person', direct: true, contexts: ['c1'], closeness: 3 },
    { id: 'p3', label: 'AB', kind: 'person', direct: true, contexts: ['c2'], closeness: 2 },
  ],
  ties: [{ a: 'p1', b: 'p2' }],
  memberships: [],
};

describe('network map', () => {
  let t: TestApp;
  let tenant: string;
  let client: SignedIn;
  let expert: SignedIn;
  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t);
    client = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
  });
  afterAll(() => t.cleanup());

  it('saves, refuses what does not fit, seals, feeds indicators and exports', async () => {
    const org = `/api/organisations/${tenant}`;
    const catalogue = t.deps.instruments.latest('weerbaarheidsscan-bestuurder')!.instrument.network!;
    // Use real catalogue ids for the contexts.
    const family = catalogue.contexts.find((c) => c.private)!.id;
    const business = catalogue.contexts.find((c) => !c.private)!.id;
    const interest = catalogue.interests[0]!.id;
    const map: Network = {
      ...network,
      contexts: [
        { id: 'c1', catalogueId: family, interests: [] },
        { id: 'c2', catalogueId: business, interests: [interest] },
      ],
    };
    const procedure = await client.client.post(`${org}/procedures`, {
      name: 'Netwerk',
      office: 'wethouder',
      instrumentId: 'weerbaarheidsscan-bestuurder',
      retentionDays: 30,
      expertMembershipIds: [expert.membershipId],
    });
    const email = `netwerk-${randomUUID().slice(0, 8)}@test.nl`;
    const invited = await client.client.post(`${org}/procedures/${procedure.body.id}/candidates`, {
      email,
      displayName: 'N',
    });
    const candidate = t.client();
    await candidate.post('/api/auth/redeem', { token: lastLinkFor(t, email)! });
    const own = `${org}/my-scans/${invited.body.scanId}`;

    const bad = await candidate.call('PUT', `${own}/network`, {
      baseRevision: 0,
      saveId: randomUUID(),
      network: {
        ...map,
        contacts: [{ ...map.contacts[0], religion: 'x', closeness: 9 }],
        ties: [{ a: 'p1', b: 'zz' }],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid-network');
    const paths = bad.body.errors.map((e: { path: unknown[] }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['network', 'contacts', 0, 'religion'],
        ['network', 'contacts', 0, 'closeness'],
      ]),
    );
    expect((await candidate.get(own)).body.network).toBeNull();

    const saved = await candidate.call('PUT', `${own}/network`, {
      baseRevision: 0,
      saveId: randomUUID(),
      network: map,
    });
    expect(saved.body).toEqual({ revision: 1 });
    expect((await candidate.get(own)).body.network.contacts.map((c: { label: string }) => c.label)).toEqual([
      'JdV',
      'Kees',
      'AB',
    ]);
    const stale = await candidate.call('PUT', `${own}/network`, {
      baseRevision: 0,
      saveId: randomUUID(),
      network: map,
    });
    expect(stale.status).toBe(409);
    const raw = await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
      sql<{
        dump: string;
      }>`select encode(network_sealed, 'escape') as dump from scans where id = ${invited.body.scanId}`.execute(
        tx,
      ),
    );
    expect(raw.rows[0]!.dump).not.toContain('JdV');

    const graphml = await candidate.get(`${own}/network/export?format=graphml`);
    expect(graphml.body.content).toContain('<data key="label">JdV</data>');
    const alters = await candidate.get(`${own}/network/export?format=egor-alters`);
    expect(alters.body.content.trim().split('\r\n')).toHaveLength(4);
    expect((await candidate.get(`${own}/network/export?format=pdf`)).status).toBe(400);

    const instrument = t.deps.instruments.latest('weerbaarheidsscan-bestuurder')!.instrument;
    await candidate.call('PUT', `${own}/answers`, {
      baseRevision: 1,
      saveId: randomUUID(),
      changes: completeAnswers(instrument),
    });
    expect((await candidate.post(`${own}/submit`)).body.status).toBe('submitted');
    const review = await expert.client.get(
      `${org}/procedures/${procedure.body.id}/scans/${invited.body.scanId}`,
    );
    expect(review.body.networkAnalysis.measures).toMatchObject({
      contacts: 3,
      multiplexContacts: 1,
      density: expect.closeTo(1 / 3, 6),
    });
    // The measures reached the indicators: every network evidence item carries its value.
    const networkEvidence = review.body.evaluation.indicators.flatMap(
      (i: { evidence: Array<{ network?: string; measure?: number }> }) => i.evidence.filter((e) => e.network),
    );
    for (const e of networkEvidence) expect(typeof e.measure).toBe('number');
  });
});
