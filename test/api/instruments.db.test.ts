// Instruments through the API: listed with version and content hash, readable, and answerable:
// the same engine evaluates on the server as in the browser. The catalogue and the preview are the
// beheerder's (the opdrachtgever lists them to open a procedure); a candidate and an expert read
// only the version their scan or procedure pinned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, makeTenant, signedIn, type TestApp } from '../support/api.ts';
import { invitedCandidate } from '../support/scan-setup.ts';

const expected = [
  'netwerkbewustzijn-rijk',
  'weerbaarheidscheck-raadslid',
  'weerbaarheidsscan-bestuurder',
  'zelfscan-veiligheid',
];

describe('instruments API', () => {
  let t: TestApp;
  let tenant: string;
  let org: string;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t);
    org = `/api/organisations/${tenant}`;
  });
  afterAll(() => t.cleanup());

  it('lists the four instruments with version and content hash', async () => {
    const admin = await signedIn(t, tenant, 'beheerder');
    const r = await admin.client.get(`${org}/instruments`);
    expect(r.status).toBe(200);
    expect(r.body.instruments.map((i: { id: string }) => i.id)).toEqual(expected);
    for (const i of r.body.instruments) {
      expect(i.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(i.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('answers every instrument through the API and gets an evaluation back', async () => {
    const admin = await signedIn(t, tenant, 'beheerder');
    for (const id of expected) {
      const def = await admin.client.get(`${org}/instruments/${id}`);
      expect(def.status).toBe(200);
      const first = def.body.definition.parts[0].sections[0].items[0];
      const r = await admin.client.post(`${org}/instruments/${id}/evaluate`, { answers: {} });
      expect(r.status).toBe(200);
      expect(r.body.instrument).toMatchObject({ id, version: def.body.version, hash: def.body.hash });
      expect(r.body.evaluation.visibleItems).toContain(first.id);
      expect(r.body.evaluation.indicators.length).toBe(def.body.definition.indicators.length);
    }
  });

  it('a known answer set through the API gives the known level, evidence and measures', async () => {
    const admin = await signedIn(t, tenant, 'beheerder');
    const club = {
      organisatie: 'VV De Zwaluwen',
      rol: 'bestuur',
      betaald: 'nee',
      sector: 'sport_cultuur',
      relatie: ['subsidie'],
    };
    const r = await admin.client.post(`${org}/instruments/weerbaarheidsscan-bestuurder/evaluate`, {
      answers: { heeft_nevenfuncties: 'ja', nevenfuncties: [{ ...club, behouden: 'behouden' }] },
    });
    expect(r.status).toBe(200);
    const indicator = r.body.evaluation.indicators.find(
      (i: { id: string }) => i.id === 'nevenfunctie_gemeentebelang',
    );
    expect(indicator).toMatchObject({ level: 'risico', evidence: [{ item: 'nevenfuncties', entries: [0] }] });
    expect(r.body.evaluation.measures.map((m: { id: string }) => m.id)).toContain('nevenfunctie_neerleggen');

    const laidDown = await admin.client.post(`${org}/instruments/weerbaarheidsscan-bestuurder/evaluate`, {
      answers: { heeft_nevenfuncties: 'ja', nevenfuncties: [{ ...club, behouden: 'neerleggen' }] },
    });
    const lower = laidDown.body.evaluation.indicators.find(
      (i: { id: string }) => i.id === 'nevenfunctie_gemeentebelang',
    );
    expect(lower.level).toBe('aandachtspunt');
  });

  it('reports answers that do not fit, per item, without failing the request', async () => {
    const admin = await signedIn(t, tenant, 'beheerder');
    const r = await admin.client.post(`${org}/instruments/zelfscan-veiligheid/evaluate`, {
      answers: { bestaat_niet: 'x' },
    });
    expect(r.status).toBe(200);
    expect(r.body.evaluation.errors).toEqual([
      expect.objectContaining({ item: 'bestaat_niet', code: 'unknown-item' }),
    ]);
  });

  it('unknown instruments and versions are 404; the zelfscan needs no account', async () => {
    const admin = await signedIn(t, tenant, 'beheerder');
    expect((await admin.client.get(`${org}/instruments/bestaat-niet`)).status).toBe(404);
    expect((await admin.client.get(`${org}/instruments/zelfscan-veiligheid?version=9.9.9`)).status).toBe(404);
    const anonymous = t.client();
    expect((await anonymous.get(`${org}/instruments`)).status).toBe(401);
    const zelfscan = await anonymous.get('/api/public/zelfscan');
    expect(zelfscan.status).toBe(200);
    expect(zelfscan.body.definition.mode).toBe('zelfscan');
    const evaluated = await anonymous.post('/api/public/zelfscan/evaluate', { answers: {} });
    expect(evaluated.status).toBe(200);
    // Nothing about the zelfscan is written anywhere.
    const audit = await t.deps.database.owner.selectFrom('audit_events').select('action').execute();
    expect(audit.map((a) => a.action).filter((a) => a.includes('zelfscan'))).toEqual([]);
  });

  it('a candidate and an expert read the pinned version through their scan and procedure, not the catalogue', async () => {
    const opener = await signedIn(t, tenant, 'opdrachtgever');
    const expert = await signedIn(t, tenant, 'expert');
    const scan = await invitedCandidate(t, tenant, opener, expert);
    // New procedures pin the newest version.
    const pinned = t.deps.instruments.latest('weerbaarheidsscan-bestuurder')!;
    const own = await scan.candidate.get(`${scan.own}/instrument`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      id: pinned.instrument.id,
      version: pinned.instrument.version,
      hash: pinned.hash,
    });
    expect(own.body.definition.id).toBe('weerbaarheidsscan-bestuurder');
    const forExpert = await expert.client.get(`${org}/procedures/${scan.procedureId}/instrument`);
    expect(forExpert.status).toBe(200);
    expect(forExpert.body.hash).toBe(pinned.hash);
    // The catalogue and the preview stay closed to them, as the web shows them to the beheerder only.
    expect((await scan.candidate.get(`${org}/instruments`)).status).toBe(403);
    expect((await scan.candidate.get(`${org}/instruments/weerbaarheidsscan-bestuurder`)).status).toBe(403);
    expect((await expert.client.get(`${org}/instruments/weerbaarheidsscan-bestuurder`)).status).toBe(403);
    expect((await opener.client.get(`${org}/instruments`)).status).toBe(200);
    expect((await opener.client.get(`${org}/instruments/weerbaarheidsscan-bestuurder`)).status).toBe(403);
    // Another expert of the organisation, not on this procedure, does not get its version.
    const stranger = await signedIn(t, tenant, 'expert');
    expect((await stranger.client.get(`${org}/procedures/${scan.procedureId}/instrument`)).status).toBe(404);
  });
});
