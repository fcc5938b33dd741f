// The integriteitsagenda: the candidate makes it from the chosen measures on the finished report,
// saves it sealed under the scan key (audited, revision-safe against a second tab), and it is
// theirs alone: the opdrachtgever, the expert and everyone else get nothing. It is in the own-data
// export and goes with the scan when the scan is deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanKeyGone } from '../../src/server/crypto/scan-keys.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp, unique } from '../support/api.ts';
import { finishedScan, inTenant, openProcedure } from './agenda-support.ts';

const secretWhat = 'Bestuursfunctie VV De Zwaluwen neerleggen vóór de installatie';
const secretWho = 'vertrouwenspersoon integriteit';

describe('integriteitsagenda', () => {
  let t: TestApp;
  let tenant: string;
  let opener: SignedIn;
  let expert: SignedIn;
  let procedureId: string;

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t);
    opener = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
    procedureId = await openProcedure(t, tenant, opener, expert);
  });
  afterAll(() => t.cleanup());

  it('is made from the chosen measures, saved sealed and audited, and refuses a stale tab', async () => {
    const { scanId, candidate, own } = await finishedScan(t, {
      tenant,
      procedureId,
      opener,
      expert,
      email: `${unique('kim')}@test.nl`,
    });
    const empty = await candidate.get(`${own}/agenda`);
    expect(empty.status).toBe(200);
    expect(empty.body.revision).toBe(0);
    expect(empty.body.actions).toEqual([]);
    expect(empty.body.measures.map((m: { id: string }) => m.id)).toEqual([
      'nevenfunctie_neerleggen',
      'nevenfuncties_openbaar',
    ]);

    const actions = [
      {
        id: 'a1',
        measureId: 'nevenfunctie_neerleggen',
        what: secretWhat,
        due: '2027-03-31',
        withWhom: secretWho,
        status: 'te-doen',
        note: '',
      },
      {
        id: 'eigen-1',
        measureId: null,
        what: 'Dilemmatraining volgen met het college',
        due: null,
        withWhom: 'griffier',
        status: 'gedaan',
        note: 'In januari gedaan.',
      },
    ];
    const saved = await candidate.call('PUT', `${own}/agenda`, { baseRevision: 0, actions });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.revision).toBe(1);
    const read = await candidate.get(`${own}/agenda`);
    expect(read.body.revision).toBe(1);
    expect(read.body.actions).toEqual(actions);

    // Sealed: the row holds ciphertext only.
    const row = await inTenant(t, tenant, (tx) =>
      tx
        .selectFrom('scans')
        .select(['agenda_sealed', 'agenda_revision'])
        .where('id', '=', scanId)
        .executeTakeFirstOrThrow(),
    );
    const raw = Buffer.from(row.agenda_sealed!).toString('latin1');
    expect(raw.length).toBeGreaterThan(50);
    // Only strings long enough that random ciphertext cannot hold them by chance: a bare "a1" turned
    // up in about one run in a hundred (two given bytes somewhere in a few hundred random ones).
    for (const plain of [
      'Zwaluwen',
      'vertrouwenspersoon',
      'griffier',
      'Dilemmatraining',
      '2027-03-31',
      '"a1"',
    ])
      expect(raw).not.toContain(plain);

    // The second tab, still on revision 0: refused with a readable sentence, nothing overwritten.
    const stale = await candidate.call('PUT', `${own}/agenda`, { baseRevision: 0, actions: [] });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('agenda-conflict');
    expect(stale.body.detail).toMatch(/ander tabblad/);
    expect((await candidate.get(`${own}/agenda`)).body.actions).toHaveLength(2);

    // Wrong content: refused per field.
    const bad = await candidate.call('PUT', `${own}/agenda`, {
      baseRevision: 1,
      actions: [{ ...actions[0], due: '2027-02-30', measureId: 'bestaat_niet' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: unknown[] }) => e.path).sort()).toEqual([
      ['actions', 0, 'due'],
      ['actions', 0, 'measureId'],
    ]);

    const events = await t.deps.database.owner
      .selectFrom('audit_events')
      .select(['action', 'data'])
      .where('subject_id', '=', scanId)
      .where('action', '=', 'scan.agenda_saved')
      .execute();
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0]!.data)).not.toContain('Zwaluwen');

    // Nobody else reads it: the opdrachtgever and the expert have no route to it, other candidates
    // and other organisations get "not found".
    expect((await opener.client.get(`${own}/agenda`)).status).toBe(403);
    expect((await expert.client.get(`${own}/agenda`)).status).toBe(403);
    const otherCandidate = await signedIn(t, tenant, 'kandidaat');
    expect((await otherCandidate.client.get(`${own}/agenda`)).status).toBe(404);
    expect(
      (await otherCandidate.client.call('PUT', `${own}/agenda`, { baseRevision: 1, actions: [] })).status,
    ).toBe(404);
    const elsewhere = await makeTenant(t, 'Gemeente Elders');
    const stranger = await signedIn(t, elsewhere, 'kandidaat');
    expect(
      (await stranger.client.get(`/api/organisations/${elsewhere}/my-scans/${scanId}/agenda`)).status,
    ).toBe(404);
    // Nor is it in what the expert or the opdrachtgever can read of the scan.
    const review = await expert.client.get(
      `/api/organisations/${tenant}/procedures/${procedureId}/scans/${scanId}`,
    );
    expect(JSON.stringify(review.body)).not.toContain('Zwaluwen bestuursfunctie');
    expect(JSON.stringify(review.body)).not.toContain(secretWho);

    // Part of the candidate's own export.
    const exported = await candidate.get(`/api/organisations/${tenant}/my-data`);
    expect(exported.status).toBe(200);
    const mine = exported.body.scans.find((s: { id: string }) => s.id === scanId);
    expect(mine.agenda.actions[0].what).toBe(secretWhat);
  });

  it('is only for a finished report', async () => {
    const { own, candidate } = await finishedScan(t, {
      tenant,
      procedureId,
      opener,
      expert,
      email: `${unique('kim')}@test.nl`,
      stopAt: 'submitted',
    });
    const r = await candidate.get(`${own}/agenda`);
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('report-not-ready');
    expect((await candidate.call('PUT', `${own}/agenda`, { baseRevision: 0, actions: [] })).status).toBe(409);
  });

  it('goes with the scan: deleted, the columns are empty and the key is gone', async () => {
    const { scanId, candidate, own } = await finishedScan(t, {
      tenant,
      procedureId,
      opener,
      expert,
      email: `${unique('kim')}@test.nl`,
    });
    const saved = await candidate.call('PUT', `${own}/agenda`, {
      baseRevision: 0,
      actions: [
        { id: 'a', measureId: null, what: 'Iets doen', due: null, withWhom: '', status: 'te-doen', note: '' },
      ],
    });
    expect(saved.status).toBe(200);
    expect((await candidate.call('DELETE', own)).status).toBe(204);
    const row = await inTenant(t, tenant, (tx) =>
      tx
        .selectFrom('scans')
        .select(['agenda_sealed', 'status', 'candidate_user_id'])
        .where('id', '=', scanId)
        .executeTakeFirstOrThrow(),
    );
    expect(row).toEqual({ agenda_sealed: null, status: 'deleted', candidate_user_id: null });
    await expect(t.deps.scanKeys.get(tenant, scanId)).rejects.toBeInstanceOf(ScanKeyGone);
    expect((await candidate.get(`${own}/agenda`)).status).toBe(404);
  });
});
