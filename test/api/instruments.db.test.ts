// Instruments through the API: listed with version and content hash, readable, and answerable:
// the same engine evaluates on the server as in the browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, makeTenant, signedIn, type TestApp } from '../support/api.ts';

const expected = [
  'netwerkbewustzijn-rijk',
  'weerbaarheidscheck-raadslid',
  'weerbaarheidsscan-bestuurder',
  'zelfscan-veiligheid',
];

describe('instruments API', () => {
  let t: TestApp;
  let tenant: string;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t);
  });
  afterAll(() => t.cleanup());

  it('lists the four instruments with version and content hash', async () => {
    const admin = await signedIn(t, tenant, 'beheerder');
    const r = await admin.client.get('/api/instruments');
    expect(r.status).toBe(200);
    expect(r.body.instruments.map((i: { id: string }) => i.id)).toEqual(expected);
    for (const i of r.body.instruments) {
      expect(i.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(i.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('answers every instrument through the API and gets an evaluation back', async () => {
    const expert = await signedIn(t, tenant, 'expert');
    for (const id of expected) {
      const def = await expert.client.get(`/api/instruments/${id}`);
      expect(def.status).toBe(200);
      const first = def.body.definition.parts[0].sections[0].items[0];
      const r = await expert.client.post(`/api/instruments/${id}/evaluate`, { answers: {} });
      expect(r.status).toBe(200);
      expect(r.body.instrument).toMatchObject({ id, version: def.body.version, hash: def.body.hash });
      expect(r.body.evaluation.visibleItems).toContain(first.id);
      expect(r.body.evaluation.indicators.length).toBe(def.body.definition.indicators.length);
    }
  });

  it('a known answer set through the API gives the known level, evidence and measures', async () => {
    const expert = await signedIn(t, tenant, 'expert');
    const club = {
      organisatie: 'VV De Zwaluwen',
      rol: 'bestuur',
      betaald: 'nee',
      sector: 'sport_cultuur',
      relatie: ['subsidie'],
    };
    const r = await expert.client.post('/api/instruments/weerbaarheidsscan-bestuurder/evaluate', {
      answers: { heeft_nevenfuncties: 'ja', nevenfuncties: [{ ...club, behouden: 'behouden' }] },
    });
    expect(r.status).toBe(200);
    const indicator = r.body.evaluation.indicators.find(
      (i: { id: string }) => i.id === 'nevenfunctie_gemeentebelang',
    );
    expect(indicator).toMatchObject({ level: 'risico', evidence: [{ item: 'nevenfuncties', entries: [0] }] });
    expect(r.body.evaluation.measures.map((m: { id: string }) => m.id)).toContain('nevenfunctie_neerleggen');

    const laidDown = await expert.client.post('/api/instruments/weerbaarheidsscan-bestuurder/evaluate', {
      answers: { heeft_nevenfuncties: 'ja', nevenfuncties: [{ ...club, behouden: 'neerleggen' }] },
    });
    const lower = laidDown.body.evaluation.indicators.find(
      (i: { id: string }) => i.id === 'nevenfunctie_gemeentebelang',
    );
    expect(lower.level).toBe('aandachtspunt');
  });

  it('reports answers that do not fit, per item, without failing the request', async () => {
    const expert = await signedIn(t, tenant, 'expert');
    const r = await expert.client.post('/api/instruments/zelfscan-veiligheid/evaluate', {
      answers: { bestaat_niet: 'x' },
    });
    expect(r.status).toBe(200);
    expect(r.body.evaluation.errors).toEqual([
      expect.objectContaining({ item: 'bestaat_niet', code: 'unknown-item' }),
    ]);
  });

  it('unknown instruments and versions are 404; the zelfscan needs no account', async () => {
    const expert = await signedIn(t, tenant, 'expert');
    expect((await expert.client.get('/api/instruments/bestaat-niet')).status).toBe(404);
    expect((await expert.client.get('/api/instruments/zelfscan-veiligheid?version=9.9.9')).status).toBe(404);
    const anonymous = t.client();
    expect((await anonymous.get('/api/instruments')).status).toBe(401);
    const zelfscan = await anonymous.get('/api/public/zelfscan');
    expect(zelfscan.status).toBe(200);
    expect(zelfscan.body.definition.mode).toBe('zelfscan');
    const evaluated = await anonymous.post('/api/public/zelfscan/evaluate', { answers: {} });
    expect(evaluated.status).toBe(200);
    // Nothing about the zelfscan is written anywhere.
    const audit = await t.deps.database.owner.selectFrom('audit_events').select('action').execute();
    expect(audit.map((a) => a.action).filter((a) => a.includes('zelfscan'))).toEqual([]);
  });
});
