// The college view through the API: nothing stacked until all five members agree; shown then to
// the members and the opdrachtgever they were told of, to nobody else; one revocation hides it at
// once; and no reply carries a contact's label, a member's name or anything of one member.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScoped } from '../../src/server/db/transaction.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';
import { type CollegeMember, candidatesWithMaps, mapWith } from '../support/college-setup.ts';

const names = ['Anna Aalbers', 'Bram Bosman', 'Cor Claassen', 'Dirk Dekker', 'Eva Evers'];
// Each member's contacts under labels that must never come back.
const labels = names.map((_, m) => [`KL${m}`, `Vastgoed-Henk-${m}`, `Oom Jan ${m}`, `Buurvrouw ${m}`]);

describe('the college view', () => {
  let t: TestApp;
  let tenant: string;
  let other: string;
  let otto: SignedIn;
  let els: SignedIn;
  let members: CollegeMember[];
  let collegeId: string;
  let procedureId: string;
  const org = () => `/api/organisations/${tenant}`;
  const view = () => `${org()}/colleges/${collegeId}/view`;
  const consent = (m: CollegeMember, yes: boolean) =>
    m.client.call('PUT', `${org()}/my-colleges/${collegeId}/consent`, { consent: yes });

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t, 'Gemeente Voorbeeld');
    other = await makeTenant(t, 'Gemeente Elders');
    otto = await signedIn(t, tenant, 'opdrachtgever');
    els = await signedIn(t, tenant, 'expert');
    ({ members, procedureId } = await candidatesWithMaps(
      t,
      tenant,
      otto,
      els,
      names.map((displayName, m) => ({ displayName, network: mapWith(labels[m]!) })),
    ));
  });
  afterAll(() => t.cleanup());

  const leaks = (body: unknown) => {
    const json = JSON.stringify(body);
    return [
      ...labels.flat(),
      ...names,
      ...members.map((m) => m.scanId),
      ...members.map((m) => m.membershipId),
    ].filter((word) => json.includes(word));
  };

  it('is made by the opdrachtgever from people with a submitted map, naming who may see it', async () => {
    const candidates = await otto.client.get(`${org()}/colleges/candidates`);
    expect(candidates.status).toBe(200);
    expect(candidates.body.people.map((p: { displayName: string }) => p.displayName).sort()).toEqual(names);
    expect(candidates.body.viewers.map((p: { membershipId: string }) => p.membershipId)).toContain(
      otto.membershipId,
    );

    const tooSmall = await otto.client.post(`${org()}/colleges`, {
      name: 'Te klein',
      viewerMembershipId: otto.membershipId,
      memberMembershipIds: members.slice(0, 2).map((m) => m.membershipId),
    });
    expect(tooSmall.status).toBe(400);
    expect(tooSmall.body.code).toBe('college-members');

    const stranger = await signedIn(t, tenant, 'kandidaat');
    const withoutMap = await otto.client.post(`${org()}/colleges`, {
      name: 'Zonder kaart',
      viewerMembershipId: otto.membershipId,
      memberMembershipIds: [...members.slice(0, 3).map((m) => m.membershipId), stranger.membershipId],
    });
    expect(withoutMap.status).toBe(400);
    expect(withoutMap.body.errors.map((e: { path: unknown[] }) => e.path)).toEqual([
      ['memberMembershipIds', 3],
    ]);

    const made = await otto.client.post(`${org()}/colleges`, {
      name: 'College van B&W Voorbeeld 2026',
      viewerMembershipId: otto.membershipId,
      memberMembershipIds: members.map((m) => m.membershipId),
    });
    expect(made.status).toBe(201);
    expect(made.body.members).toBe(5);
    collegeId = made.body.id;
  });

  it('is not shown until all five agree, and never says who has not', async () => {
    const mine = await members[0]!.client.get(`${org()}/my-colleges`);
    expect(mine.body.colleges).toEqual([
      expect.objectContaining({ id: collegeId, members: 5, agreed: 0, consent: false, consentAt: null }),
    ]);
    for (const [i, m] of members.slice(0, 4).entries()) {
      const r = await consent(m, true);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ consent: true, members: 5, agreed: i + 1 });
      for (const reader of [m.client, otto.client]) {
        const waiting = await reader.get(view());
        expect(waiting.status).toBe(200);
        expect(waiting.body).toMatchObject({
          state: 'waiting',
          members: 5,
          agreed: i + 1,
          stack: null,
          labels: null,
        });
        expect(leaks(waiting.body)).toEqual([]);
      }
    }
    const list = await otto.client.get(`${org()}/colleges`);
    expect(list.body.colleges).toEqual([expect.objectContaining({ id: collegeId, members: 5, agreed: 4 })]);
    expect(leaks(list.body)).toEqual([]);
  });

  it('is shown to every member and the chosen opdrachtgever once all five agree, as aggregates only', async () => {
    await consent(members[4]!, true);
    for (const reader of [...members.map((m) => m.client), otto.client]) {
      const shown = await reader.get(view());
      expect(shown.status).toBe(200);
      expect(shown.body.state).toBe('shown');
      expect(leaks(shown.body)).toEqual([]);
      const { stack } = shown.body;
      expect(stack.members).toBe(5);
      expect(stack.contacts).toBe(20);
      expect(stack.sectors.shared).toEqual([
        { id: 'onderwijs', members: 5, contacts: 10 },
        { id: 'vastgoed', members: 5, contacts: 10 },
      ]);
      expect(stack.sensitive).toMatchObject({ direct: 10, onePersonRemoved: 0, members: 5 });
      expect(stack.contexts.types.shared).toEqual([{ id: 'huidige_werk', members: 5, contacts: 20 }]);
      // 10 men, 10 women: Blau 0.5; every member a woman with 2 alike of 4: EI 0.
      expect(stack.inclusiveness.find((i: { attribute: string }) => i.attribute === 'gender')).toMatchObject({
        blau: 0.5,
        ei: 0,
      });
      expect(shown.body.labels.sectors).toContainEqual({
        id: 'vastgoed',
        label: { nl: 'vastgoed', en: 'real estate' },
      });
    }
  });

  it('is refused to everyone else: another opdrachtgever, the beheerder, the expert, another candidate, another organisation', async () => {
    const secondClient = await signedIn(t, tenant, 'opdrachtgever');
    expect((await secondClient.client.get(view())).status).toBe(404);
    const outsider = await signedIn(t, tenant, 'kandidaat');
    expect((await outsider.client.get(view())).status).toBe(404);
    expect(
      (await outsider.client.call('PUT', `${org()}/my-colleges/${collegeId}/consent`, { consent: true }))
        .status,
    ).toBe(404);
    expect((await (await signedIn(t, tenant, 'beheerder')).client.get(view())).status).toBe(403);
    expect((await els.client.get(view())).status).toBe(403);
    expect((await (await signedIn(t, tenant, 'onderzoeker')).client.get(view())).status).toBe(403);
    // The opdrachtgever may not agree on a member's behalf.
    expect(
      (await otto.client.call('PUT', `${org()}/my-colleges/${collegeId}/consent`, { consent: true })).status,
    ).toBe(403);
    const elsewhere = await signedIn(t, other, 'opdrachtgever');
    expect(
      (await elsewhere.client.get(`/api/organisations/${other}/colleges/${collegeId}/view`)).status,
    ).toBe(404);
    expect((await elsewhere.client.get(`/api/organisations/${other}/colleges`)).body.colleges).toEqual([]);
  });

  it('is hidden again at once when one member takes back their consent, and shown when they agree again', async () => {
    const revoked = await consent(members[2]!, false);
    expect(revoked.body).toEqual({ consent: false, members: 5, agreed: 4 });
    for (const reader of [members[0]!.client, members[2]!.client, otto.client]) {
      const hidden = await reader.get(view());
      expect(hidden.body).toMatchObject({ state: 'waiting', agreed: 4, stack: null });
    }
    await consent(members[2]!, true);
    expect((await otto.client.get(view())).body.state).toBe('shown');
  });

  it("keeps the consent history, audits with ids and counts only, and logs each read in the members' access logs", async () => {
    await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, async (tx) => {
      const history = await tx
        .selectFrom('college_consents')
        .innerJoin('college_members', 'college_members.id', 'college_consents.college_member_id')
        .select(['college_members.membership_id', 'college_consents.consent'])
        .where('college_members.college_id', '=', collegeId)
        .orderBy('college_consents.seq')
        .execute();
      expect(
        history.filter((h) => h.membership_id === members[2]!.membershipId).map((h) => h.consent),
      ).toEqual([true, false, true]);
      const events = await sql<{ action: string; data: unknown }>`
        select action, data from audit_events where subject_id = ${collegeId} order by seq`.execute(tx);
      const actions = events.rows.map((e) => e.action);
      expect(actions[0]).toBe('college.created');
      expect(actions.filter((a) => a === 'college.consent_changed')).toHaveLength(7);
      expect(actions).toContain('college.view_read');
      expect(leaks(events.rows)).toEqual([]);
      const log = await tx
        .selectFrom('access_log')
        .select(['scan_id', 'actor_role'])
        .where('view', '=', 'college')
        .execute();
      for (const m of members) expect(log.some((l) => l.scan_id === m.scanId)).toBe(true);
      expect(new Set(log.map((l) => l.actor_role))).toEqual(new Set(['college', 'opdrachtgever']));
    });
  });

  it("is made from all candidates of the maker's own procedure, or by a beheerder naming people", async () => {
    const fromProcedure = await otto.client.post(`${org()}/colleges`, {
      name: 'Uit de procedure',
      viewerMembershipId: otto.membershipId,
      procedureId,
    });
    expect(fromProcedure.status).toBe(201);
    expect(fromProcedure.body.members).toBe(5);
    // Another opdrachtgever's procedure adds nobody.
    const second = await signedIn(t, tenant, 'opdrachtgever');
    const notTheirs = await second.client.post(`${org()}/colleges`, {
      name: 'Niet van mij',
      viewerMembershipId: second.membershipId,
      procedureId,
    });
    expect(notTheirs.body.code).toBe('college-members');
    const beheerder = await signedIn(t, tenant, 'beheerder');
    const named = await beheerder.client.post(`${org()}/colleges`, {
      name: 'Door de beheerder',
      viewerMembershipId: second.membershipId,
      memberMembershipIds: members.slice(0, 3).map((m) => m.membershipId),
    });
    expect(named.status).toBe(201);
    // The beheerder made it but is not its viewer: listed, not readable.
    const listed = await beheerder.client.get(`${org()}/colleges`);
    expect(listed.body.colleges).toEqual([expect.objectContaining({ id: named.body.id, as: ['made'] })]);
    expect((await second.client.get(`${org()}/colleges`)).body.colleges).toEqual([
      expect.objectContaining({ id: named.body.id, as: ['viewer'], agreed: 0, members: 3 }),
    ]);
  });

  it('is hidden when a member withdraws the scan behind their map', async () => {
    await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
      tx.updateTable('scans').set({ status: 'withdrawn' }).where('id', '=', members[1]!.scanId).execute(),
    );
    const hidden = await otto.client.get(view());
    expect(hidden.body).toMatchObject({ state: 'unavailable', agreed: 5, stack: null });
  });
});
