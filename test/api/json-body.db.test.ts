// Found by the API fuzzer (fuzz.db.test.ts): a NUL character in a display name reached PostgreSQL,
// whose text type cannot hold it, and the invitation failed with a 500. Every JSON body is now
// checked once when it is read (http/json-body.ts): a string or key with U+0000 or a lone
// surrogate is refused as invalid input naming its path, and nothing is stored.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';
import { invitedCandidate } from '../support/scan-setup.ts';

describe('text the database cannot store', () => {
  let t: TestApp;
  let tenant: string;
  let beheerder: SignedIn;

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t);
    beheerder = await signedIn(t, tenant, 'beheerder');
  });
  afterAll(() => t.cleanup());

  it('a NUL in a name is refused with its path, and no one is invited', async () => {
    const email = `nul-${randomUUID().slice(0, 8)}@test.nl`;
    const reply = await beheerder.client.post(`/api/organisations/${tenant}/invitations`, {
      email,
      displayName: 'Kim\u0000de Vries',
      role: 'expert',
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(400);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(reply.body.code).toBe('unstorable-text');
    expect(reply.body.message.en).toContain('cannot be stored');
    expect(reply.body.errors).toEqual([
      {
        path: ['displayName'],
        message: { nl: 'Bevat een ongeldig teken', en: 'contains an invalid character' },
      },
    ]);
    const members = await beheerder.client.get(`/api/organisations/${tenant}/members`);
    expect(members.body.members.map((m: { email: string }) => m.email)).not.toContain(email);
  });

  it('a lone surrogate is refused too, in values and in keys, at any depth', async () => {
    const opener = await signedIn(t, tenant, 'opdrachtgever');
    const procedure = await opener.client.post(`/api/organisations/${tenant}/procedures`, {
      name: 'Wethouder \ud800',
      office: 'wethouder',
      instrumentId: 'weerbaarheidsscan-bestuurder',
      retentionDays: 30,
    });
    expect(procedure.status).toBe(400);
    expect(procedure.body.errors[0].path).toEqual(['name']);

    const expert = await signedIn(t, tenant, 'expert');
    const scan = await invitedCandidate(t, tenant, opener, expert);
    const saved = await scan.candidate.call('PUT', `${scan.own}/answers`, {
      baseRevision: 0,
      saveId: randomUUID(),
      changes: { nevenfuncties: [{ organisatie: 'Club', rol: ['a', 'b\udc00'] }] },
    });
    expect(saved.status).toBe(400);
    expect(saved.body.code).toBe('unstorable-text');
    expect(saved.body.errors[0].path).toEqual(['changes', 'nevenfuncties', 0, 'rol', 1]);
    const key = await scan.candidate.call('PUT', `${scan.own}/answers`, {
      baseRevision: 0,
      saveId: randomUUID(),
      changes: { 'x\u0000y': 1 },
    });
    expect(key.status).toBe(400);
    expect(key.body.errors[0].path).toEqual(['changes', 'x\ufffdy']);
    expect((await scan.candidate.get(scan.own)).body.revision).toBe(0);
  });

  it('nesting deeper than any recursion is walked without a 5xx', async () => {
    const depth = 100_000;
    const body = `{"answers":{"a":${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}}}`;
    const reply = await t.client().call('POST', '/api/public/zelfscan/evaluate', body);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].path).toHaveLength(depth + 2);
    const clean = `{"answers":{"a":${'['.repeat(depth)}"x"${']'.repeat(depth)}}}`;
    expect((await t.client().call('POST', '/api/public/zelfscan/evaluate', clean)).status).toBeLessThan(500);
  });

  it('ordinary text with controls the database does store still passes', async () => {
    const reply = await beheerder.client.post(`/api/organisations/${tenant}/invitations`, {
      email: `tab-${randomUUID().slice(0, 8)}@test.nl`,
      displayName: 'Kim\tde Vries 👩🏽‍⚖️',
      role: 'expert',
    });
    expect(reply.status).toBe(201);
  });
});
