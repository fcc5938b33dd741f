// The one mapper from refusals to problem+json: kind → status, both languages in `message`, the
// Dutch sentence in `detail`, field paths as arrays, zod's issues with the schema's messages looked
// up by key (namespace `errors`, group `input`).
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
import { inputMessage } from '../../src/server/texts.ts';

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

  it('turns zod issues into array paths under the prefix, looking the schema messages up by key', () => {
    const schema = z.strictObject({
      email: z.string().max(3, inputMessage('max-characters')),
      members: z.array(z.strictObject({ role: z.enum(['a', 'b'], { error: inputMessage('office') }) })),
    });
    const result = schema.safeParse({
      email: 'xxxx',
      members: [{ role: 'a' }, { role: 'c' }],
      isAdmin: true,
    });
    expect(result.success).toBe(false);
    const fields = fieldsOfZodError((result as { error: z.ZodError }).error);
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: ['email'], message: { nl: 'Hoogstens 3 tekens', en: 'at most 3 characters' } },
        {
          path: ['members', 1, 'role'],
          message: { nl: 'Kies een functie: a, b', en: 'choose an office: a, b' },
        },
        { path: [], message: { nl: 'Onbekend veld: isAdmin', en: 'unknown field: isAdmin' } },
      ]),
    );
    expect(fields).toHaveLength(3);
    const params = z.strictObject({
      tenantId: z.uuid({ error: inputMessage('unknown-organisation') }),
    });
    const bad = params.safeParse({ tenantId: 'nee' });
    expect(fieldsOfZodError((bad as { error: z.ZodError }).error, ['params'])).toEqual([
      { path: ['params', 'tenantId'], message: { nl: 'Onbekende organisatie', en: 'unknown organisation' } },
    ]);
    // zod's own English default is no key: the same sentence in both, never split.
    expect(schemaSentence('Too small')).toEqual({ nl: 'Too small', en: 'Too small' });
    expect(schemaSentence('Te kort / too short')).toEqual({
      nl: 'Te kort / too short',
      en: 'Te kort / too short',
    });
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
    // hono's own words are not split into languages: the same in both; none at all is "Fout" / "Error".
    expect(problemOf(new HTTPException(405, { message: 'Method Not Allowed' }))).toMatchObject({
      status: 405,
      body: { code: 'http-error', message: { nl: 'Method Not Allowed', en: 'Method Not Allowed' } },
    });
    expect(problemOf(new HTTPException(405))).toMatchObject({
      status: 405,
      body: { code: 'http-error', message: { nl: 'Fout', en: 'Error' } },
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
