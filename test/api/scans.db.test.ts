// The first part of the scan flow: an opdrachtgever opens a procedure and invites a candidate;
// the candidate autosaves (revisions, conflicts, retries, validation), submits, and withdraws or
// deletes — after which no copy of the content can be read. Content is sealed in the database.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanKeyGone } from '../../src/server/crypto/scan-keys.ts';
import { runScoped, type Tx } from '../../src/server/db/transaction.ts';
import { completeAnswers } from '../../src/server/demo/fill-answers.ts';
import { openAnswerChanges } from '../../src/server/scans/answer-changes.ts';
import {
  type Client,
  createTestApp,
  lastLinkFor,
  makeTenant,
  type SignedIn,
  signedIn,
  type TestApp,
} from '../support/api.ts';
import { keyStoreKinds } from '../support/key-stores.ts';

const secret = 'Voorzitter van VV De Zwaluwen';

// The crypto-shredding tests (withdrawal, retention) run against both key stores — the key folder
// and the separate key database; the rest of the flow does not depend on the store and runs once.
describe.each(keyStoreKinds)('procedures and the candidate scan (key store: %s)', (keyStore) => {
  const flowOnly = keyStore !== 'folder';
  let t: TestApp;
  let tenant: string;
  let client: SignedIn;
  let expert: SignedIn;
  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' }, { keyStore });
    tenant = await makeTenant(t);
    client = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
  });
  afterAll(() => t.cleanup());

  const org = () => `/api/organisations/${tenant}`;
  // Scan rows are under forced row-level security: read them as the organisation, like the app.
  const inTenant = <T>(work: (tx: Tx) => Promise<T>) =>
    runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, work);

  async function openProcedure(
    instrumentId = 'weerbaarheidsscan-bestuurder',
    extra: Record<string, unknown> = {},
  ) {
    const r = await client.client.post(`${org()}/procedures`, {
      name: 'Wethouder 2026',
      office: 'wethouder',
      instrumentId,
      retentionDays: 90,
      expertMembershipIds: [expert.membershipId],
      ...extra,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  }

  async function candidateIn(
    procedureId: string,
  ): Promise<{ candidate: Client; scanId: string; email: string }> {
    const email = `kandidaat-${randomUUID().slice(0, 8)}@test.nl`;
    const invited = await client.client.post(`${org()}/procedures/${procedureId}/candidates`, {
      email,
      displayName: 'Kim Kandidaat',
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const candidate = t.client();
    const redeemed = await candidate.post('/api/auth/redeem', { token: lastLinkFor(t, email)! });
    expect(redeemed.status).toBe(200);
    return { candidate, scanId: invited.body.scanId, email };
  }

  it.skipIf(flowOnly)(
    'a refusal names each field by its path as an array, with a Dutch and an English sentence',
    async () => {
      // Found by the route's schema: its "nl / en" messages arrive split.
      const invalid = await client.client.post(`${org()}/procedures`, {
        name: 'X',
        office: 'wethouder',
        instrumentId: 'weerbaarheidsscan-bestuurder',
        retentionDays: 0,
        expertMembershipIds: [expert.membershipId, 'geen-id'],
      });
      expect(invalid.status).toBe(400);
      expect(invalid.body).toMatchObject({
        code: 'invalid-input',
        detail: 'Niet alle gegevens zijn juist ingevuld.',
        message: { nl: 'Niet alle gegevens zijn juist ingevuld.', en: 'Some fields are not valid.' },
      });
      expect(invalid.body.errors).toHaveLength(2);
      expect(invalid.body.errors).toEqual(
        expect.arrayContaining([
          { path: ['retentionDays'], message: { nl: 'Minstens 1 dag', en: 'at least 1 day' } },
          { path: ['expertMembershipIds', 1], message: { nl: expect.any(String), en: expect.any(String) } },
        ]),
      );

      // Found by a use case, deep in a group answer: the entry's index stays a number.
      const { candidate, scanId } = await candidateIn(await openProcedure());
      const refused = await candidate.call('PUT', `${org()}/my-scans/${scanId}/answers`, {
        baseRevision: 0,
        saveId: randomUUID(),
        changes: {
          nevenfuncties: [
            { organisatie: 'VV', rol: 'koning', betaald: 'nee', sector: 'sport_cultuur', relatie: [] },
          ],
        },
      });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        code: 'invalid-answer',
        detail: 'Niet alle antwoorden passen bij de vraag.',
        message: { nl: 'Niet alle antwoorden passen bij de vraag.', en: 'Some answers do not fit.' },
      });
      expect(refused.body.errors).toEqual([
        {
          path: ['changes', 'nevenfuncties', 0, 'rol'],
          message: { nl: 'Kies een van de gegeven mogelijkheden.', en: 'Choose one of the options given.' },
        },
      ]);
    },
  );

  it.skipIf(flowOnly)('review follows the instrument; experts must belong to the organisation', async () => {
    const bad = await client.client.post(`${org()}/procedures`, {
      name: 'X',
      office: 'wethouder',
      instrumentId: 'weerbaarheidsscan-bestuurder',
      retentionDays: 30,
      review: 'none',
      expertMembershipIds: [expert.membershipId],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toEqual(['review']);
    const stranger = await client.client.post(`${org()}/procedures`, {
      name: 'X',
      office: 'wethouder',
      instrumentId: 'weerbaarheidsscan-bestuurder',
      retentionDays: 30,
      expertMembershipIds: [randomUUID()],
    });
    expect(stranger.status).toBe(400);
    const zelfscan = await client.client.post(`${org()}/procedures`, {
      name: 'X',
      office: 'wethouder',
      instrumentId: 'zelfscan-veiligheid',
      retentionDays: 30,
    });
    expect(zelfscan.status).toBe(400);
    const id = await openProcedure('netwerkbewustzijn-rijk', {
      expertMembershipIds: [],
      office: 'topambtenaar',
    });
    const read = await client.client.get(`${org()}/procedures/${id}`);
    expect(read.body).toMatchObject({
      review: 'none',
      instrument: {
        id: 'netwerkbewustzijn-rijk',
        version: t.deps.instruments.latest('netwerkbewustzijn-rijk')!.instrument.version,
      },
    });
    expect(read.body.instrument.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.skipIf(flowOnly)(
    'autosave: revisions, an idempotent retry, a stale tab, answers that do not fit',
    async () => {
      const procedureId = await openProcedure();
      const { candidate, scanId } = await candidateIn(procedureId);
      const url = `${org()}/my-scans/${scanId}`;
      const mine = await candidate.get(`${org()}/my-scans`);
      expect(mine.body.scans.map((s: { id: string }) => s.id)).toEqual([scanId]);
      expect((await candidate.get(url)).body).toMatchObject({ status: 'invited', revision: 0, answers: {} });

      const saveId = randomUUID();
      const first = await candidate.call('PUT', `${url}/answers`, {
        baseRevision: 0,
        saveId,
        changes: { heeft_nevenfuncties: 'ja' },
      });
      expect(first.body).toEqual({ revision: 1 });
      const retry = await candidate.call('PUT', `${url}/answers`, {
        baseRevision: 0,
        saveId,
        changes: { heeft_nevenfuncties: 'ja' },
      });
      expect(retry.body).toEqual({ revision: 1 });
      const stale = await candidate.call('PUT', `${url}/answers`, {
        baseRevision: 0,
        saveId: randomUUID(),
        changes: { heeft_nevenfuncties: 'nee' },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('revision-conflict');

      const wrong = await candidate.call('PUT', `${url}/answers`, {
        baseRevision: 1,
        saveId: randomUUID(),
        changes: { heeft_nevenfuncties: 'misschien', bestaat_niet: 'x' },
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('invalid-answer');
      expect(wrong.body.errors.map((e: { path: unknown[] }) => e.path).sort()).toEqual([
        ['changes', 'bestaat_niet'],
        ['changes', 'heeft_nevenfuncties'],
      ]);

      const group = await candidate.call('PUT', `${url}/answers`, {
        baseRevision: 1,
        saveId: randomUUID(),
        changes: {
          nevenfuncties: [
            {
              organisatie: secret,
              rol: 'bestuur',
              betaald: 'nee',
              sector: 'sport_cultuur',
              relatie: ['subsidie'],
            },
          ],
        },
      });
      expect(group.body).toEqual({ revision: 2 });
      const back = await candidate.get(url);
      expect(back.body).toMatchObject({
        status: 'started',
        revision: 2,
        answers: { heeft_nevenfuncties: 'ja' },
      });
      expect(back.body.answers.nevenfuncties[0].organisatie).toBe(secret);

      // Sealed in the database: the text is nowhere in the scan row nor in the saves' change sets.
      const raw = await inTenant((tx) =>
        sql<{
          dump: string;
        }>`select coalesce(encode(answers_sealed, 'escape'), '') as dump from scans where id = ${scanId}
           union all
           select encode(sealed, 'escape') from answers_changes where scan_id = ${scanId}`.execute(tx),
      );
      expect(raw.rows).toHaveLength(3);
      for (const row of raw.rows) {
        expect(row.dump).not.toContain('Zwaluwen');
        expect(row.dump).not.toContain('heeft_nevenfuncties');
      }

      // The opdrachtgever sees status, never content.
      const overview = await client.client.get(`${org()}/procedures/${procedureId}`);
      expect(overview.body.candidates).toEqual([
        expect.objectContaining({ scanId, status: 'started', displayName: 'Kim Kandidaat' }),
      ]);
      expect(JSON.stringify(overview.body)).not.toContain('Zwaluwen');
    },
  );

  it.skipIf(flowOnly)(
    'submit: refused while incomplete, evaluated with the pinned version, then frozen; twice is once',
    async () => {
      const procedureId = await openProcedure('weerbaarheidscheck-raadslid', { office: 'raadslid' });
      const { candidate, scanId } = await candidateIn(procedureId);
      const url = `${org()}/my-scans/${scanId}`;
      const incomplete = await candidate.post(`${url}/submit`);
      expect(incomplete.status).toBe(422);
      expect(incomplete.body.code).toBe('incomplete');
      expect(incomplete.body.errors.length).toBeGreaterThan(0);
      // Plainly what is still required, and that not knowing is an answer, not a risk.
      const open = new Set(incomplete.body.errors.map((e: { path: string[] }) => e.path[0])).size;
      expect(incomplete.body.message.nl).toContain(`Er zijn nog ${open} verplichte vragen open.`);
      expect(incomplete.body.message.nl).toContain('"Weet ik niet"');
      expect(incomplete.body.message.nl).toContain('telt niet als risico');

      const instrument = t.deps.instruments.latest('weerbaarheidscheck-raadslid')!.instrument;
      const answers = completeAnswers(instrument);
      const saved = await candidate.call('PUT', `${url}/answers`, {
        baseRevision: 0,
        saveId: randomUUID(),
        changes: answers,
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      const submitted = await candidate.post(`${url}/submit`);
      expect(submitted.body).toEqual({ status: 'submitted' });
      expect((await candidate.post(`${url}/submit`)).body).toEqual({ status: 'submitted' });
      const frozen = await candidate.call('PUT', `${url}/answers`, {
        baseRevision: 1,
        saveId: randomUUID(),
        changes: { [Object.keys(answers)[0]!]: null },
      });
      expect(frozen.status).toBe(409);
      expect(frozen.body.code).toBe('scan-frozen');
      const events = await t.deps.database.owner
        .selectFrom('audit_events')
        .select('action')
        .where('subject_id', '=', scanId)
        .execute();
      expect(events.map((e) => e.action).filter((a) => a === 'scan.submitted')).toHaveLength(1);
    },
  );

  it.skipIf(flowOnly)(
    'an optional review without experts is no review: the report is ready at submit',
    async () => {
      const procedureId = await openProcedure('weerbaarheidscheck-raadslid', {
        office: 'raadslid',
        expertMembershipIds: [],
      });
      const { candidate, scanId } = await candidateIn(procedureId);
      const url = `${org()}/my-scans/${scanId}`;
      const instrument = t.deps.instruments.latest('weerbaarheidscheck-raadslid')!.instrument;
      await candidate.call('PUT', `${url}/answers`, {
        baseRevision: 0,
        saveId: randomUUID(),
        changes: completeAnswers(instrument),
      });
      expect((await candidate.post(`${url}/submit`)).body).toEqual({ status: 'report-ready' });
      expect((await candidate.get(`${url}/report`)).status).toBe(200);
    },
  );

  it.skipIf(flowOnly)(
    'another candidate, an unassigned expert, another opdrachtgever: not found',
    async () => {
      const procedureId = await openProcedure();
      const { scanId } = await candidateIn(procedureId);
      const other = await candidateIn(procedureId);
      expect((await other.candidate.get(`${org()}/my-scans/${scanId}`)).status).toBe(404);
      expect(
        (
          await other.candidate.call('PUT', `${org()}/my-scans/${scanId}/answers`, {
            baseRevision: 0,
            saveId: randomUUID(),
            changes: {},
          })
        ).status,
      ).toBe(404);
      const unassigned = await signedIn(t, tenant, 'expert');
      expect((await unassigned.client.get(`${org()}/procedures/${procedureId}`)).status).toBe(404);
      expect((await expert.client.get(`${org()}/procedures/${procedureId}`)).status).toBe(200);
      const otherClient = await signedIn(t, tenant, 'opdrachtgever');
      expect((await otherClient.client.get(`${org()}/procedures/${procedureId}`)).status).toBe(404);
      expect(
        (
          await otherClient.client.post(`${org()}/procedures/${procedureId}/candidates`, {
            email: 'x@test.nl',
            displayName: 'X',
          })
        ).status,
      ).toBe(404);
      const beheerder = await signedIn(t, tenant, 'beheerder');
      expect((await beheerder.client.get(`${org()}/procedures/${procedureId}`)).status).toBe(403);
    },
  );

  it('withdrawing needs a recent sign-in step, then destroys the scan; a dump from before stays unreadable', async () => {
    const procedureId = await openProcedure();
    const { candidate, scanId, email } = await candidateIn(procedureId);
    const url = `${org()}/my-scans/${scanId}`;
    await candidate.call('PUT', `${url}/answers`, {
      baseRevision: 0,
      saveId: randomUUID(),
      changes: { heeft_nevenfuncties: 'ja' },
    });
    const exported = await candidate.get(`${org()}/my-data`);
    expect(exported.status).toBe(200);
    expect(exported.body.scans[0].answers).toEqual({ heeft_nevenfuncties: 'ja' });
    expect(JSON.stringify(exported.body)).not.toMatch(/token_hash|secret/);

    // The "backup": the sealed answers as they are before the deletion (the save's change set).
    const dump = await inTenant((tx) =>
      tx
        .selectFrom('answers_changes')
        .select(['sealed', 'tenant_id', 'revision'])
        .where('scan_id', '=', scanId)
        .executeTakeFirstOrThrow(),
    );
    // It opens now, so that it does not open later is the shredding's doing.
    expect(
      openAnswerChanges(
        await t.deps.scanKeys.get(tenant, scanId),
        { id: scanId, tenant_id: tenant },
        dump.revision,
        dump.sealed,
      ),
    ).toEqual({ heeft_nevenfuncties: 'ja' });

    t.advance(11 * 60_000);
    const stale = await candidate.post(`${url}/withdraw`);
    expect(stale.status).toBe(401);
    expect(stale.body.code).toBe('reauthenticate');
    await candidate.post('/api/auth/sign-in-link', { email });
    await candidate.post('/api/auth/redeem', { token: lastLinkFor(t, email)! });
    expect((await candidate.post(`${url}/withdraw`)).status).toBe(204);

    expect((await candidate.get(url)).status).toBe(404);
    const overview = await client.client.get(`${org()}/procedures/${procedureId}`);
    expect(overview.body.candidates.find((c: { scanId: string }) => c.scanId === scanId)).toMatchObject({
      status: 'withdrawn',
      displayName: null,
      email: null,
    });
    const row = await inTenant((tx) =>
      tx.selectFrom('scans').selectAll().where('id', '=', scanId).executeTakeFirstOrThrow(),
    );
    expect(row.answers_sealed).toBeNull();
    const changesLeft = await inTenant((tx) =>
      tx.selectFrom('answers_changes').select('revision').where('scan_id', '=', scanId).execute(),
    );
    expect(changesLeft).toEqual([]);
    await expect(t.deps.scanKeys.get(tenant, scanId)).rejects.toBeInstanceOf(ScanKeyGone);
    // With every key that is left, the dump does not open.
    const store = t.keyStore.open(t.deps.keys);
    expect(await t.keyStore.holdsScan(scanId)).toBe(false);
    await expect(
      store
        .get(dump.tenant_id, scanId)
        .then((key) => openAnswerChanges(key, { id: scanId, tenant_id: tenant }, dump.revision, dump.sealed)),
    ).rejects.toBeInstanceOf(ScanKeyGone);
    const actions = await t.deps.database.owner
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', scanId)
      .execute();
    expect(actions.map((a) => a.action)).toContain('scan.withdrawn');
  });
});

describe.each(keyStoreKinds)('retention (key store: %s)', (keyStore) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' }, { keyStore });
  });
  afterAll(() => t.cleanup());

  it('after closing plus the retention period the sweep destroys the scans, and only those', async () => {
    const { runRetentionSweep } = await import('../../src/server/jobs/retention.ts');
    const tenant = await makeTenant(t);
    const client = await signedIn(t, tenant, 'opdrachtgever');
    const expert = await signedIn(t, tenant, 'expert');
    const org = `/api/organisations/${tenant}`;
    const open = async (retentionDays: number) =>
      (
        await client.client.post(`${org}/procedures`, {
          name: `Bewaren ${retentionDays}`,
          office: 'wethouder',
          instrumentId: 'weerbaarheidsscan-bestuurder',
          retentionDays,
          expertMembershipIds: [expert.membershipId],
        })
      ).body.id as string;
    const short = await open(1);
    const long = await open(30);
    const invite = async (procedureId: string) =>
      (
        await client.client.post(`${org}/procedures/${procedureId}/candidates`, {
          email: `${randomUUID().slice(0, 8)}@test.nl`,
          displayName: 'K',
        })
      ).body.scanId as string;
    const gone = await invite(short);
    const kept = await invite(long);
    const stillOpen = await invite(await open(1));
    for (const id of [short, long])
      expect((await client.client.post(`${org}/procedures/${id}/close`)).status).toBe(204);

    expect(await runRetentionSweep(t.deps)).toEqual({ deleted: 0 });
    t.advance(2 * 86_400_000);
    expect(await runRetentionSweep(t.deps)).toEqual({ deleted: 1 });
    await expect(t.deps.scanKeys.get(tenant, gone)).rejects.toBeInstanceOf(ScanKeyGone);
    await expect(t.deps.scanKeys.get(tenant, kept)).resolves.toBeInstanceOf(Buffer);
    await expect(t.deps.scanKeys.get(tenant, stillOpen)).resolves.toBeInstanceOf(Buffer);
    expect(await runRetentionSweep(t.deps)).toEqual({ deleted: 0 });
  });
});
