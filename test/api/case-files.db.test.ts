// Case files of the afwegingskader antidemocratisch gedrag: a case team works a case through the
// steps; only the team reads or writes it (a beheerder outside it gets "not found", and row-level
// security keeps the steps from anyone outside the team even inside the database); the content is
// ciphertext in the database; every read and write is in the audit log with ids and counts only; a
// closed case is read-only; removal destroys the key first.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScoped } from '../../src/server/db/transaction.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';

describe('case files of the afwegingskader', () => {
  let t: TestApp;
  let tenant: string;
  let other: string;
  let opener: SignedIn;
  let colleague: SignedIn;
  let beheerder: SignedIn;
  let org: string;
  let caseId: string;

  const secret = {
    title: 'Flyeractie Zwaluwenplein',
    gedrag: 'Pamfletten tegen de gemeenteraad bij de moskee uitgedeeld',
    source: 'Verslag wijkagent Korenbloem',
    reasons: 'Oproep om raadsleden thuis op te zoeken',
  };

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t, 'Gemeente Dossier');
    other = await makeTenant(t, 'Gemeente Elders');
    org = `/api/organisations/${tenant}`;
    opener = await signedIn(t, tenant, 'opdrachtgever');
    colleague = await signedIn(t, tenant, 'expert');
    beheerder = await signedIn(t, tenant, 'beheerder');
  });
  afterAll(() => t.cleanup());

  it('opens a case with its team: the opener and the colleague named, nobody else', async () => {
    const candidates = await opener.client.get(`${org}/case-files/team-candidates`);
    expect(candidates.status).toBe(200);
    const ids = candidates.body.map((c: { membershipId: string }) => c.membershipId);
    expect(ids).toContain(colleague.membershipId);
    expect(ids).toContain(beheerder.membershipId);
    // A candidate can never be named.
    const kandidaat = await signedIn(t, tenant, 'kandidaat');
    expect(ids).not.toContain(kandidaat.membershipId);
    const refused = await opener.client.post(`${org}/case-files`, {
      title: secret.title,
      teamMembershipIds: [kandidaat.membershipId],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].path).toEqual(['teamMembershipIds', 0]);

    const made = await opener.client.post(`${org}/case-files`, {
      title: secret.title,
      teamMembershipIds: [colleague.membershipId],
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    caseId = made.body.id;
    const read = await colleague.client.get(`${org}/case-files/${caseId}`);
    expect(read.status).toBe(200);
    expect(read.body.title).toBe(secret.title);
    expect(read.body.team.map((m: { membershipId: string }) => m.membershipId).sort()).toEqual(
      [opener.membershipId, colleague.membershipId].sort(),
    );
    expect(read.body.may).toEqual(['save', 'close', 'remove']);
  });

  it('refuses everyone outside the team, the beheerder included, and lists nothing to them', async () => {
    expect((await beheerder.client.get(`${org}/case-files/${caseId}`)).status).toBe(404);
    const write = await beheerder.client.call('PUT', `${org}/case-files/${caseId}/steps/feiten`, {
      answers: { gedrag: 'overschreven' },
    });
    expect(write.status).toBe(404);
    expect((await beheerder.client.get(`${org}/case-files`)).body).toEqual([]);
    expect((await opener.client.get(`${org}/case-files`)).body.map((c: { id: string }) => c.id)).toEqual([
      caseId,
    ]);
    // Another organisation's staff do not reach it either.
    const elsewhere = await signedIn(t, other, 'beheerder');
    expect((await elsewhere.client.get(`${org}/case-files/${caseId}`)).status).toBe(404);
    expect((await elsewhere.client.get(`/api/organisations/${other}/case-files/${caseId}`)).status).toBe(404);
  });

  it('saves the steps one at a time, checked against the framework', async () => {
    const save = (client: SignedIn, stepId: string, body: unknown) =>
      client.client.call('PUT', `${org}/case-files/${caseId}/steps/${stepId}`, body);
    expect(
      (await save(opener, 'feiten', { answers: { gedrag: secret.gedrag, 'wanneer-waar': 'Zaterdag' } }))
        .status,
    ).toBe(200);
    expect(
      (await save(colleague, 'dupe', { answers: { direct: 'Raadsleden en hun gezinnen' } })).status,
    ).toBe(200);
    expect(
      (await save(colleague, 'rechtsorde', { answers: { waarden: 'Het gezag van de raad' } })).status,
    ).toBe(200);
    const sources = await save(opener, 'bronnen', {
      answers: { tegenspraak: 'Geen' },
      sources: [
        { description: secret.source, kind: 'partners', reliability: 'aannemelijk' },
        { description: 'Foto op sociale media', kind: 'openbare-bronnen', reliability: 'onzeker' },
      ],
    });
    expect(sources.status, JSON.stringify(sources.body)).toBe(200);
    // A conclusion on the wrong step, an unknown reliability, an unknown question, an unknown step.
    const wrong = await save(opener, 'feiten', { answers: { nergens: 'x' }, conclusion: 'antidemocratisch' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e: { path: unknown[] }) => e.path)).toEqual([
      ['body', 'answers', 'nergens'],
      ['body', 'conclusion'],
    ]);
    const badSource = await save(opener, 'bronnen', {
      answers: {},
      sources: [{ description: 'x', kind: 'partners', reliability: 'heel-zeker' }],
    });
    expect(badSource.body.errors[0].path).toEqual(['body', 'sources', 0, 'reliability']);
    expect((await save(opener, 'bestaat-niet', { answers: {} })).status).toBe(400);
    expect(
      (
        await save(opener, 'conclusie', {
          answers: { onderbouwing: secret.reasons },
          conclusion: 'antidemocratisch',
        })
      ).status,
    ).toBe(200);
    const last = await save(colleague, 'strategie', {
      answers: { 'wie-doet-wat': 'De burgemeester spreekt de organisatoren aan' },
      strategies: ['gesprek', 'grenzen-stellen'],
    });
    expect(last.status).toBe(200);
    expect(last.body.steps.map((s: { stepId: string }) => s.stepId).sort()).toEqual(
      ['bronnen', 'conclusie', 'dupe', 'feiten', 'rechtsorde', 'strategie'].sort(),
    );
    const bronnen = last.body.steps.find((s: { stepId: string }) => s.stepId === 'bronnen');
    expect(bronnen.content.sources[0]).toEqual({
      description: secret.source,
      kind: 'partners',
      reliability: 'aannemelijk',
    });
  });

  it('holds ciphertext only in the database, and row-level security keeps the steps from outsiders', async () => {
    const rows = await runScoped(
      t.deps.database.db,
      { tenantId: tenant, userId: opener.userId },
      async (tx) => ({
        file: await tx
          .selectFrom('case_files')
          .select('title_sealed')
          .where('id', '=', caseId)
          .executeTakeFirstOrThrow(),
        steps: await tx
          .selectFrom('case_steps')
          .select(['step_id', 'content_sealed'])
          .where('case_id', '=', caseId)
          .execute(),
      }),
    );
    expect(rows.steps).toHaveLength(6);
    const raw = [rows.file.title_sealed, ...rows.steps.map((s) => s.content_sealed)]
      .map((b) => Buffer.from(b).toString('latin1'))
      .join('');
    for (const plain of [
      ...Object.values(secret),
      'Zwaluwen',
      'aannemelijk',
      'antidemocratisch',
      'grenzen-stellen',
    ])
      expect(raw).not.toContain(plain);
    // In the database itself, the beheerder's transaction sees no step of a case they are not in.
    const seen = await runScoped(t.deps.database.db, { tenantId: tenant, userId: beheerder.userId }, (tx) =>
      tx.selectFrom('case_steps').select('step_id').where('case_id', '=', caseId).execute(),
    );
    expect(seen).toEqual([]);
  });

  it('audits every read and write with ids and counts, never content', async () => {
    await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, async (tx) => {
      const events = await sql<{ action: string; data: Record<string, unknown>; actor_user_id: string }>`
        select action, data, actor_user_id from audit_events where subject_id = ${caseId} order by seq`.execute(
        tx,
      );
      const actions = events.rows.map((e) => e.action);
      expect(actions[0]).toBe('case.opened');
      expect(actions.filter((a) => a === 'case.step_saved')).toHaveLength(6);
      expect(actions).toContain('case.read');
      const saved = events.rows.find((e) => e.action === 'case.step_saved' && e.data.step === 'bronnen');
      expect(saved?.data).toMatchObject({ sources: 2 });
      const text = JSON.stringify(events.rows);
      for (const plain of Object.values(secret)) expect(text).not.toContain(plain);
      const listed = await sql<{ n: string }>`
        select count(*) as n from audit_events where action = 'case.listed' and tenant_id = ${tenant}`.execute(
        tx,
      );
      expect(Number(listed.rows[0]!.n)).toBeGreaterThan(0);
    });
  });

  it('a closed case is read-only, still readable, and removal destroys its key', async () => {
    const closed = await colleague.client.post(`${org}/case-files/${caseId}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.may).toEqual(['remove']);
    const write = await opener.client.call('PUT', `${org}/case-files/${caseId}/steps/feiten`, {
      answers: {},
    });
    expect(write.status).toBe(409);
    expect(write.body.code).toBe('case-closed');
    expect((await opener.client.post(`${org}/case-files/${caseId}/close`)).status).toBe(409);
    const read = await opener.client.get(`${org}/case-files/${caseId}`);
    expect(read.status).toBe(200);
    expect(read.body.steps).toHaveLength(6);

    expect((await opener.client.call('DELETE', `${org}/case-files/${caseId}`)).status).toBe(204);
    await expect(t.deps.scanKeys.get(tenant, caseId)).rejects.toThrow();
    expect((await opener.client.get(`${org}/case-files/${caseId}`)).status).toBe(404);
    expect((await opener.client.get(`${org}/case-files`)).body).toEqual([]);
    const left = await runScoped(t.deps.database.db, { tenantId: tenant, userId: opener.userId }, (tx) =>
      tx.selectFrom('case_steps').select('step_id').where('case_id', '=', caseId).execute(),
    );
    expect(left).toEqual([]);
  });
});
