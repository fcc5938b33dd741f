// Signing in as people do it: a link by mail, then a second factor; and every way it can go wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/server/http/response-headers.ts';
import { inviteMember } from '../../src/server/operations/invite-member.ts';
import {
  createTestApp,
  lastLinkFor,
  makeTenant,
  signedIn,
  type TestApp,
  tokenOf,
  totpCode,
  unique,
} from '../support/api.ts';

describe('sign-in', () => {
  let t: TestApp;
  let tenant: string;
  beforeAll(async () => {
    // Many sign-ins from one test address; the limit itself is tested below on its own app.
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t);
  });
  afterAll(() => t.cleanup());

  it('mails a link for known addresses and answers the same for unknown ones', async () => {
    const person = await signedIn(t, tenant, 'expert');
    const client = t.client();
    const known = await client.post('/api/auth/sign-in-link', { email: person.email.toUpperCase() });
    const unknown = await client.post('/api/auth/sign-in-link', { email: 'onbekend@test.nl' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    expect(lastLinkFor(t, person.email)).toBeTruthy();
    expect(lastLinkFor(t, 'onbekend@test.nl')).toBeNull();
  });

  it('a link works once; a replay is refused and changes nothing', async () => {
    const person = await signedIn(t, tenant, 'expert');
    await t.client().post('/api/auth/sign-in-link', { email: person.email });
    const token = lastLinkFor(t, person.email)!;
    const first = await t.client().post('/api/auth/redeem', { token });
    expect(first.status).toBe(200);
    const replay = await t.client().post('/api/auth/redeem', { token });
    expect(replay.status).toBe(400);
    expect(replay.body.code).toBe('link-invalid');
    expect(replay.headers.get('content-type')).toContain('application/problem+json');
    expect(replay.body.detail).toMatch(/link/i);
  });

  it('an expired link is refused', async () => {
    const person = await signedIn(t, tenant, 'expert');
    await t.client().post('/api/auth/sign-in-link', { email: person.email });
    const token = lastLinkFor(t, person.email)!;
    t.advance((t.deps.settings.WEERBAAR_SIGN_IN_LINK_MINUTES + 1) * 60_000);
    const reply = await t.client().post('/api/auth/redeem', { token });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('link-invalid');
  });

  it('staff must pass a second factor before organisation routes open', async () => {
    const admin = await signedIn(t, tenant, 'beheerder');
    await t.client().post('/api/auth/sign-in-link', { email: admin.email });
    const client = t.client();
    const session = await client.post('/api/auth/redeem', { token: lastLinkFor(t, admin.email)! });
    expect(session.body.secondFactor).toMatchObject({ required: true, verified: false, totp: true });
    const blocked = await client.get(`/api/organisations/${tenant}/members`);
    expect(blocked.status).toBe(401);
    expect(blocked.body.code).toBe('second-factor-required');
    // With a factor already set up, a half-signed-in session may not add another one.
    expect((await client.post('/api/auth/totp/setup')).status).toBe(403);
    expect((await client.post('/api/auth/passkeys/registration-options')).status).toBe(403);

    const wrong = await client.post('/api/auth/totp/verify', { code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('totp-invalid');
    expect(wrong.body.errors[0].path).toEqual(['code']);

    t.advance(30_000); // the confirm step used the current code
    const ok = await client.post('/api/auth/totp/verify', {
      code: totpCode(admin.totpSecret!, t.deps.now()),
    });
    expect(ok.status).toBe(200);
    expect(ok.body.secondFactor.verified).toBe(true);
    expect((await client.get(`/api/organisations/${tenant}/members`)).status).toBe(200);
  });

  it('a TOTP code is accepted once', async () => {
    const admin = await signedIn(t, tenant, 'beheerder');
    t.advance(60_000);
    const code = totpCode(admin.totpSecret!, t.deps.now());
    const a = t.client();
    const b = t.client();
    for (const c of [a, b]) {
      await c.post('/api/auth/sign-in-link', { email: admin.email });
      await c.post('/api/auth/redeem', { token: lastLinkFor(t, admin.email)! });
    }
    expect((await a.post('/api/auth/totp/verify', { code })).status).toBe(200);
    expect((await b.post('/api/auth/totp/verify', { code })).status).toBe(400);
  });

  it('recovery codes work once each and are stored hashed', async () => {
    const admin = await signedIn(t, tenant, 'beheerder');
    expect(admin.recoveryCodes).toHaveLength(10);
    const client = t.client();
    await client.post('/api/auth/sign-in-link', { email: admin.email });
    await client.post('/api/auth/redeem', { token: lastLinkFor(t, admin.email)! });
    const code = admin.recoveryCodes[0]!;
    const used = await client.post('/api/auth/recovery-code', {
      code: code.toLowerCase().replaceAll('-', ' '),
    });
    expect(used.status).toBe(200);
    expect(used.body.secondFactor).toMatchObject({ verified: true, recoveryCodesLeft: 9 });
    const again = await client.post('/api/auth/recovery-code', { code });
    expect(again.status).toBe(400);
    const stored = await t.deps.database.owner.selectFrom('recovery_codes').select('code_hash').execute();
    const all = stored.map((r) => Buffer.from(r.code_hash).toString('utf8')).join(' ');
    expect(all).not.toContain(code);
  });

  it('a kandidaat needs no second factor unless the organisation asks for it', async () => {
    const kandidaat = await signedIn(t, tenant, 'kandidaat');
    expect(kandidaat.totpSecret).toBeNull();
    expect((await kandidaat.client.get('/api/auth/session')).body.secondFactor.required).toBe(false);

    const strict = await makeTenant(t, 'Gemeente Streng');
    const admin = await signedIn(t, strict, 'beheerder');
    expect(
      (
        await admin.client.patch(`/api/organisations/${strict}/settings`, {
          candidateSecondFactorRequired: true,
        })
      ).status,
    ).toBe(200);
    const invited = await inviteMember(t.deps, admin.userId, {
      tenantId: strict,
      email: `${unique('k')}@test.nl`,
      displayName: 'K',
      role: 'kandidaat',
    });
    const client = t.client();
    const session = await client.post('/api/auth/redeem', { token: tokenOf(invited.invitationUrl) });
    expect(session.body.secondFactor).toMatchObject({ required: true, verified: false });
  });

  it('sessions end when idle, and everywhere on request', async () => {
    const expert = await signedIn(t, tenant, 'expert');
    expect((await expert.client.get('/api/auth/session')).status).toBe(200);
    t.advance((t.deps.settings.WEERBAAR_SESSION_IDLE_MINUTES + 1) * 60_000);
    expect((await expert.client.get('/api/auth/session')).status).toBe(401);

    const other = await signedIn(t, tenant, 'expert');
    const second = t.client();
    await second.post('/api/auth/sign-in-link', { email: other.email });
    await second.post('/api/auth/redeem', { token: lastLinkFor(t, other.email)! });
    t.advance(30_000);
    await second.post('/api/auth/totp/verify', { code: totpCode(other.totpSecret!, t.deps.now()) });
    expect((await other.client.post('/api/auth/sign-out-everywhere')).status).toBe(204);
    expect((await other.client.get('/api/auth/session')).status).toBe(401);
    expect((await second.get('/api/auth/session')).status).toBe(401);
  });

  it('the session cookie is HttpOnly, Secure, SameSite=Strict and only a hash is stored', async () => {
    const person = await signedIn(t, tenant, 'kandidaat');
    const invited = await inviteMember(t.deps, null, {
      tenantId: tenant,
      email: `${unique('c')}@test.nl`,
      displayName: 'C',
      role: 'kandidaat',
    });
    const r = await t.client().post('/api/auth/redeem', { token: tokenOf(invited.invitationUrl) });
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^__Host-weerbaar-sessie=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const rows = await t.deps.database.owner.selectFrom('sessions').select('token_hash').execute();
    expect(rows.some((row) => Buffer.from(row.token_hash).toString('base64url') === token)).toBe(false);
    expect(person.client.cookie).toBeTruthy();
  });

  it('behind a trusted proxy, the limit is per client address from X-Forwarded-For', async () => {
    const proxied = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '2', WEERBAAR_TRUST_PROXY: 'true' });
    try {
      const client = proxied.client();
      const from = (address: string, n: number) =>
        client.call(
          'POST',
          '/api/auth/sign-in-link',
          { email: `p${n}@test.nl` },
          { 'x-forwarded-for': `198.51.100.7, ${address}` },
        );
      expect((await from('203.0.113.1', 1)).status).toBe(202);
      expect((await from('203.0.113.1', 2)).status).toBe(202);
      expect((await from('203.0.113.1', 3)).status).toBe(429);
      // Another client behind the same proxy is not locked out.
      expect((await from('203.0.113.2', 4)).status).toBe(202);
    } finally {
      await proxied.cleanup();
    }
  });

  it('rate-limits sign-in requests per address', async () => {
    const limited = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '3' });
    try {
      const client = limited.client();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await client.post('/api/auth/sign-in-link', { email: 'x@test.nl' })).status);
      expect(statuses).toEqual([202, 202, 202, 429, 429]);
    } finally {
      await limited.cleanup();
    }
  });
});

describe('bad input', () => {
  let t: TestApp;
  let tenant: string;
  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t);
  });
  afterAll(() => t.cleanup());

  it('malformed JSON, unknown fields, wrong types and oversized bodies get problem+json', async () => {
    const admin = await signedIn(t, tenant, 'beheerder');
    const url = `/api/organisations/${tenant}/invitations`;
    const malformed = await admin.client.call('POST', url, '{"email": ', {
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed-json');

    const unknownField = await admin.client.post(url, {
      email: 'a@test.nl',
      displayName: 'A',
      role: 'expert',
      isAdmin: true,
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors).toEqual([
      {
        path: [],
        message: { nl: expect.stringContaining('isAdmin'), en: expect.stringContaining('isAdmin') },
      },
    ]);

    const wrong = await admin.client.post(url, { email: 'geen-adres', displayName: '', role: 'koning' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e: { path: unknown[] }) => e.path).sort()).toEqual([
      ['displayName'],
      ['email'],
      ['role'],
    ]);

    const huge = await admin.client.post(url, {
      email: 'a@test.nl',
      displayName: 'x'.repeat(300_000),
      role: 'expert',
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('too-large');

    const notJson = await admin.client.call('POST', url, 'email=a', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(notJson.status).toBe(415);

    const members = await admin.client.get(`/api/organisations/${tenant}/members`);
    expect(members.body.members.map((m: { email: string }) => m.email)).not.toContain('a@test.nl');
  });

  it('ids that are no uuid, or of nothing, are 404/400 without a stack trace', async () => {
    const admin = await signedIn(t, tenant, 'beheerder');
    const bad = await admin.client.get('/api/organisations/niet-een-id/members');
    expect(bad.status).toBe(400);
    const missing = await admin.client.patch(
      `/api/organisations/${tenant}/members/00000000-0000-4000-8000-000000000000`,
      { status: 'disabled' },
    );
    expect(missing.status).toBe(404);
    expect(JSON.stringify(missing.body)).not.toMatch(/at .*\.ts/);
    expect((await admin.client.get('/api/bestaat-niet')).status).toBe(404);
  });

  it('changes without the CSRF token, or from another site, are refused', async () => {
    const admin = await signedIn(t, tenant, 'beheerder');
    const url = `/api/organisations/${tenant}/settings`;
    const noToken = await admin.client.call(
      'PATCH',
      url,
      { candidateSecondFactorRequired: true },
      { 'x-csrf-token': '' },
    );
    expect(noToken.status).toBe(403);
    expect(noToken.body.code).toBe('csrf');
    const crossSite = await admin.client.call(
      'PATCH',
      url,
      { candidateSecondFactorRequired: true },
      { origin: 'https://kwaadwillend.example' },
    );
    expect(crossSite.status).toBe(403);
    expect((await admin.client.get(url)).body.candidateSecondFactorRequired).toBe(false);
  });

  it('security headers and a strict CSP on every answer', async () => {
    const r = await t.client().get('/api/health');
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    // Every kind of answer carries the same set: a route's JSON reply (built with them up front), a
    // refusal, an unknown API path, the OpenAPI document and the web app; API answers are not kept.
    const answers = {
      route: await t.client().get('/api/health'),
      refusal: await t.client().get('/api/auth/session'),
      unknown: await t.client().get('/api/bestaat-niet'),
      openapi: await t.client().get('/api/openapi.json'),
      web: await t.client().get('/'),
    };
    expect(answers.route.status).toBe(200);
    expect(answers.refusal.status).toBe(401);
    expect(answers.unknown.status).toBe(404);
    for (const [kind, answer] of Object.entries(answers)) {
      for (const [name, value] of Object.entries(securityHeaders)) {
        expect(answer.headers.get(name), `${kind}: ${name}`).toBe(value);
      }
      expect(answer.headers.get('x-powered-by'), kind).toBeNull();
      if (kind !== 'web') expect(answer.headers.get('cache-control'), kind).toBe('no-store');
    }
    expect(answers.route.headers.get('content-type')).toBe('application/json');
    expect(answers.refusal.headers.get('content-type')).toContain('application/problem+json');
  });

  it('health names the database kind and migration version; OpenAPI 3.1 lists every route', async () => {
    const health = await t.client().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.database).toBe(t.deps.database.kind);
    expect(health.body.migration).toBeGreaterThanOrEqual(1);
    const doc = await t.client().get('/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toContain('/api/organisations/{tenantId}/members');
    expect(doc.body.paths['/api/auth/sign-in-link'].post.requestBody).toBeTruthy();
  });
});
