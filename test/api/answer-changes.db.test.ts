// An answers autosave appends a sealed change set (scans/answer-changes.ts, migration 0015); every
// reader folds them through readAnswers, compaction folds them into the sealed answers, submit
// compacts (and the database refuses a scan leaving editing with change sets left), and shredding
// removes them. On PGlite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScoped, type Tx } from '../../src/server/db/transaction.ts';
import { completeAnswers } from '../../src/server/demo/fill-answers.ts';
import {
  compactAnswers,
  compactAnswersLater,
  compactAt,
  compactEvery,
  openAnswerChanges,
  readAnswers,
} from '../../src/server/scans/answer-changes.ts';
import { shredScan } from '../../src/server/scans/shred-scan.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';
import { bestuurder, type InvitedScan, invitedCandidate } from '../support/scan-setup.ts';

describe('answers saved as change sets', () => {
  let t: TestApp;
  let tenant: string;
  let opener: SignedIn;
  let expert: SignedIn;
  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t);
    opener = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
  });
  afterAll(() => t.cleanup());

  const inTenant = <T>(work: (tx: Tx) => Promise<T>) =>
    runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, work);
  const changeRows = (scanId: string) =>
    inTenant((tx) =>
      tx
        .selectFrom('answers_changes')
        .selectAll()
        .where('scan_id', '=', scanId)
        .orderBy('revision')
        .execute(),
    );
  const scanRow = (scanId: string) =>
    inTenant((tx) => tx.selectFrom('scans').selectAll().where('id', '=', scanId).executeTakeFirstOrThrow());
  const stored = (scanId: string) =>
    inTenant((tx) => readAnswers(t.deps, tx, { id: scanId, tenant_id: tenant }));

  /** Saves each change set on the revision the one before returned; returns the last revision. */
  async function saveAll(scan: InvitedScan, changeSets: Array<Record<string, unknown>>, from = 0) {
    let revision = from;
    for (const changes of changeSets) {
      const reply = await scan.candidate.call('PUT', `${scan.own}/answers`, {
        baseRevision: revision,
        saveId: randomUUID(),
        changes,
      });
      expect([reply.status, reply.body]).toEqual([200, { revision: revision + 1 }]);
      revision = reply.body.revision;
    }
    return revision;
  }

  it('a save appends only its change set, sealed; every read sees all saves in order', async () => {
    const scan = await invitedCandidate(t, tenant, opener, expert);
    await saveAll(scan, [
      { heeft_nevenfuncties: 'ja', cv_toelichting: 'Stichting Zwaluwen' },
      { cv_toelichting: 'Vereniging Merels' },
      { heeft_nevenfuncties: null },
    ]);
    // Three change sets, nothing folded yet; the scan row's own answers are still empty.
    const rows = await changeRows(scan.scanId);
    expect(rows.map((r) => r.revision)).toEqual([1, 2, 3]);
    expect((await scanRow(scan.scanId)).answers_sealed).toBeNull();
    // Ciphertext only: no item id and no answer in any row.
    for (const row of rows) {
      const text = Buffer.from(row.sealed).toString('latin1');
      for (const plain of ['Zwaluwen', 'Merels', 'heeft_nevenfuncties', 'cv_toelichting']) {
        expect(text).not.toContain(plain);
      }
    }
    // Each opens only at its own revision: a change set moved to another place does not open.
    const key = await t.deps.scanKeys.get(tenant, scan.scanId);
    const where = { id: scan.scanId, tenant_id: tenant };
    expect(openAnswerChanges(key, where, 2, rows[1]!.sealed)).toEqual({
      cv_toelichting: 'Vereniging Merels',
    });
    expect(() => openAnswerChanges(key, where, 1, rows[1]!.sealed)).toThrow();

    // The own scan, the own-data export and the one reader all see the three saves applied in order.
    const expected = { cv_toelichting: 'Vereniging Merels' };
    const own = await scan.candidate.get(scan.own);
    expect(own.body).toMatchObject({ revision: 3, status: 'started', answers: expected });
    const exported = await scan.candidate.get(`/api/organisations/${tenant}/my-data`);
    expect(exported.body.scans[0].answers).toEqual(expected);
    expect(await stored(scan.scanId)).toEqual(expected);
  });

  it('compaction folds the change sets into the sealed answers; running it again changes nothing', async () => {
    const scan = await invitedCandidate(t, tenant, opener, expert);
    const revision = await saveAll(scan, [{ cv_toelichting: 'een' }, { heeft_nevenfuncties: 'nee' }]);
    const where = { id: scan.scanId, tenant_id: tenant };
    const before = await stored(scan.scanId);
    expect(await inTenant((tx) => compactAnswers(t.deps, tx, where))).toEqual(before);
    expect(await changeRows(scan.scanId)).toEqual([]);
    const compacted = (await scanRow(scan.scanId)).answers_sealed;
    expect(compacted).not.toBeNull();
    expect(await stored(scan.scanId)).toEqual(before);
    // Again: the same answers, and the sealed bytes untouched (a new seal would have a new nonce).
    expect(await inTenant((tx) => compactAnswers(t.deps, tx, where))).toEqual(before);
    expect(Buffer.from((await scanRow(scan.scanId)).answers_sealed!)).toEqual(Buffer.from(compacted!));
    // Saves go on on top of the compacted answers, with the revision unchanged by compaction.
    expect((await scanRow(scan.scanId)).revision).toBe(revision);
    await saveAll(scan, [{ cv_toelichting: 'twee' }], revision);
    expect(await stored(scan.scanId)).toEqual({ ...before, cv_toelichting: 'twee' });
  });

  it('a compaction during editing writes only if nothing folded its change sets first; a save in between stays', async () => {
    const scan = await invitedCandidate(t, tenant, opener, expert);
    const revision = await saveAll(scan, [{ cv_toelichting: 'een' }, { heeft_nevenfuncties: 'nee' }]);
    const where = { id: scan.scanId, tenant_id: tenant };
    const userId = (await scanRow(scan.scanId)).candidate_user_id!;
    // Two compactions and a save at once: the statements interleave (read, read, write, write).
    const [first, second, saved] = await Promise.all([
      compactAnswersLater(t.deps, where, userId),
      compactAnswersLater(t.deps, where, userId),
      scan.candidate.call('PUT', `${scan.own}/answers`, {
        baseRevision: revision,
        saveId: randomUUID(),
        changes: { cv_toelichting: 'drie' },
      }),
    ]);
    // PGlite runs the statements in the order they were sent (read, read, write, write): exactly one
    // fold writes. A PostgreSQL server may finish one fold before the other reads; the second then
    // folds only what came after (the save) or writes nothing. Either way nothing is lost (below).
    if (t.deps.database.kind === 'pglite') expect([first, second].filter(Boolean)).toHaveLength(1);
    else expect([first, second].filter(Boolean).length).toBeGreaterThanOrEqual(1);
    expect(saved.status).toBe(200);
    expect(await stored(scan.scanId)).toMatchObject({ cv_toelichting: 'drie', heeft_nevenfuncties: 'nee' });
    // Once folded nothing is left: another compaction writes nothing.
    const left = (await changeRows(scan.scanId)).length;
    if (t.deps.database.kind === 'pglite') expect(left).toBe(1);
    if (left > 0) expect(await compactAnswersLater(t.deps, where, userId)).toBe(true);
    expect(await changeRows(scan.scanId)).toEqual([]);
    expect(await compactAnswersLater(t.deps, where, userId)).toBe(false);
    expect(await stored(scan.scanId)).toMatchObject({ cv_toelichting: 'drie', heeft_nevenfuncties: 'nee' });
  });

  it(`a save folds them itself (after its reply) before ${compactEvery} are waiting, so a read opens a bounded number`, async () => {
    const scan = await invitedCandidate(t, tenant, opener, expert);
    const at = compactAt(scan.scanId);
    expect(at).toBeGreaterThanOrEqual(compactEvery / 2);
    expect(at).toBeLessThan(compactEvery);
    const total = compactEvery + 3;
    await saveAll(
      scan,
      Array.from({ length: total }, (_, i) => ({ cv_toelichting: `versie ${i}` })),
    );
    // The fold runs after the reply: wait (bounded) until it has landed.
    let rows = await changeRows(scan.scanId);
    for (let tries = 0; tries < 100 && rows.length >= compactEvery; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      rows = await changeRows(scan.scanId);
    }
    expect(rows.length).toBeLessThan(compactEvery);
    // What is left are the newest change sets, in order, up to the last save.
    expect(rows.map((r) => r.revision)).toEqual(
      Array.from({ length: rows.length }, (_, i) => total - rows.length + 1 + i),
    );
    expect((await scan.candidate.get(scan.own)).body).toMatchObject({
      revision: total,
      answers: { cv_toelichting: `versie ${total - 1}` },
    });
  });

  it('submit folds them before the scan freezes; the database refuses a scan leaving editing with change sets left', async () => {
    const scan = await invitedCandidate(t, tenant, opener, expert);
    const answers = completeAnswers(bestuurder(t));
    const entries = Object.entries(answers);
    const half = Math.ceil(entries.length / 2);
    await saveAll(scan, [
      Object.fromEntries(entries.slice(0, half)),
      Object.fromEntries(entries.slice(half)),
    ]);
    expect(await changeRows(scan.scanId)).toHaveLength(2);

    // The guard: straight to submitted with change sets waiting is refused by the database.
    await expect(
      inTenant((tx) => sql`update scans set status = 'submitted' where id = ${scan.scanId}`.execute(tx)),
    ).rejects.toThrow(/not compacted/);

    expect((await scan.candidate.post(`${scan.own}/submit`)).status).toBe(200);
    expect(await changeRows(scan.scanId)).toEqual([]);
    expect(await stored(scan.scanId)).toEqual(answers);
    // The expert reads what was submitted.
    await expert.client.post(`${scan.review}/begin`);
    const read = await expert.client.get(scan.review);
    expect(read.body.answers).toEqual(answers);
    // A frozen scan takes no more change sets.
    const late = await scan.candidate.call('PUT', `${scan.own}/answers`, {
      baseRevision: 2,
      saveId: randomUUID(),
      changes: { cv_toelichting: 'te laat' },
    });
    expect([late.status, late.body.code]).toEqual([409, 'scan-frozen']);
    expect(await changeRows(scan.scanId)).toEqual([]);
  });

  it('shredding removes the change sets with the rest', async () => {
    const scan = await invitedCandidate(t, tenant, opener, expert);
    await saveAll(scan, [{ cv_toelichting: 'weg ermee' }, { heeft_nevenfuncties: 'ja' }]);
    expect(await changeRows(scan.scanId)).toHaveLength(2);
    await shredScan(t.deps, {
      tenantId: tenant,
      scanId: scan.scanId,
      actorUserId: null,
      removal: 'deleted',
    });
    expect(await changeRows(scan.scanId)).toEqual([]);
    expect((await scanRow(scan.scanId)).answers_sealed).toBeNull();
    // And a save after it appends nothing.
    const after = await scan.candidate.call('PUT', `${scan.own}/answers`, {
      baseRevision: 2,
      saveId: randomUUID(),
      changes: { cv_toelichting: 'terug?' },
    });
    expect(after.status).toBeGreaterThanOrEqual(400);
    expect(await changeRows(scan.scanId)).toEqual([]);
  });
});
