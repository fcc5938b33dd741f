// The one mapper from refusals to problem+json: kind → status, both languages in `message`, the
// Dutch sentence in `detail`, field paths as arrays, zod's issues and the schema's "nl / en"
// messages split once.
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  conflict,
  DomainError,
  type DomainErrorKind,
  domainErrorKinds,
  invalidInput,
  rateLimited,
} from '../../src/server/domain-error.ts';
import {
  fieldsOfZodError,
  httpRefusals,
  problemOf,
  problemResponse,
  problemSchema,
  schemaSentence,
} from '../../src/server/http/problem.ts';

const expectedStatus: Record<DomainErrorKind, number> = {
  'invalid-input': 400,
  'not-signed-in': 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  'too-large': 413,
  'unsupported-media-type': 415,
  unprocessable: 422,
  'rate-limited': 429,
  unavailable: 503,
  internal: 500,
};

describe('the problem mapper', () => {
  it('gives every kind its status, and a body true to problemSchema', () => {
    for (const kind of domainErrorKinds) {
      const { status, body } = problemOf(
        new DomainError(kind, `some-${kind}`, { nl: 'Zin.', en: 'Sentence.' }),
      );
      expect([kind, status]).toEqual([kind, expectedStatus[kind]]);
      expect(body.status).toBe(status);
      expect(problemSchema.strict().parse(body)).toEqual(body);
    }
  });

  it('carries the code, both languages, the Dutch sentence as detail, and fields by array path', () => {
    const { body } = problemOf(
      conflict('already-candidate', { nl: 'Al kandidaat.', en: 'Already a candidate.' }, [
        { path: ['email'], message: { nl: 'Al uitgenodigd', en: 'already invited' } },
        { path: ['changes', 'nevenfuncties', 0, 'organisatie'], message: { nl: 'Leeg', en: 'Empty' } },
      ]),
    );
    expect(body).toEqual({
      type: 'https://weerbaar.nl/problemen/already-candidate',
      title: 'Conflict',
      status: 409,
      code: 'already-candidate',
      detail: 'Al kandidaat.',
      message: { nl: 'Al kandidaat.', en: 'Already a candidate.' },
      errors: [
        { path: ['email'], message: { nl: 'Al uitgenodigd', en: 'already invited' } },
        { path: ['changes', 'nevenfuncties', 0, 'organisatie'], message: { nl: 'Leeg', en: 'Empty' } },
      ],
    });
    // No fields, no `errors`.
    expect(problemOf(invalidInput('link-invalid', { nl: 'Nee.', en: 'No.' })).body).not.toHaveProperty(
      'errors',
    );
  });

  it('turns zod issues into array paths under the prefix, splitting the schema messages once', () => {
    const schema = z.strictObject({
      email: z.string().min(3, 'Te kort / too short'),
      members: z.array(
        z.strictObject({ role: z.enum(['a', 'b'], { error: 'Kies een rol / choose a role' }) }),
      ),
    });
    const result = schema.safeParse({ email: 'x', members: [{ role: 'a' }, { role: 'c' }], isAdmin: true });
    expect(result.success).toBe(false);
    const fields = fieldsOfZodError((result as { error: z.ZodError }).error);
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: ['email'], message: { nl: 'Te kort', en: 'too short' } },
        { path: ['members', 1, 'role'], message: { nl: 'Kies een rol', en: 'choose a role' } },
        { path: [], message: { nl: 'Onbekend veld: isAdmin', en: 'unknown field: isAdmin' } },
      ]),
    );
    expect(fields).toHaveLength(3);
    const params = z.strictObject({
      tenantId: z.uuid({ error: 'Onbekende organisatie / unknown organisation' }),
    });
    const bad = params.safeParse({ tenantId: 'nee' });
    expect(fieldsOfZodError((bad as { error: z.ZodError }).error, ['params'])).toEqual([
      { path: ['params', 'tenantId'], message: { nl: 'Onbekende organisatie', en: 'unknown organisation' } },
    ]);
    // zod's own English default has no " / ": the same sentence in both.
    expect(schemaSentence('Too small')).toEqual({ nl: 'Too small', en: 'Too small' });
  });

  it("maps this layer's own refusals and hono's exceptions", () => {
    expect(problemOf(httpRefusals.csrf())).toMatchObject({ status: 403, body: { code: 'csrf' } });
    expect(problemOf(httpRefusals.malformedJson())).toMatchObject({
      status: 400,
      body: { code: 'malformed-json' },
    });
    expect(problemOf(httpRefusals.unknownRoute())).toMatchObject({
      status: 404,
      body: { code: 'not-found' },
    });
    expect(problemOf(new HTTPException(413))).toMatchObject({ status: 413, body: { code: 'too-large' } });
    expect(problemOf(new HTTPException(405, { message: 'Niet zo / Not like this' }))).toMatchObject({
      status: 405,
      body: { code: 'http-error', message: { nl: 'Niet zo', en: 'Not like this' } },
    });
  });

  it('says when to try again after a rate limit', async () => {
    const response = problemResponse(rateLimited(125.2));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('126');
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = await response.json();
    expect(body.message.nl).toMatch(/over 3 minuten/);
    expect(body.detail).toBe(body.message.nl);
  });
});
