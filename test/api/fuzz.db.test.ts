// The API fuzzer (issue 11): every operation of the OpenAPI document the app serves, as every role
// (anonymous, and a signed-in beheerder, opdrachtgever, expert, kandidaat and onderzoeker with their
// second factor and CSRF token), with requests generated from the operation's own schemas and then
// broken (fuzz-support.ts). Whatever arrives, the server answers without a 5xx, and every refusal
// is problem+json with type, title, status and code. The ids it uses are real: the caller's own
// procedure, scan and release, and valid-looking ids of another organisation.
//
// Bounded: FUZZ_RUNS cases per operation and role (default 6), from a fixed seed (FUZZ_SEED to
// vary it); the last test prints "fuzzer: N requests over M routes × R roles, K × 5xx".

import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { emptyNetwork } from '../../src/core/network/model.ts';
import { roles } from '../../src/core/vocabulary.ts';
import { createApp } from '../../src/server/app.ts';
import { sessionCookieName } from '../../src/server/auth/session.ts';
import type { Role } from '../../src/server/db/schema.ts';
import { inTransaction } from '../../src/server/db/transaction.ts';
import { openApiDocument } from '../../src/server/http/openapi.ts';
import { defineRoute } from '../../src/server/http/route.ts';
import { createLogger } from '../../src/server/logger.ts';
import { allRoutes } from '../../src/server/routes/index.ts';
import { appVersion } from '../../src/server/version.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';
import { allItems, noisyAnswers, validAnswers } from '../support/arbitrary-answers.ts';
import { reportReadyWithRelease } from '../support/scan-setup.ts';
import {
  badContentTypes,
  badCookies,
  badCsrf,
  badEncodings,
  badHeaders,
  badParam,
  bodyMutations,
  type CookieChoice,
  type Csrf,
  copy,
  type Encoding,
  encode,
  fieldVariants,
  fromSchema,
  goodParam,
  type Hints,
  liveRevision,
  liveRevisionJson,
  nastyStrings,
  type Operation,
  operationsOf,
  prototypeKeys,
} from './fuzz-support.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 6);

/**
 * A bug on purpose, for the last test: a count stored as a PostgreSQL integer without an upper
 * bound in its schema, so 2^31 and beyond fail in the database — the fuzzer must report it.
 */
const plantedRoute = defineRoute({
  id: 'fuzz.planted',
  method: 'post',
  path: '/api/fuzz-planted',
  summary: 'Planted bug',
  tag: 'test',
  auth: 'public',
  body: z.strictObject({ label: z.string().max(40), count: z.number().int().min(0) }),
  responses: { 200: z.object({ count: z.number() }) },
  handler: async ({ deps, body }) => {
    const row = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
      sql<{ count: number }>`select ${body.count}::integer as count`.execute(tx),
    );
    return { status: 200, body: { count: row.rows[0]!.count } };
  },
});
const seed = Number(process.env.FUZZ_SEED ?? 20261206);

/** The document the app serves, built from the same route list (the first test proves they match). */
const document = openApiDocument(allRoutes, appVersion);

/**
 * Operations that end or change what the others use (the session, the release, the scan, the
 * organisation's second-factor rule) go last, in this order, so they do not hide the rest.
 */
const lastOnes = [
  'reports.revoke',
  'procedures.close',
  'scans.withdraw',
  'scans.delete',
  'organisation.updateMember',
  'organisation.updateSettings',
  'auth.signOut',
  'auth.signOutEverywhere',
];
/** FUZZ_ONLY=id,id: only these operations (while hunting one bug). */
const only = process.env.FUZZ_ONLY?.split(',');
const allOperations = operationsOf(document).sort((a, b) => lastOnes.indexOf(a.id) - lastOnes.indexOf(b.id));
const operations = allOperations.filter((o) => !only || only.includes(o.id));

type Caller = 'anonymous' | Role;
const callers: readonly Caller[] = ['anonymous', ...roles];

interface Case {
  /** Which aspects are broken (none: a plausible request). */
  broken: string[];
  params: Record<string, string>;
  rawParams: boolean;
  query: Array<[string, string]>;
  body: unknown;
  encoding: Encoding;
  at: number;
  contentType: string | null;
  csrf: Csrf;
  cookie: CookieChoice;
  headers: Record<string, string>;
}

interface Failure {
  route: string;
  caller: Caller;
  request: string;
  status: number;
  why: string;
  reply: string;
}

function encodeParam(value: string, rawly: boolean): string {
  if (rawly && !/[/?#]/.test(value) && value.isWellFormed()) return value;
  // A lone surrogate has no UTF-8 form: send the bytes a broken client would (CESU-8 style).
  return encodeURIComponent(value.toWellFormed()).replace(/%EF%BF%BD/g, '%ED%A0%80');
}

describe('API fuzzer', () => {
  let t: TestApp;
  const people = new Map<Caller, SignedIn>();
  let otherSession: SignedIn;
  /** Ids of the caller's own organisation (theirs to use, or in their organisation). */
  const ownPools: Record<string, string[]> = {};
  /** Ids of the other organisation, and own ids in the wrong place. */
  const foreignPools: Record<string, string[]> = {};
  const hints: Hints = {};
  const failures: Failure[] = [];
  const unexpected: string[] = [];
  let requests = 0;
  const seen = new Set<string>();
  /** route → "status code" → count: what the fuzzer reached (printed with FUZZ_VERBOSE=1). */
  const outcomes = new Map<string, Map<string, number>>();

  beforeAll(async () => {
    // Sign-in limits high, so second-factor routes are exercised, not just counted; the limits of
    // the expensive routes stay at their defaults (they bound the PDFs rendered here, too).
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    // What reaches the catch-all error handler is recorded (name, message, first stack lines).
    const logger = createLogger('silent');
    logger.error = ((object: { err?: Error; route?: string }, message?: string) => {
      if (message === 'unhandled error' || message?.startsWith('output')) {
        const err = object.err;
        unexpected.push(
          `${object.route ?? '?'}: ${message} ${err?.name ?? ''} ${err?.message ?? JSON.stringify(object)}\n${err?.stack?.split('\n').slice(1, 5).join('\n') ?? ''}`,
        );
      }
    }) as typeof logger.error;
    t.deps.logger = logger;

    const own = await makeTenant(t, 'Gemeente Eigen');
    const other = await makeTenant(t, 'Gemeente Ander');
    for (const role of roles) people.set(role, await signedIn(t, own, role));
    otherSession = await signedIn(t, own, 'kandidaat');

    const world = async (tenantId: string, candidate?: SignedIn) => {
      const opener =
        tenantId === own ? people.get('opdrachtgever')! : await signedIn(t, tenantId, 'opdrachtgever');
      const expert = tenantId === own ? people.get('expert')! : await signedIn(t, tenantId, 'expert');
      const kandidaat = candidate ?? (await signedIn(t, tenantId, 'kandidaat'));
      const open = async () => {
        const r = await opener.client.post(`/api/organisations/${tenantId}/procedures`, {
          name: 'Fuzz',
          office: 'wethouder',
          instrumentId: 'weerbaarheidsscan-bestuurder',
          retentionDays: 30,
          expertMembershipIds: [expert.membershipId],
        });
        expect(r.status).toBe(201);
        return r.body.id as string;
      };
      const invite = async (procedureId: string) => {
        const r = await opener.client.post(
          `/api/organisations/${tenantId}/procedures/${procedureId}/candidates`,
          {
            email: kandidaat.email,
            displayName: 'Kandidaat',
          },
        );
        expect(r.status).toBe(201);
        return r.body.scanId as string;
      };
      const inProgress = await open();
      const scan = await invite(inProgress);
      const finished = await open();
      const reported = await invite(finished);
      const release = await reportReadyWithRelease(t, tenantId, reported);
      const spare = await people.get('beheerder')!.client.post(`/api/organisations/${own}/invitations`, {
        email: `reserve-${randomUUID()}@test.nl`,
        displayName: 'Reserve',
        role: 'kandidaat',
      });
      return {
        procedures: [inProgress, finished],
        scans: [scan, reported],
        release,
        members: [expert.membershipId, ...(tenantId === own ? [spare.body.member.id as string] : [])],
      };
    };
    const mine = await world(own, people.get('kandidaat'));
    const theirs = await world(other);
    Object.assign(ownPools, {
      tenantId: [own],
      procedureId: mine.procedures,
      scanId: mine.scans,
      releaseId: [mine.release],
      membershipId: [mine.members[1]!],
      instrumentId: [...new Set(t.deps.instruments.all().map((l) => l.instrument.id))],
    });
    Object.assign(foreignPools, {
      tenantId: [other],
      procedureId: [...theirs.procedures, ...mine.scans],
      scanId: [...theirs.scans, ...mine.procedures],
      releaseId: [theirs.release, ...mine.scans],
      membershipId: [theirs.members[0]!, mine.members[0]!],
      instrumentId: ['onbekend-instrument', 'zelfscan-veiligheid'],
    });

    const instrument = t.deps.instruments.latest('weerbaarheidsscan-bestuurder')!.instrument;
    const answers = fc.oneof(validAnswers(instrument), noisyAnswers(instrument));
    hints.changes = answers;
    hints.answers = answers;
    hints.network = fc.oneof(fc.constant(emptyNetwork()), fc.jsonValue({ maxDepth: 3 }));
    hints.expertMembershipIds = fc.oneof(
      { weight: 3, arbitrary: fc.constant([mine.members[0]!]) },
      { weight: 1, arbitrary: fc.subarray([...mine.members, ...theirs.members]) },
    );
    // Addresses the server's own check accepts (fc.emailAddress() makes RFC-valid ones it refuses).
    hints.email = fc.oneof(
      { weight: 4, arbitrary: fc.stringMatching(/^[a-z]{2,10}(\.[a-z]{2,8})?@[a-z]{3,10}\.(nl|eu)$/) },
      { weight: 1, arbitrary: nastyStrings },
    );
    hints.baseRevision = fc.oneof(fc.constant(liveRevision), fc.nat(3));
    hints.instrumentId = fc.oneof(
      { weight: 3, arbitrary: fc.constant('weerbaarheidsscan-bestuurder') },
      { weight: 1, arbitrary: fc.constantFrom(...ownPools.instrumentId!, 'onbekend') },
    );
    hints.review = fc.constantFrom('required', 'required', 'optional', 'none');
    hints.name = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('Wethouder 2026', 'Herhaalscan', 'Kim de Vries') },
      { weight: 1, arbitrary: nastyStrings },
    );
    hints.displayName = hints.name;
    expect(allItems(instrument).length).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await t?.cleanup();
  });

  /**
   * A plausible request (the caller's own ids, a body from the operation's schema, the session's
   * cookie and CSRF token, JSON), with none, one or a few of its aspects broken.
   */
  function cases(op: Operation): fc.Arbitrary<Case> {
    const good = {
      params: fc.record(
        Object.fromEntries(op.pathParams.map((p) => [p.name, goodParam(ownPools[p.name] ?? [], p.schema)])),
      ) as fc.Arbitrary<Record<string, string>>,
      query: fc
        .tuple(
          ...op.queryParams.map((p) =>
            p.required ? goodParam([], p.schema) : fc.option(goodParam([], p.schema)),
          ),
        )
        .map((values) =>
          op.queryParams.flatMap((p, i) => {
            const value = values[i];
            return value === null || value === undefined ? [] : [[p.name, value] as [string, string]];
          }),
        ),
      body: op.body ? fromSchema(op.body, hints).map(copy) : fc.constant(undefined),
      encoding: fc.constant<Encoding>('json'),
      contentType: fc.constant<string | null>(op.body ? 'application/json' : null),
      csrf: fc.constant<Csrf>('own'),
      cookie: fc.constant<CookieChoice>('own'),
      headers: fc.constant<Record<string, string>>({}),
    };
    const bad: { [K in keyof typeof good]: fc.Arbitrary<unknown> } = {
      params: fc.record(
        Object.fromEntries(op.pathParams.map((p) => [p.name, badParam(foreignPools[p.name] ?? [])])),
        { requiredKeys: [] },
      ),
      query: fc.array(
        fc.tuple(
          fc.oneof(
            fc.constantFrom(...prototypeKeys, ...op.queryParams.map((p) => p.name), 'x[]'),
            nastyStrings,
          ),
          nastyStrings,
        ),
        { minLength: 1, maxLength: 3 },
      ),
      body: op.body
        ? fc
            .tuple(good.body, fc.array(bodyMutations, { minLength: 1, maxLength: 3 }), fc.nat())
            .map(([value, mutations, at]) =>
              mutations.reduce<unknown>((v, mutate, i) => mutate(v, at + i * 7), value),
            )
        : fc.constant(undefined),
      encoding: op.body ? badEncodings : good.encoding,
      contentType: op.body ? badContentTypes : good.contentType,
      csrf: badCsrf,
      cookie: badCookies,
      headers: badHeaders,
    };
    const aspects = Object.keys(good) as Array<keyof typeof good>;
    // The body is where routes differ; the other aspects go through the same registrar checks.
    const aspect = fc.oneof(
      ...aspects.map((a) => ({ weight: a === 'body' && op.body ? 6 : 1, arbitrary: fc.constant(a) })),
    );
    const broken = fc.oneof(
      { weight: 3, arbitrary: fc.constant<typeof aspects>([]) },
      { weight: 7, arbitrary: aspect.map((a) => [a]) },
      { weight: 2, arbitrary: fc.uniqueArray(aspect, { minLength: 2, maxLength: 3 }) },
    );
    return broken.chain((parts) =>
      fc
        .record({
          ...Object.fromEntries(aspects.map((a) => [a, parts.includes(a) ? bad[a] : good[a]])),
          ownParams: good.params,
          rawParams: fc.boolean(),
          at: fc.nat(),
          broken: fc.constant(parts),
        })
        // A broken params part names only some parameters: the others stay the caller's own.
        .map((c) => {
          const value = c as unknown as Case & { ownParams: Record<string, string> };
          return { ...value, params: { ...value.ownParams, ...value.params } };
        }),
    ) as fc.Arbitrary<Case>;
  }

  /**
   * Besides the random cases, each field of a body the server accepted once more with each
   * character a database or renderer may choke on, and each number field with each extreme number:
   * the classes that break storage are tried on every field, not left to chance. The base is the
   * first of a few plausible requests that got a 2xx (a refused base would stop every variant at
   * the same check), or the last one tried.
   */
  async function fieldByField(op: Operation, caller: Caller, seedOf: number, app = t.app): Promise<void> {
    if (!op.body) return;
    const clean = fc.sample(
      cases(op).filter((c) => c.broken.length === 0),
      { numRuns: 4, seed: seedOf },
    );
    let base: Case | undefined;
    for (const candidate of clean) {
      base = candidate;
      if ((await send(op, caller, candidate, app)) < 300) break;
    }
    if (!base) return;
    // At most 40, spread over the body (an answer set can hold hundreds of fields).
    const variants = fieldVariants(base.body);
    const step = Math.max(1, Math.ceil(variants.length / 40));
    for (const [i, body] of variants.entries()) {
      if (i % step === 0) await send(op, caller, { ...base, body, broken: ['body'] }, app);
    }
  }

  /** The revision a save is based on, read as the candidate (0 when that is refused). */
  async function currentRevision(op: Operation, path: string): Promise<number> {
    const read = op.id === 'agenda.save' ? path : path.replace(/\/[^/]*$/, '');
    const reply = await people.get('kandidaat')!.client.get(read.split('?')[0]!);
    return reply.status === 200 && typeof reply.body.revision === 'number' ? reply.body.revision : 0;
  }

  /** Sends one case and checks the reply; returns the status. */
  async function send(op: Operation, caller: Caller, c: Case, app = t.app): Promise<number> {
    const person = caller === 'anonymous' ? undefined : people.get(caller);
    let path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeParam(c.params[name] ?? '', c.rawParams),
    );
    if (c.query.length > 0) {
      path += `?${c.query
        .map(([k, v]) => `${encodeURIComponent(k.toWellFormed())}=${encodeURIComponent(v.toWellFormed())}`)
        .join('&')}`;
    }
    const headers: Record<string, string> = {};
    const cookieOf = (who: SignedIn | undefined) => who?.client.cookie ?? undefined;
    const cookie =
      c.cookie === 'own'
        ? cookieOf(person)
        : c.cookie === 'other-session'
          ? cookieOf(otherSession)
          : c.cookie === 'garbage'
            ? `${sessionCookieName}=${encodeURIComponent('nep-token-\u00e9')}`
            : c.cookie === 'long'
              ? `${sessionCookieName}=${'a'.repeat(4000)}`
              : undefined;
    if (cookie) headers.cookie = cookie;
    if (op.method !== 'GET') {
      const token =
        c.csrf === 'own'
          ? person?.client.csrf
          : c.csrf === 'other-session'
            ? otherSession.client.csrf
            : c.csrf === 'wrong'
              ? 'nep-token'
              : c.csrf === 'long'
                ? 'x'.repeat(5000)
                : undefined;
      if (token) headers['x-csrf-token'] = token;
    }
    Object.assign(headers, c.headers);
    let text: string | undefined;
    if (op.body && op.method !== 'GET') {
      text = encode(c.body, c.encoding, c.at);
      if (text.includes(liveRevisionJson)) {
        text = text.replaceAll(liveRevisionJson, String(await currentRevision(op, path)));
      }
      if (c.contentType !== null) headers['content-type'] = c.contentType;
    }
    const description = `${op.method} ${path.slice(0, 300)} ${JSON.stringify({ ...c, body: text?.slice(0, 300) }).slice(0, 800)}`;
    requests += 1;
    seen.add(op.id);
    const response = await app.request(path, { method: op.method, headers, body: text });
    const replyText = await response.text();
    const outcome =
      `${response.status} ${/"code":"([^"]+)"/.exec(replyText)?.[1] ?? ''}${process.env.FUZZ_VERBOSE === '2' && response.status === 400 ? ` ${/"path":(\[[^\]]*\])/.exec(replyText)?.[1] ?? ''}` : ''}`.trim();
    const counts = outcomes.get(op.id) ?? new Map<string, number>();
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    outcomes.set(op.id, counts);
    const fail = (why: string) => {
      failures.push({
        route: op.id,
        caller,
        request: description,
        status: response.status,
        why,
        reply: replyText.slice(0, 400),
      });
      return response.status;
    };
    if (response.status >= 500) return fail('5xx');
    if (response.status < 400) return response.status;
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('application/problem+json')) return fail(`content-type ${type}`);
    let problem: Record<string, unknown>;
    try {
      problem = JSON.parse(replyText);
    } catch {
      return fail('problem is not JSON');
    }
    for (const field of ['type', 'title', 'code'] as const) {
      if (typeof problem[field] !== 'string' || problem[field] === '')
        return fail(`problem without ${field}`);
    }
    if (problem.status !== response.status) return fail('problem status differs');
    if (response.status === 429 && !response.headers.get('retry-after'))
      return fail('429 without Retry-After');
    return response.status;
  }

  it('walks the document the app serves', async () => {
    const served = await t.app.request('/api/openapi.json');
    expect(await served.json()).toEqual(JSON.parse(JSON.stringify(document)));
    expect(allOperations.map((o) => o.id).sort()).toEqual(allRoutes.map((r) => r.id).sort());
  });

  /**
   * Most cases go to the callers the route lets in (the organisation action in their session's
   * abilities; every signed-in person for their own account routes; everyone for public ones),
   * so the handler is reached; the others get a few, to check the refusal.
   */
  async function runsFor(op: Operation, caller: Caller): Promise<number> {
    const route = allRoutes.find((r) => r.id === op.id)!;
    if (route.auth === 'public') return runs;
    if (caller === 'anonymous') return Math.max(2, Math.floor(runs / 2));
    if (!route.organisation) return runs;
    const session = await people.get(caller)!.client.get('/api/auth/session');
    const abilities =
      session.status === 200 ? (Object.values(session.body.abilities).flat() as string[]) : [];
    return abilities.includes(route.organisation) ? runs * 3 : Math.max(2, Math.floor(runs / 2));
  }

  for (const [index, op] of operations.entries()) {
    it(`${op.method} ${op.path} (${op.id})`, async () => {
      const before = failures.length;
      const logged = unexpected.length;
      for (const [i, caller] of callers.entries()) {
        const numRuns = await runsFor(op, caller);
        const sample = fc.sample(cases(op), { numRuns, seed: seed + index * 101 + i });
        for (const c of sample) await send(op, caller, c);
        // Field by field for the callers the route lets in (they reach the handler).
        if (numRuns > runs) await fieldByField(op, caller, seed + index * 101 + i);
      }
      expect(failures.slice(before), unexpected.slice(logged).join('\n')).toEqual([]);
    }, 120_000);
  }

  it('reports what it sent', () => {
    // Each operation was called, and most reached their handler (not only the front checks).
    const fivexx = failures.filter((f) => f.why === '5xx').length;
    console.log(
      `fuzzer: ${requests} requests over ${seen.size} routes × ${callers.length} roles, ${fivexx} × 5xx (seed ${seed}, ${runs} per route and role)`,
    );
    if (process.env.FUZZ_VERBOSE) {
      for (const [route, counts] of outcomes) {
        console.log(route, [...counts].map(([k, n]) => `${k}×${n}`).join(', '));
      }
    }
    expect(seen.size).toBe(operations.length);
    expect(fivexx).toBe(0);
  });

  // Last, so the report above counts the real API only.
  it('can fail: a planted route that throws on a huge number turns it red', async () => {
    const app = createApp(t.deps, [plantedRoute]);
    const [op] = operationsOf(await (await app.request('/api/openapi.json')).json());
    const before = failures.length;
    for (const c of fc.sample(cases(op!), { numRuns: runs * 3, seed })) await send(op!, 'anonymous', c, app);
    await fieldByField(op!, 'anonymous', seed, app);
    const found = failures.splice(before);
    expect(found.filter((f) => f.why === '5xx').length).toBeGreaterThan(0);
    expect(found.every((f) => f.route === 'fuzz.planted')).toBe(true);
    console.log(`fuzzer, planted bug: ${found.length} × 5xx, e.g. ${found[0]?.request.slice(0, 160)}`);
  });
});
