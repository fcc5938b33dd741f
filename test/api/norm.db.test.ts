// The norm at the start of a term: the session's first draft holds the agressieprotocol's starting
// texts; the beheerder or opdrachtgever saves the draft (a stale revision is refused) and agrees a
// version; versions are numbered, immutable even for the owner, readable by every member, and
// audited without text; another organisation sees nothing of it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScoped } from '../../src/server/db/transaction.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';

describe('the norm of the term', () => {
  let t: TestApp;
  let tenant: string;
  let other: string;
  let org: string;
  let lead: SignedIn;
  let candidate: SignedIn;

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t, 'Gemeente Norm');
    other = await makeTenant(t, 'Gemeente Anders');
    org = `/api/organisations/${tenant}`;
    lead = await signedIn(t, tenant, 'opdrachtgever');
    candidate = await signedIn(t, tenant, 'kandidaat');
  });
  afterAll(() => t.cleanup());

  it('starts from the agressieprotocol template, with the referral texts beside it', async () => {
    const norm = await lead.client.get(`${org}/norm`);
    expect(norm.status).toBe(200);
    expect(norm.body.draft.revision).toBe(0);
    expect(norm.body.draft.content.agressieprotocol.direct).toMatch(/112/);
    expect(norm.body.session.referrals.map((r: { id: string }) => r.id)).toEqual([
      'ondersteuningsteam',
      'woningscan',
    ]);
    expect(norm.body.versions).toEqual([]);
    expect(norm.body.mayEdit).toBe(true);
    expect((await candidate.client.get(`${org}/norm`)).body.mayEdit).toBe(false);
  });

  it('saves the draft, refuses a stale revision and unknown prompts, and agrees versions 1 and 2', async () => {
    const first = {
      'niet-aanvaardbaar': { gedrag: 'Schelden, dreigen en opwachten bij huis.' },
      nazorg: { opvang: 'De griffier belt.' },
    };
    const saved = await lead.client.call('PUT', `${org}/norm/draft`, { content: first, revision: 0 });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.draft.revision).toBe(1);
    const stale = await lead.client.call('PUT', `${org}/norm/draft`, { content: {}, revision: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('norm-changed');
    const unknown = await lead.client.call('PUT', `${org}/norm/draft`, {
      content: { nazorg: { onbekend: 'x' } },
      revision: 1,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toEqual(['body', 'content', 'nazorg', 'onbekend']);

    const v1 = await lead.client.post(`${org}/norm/versions`, {
      agreedOn: '2026-04-02',
      agreedBy: ['college', 'raad'],
      revision: 1,
    });
    expect(v1.status, JSON.stringify(v1.body)).toBe(201);
    expect(v1.body.versions[0]).toMatchObject({
      version: 1,
      agreedOn: '2026-04-02',
      agreedBy: ['college', 'raad'],
    });

    const changed = { ...first, nazorg: { opvang: 'De burgemeester belt binnen een dag.' } };
    const saved2 = await lead.client.call('PUT', `${org}/norm/draft`, { content: changed, revision: 1 });
    // Agreeing what nobody saw is refused: the revision on screen must be the draft's.
    expect(
      (
        await lead.client.post(`${org}/norm/versions`, {
          agreedOn: '2026-05-01',
          agreedBy: ['raad'],
          revision: 1,
        })
      ).status,
    ).toBe(409);
    const v2 = await lead.client.post(`${org}/norm/versions`, {
      agreedOn: '2026-05-01',
      agreedBy: ['raad'],
      revision: saved2.body.draft.revision,
    });
    expect(v2.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    // Version 1 is still as it was agreed, for every member.
    const read1 = await candidate.client.get(`${org}/norm/versions/1`);
    expect(read1.status).toBe(200);
    expect(read1.body.content.nazorg.opvang).toBe('De griffier belt.');
    expect(read1.body.agreedBy).toEqual(['college', 'raad']);
    expect((await candidate.client.get(`${org}/norm/versions/2`)).body.content.nazorg.opvang).toMatch(
      /burgemeester/,
    );
    expect((await candidate.client.get(`${org}/norm/versions/3`)).status).toBe(404);
    // A candidate may read but not edit.
    expect(
      (await candidate.client.call('PUT', `${org}/norm/draft`, { content: {}, revision: 2 })).status,
    ).toBe(403);
    // Another organisation has no versions and cannot reach these.
    const elsewhere = await signedIn(t, other, 'beheerder');
    expect((await elsewhere.client.get(`/api/organisations/${other}/norm`)).body.versions).toEqual([]);
    expect((await elsewhere.client.get(`${org}/norm/versions/1`)).status).toBe(404);
  });

  it('keeps versions immutable, even for the database owner, and audits without text', async () => {
    const asApp = runScoped(t.deps.database.db, { tenantId: tenant, userId: lead.userId }, (tx) =>
      sql`update norm_versions set agreed_by = array['raad'] where tenant_id = ${tenant} and version = 1`.execute(
        tx,
      ),
    );
    await expect(asApp).rejects.toThrow();
    // Without the app role (the owner, as a migration would run; forced RLS still wants the
    // tenant, so it is set): the trigger still refuses.
    const asOwner = t.deps.database.owner.transaction().execute(async (tx) => {
      await sql`select set_config('weerbaar.tenant_id', ${tenant}, true)`.execute(tx);
      return sql`delete from norm_versions where tenant_id = ${tenant}`.execute(tx);
    });
    await expect(asOwner).rejects.toThrow(/immutable/);
    await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, async (tx) => {
      const events = await sql<{ action: string; data: Record<string, unknown> }>`
        select action, data from audit_events where tenant_id = ${tenant} and action like 'norm.%' order by seq`.execute(
        tx,
      );
      expect(events.rows.map((e) => e.action)).toEqual([
        'norm.draft_saved',
        'norm.adopted',
        'norm.draft_saved',
        'norm.adopted',
      ]);
      expect(events.rows[1]!.data).toMatchObject({ version: 1, college: true, raad: true });
      expect(JSON.stringify(events.rows)).not.toMatch(/griffier|burgemeester/);
    });
  });
});
