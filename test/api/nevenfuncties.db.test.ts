// The nevenfuncties register through the API (issue 15): an official keeps their nevenfuncties
// with history (a change never overwrites), takes them over from their own scan only with consent
// and only as the scan says now, and the organisation publishes a half year as a snapshot that never
// changes; the public JSON and CSV hold only the fields the content file lists, the CSV is safe
// against formulas, and the public replies are cacheable and rate-limited.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOf } from '../../src/core/nevenfuncties/period.ts';
import { runScoped } from '../../src/server/db/transaction.ts';
import {
  type Client,
  createTestApp,
  makeTenant,
  type SignedIn,
  signedIn,
  type TestApp,
} from '../support/api.ts';
import { bestuurder, club, clubAnswers, type InvitedScan, invitedCandidate } from '../support/scan-setup.ts';

const entry = (over: Record<string, unknown> = {}) => ({
  function: 'Voorzitter',
  organisation: 'Stichting Dorpshuis',
  paid: false,
  hoursPerMonth: 6,
  startsOn: '2024-01-01',
  endsOn: null,
  approval: { by: 'Griffie-Geheim-Akkoord', on: '2024-01-15' },
  ...over,
});

describe('the nevenfuncties register', () => {
  let t: TestApp;
  let tenant: string;
  let slug: string;
  let beheerder: SignedIn;
  let opdrachtgever: SignedIn;
  let expert: SignedIn;
  let official: InvitedScan;
  const org = () => `/api/organisations/${tenant}`;
  const mine = () => `${org()}/my-nevenfuncties`;
  const feed = (kind: 'json' | 'csv', period?: string) =>
    `/api/public/register/${slug}/nevenfuncties.${kind}${period ? `?period=${period}` : ''}`;
  const period = () => periodOf(t.deps.now());

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t, 'Gemeente Register');
    slug = await runScoped(t.deps.database.db, { tenantId: null, userId: null }, async (tx) => {
      const row = await tx
        .selectFrom('tenants')
        .select('slug')
        .where('id', '=', tenant)
        .executeTakeFirstOrThrow();
      return row.slug;
    });
    beheerder = await signedIn(t, tenant, 'beheerder');
    opdrachtgever = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
    official = await invitedCandidate(t, tenant, opdrachtgever, expert, 'Wendy Wethouder');
  });
  afterAll(() => t.cleanup());

  async function add(client: Client, body: Record<string, unknown>) {
    const r = await client.post(mine(), body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  }

  it('asks for the office first, then keeps nevenfuncties with their history', async () => {
    const early = await official.candidate.post(mine(), entry());
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('nevenfuncties-office');

    const office = await official.candidate.call('PUT', `${mine()}/office`, { office: 'wethouder' });
    expect(office.status, JSON.stringify(office.body)).toBe(200);
    expect(office.body.office).toBe('wethouder');

    await add(official.candidate, entry());
    await add(
      official.candidate,
      entry({ function: 'Commissaris', organisation: 'Woonstede NV', paid: true }),
    );
    const three = await add(
      official.candidate,
      entry({ function: 'Lid', organisation: 'Oud bestuur', startsOn: '2019-01-01' }),
    );
    expect(three.entries).toHaveLength(3);

    // A change is a new version: the earlier one stays in the history.
    const dorpshuis = three.entries.find(
      (e: { organisation: string }) => e.organisation === 'Stichting Dorpshuis',
    );
    const changed = await official.candidate.call(
      'PUT',
      `${mine()}/${dorpshuis.id}`,
      entry({ function: 'Penningmeester', hoursPerMonth: 8 }),
    );
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const now = changed.body.entries.find((e: { id: string }) => e.id === dorpshuis.id);
    expect(now.function).toBe('Penningmeester');
    expect(now.history).toHaveLength(1);
    expect(now.history[0]).toMatchObject({ function: 'Voorzitter', hoursPerMonth: 6 });

    // Ending one: a version with an end date, before this half year began.
    const old = three.entries.find((e: { organisation: string }) => e.organisation === 'Oud bestuur');
    const ended = await official.candidate.call(
      'PUT',
      `${mine()}/${old.id}`,
      entry({ function: 'Lid', organisation: 'Oud bestuur', startsOn: '2019-01-01', endsOn: '2020-12-31' }),
    );
    expect(ended.status).toBe(200);
    expect(ended.body.entries.find((e: { id: string }) => e.id === old.id).endsOn).toBe('2020-12-31');

    // An end before the start, an impossible date, unknown fields: refused with the field's path.
    const bad = await official.candidate.call(
      'PUT',
      `${mine()}/${old.id}`,
      entry({ startsOn: '2024-02-30', endsOn: '2023-01-01', extra: 1 }),
    );
    expect(bad.status).toBe(400);
  });

  it('never rewrites history: the app may not update or delete versions or publications', async () => {
    for (const statement of [
      sql`update nevenfunctie_versions set function = 'x'`,
      sql`delete from nevenfunctie_versions`,
      sql`update nevenfunctie_publications set revision = 9`,
      sql`delete from nevenfunctie_publications`,
    ]) {
      await expect(
        runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) => statement.execute(tx)),
      ).rejects.toThrow(/permission denied/);
    }
  });

  it("another official cannot touch someone else's nevenfunctie", async () => {
    const other = await signedIn(t, tenant, 'kandidaat');
    await other.client.call('PUT', `${mine()}/office`, { office: 'burgemeester' });
    const own = await official.candidate.get(mine());
    const id = own.body.entries[0].id as string;
    const r = await other.client.call('PUT', `${mine()}/${id}`, entry({ function: 'Gekaapt' }));
    expect(r.status).toBe(404);
    const theirs = await other.client.get(mine());
    expect(theirs.body.entries).toEqual([]);
    const unknown = await official.candidate.call('PUT', `${mine()}/${randomUUID()}`, entry());
    expect(unknown.status).toBe(404);
  });

  it('publishes a half year with only the published fields; the snapshot never changes', async () => {
    expect((await t.client().get(feed('json'))).status).toBe(404);

    const preview = await beheerder.client.get(`${org()}/nevenfuncties`);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.slug).toBe(slug);
    expect(preview.body.publications).toEqual([]);

    const published = await beheerder.client.post(`${org()}/nevenfuncties/publications`, {
      period: period(),
    });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(published.body).toMatchObject({ period: period(), revision: 1, nevenfuncties: 2 });

    const json = await t.client().get(feed('json'));
    expect(json.status, JSON.stringify(json.body)).toBe(200);
    expect(json.headers.get('cache-control')).toBe('public, max-age=300');
    expect(json.body.schema).toBe('weerbaar.nevenfuncties/1');
    expect(json.body.fields).toEqual(['name', 'office', 'function', 'organisation', 'paid']);
    const wendy = json.body.officials.find((o: { name: string }) => o.name === 'Wendy Wethouder');
    expect(wendy.office).toBe('wethouder');
    // Ended before this half year: not in it. Each nevenfunctie has exactly the published fields.
    expect(wendy.nevenfuncties).toEqual(
      [
        { function: 'Penningmeester', organisation: 'Stichting Dorpshuis', paid: false },
        { function: 'Commissaris', organisation: 'Woonstede NV', paid: true },
      ].sort((a, b) => a.organisation.localeCompare(b.organisation, 'nl')),
    );
    // Nothing internal: no hours, no approval, no e-mail address, no ids.
    const text = JSON.stringify(json.body);
    for (const secret of [
      'Griffie-Geheim-Akkoord',
      'hoursPerMonth',
      'approval',
      'source',
      official.email,
      official.scanId,
    ])
      expect(text).not.toContain(secret);

    // The register changes afterwards; the publication does not.
    const own = await official.candidate.get(mine());
    const commissaris = own.body.entries.find((e: { function: string }) => e.function === 'Commissaris');
    await official.candidate.call(
      'PUT',
      `${mine()}/${commissaris.id}`,
      entry({ function: 'Voorzitter RvC', organisation: 'Woonstede NV', paid: true }),
    );
    const again = await t.client().get(feed('json', period()));
    expect(JSON.stringify(again.body.officials)).toBe(JSON.stringify(json.body.officials));

    // A correction: revision 2 of the same half year; both in the history, the newest served.
    const second = await beheerder.client.post(`${org()}/nevenfuncties/publications`, { period: period() });
    expect(second.body.revision).toBe(2);
    const corrected = await t.client().get(feed('json', period()));
    expect(corrected.body.revision).toBe(2);
    expect(JSON.stringify(corrected.body)).toContain('Voorzitter RvC');
    expect(corrected.body.publications.map((p: { revision: number }) => p.revision)).toEqual([2, 1]);
  });

  it('refuses a half year that has not begun, and a malformed one', async () => {
    const now = t.deps.now();
    const next = now.getUTCMonth() < 6 ? `${now.getUTCFullYear()}-H2` : `${now.getUTCFullYear() + 1}-H1`;
    const future = await beheerder.client.post(`${org()}/nevenfuncties/publications`, { period: next });
    expect(future.status).toBe(409);
    expect(future.body.code).toBe('nevenfuncties-period-future');
    expect(
      (await beheerder.client.post(`${org()}/nevenfuncties/publications`, { period: '2026-H3' })).status,
    ).toBe(400);
    expect((await t.client().get(feed('json', '2026-h2'))).status).toBe(400);
  });

  it('serves the CSV as RFC 4180 UTF-8 with formula cells neutralised', async () => {
    await official.candidate.post(
      mine(),
      entry({
        function: '=HYPERLINK("http://x.test","klik")',
        organisation: '+31 Vereniging, "Oost"',
        paid: true,
      }),
    );
    await official.candidate.post(mine(), entry({ function: '@SUM(A1)', organisation: '-Min Stichting' }));
    await beheerder.client.post(`${org()}/nevenfuncties/publications`, { period: period() });
    const csv = await t.client().get(feed('csv'));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('cache-control')).toBe('public, max-age=300');
    const text = csv.body as string;
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('period,name,office,function,organisation,paid');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x.test"",""klik"")","'+31 Vereniging, ""Oost""",ja`);
    expect(text).toContain(`'@SUM(A1),'-Min Stichting,nee`);
    for (const line of lines.slice(1).filter(Boolean)) {
      const cells = line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .map((c) => c.replace(/,$/, '').replace(/^"/, ''));
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@]/);
    }
    expect(text).not.toContain('Griffie-Geheim-Akkoord');
  });

  it('is public only for what was published: unknown organisations and no publication are 404', async () => {
    const unknown = await t.client().get('/api/public/register/bestaat-niet/nevenfuncties.json');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    const empty = await makeTenant(t, 'Gemeente Leeg');
    const emptySlug = await runScoped(
      t.deps.database.db,
      { tenantId: null, userId: null },
      async (tx) =>
        (await tx.selectFrom('tenants').select('slug').where('id', '=', empty).executeTakeFirstOrThrow())
          .slug,
    );
    expect((await t.client().get(`/api/public/register/${emptySlug}/nevenfuncties.csv`)).status).toBe(404);
  });
});

describe('taking nevenfuncties over from the scan', () => {
  let t: TestApp;
  let tenant: string;
  let scan: InvitedScan;
  let revision = 0;
  const mine = () => `/api/organisations/${tenant}/my-nevenfuncties`;

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t, 'Gemeente Overname');
    const opdrachtgever = await signedIn(t, tenant, 'opdrachtgever');
    const expert = await signedIn(t, tenant, 'expert');
    scan = await invitedCandidate(t, tenant, opdrachtgever, expert, 'Sam Scan');
  });
  afterAll(() => t.cleanup());

  async function answer(changes: Record<string, unknown>) {
    const r = await scan.candidate.call('PUT', `${scan.own}/answers`, {
      baseRevision: revision,
      saveId: randomUUID(),
      changes,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    revision = r.body.revision;
  }

  const adviser = {
    organisatie: 'Adviesbureau Zuid',
    rol: 'adviseur',
    betaald: 'ja',
    sector: 'vastgoed',
    relatie: [],
    behouden: 'neerleggen',
  };

  it('offers what the scan says now, copies only with consent and only what was shown', async () => {
    const answers = clubAnswers(bestuurder(t));
    await answer({ ...answers, nevenfuncties: [...(answers.nevenfuncties as object[]), adviser] });
    await scan.candidate.call('PUT', `${mine()}/office`, { office: 'wethouder' });

    const offer = await scan.candidate.get(`${mine()}/from-scan`);
    expect(offer.status, JSON.stringify(offer.body)).toBe(200);
    expect(offer.body.scan.id).toBe(scan.scanId);
    expect(offer.body.offered).toEqual([
      {
        index: 0,
        function: 'bestuurslid of voorzitter',
        organisation: 'VV De Zwaluwen',
        paid: false,
        layingDown: false,
        inRegister: false,
      },
      {
        index: 1,
        function: 'adviseur of lid van een adviesraad',
        organisation: 'Adviesbureau Zuid',
        paid: true,
        layingDown: true,
        inRegister: false,
      },
    ]);
    const body = { scanId: scan.scanId, fingerprint: offer.body.fingerprint, indexes: [0] };

    // No consent, no copy.
    expect((await scan.candidate.post(`${mine()}/from-scan`, body)).status).toBe(400);
    expect((await scan.candidate.post(`${mine()}/from-scan`, { ...body, consent: false })).status).toBe(400);
    // A fingerprint of something else: refused.
    const wrong = await scan.candidate.post(`${mine()}/from-scan`, {
      ...body,
      fingerprint: 'x',
      consent: true,
    });
    expect(wrong.status).toBe(409);
    expect(wrong.body.code).toBe('nevenfuncties-scan-changed');

    // The answers change after the list was shown: the take-over reads them again and refuses.
    await answer({ nevenfuncties: [{ ...club, organisatie: 'VV De Zwaluwen 2' }, adviser] });
    const stale = await scan.candidate.post(`${mine()}/from-scan`, { ...body, consent: true });
    expect(stale.status).toBe(409);
    expect((await scan.candidate.get(mine())).body.entries).toEqual([]);

    const fresh = await scan.candidate.get(`${mine()}/from-scan`);
    const taken = await scan.candidate.post(`${mine()}/from-scan`, {
      scanId: scan.scanId,
      fingerprint: fresh.body.fingerprint,
      indexes: [0],
      consent: true,
    });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    expect(taken.body.entries).toHaveLength(1);
    expect(taken.body.entries[0]).toMatchObject({
      function: 'bestuurslid of voorzitter',
      organisation: 'VV De Zwaluwen 2',
      paid: false,
      source: 'scan',
      hoursPerMonth: null,
      approval: null,
    });
    const after = await scan.candidate.get(`${mine()}/from-scan`);
    expect(after.body.offered.map((o: { inRegister: boolean }) => o.inRegister)).toEqual([true, false]);

    const events = await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
      tx
        .selectFrom('audit_events')
        .select(['action', 'data'])
        .where('action', 'like', 'nevenfunct%')
        .execute(),
    );
    expect(events.map((e) => e.action).sort()).toEqual([
      'nevenfunctie.added',
      'nevenfuncties.office_set',
      'nevenfuncties.taken_over',
    ]);
  });

  it('offers nothing the person hid again by answering "no nevenfuncties"', async () => {
    await answer({ heeft_nevenfuncties: 'nee' });
    const offer = await scan.candidate.get(`${mine()}/from-scan`);
    expect(offer.body.offered).toEqual([]);
  });

  it("cannot take over from someone else's scan", async () => {
    const other = await signedIn(t, tenant, 'kandidaat');
    await other.client.call('PUT', `${mine()}/office`, { office: 'wethouder' });
    const r = await other.client.post(`${mine()}/from-scan`, {
      scanId: scan.scanId,
      fingerprint: 'x',
      indexes: [0],
      consent: true,
    });
    expect(r.status).toBe(404);
    expect((await other.client.get(`${mine()}/from-scan`)).body).toEqual({
      scan: null,
      offered: [],
      fingerprint: null,
    });
  });
});
