// The request generator of the API fuzzer (fuzz.db.test.ts), not a test itself. It reads the
// OpenAPI document the app serves and turns each operation into a fast-check arbitrary of
// requests: a plausible request built from the operation's own schemas (so the request gets past
// the first check and into the handler), then zero to three mutations that break it — wrong types,
// huge numbers, invalid or foreign ids, deep nesting, prototype keys, control characters, lone
// surrogates, long strings, a wrong or missing content type, broken JSON, a wrong CSRF token.
import fc from 'fast-check';

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI/JSON Schema documents are read field by field
export type JsonSchema = Record<string, any>;

export interface Operation {
  id: string;
  method: string;
  /** OpenAPI template: /api/organisations/{tenantId}/members */
  path: string;
  pathParams: Array<{ name: string; schema: JsonSchema }>;
  queryParams: Array<{ name: string; schema: JsonSchema; required: boolean }>;
  body: JsonSchema | null;
}

// biome-ignore lint/suspicious/noExplicitAny: see JsonSchema
export function operationsOf(document: any): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(
    document.paths as Record<string, Record<string, JsonSchema>>,
  )) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = (op.parameters ?? []) as JsonSchema[];
      operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        pathParams: parameters
          .filter((p) => p.in === 'path')
          .map((p) => ({ name: p.name, schema: p.schema })),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema, required: Boolean(p.required) })),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return operations;
}

/** A number written into the JSON text as is (JSON.stringify cannot write 1e400 or -0). */
const rawMarker = '\u0001raw:';
const raw = (token: string) => `${rawMarker}${Buffer.from(token).toString('base64')}`;
const rawPattern = /"\\u0001raw:([A-Za-z0-9+/=]*)"/g;

/** Stands for the scan's or agenda's current revision; the fuzzer fills it in just before sending. */
export const liveRevision = '\u0001live:revision';
export const liveRevisionJson = JSON.stringify(liveRevision);

/** Own-property keys that would be a prototype if the server copied them naively. */
export const prototypeKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** Sets a key as an own, enumerable property, so JSON.stringify writes even `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const lone = ['\ud800', '\udfff', 'a\udc00b', '\ud83d'];
const controls = [
  '\u0000',
  'a\u0000b',
  '\u0007\u0008',
  '\u001b[31mrood',
  '\u007f',
  '\u2028\u2029',
  '\u202eabc',
  '\ufeff',
];

/** Strings that have broken parsers, databases and renderers before. */
export const nastyStrings: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    ...lone,
    ...controls,
    '__proto__',
    'constructor',
    'null',
    'undefined',
    'NaN',
    '-1',
    '0',
    '99999999999999999999999',
    '1e400',
    '2147483648',
    '9007199254740993',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
    '{00000000-0000-0000-0000-000000000000}',
    "'; drop table scans; --",
    '<script>alert(1)</script>',
    '../../../../etc/passwd',
    '%00',
    '%ED%A0%80',
    '\\u0000',
    '𝕎𝕖𝕖𝕣𝕓𝕒𝕒𝕣 👩🏽‍⚖️',
    'e\u0301\u0301\u0301\u0301',
    '2026-02-30',
    '0000-01-01T00:00:00Z',
    '275760-09-13T00:00:00.001Z',
    '9999-12-31T23:59:59.999Z',
  ),
  fc.constantFrom(1000, 10_000, 100_000).map((n) => 'x'.repeat(n)),
  fc
    .constantFrom(...lone, ...controls)
    .chain((bad) => fc.string({ maxLength: 8 }).map((s) => `${s}${bad}${s}`)),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const hugeNumbers = fc.constantFrom(
  raw('1e400'),
  raw('-1e400'),
  raw('-0'),
  raw('1e-400'),
  raw('123456789012345678901234567890'),
  1e308,
  -1e308,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  2 ** 63,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  0.5,
  -1,
  5e-324,
);

/** Any value of the wrong kind, at any depth. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyStrings,
  hugeNumbers,
  fc.constantFrom(null, true, false, 0, [], {}, [null], { '': '' }),
  fc.constantFrom(...prototypeKeys).map((key) => {
    const object: Record<string, unknown> = {};
    setOwn(object, key, { polluted: true, toString: 'x', valueOf: 1 });
    return object;
  }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(100, 5_000, 100_000).map((depth) => nested(depth, 'array')),
  fc.constantFrom(100, 5_000, 40_000).map((depth) => nested(depth, 'object')),
  fc.constantFrom(1_000, 30_000).map((n) => Array.from({ length: n }, (_, i) => i)),
);

/** Nesting written straight into the JSON text (JSON.parse takes depths JSON.stringify cannot write). */
function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? raw(`${'['.repeat(depth)}"bodem"${']'.repeat(depth)}`)
    : raw(`${'{"a":'.repeat(depth)}"bodem"${'}'.repeat(depth)}`);
}

/** A plausible value for a parameter in the path or the query: from the pool, or from its schema. */
export function goodParam(pool: readonly string[], schema: JsonSchema): fc.Arbitrary<string> {
  return pool.length > 0 ? fc.constantFrom(...pool) : fromSchema(schema, {}).map((v) => String(v));
}

/** A wrong one: someone else's (the pool), a random id, anything. */
export function badParam(pool: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    ...(pool.length > 0 ? [fc.constantFrom(...pool)] : []),
    fc.uuid({ version: 4 }),
    nastyStrings,
  );
}

/** Named generators for open parts of a body (z.unknown() checked by the domain). */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

/** A plausible value for a JSON schema (the OpenAPI document's dialect: 3.1, zod-to-openapi). */
export function fromSchema(schema: JsonSchema, hints: Hints, key?: string, depth = 0): fc.Arbitrary<unknown> {
  if (key && hints[key]) return hints[key];
  if (schema.anyOf || schema.oneOf) {
    const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[];
    return fc.oneof(...options.map((s) => fromSchema(s, hints, key, depth)));
  }
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.type)) {
    return fc.oneof(
      ...(schema.type as string[]).map((type) => fromSchema({ ...schema, type }, hints, key, depth)),
    );
  }
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 1000 });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case 'string':
      return stringFor(schema);
    case 'array':
      return fc.array(fromSchema(schema.items ?? {}, hints, undefined, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const record = fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([name, s]) => [name, fromSchema(s, hints, name, depth + 1)]),
        ),
        { requiredKeys: (schema.required ?? []) as string[] },
      );
      if (!schema.additionalProperties || Object.keys(properties).length > 0) return record;
      const values = fromSchema(
        schema.additionalProperties === true ? {} : schema.additionalProperties,
        hints,
      );
      return fc.dictionary(fc.string({ maxLength: 12 }), values, { maxKeys: 4 });
    }
    default:
      // {}: anything (z.unknown()).
      return depth > 2 ? fc.jsonValue({ maxDepth: 1 }) : fc.jsonValue({ maxDepth: 3 });
  }
}

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'email':
      return fc.emailAddress();
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const min = schema.minLength ?? 0;
  return fc.string({ minLength: min, maxLength: Math.max(min, Math.min(schema.maxLength ?? 40, 40)) });
}

/** A path into a JSON value: object keys and array indices. */
type Path = Array<string | number>;

function paths(value: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  out.push(prefix);
  if (depth > 6 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.slice(0, 10).forEach((v, i) => paths(v, [...prefix, i], out, depth + 1));
  } else {
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out, depth + 1);
  }
  return out;
}

function containerAt(root: unknown, path: Path): unknown {
  let here = root;
  for (const step of path) here = (here as Record<string | number, unknown>)[step];
  return here;
}

/** A JSON value copied with own `__proto__` keys kept as keys (and constants never shared). */
export function copy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) setOwn(out, k, copy(v));
  return out;
}

/** One way to break a body; `at` picks where. */
export type BodyMutation = (body: unknown, at: number) => unknown;

/** Replaces the value at a path (keys set as own properties, so `__proto__` stays a key). */
function replaceAt(body: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = containerAt(body, path.slice(0, -1)) as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (typeof last === 'string') setOwn(parent, last, value);
  else parent[last] = value;
  return body;
}

/** Characters a database or renderer may choke on: NUL, other controls, lone surrogates. */
const poisons = ['\u0000', '\ud800', '\udfff', '\u0007', '\u001b', '\u202e', '\ufeff', '\u2028'];
const poison = fc.constantFrom(...poisons);

const extremes = [
  raw('1e400'),
  raw('-0'),
  raw('123456789012345678901234567890'),
  2 ** 31,
  2 ** 53 + 2,
  -1,
  0.5,
];

/**
 * Every string field of a body with NUL and with a lone surrogate in it, and every number field with
 * each extreme number: one body per field and value, the rest of the body unchanged.
 */
export function fieldVariants(body: unknown): unknown[] {
  const variants: unknown[] = [];
  for (const path of paths(body)) {
    const value = containerAt(body, path);
    const replacements =
      typeof value === 'string'
        ? ['\u0000', '\ud800'].map((bad) => `${value}${bad}${value}`)
        : typeof value === 'number'
          ? extremes
          : [];
    for (const replacement of replacements) variants.push(replaceAt(copy(body), path, replacement));
  }
  return variants;
}

export const bodyMutations: fc.Arbitrary<BodyMutation> = fc.oneof(
  // A string of the right kind with one bad character in it, so it still passes the type check.
  {
    weight: 3,
    arbitrary: fc.tuple(poison, fc.nat()).map(
      ([bad, where]): BodyMutation =>
        (body, at) => {
          const strings = paths(body).filter((p) => typeof containerAt(body, p) === 'string');
          const path = strings[at % Math.max(strings.length, 1)];
          if (!path) return body;
          const text = containerAt(body, path) as string;
          const cut = text.length === 0 ? 0 : where % (text.length + 1);
          return replaceAt(body, path, `${text.slice(0, cut)}${bad}${text.slice(cut)}`);
        },
    ),
  },
  // A number of the right kind, but huge, negative, fractional or not representable.
  hugeNumbers.map(
    (bad): BodyMutation =>
      (body, at) => {
        const numbers = paths(body).filter((p) => typeof containerAt(body, p) === 'number');
        const path = numbers[at % Math.max(numbers.length, 1)];
        return path ? replaceAt(body, path, bad) : body;
      },
  ),
  // A value somewhere replaced by one of the wrong kind.
  nastyValue.map(
    (bad): BodyMutation =>
      (body, at) => {
        const all = paths(body);
        return replaceAt(body, all[at % all.length] ?? [], copy(bad));
      },
  ),
  // An extra key in some object: a prototype key, or anything.
  fc.tuple(fc.oneof(fc.constantFrom(...prototypeKeys), nastyStrings), nastyValue).map(
    ([key, bad]): BodyMutation =>
      (body, at) => {
        const objects = paths(body)
          .map((p) => containerAt(body, p))
          .filter(
            (v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v),
          );
        const target = objects[at % Math.max(objects.length, 1)];
        if (!target) return body;
        setOwn(target, key, copy(bad));
        return body;
      },
  ),
  // A field left out.
  fc.constant<BodyMutation>((body, at) => {
    const all = paths(body).filter((p) => p.length > 0);
    const path = all[at % Math.max(all.length, 1)];
    if (!path) return body;
    const parent = containerAt(body, path.slice(0, -1)) as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete parent[last];
    return body;
  }),
  // The whole body as something else.
  nastyValue.map(
    (bad): BodyMutation =>
      () =>
        copy(bad),
  ),
  fc.constant<BodyMutation>((body) => [body]),
);

/** How the body travels: the JSON text of the value, or a broken one. */
export type Encoding = 'json' | 'truncated' | 'garbage' | 'empty' | 'bom' | 'duplicate-keys' | 'huge';

/** A broken way (the good one is 'json'). */
export const badEncodings: fc.Arbitrary<Encoding> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom<Encoding>('truncated', 'garbage', 'empty', 'bom', 'duplicate-keys'),
  },
  { weight: 1, arbitrary: fc.constant<Encoding>('huge') },
);

export function encode(value: unknown, encoding: Encoding, at: number): string {
  const text = (JSON.stringify(value) ?? 'null').replace(rawPattern, (_, token: string) =>
    Buffer.from(token, 'base64').toString(),
  );
  switch (encoding) {
    case 'json':
      return text;
    case 'truncated':
      return text.slice(0, Math.max(1, at % text.length));
    case 'garbage':
      return ["{'a': 1}", '{"a": 1,}', 'NaN', '{"a": undefined}', '\u0000', '[', '{"a":"\\ud800"}', 'ja'][
        at % 8
      ]!;
    case 'empty':
      return '';
    case 'bom':
      return `\ufeff${text}`;
    case 'duplicate-keys':
      return text.startsWith('{') && text.length > 2
        ? `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${text.slice(1)}`
        : text;
    case 'huge':
      // Just over the body limit: refused with 413 before it is read.
      return JSON.stringify({ padding: 'x'.repeat(300 * 1024) });
  }
}

/** Wrong or odd content types (the good one is application/json). */
export const badContentTypes = fc.constantFrom<string | null>(
  null,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/problem+json',
  'application/jsonx',
  'application/json;;;',
  'APPLICATION/JSON',
  '*/*',
  '',
);

/** How the CSRF token is sent: the session's own, none, or a wrong one. */
export type Csrf = 'own' | 'missing' | 'wrong' | 'long' | 'other-session';
export const badCsrf = fc.constantFrom<Csrf>('missing', 'wrong', 'long', 'other-session');

/** The session cookie: the person's own, none, someone else's, or garbage. */
export type CookieChoice = 'own' | 'none' | 'garbage' | 'long' | 'other-session';
export const badCookies = fc.constantFrom<CookieChoice>('none', 'garbage', 'long', 'other-session');

/** Extra headers: cross-site origin, odd languages, forwarded addresses. */
export const badHeaders = fc.constantFrom<Record<string, string>>(
  { origin: 'https://kwaadwillend.example' },
  { origin: 'null' },
  { 'sec-fetch-site': 'cross-site' },
  { 'accept-language': 'xx-ÿÿ;q=abc, *;q=2' },
  { 'x-forwarded-for': '1.2.3.4, ::1, not-an-address' },
  { accept: 'application/xml' },
  { 'x-csrf-token': '' },
);
