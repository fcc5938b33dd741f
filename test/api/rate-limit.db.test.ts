// Expensive routes are limited per person (issue 11): PDF reports, exports of one's own data and
// network, evaluations (per address for the public zelfscan) and the leidraad. Each kind has its
// own setting; past it the route answers 429 problem+json with Retry-After and a sentence in Dutch
// and English, others are not affected, and the next window allows it again. Limits here are 2.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { runScoped } from '../../src/server/db/transaction.ts';
import { allRoutes } from '../../src/server/routes/index.ts';
import { sealField } from '../../src/server/scans/content.ts';
import {
  type Client,
  createTestApp,
  makeTenant,
  type Reply,
  type SignedIn,
  signedIn,
  type TestApp,
} from '../support/api.ts';
import { finishedAndReleasedToCommittee, openList } from '../support/committee-setup.ts';
import { type InvitedScan, invitedCandidate } from '../support/scan-setup.ts';

describe('rate limits on expensive routes', () => {
  let t: TestApp;
  let tenant: string;
  let opdrachtgever: SignedIn;
  let expert: SignedIn;
  let scan: InvitedScan;

  beforeAll(async () => {
    t = await createTestApp({
      WEERBAAR_SIGN_IN_RATE_LIMIT: '10000',
      WEERBAAR_RATE_LIMIT_PDF: '2',
      WEERBAAR_RATE_LIMIT_EXPORT: '2',
      WEERBAAR_RATE_LIMIT_EVALUATE: '2',
      WEERBAAR_RATE_LIMIT_LEIDRAAD: '2',
      WEERBAAR_RATE_LIMIT_REGISTER: '2',
      WEERBAAR_RATE_LIMIT_WINDOW_MINUTES: '10',
    });
    tenant = await makeTenant(t);
    opdrachtgever = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
    scan = await invitedCandidate(t, tenant, opdrachtgever, expert);
    await reportReadyWithRelease(scan.scanId);
  });
  afterAll(() => t.cleanup());

  /** The report made final with an active full release, written directly (the flow is tested elsewhere). */
  async function reportReadyWithRelease(scanId: string) {
    const loaded = t.deps.instruments.get('weerbaarheidsscan-bestuurder', '1.0.0')!;
    const sealed = await sealField(t.deps, { tenant_id: tenant, id: scanId }, 'evaluation', {
      instrument: { id: loaded.instrument.id, version: loaded.instrument.version, hash: loaded.hash },
      evaluatedAt: new Date().toISOString(),
      evaluation: evaluate(loaded.instrument, { answers: {} }),
    });
    await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, async (tx) => {
      await tx
        .updateTable('scans')
        .set({ status: 'report-ready', evaluation_sealed: sealed })
        .where('id', '=', scanId)
        .execute();
      await tx
        .insertInto('releases')
        .values({
          id: randomUUID(),
          tenant_id: tenant,
          scan_id: scanId,
          scope: 'volledig',
          until: new Date(Date.now() + 86_400_000),
          created_at: new Date(),
        })
        .execute();
    });
  }

  function expectTooMany(reply: Reply, what: { nl: string; en: string }) {
    expect(reply.status, JSON.stringify(reply.body)).toBe(429);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(reply.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(reply.body).toMatchObject({ status: 429, code: 'rate-limited', title: expect.any(String) });
    expect(reply.body.message.nl).toContain(`te veel ${what.nl}`);
    expect(reply.body.message.nl).toContain('hooguit 2 per 10 minuten');
    expect(reply.body.message.en).toContain(`Too many ${what.en}`);
    expect(reply.body.detail).toBe(reply.body.message.nl);
  }

  const org = () => `/api/organisations/${tenant}`;
  const pdf = (client: Client, path: string) => client.get(path);

  it('PDF reports: two per person, the third refused; another reader still gets theirs', async () => {
    const own = `${scan.own}/report.pdf`;
    for (let i = 0; i < 2; i += 1) expect((await pdf(scan.candidate, own)).status).toBe(200);
    expectTooMany(await pdf(scan.candidate, `${own}?language=en`), {
      nl: 'PDF-rapporten',
      en: 'PDF reports',
    });
    // The three PDF routes share the person's count; the expert has their own.
    expect((await pdf(expert.client, `${scan.review}/expert-report.pdf`)).status).toBe(200);
    expect((await pdf(opdrachtgever.client, `${scan.review}/report.pdf`)).status).toBe(200);
  });

  it('exports: own data and network export count together', async () => {
    expect((await scan.candidate.get(`${org()}/my-data`)).status).toBe(200);
    expect((await scan.candidate.get(`${scan.own}/network/export?format=graphml`)).status).toBe(200);
    expectTooMany(await scan.candidate.get(`${org()}/my-data`), { nl: 'exports', en: 'exports' });
    expectTooMany(await scan.candidate.get(`${scan.own}/network/export?format=ftm`), {
      nl: 'exports',
      en: 'exports',
    });
  });

  it('evaluations: per person for the preview, per network address for the public zelfscan', async () => {
    // The preview is the beheerder's (instruments.preview): two of them, each with their own count.
    const preview = `${org()}/instruments/zelfscan-veiligheid/evaluate`;
    const first = await signedIn(t, tenant, 'beheerder');
    const second = await signedIn(t, tenant, 'beheerder');
    for (let i = 0; i < 2; i += 1)
      expect((await first.client.post(preview, { answers: {} })).status).toBe(200);
    expectTooMany(await first.client.post(preview, { answers: {} }), {
      nl: 'berekeningen',
      en: 'evaluations',
    });
    expect((await second.client.post(preview, { answers: {} })).status).toBe(200);

    const anonymous = t.client();
    for (let i = 0; i < 2; i += 1)
      expect((await anonymous.post('/api/public/zelfscan/evaluate', { answers: {} })).status).toBe(200);
    // Another browser on the same address shares the count: there is no person to count by.
    expectTooMany(await t.client().post('/api/public/zelfscan/evaluate', { answers: {} }), {
      nl: 'berekeningen',
      en: 'evaluations',
    });
  });

  it("the committee's view and leidraad: per person, like the leidraad", async () => {
    const committee = await signedIn(t, tenant, 'commissie');
    const procedureId = await openList(t, tenant, committee, expert);
    const invited = await committee.client.post(`${org()}/kandidatenlijsten/${procedureId}/kandidaten`, {
      email: 'lijst-limiet@test.nl',
      displayName: 'Kandidaat',
    });
    await finishedAndReleasedToCommittee(t, tenant, invited.body.scanId as string);
    const view = `${org()}/kandidatenlijsten/${procedureId}/kandidaten/${invited.body.scanId}`;
    for (let i = 0; i < 2; i += 1) expect((await committee.client.get(view)).status).toBe(200);
    expectTooMany(await committee.client.get(view), {
      nl: 'opvragingen van de leidraad',
      en: 'interview guide requests',
    });
  });

  it('invalid requests are refused before they count', async () => {
    const preview = `${org()}/instruments/zelfscan-veiligheid/evaluate`;
    const fresh = await signedIn(t, tenant, 'beheerder');
    for (let i = 0; i < 3; i += 1)
      expect((await fresh.client.post(preview, { answers: 'nee' })).status).toBe(400);
    expect((await fresh.client.post(preview, { answers: {} })).status).toBe(200);
  });

  it('the leidraad: per person', async () => {
    const guide = `${scan.review}/leidraad`;
    for (let i = 0; i < 2; i += 1) expect((await expert.client.get(guide)).status).toBe(200);
    expectTooMany(await expert.client.get(guide), {
      nl: 'opvragingen van de leidraad',
      en: 'interview guide requests',
    });
    expect((await opdrachtgever.client.get(guide)).status).toBe(200);
  });

  it('the public nevenfuncties register: per network address, JSON and CSV together', async () => {
    const beheerder = await signedIn(t, tenant, 'beheerder');
    await beheerder.client.post(`${org()}/nevenfuncties/publications`, { period: '2025-H2' });
    const slug = await runScoped(
      t.deps.database.db,
      { tenantId: null, userId: null },
      async (tx) =>
        (await tx.selectFrom('tenants').select('slug').where('id', '=', tenant).executeTakeFirstOrThrow())
          .slug,
    );
    const feed = `/api/public/register/${slug}/nevenfuncties`;
    expect((await t.client().get(`${feed}.json`)).status).toBe(200);
    expect((await t.client().get(`${feed}.csv`)).status).toBe(200);
    expectTooMany(await t.client().get(`${feed}.json`), {
      nl: 'opvragingen van het openbare register',
      en: 'requests for the public register',
    });
  });

  it('the OpenAPI document declares the 429 with Retry-After on exactly those routes', async () => {
    const document = (await t.client().get('/api/openapi.json')).body;
    const limited: string[] = [];
    for (const methods of Object.values(document.paths) as Array<Record<string, Record<string, never>>>) {
      // biome-ignore lint/suspicious/noExplicitAny: the document is read field by field
      for (const op of Object.values(methods) as unknown as Array<{ operationId: string; responses: any }>) {
        const tooMany = op.responses['429'];
        if (!tooMany) continue;
        limited.push(op.operationId);
        expect(tooMany.content['application/problem+json']).toBeDefined();
        expect(tooMany.headers['Retry-After'].schema.type).toBe('integer');
      }
    }
    expect(limited.sort()).toEqual(
      [
        'committee.view',
        'conversation.guide',
        'instruments.evaluate',
        'nevenfuncties.publicCsv',
        'nevenfuncties.publicJson',
        'reports.expertPdf',
        'reports.ownPdf',
        'reports.releasedPdf',
        'research.exportCsv',
        'research.exportOds',
        'scans.exportNetwork',
        'scans.exportOwnData',
        'zelfscan.evaluate',
      ].sort(),
    );
    expect(
      allRoutes
        .filter((r) => r.rateLimit)
        .map((r) => r.id)
        .sort(),
    ).toEqual(limited.sort());
  });
  // Last: moving the clock ends the candidate's recent sign-in, which the exports need.
  it('a new window allows it again', async () => {
    const own = `${scan.own}/report.pdf`;
    expect((await pdf(scan.candidate, own)).status).toBe(429);
    t.advance(10 * 60_000 + 1000);
    expect((await pdf(scan.candidate, own)).status).toBe(200);
  });
});
