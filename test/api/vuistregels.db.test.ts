// An organisation's own vuistregels integriteit: the beheerder rewords a set, every member of that
// organisation then reads the new wording, another organisation still reads the default, other
// roles are refused, bad input is a problem with the field, and a reset goes back to the default.
// Both changes are audited with the set id and a count, never the wording.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';

describe('vuistregels per organisation', () => {
  let t: TestApp;
  let own: string;
  let other: string;
  let beheerder: SignedIn;

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    own = await makeTenant(t, 'Partij Eigen');
    other = await makeTenant(t, 'Partij Ander');
    beheerder = await signedIn(t, own, 'beheerder');
  });
  afterAll(() => t.cleanup());

  const url = (tenant: string, set?: string) =>
    `/api/organisations/${tenant}/vuistregels${set ? `/${set}` : ''}`;
  const ownWording = {
    rules: [
      {
        text: {
          nl: '  Meld elk belang vooraf bij de fractie.  ',
          en: 'Declare every interest to the group first.',
        },
      },
      { text: { nl: 'Neem geen cadeaus aan.', en: 'Accept no gifts.' } },
    ],
  };

  it('the beheerder adjusts a set; the organisation reads it, another organisation keeps the default', async () => {
    const before = await beheerder.client.get(url(own));
    expect(before.status).toBe(200);
    const raadslid = before.body.sets.find((s: { id: string }) => s.id === 'raadslid');
    expect(raadslid).toMatchObject({ adjusted: false, revision: 0, offices: ['raadslid'] });
    expect(raadslid.rules).toEqual(raadslid.defaultRules);
    const defaultCount = raadslid.defaultRules.length;

    const adjusted = await beheerder.client.call('PUT', url(own, 'raadslid'), ownWording);
    expect(adjusted.status).toBe(200);
    const set = adjusted.body.sets.find((s: { id: string }) => s.id === 'raadslid');
    expect(set).toMatchObject({ adjusted: true, revision: 1 });
    expect(set.rules).toEqual([
      {
        id: 'regel-1',
        text: {
          nl: 'Meld elk belang vooraf bij de fractie.',
          en: 'Declare every interest to the group first.',
        },
      },
      { id: 'regel-2', text: { nl: 'Neem geen cadeaus aan.', en: 'Accept no gifts.' } },
    ]);
    expect(set.defaultRules).toHaveLength(defaultCount);
    // The other sets are untouched.
    expect(adjusted.body.sets.find((s: { id: string }) => s.id === 'wethouder').adjusted).toBe(false);

    // A candidate of this organisation reads the new wording.
    const candidate = await signedIn(t, own, 'kandidaat');
    const read = await candidate.client.get(url(own));
    expect(read.status).toBe(200);
    expect(read.body.sets.find((s: { id: string }) => s.id === 'raadslid').rules).toHaveLength(2);

    // Another organisation still has the default.
    const otherCandidate = await signedIn(t, other, 'kandidaat');
    const otherRead = await otherCandidate.client.get(url(other));
    const otherSet = otherRead.body.sets.find((s: { id: string }) => s.id === 'raadslid');
    expect(otherSet).toMatchObject({ adjusted: false });
    expect(otherSet.rules).toHaveLength(defaultCount);
    // …and cannot read this organisation's.
    expect((await otherCandidate.client.get(url(own))).status).toBe(404);

    // A second change counts up.
    const again = await beheerder.client.call('PUT', url(own, 'raadslid'), { rules: [ownWording.rules[1]] });
    expect(again.body.sets.find((s: { id: string }) => s.id === 'raadslid')).toMatchObject({ revision: 2 });
  });

  it('other roles are refused; another organisation’s beheerder is not found', async () => {
    for (const role of ['opdrachtgever', 'expert', 'kandidaat', 'onderzoeker'] as const) {
      const person = await signedIn(t, own, role);
      expect((await person.client.call('PUT', url(own, 'raadslid'), ownWording)).status).toBe(403);
      expect((await person.client.call('DELETE', url(own, 'raadslid'))).status).toBe(403);
    }
    const otherBeheerder = await signedIn(t, other, 'beheerder');
    expect((await otherBeheerder.client.call('PUT', url(own, 'raadslid'), ownWording)).status).toBe(404);
    expect((await otherBeheerder.client.call('DELETE', url(own, 'raadslid'))).status).toBe(404);
    // Still the own organisation's wording.
    const read = await beheerder.client.get(url(own));
    expect(read.body.sets.find((s: { id: string }) => s.id === 'raadslid').adjusted).toBe(true);
  });

  it('bad input is a problem naming the field; an unknown set is not found', async () => {
    const empty = await beheerder.client.call('PUT', url(own, 'wethouder'), { rules: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((e: { path: unknown[] }) => e.path)).toEqual([['rules']]);
    const noEnglish = await beheerder.client.call('PUT', url(own, 'wethouder'), {
      rules: [{ text: { nl: 'Alleen Nederlands', en: '   ' } }],
    });
    expect(noEnglish.status).toBe(400);
    expect(noEnglish.body.errors.map((e: { path: unknown[] }) => e.path)).toEqual([
      ['rules', 0, 'text', 'en'],
    ]);
    const tooMany = await beheerder.client.call('PUT', url(own, 'wethouder'), {
      rules: Array.from({ length: 21 }, () => ownWording.rules[0]),
    });
    expect(tooMany.status).toBe(400);
    const unknown = await beheerder.client.call('PUT', url(own, 'schepen'), ownWording);
    expect(unknown.status).toBe(404);
    expect((await beheerder.client.call('DELETE', url(own, 'schepen'))).status).toBe(404);
  });

  it('reset goes back to the default; both changes are audited without the wording', async () => {
    const reset = await beheerder.client.call('DELETE', url(own, 'raadslid'));
    expect(reset.status).toBe(200);
    const set = reset.body.sets.find((s: { id: string }) => s.id === 'raadslid');
    expect(set).toMatchObject({ adjusted: false, revision: 0 });
    expect(set.rules).toEqual(set.defaultRules);
    // Again: nothing to reset, nothing recorded.
    expect((await beheerder.client.call('DELETE', url(own, 'raadslid'))).status).toBe(200);

    const events = await t.deps.database.owner
      .selectFrom('audit_events')
      .select(['action', 'data', 'actor_user_id'])
      .where('tenant_id', '=', own)
      .where('action', 'in', ['vuistregels.adjusted', 'vuistregels.reset'])
      .orderBy('seq')
      .execute();
    expect(events.map((e) => [e.action, e.data])).toEqual([
      ['vuistregels.adjusted', { set: 'raadslid', rules: 2 }],
      ['vuistregels.adjusted', { set: 'raadslid', rules: 1 }],
      ['vuistregels.reset', { set: 'raadslid' }],
    ]);
    expect(events.every((e) => e.actor_user_id === beheerder.userId)).toBe(true);
    expect(JSON.stringify(events)).not.toContain('cadeaus');
  });
});
