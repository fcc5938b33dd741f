// A route is data: method, path, who may call it, input and output schemas, and a thin handler
// that calls one operation. The same definitions register the handlers, produce the OpenAPI
// document and drive the access-control matrix test, so none of them can drift apart.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { z } from 'zod';
import {
  csrfTokenFor,
  loadSession,
  type SessionInfo,
  secondFactorSatisfied,
  sessionCookieName,
} from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { safeEqual } from '../crypto/tokens.ts';
import { type FieldPath, forbidden, notFound, notSignedIn } from '../domain-error.ts';
import { decideInOrganisation, type OrganisationAction } from '../policies/organisation.ts';
import { readJsonBody } from './json-body.ts';
import { fieldsOfZodError, httpRefusals } from './problem.ts';
import { enforceRouteLimit, type RouteLimitKind } from './rate-limit.ts';
import { apiJsonReply } from './response-headers.ts';
import { undeclaredFields } from './undeclared-fields.ts';

/**
 * - public: anyone (health, asking for a sign-in link);
 * - partial: signed in, second factor may still be pending (the second-factor steps themselves);
 * - full: signed in and, where required, second factor done.
 */
export type AuthMode = 'public' | 'partial' | 'full';

export type Reply =
  | { status: 200 | 201 | 202; body: unknown }
  | { status: 204 }
  /** A file made for this request: sent as an attachment, never cached. */
  | { status: 200; file: FileReply };

export interface FileReply {
  bytes: Uint8Array;
  /** Must be the route's `produces`. */
  contentType: string;
  /** Suggested file name; non-ASCII characters are kept in `filename*` (RFC 6266/5987). */
  filename: string;
}

type AnyObject = z.ZodType<Record<string, unknown>>;

export type RouteMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** Response schemas by status; null means no body (204). */
export type RouteResponses = Partial<Record<200 | 201 | 202 | 204, z.ZodType | null>>;

/** What a handler receives for a part of the request: the schema's output, or undefined without one. */
export type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

// Every specific is a type parameter, so `typeof someRoute` still knows its id, method, path and
// schemas: the web's typed client (src/web/client.ts) derives its inputs and replies from them.
export interface RouteSpec<
  P extends AnyObject | undefined = AnyObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends AnyObject | undefined = AnyObject | undefined,
  Id extends string = string,
  R extends RouteResponses = RouteResponses,
  M extends RouteMethod = RouteMethod,
  Path extends string = string,
> {
  /** Stable id: the OpenAPI operationId, the key in the access matrix and the web client's name for it. */
  id: Id;
  method: M;
  /** OpenAPI style: /api/organisations/{tenantId}/members */
  path: Path;
  summary: string;
  tag: string;
  auth: AuthMode;
  /** For routes under /api/organisations/{tenantId}: the rule the caller must pass. */
  organisation?: OrganisationAction;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * An expensive route: each call that passed the checks counts against the person's limit of this
   * kind (per network address on a public route) before the handler runs; past it, 429 with
   * Retry-After. The limits are settings (WEERBAAR_RATE_LIMIT_*, env.ts).
   */
  rateLimit?: RouteLimitKind;
  /** For a route that answers with a file (a `file` reply): its media type, e.g. application/pdf. */
  produces?: string;
  /**
   * A public route whose reply is the same for everyone (an open-data feed): browsers and proxies
   * may keep it this many seconds, and other sites may read it (no cookie is ever looked at).
   * Every other reply is `no-store`.
   */
  publicCache?: number;
  /** Response schemas by status; null means no body (204). */
  responses: R;
  handler: (request: RouteRequest<Parsed<P>, Parsed<B>, Parsed<Q>>) => Promise<Reply>;
}

export interface RouteRequest<P, B, Q> {
  deps: AppDeps;
  c: Context;
  params: P;
  body: B;
  query: Q;
  session: SessionInfo | null;
  /** Convenience for handlers of non-public routes. */
  requireSession(): SessionInfo;
  clientAddress: string;
}

// biome-ignore lint/suspicious/noExplicitAny: a list of routes with different schemas
export type AnyRoute = RouteSpec<any, any, any, string, RouteResponses, RouteMethod, string>;

// A part the route leaves out is `undefined` (the defaults), not "any object": the handler then
// receives undefined for it, as registerRoute passes, and the web client asks nothing for it.
export function defineRoute<
  const Id extends string,
  const M extends RouteMethod,
  const Path extends string,
  R extends RouteResponses,
  P extends AnyObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  Q extends AnyObject | undefined = undefined,
>(spec: RouteSpec<P, B, Q, Id, R, M, Path>): RouteSpec<P, B, Q, Id, R, M, Path> {
  if (spec.path.includes('{tenantId}') !== Boolean(spec.organisation)) {
    throw new Error(`route ${spec.id}: organisation routes and only those carry {tenantId}`);
  }
  return spec;
}

export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function parseOrThrow<T>(schema: z.ZodType<T> | undefined, value: unknown, prefix: FieldPath): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (!result.success) throw httpRefusals.invalidInput(fieldsOfZodError(result.error, prefix));
  return result.data;
}

export function registerRoute(app: Hono, deps: AppDeps, spec: AnyRoute): void {
  app.on(spec.method.toUpperCase(), honoPath(spec.path), async (c) => {
    const session =
      spec.auth === 'public' && !spec.organisation
        ? null
        : await loadSession(deps, getCookie(c, sessionCookieName));
    if (spec.auth !== 'public') {
      if (!session) throw notSignedIn();
      if (spec.method !== 'get') {
        // Cookie-authenticated changes need the synchroniser token that only our pages can read.
        const token = c.req.header('x-csrf-token') ?? '';
        if (!safeEqual(token, csrfTokenFor(deps, session.sessionId))) throw httpRefusals.csrf();
      }
      if (spec.auth === 'full' && !secondFactorSatisfied(session)) throw httpRefusals.secondFactorNeeded();
    }
    const params = parseOrThrow(spec.params, c.req.param(), ['params']);
    if (spec.organisation && session) {
      const tenantId = (params as { tenantId?: string }).tenantId ?? '';
      const decision = decideInOrganisation(session.memberships, tenantId, spec.organisation);
      if (decision === 'not-found') throw notFound();
      if (decision === 'forbidden') throw forbidden();
    }
    const query = parseOrThrow(spec.query, c.req.query(), ['query']);
    const body = spec.body ? parseOrThrow(spec.body, await readJsonBody(c), []) : undefined;
    const address = clientAddress(c, deps.settings.WEERBAAR_TRUST_PROXY);
    if (spec.rateLimit) await enforceRouteLimit(deps, spec.rateLimit, session, address);
    // A reply with a header of its own (a handler's cookie or file name, a public route's cache
    // headers below) gets Hono's reply, which adds them; every other JSON reply is built with its
    // headers up front (apiJsonReply).
    let ownHeaders = false;
    const setHeader = c.header;
    c.header = (...args: Parameters<typeof setHeader>) => {
      ownHeaders = true;
      return setHeader(...args);
    };
    const reply = await spec.handler({
      deps,
      c,
      params,
      body,
      query,
      session,
      requireSession() {
        if (!session) throw notSignedIn();
        return session;
      },
      clientAddress: address,
    });
    if (reply.status === 204) return c.body(null, 204);
    const cache = spec.auth === 'public' && spec.publicCache ? `public, max-age=${spec.publicCache}` : null;
    if (cache) {
      c.header('cache-control', cache);
      c.header('access-control-allow-origin', '*');
    }
    if ('file' in reply) {
      if (!spec.produces || reply.file.contentType !== spec.produces)
        throw new Error(`route ${spec.id}: a file reply of a type the route does not declare`);
      return c.body(reply.file.bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': reply.file.contentType,
        'content-length': String(reply.file.bytes.byteLength),
        'content-disposition': contentDisposition(reply.file.filename),
        'cache-control': cache ?? 'no-store',
        'x-content-type-options': 'nosniff',
      });
    }
    const schema = spec.responses[reply.status];
    if (!schema) throw new Error(`route ${spec.id}: no response schema for ${reply.status}`);
    // Output is validated too: a field we did not declare never leaves the server.
    const output = schema.safeParse(reply.body);
    if (!output.success) {
      deps.logger.error(
        { route: spec.id, issues: output.error.issues.map((i) => i.path.join('.')) },
        'output invalid',
      );
      throw httpRefusals.internal();
    }
    // …and a field the schema does not name is refused, not silently dropped.
    const undeclared = undeclaredFields(reply.body, output.data);
    if (undeclared.length > 0) {
      deps.logger.error(
        { route: spec.id, undeclared: undeclared.slice(0, 20).map((p) => p.join('.')) },
        'output has undeclared fields',
      );
      throw httpRefusals.internal();
    }
    if (ownHeaders) return c.json(output.data as object, reply.status);
    return apiJsonReply(output.data, reply.status);
  });
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` — quotes, slashes and controls never pass. */
export function contentDisposition(filename: string): string {
  const cleaned =
    [...filename]
      .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && !'"\\/'.includes(ch))
      .join('')
      .trim() || 'download';
  const ascii =
    cleaned
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/\s+/g, ' ') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(cleaned)}`;
}

export function clientAddress(c: Context, trustProxy = false): string {
  if (trustProxy) {
    // The proxy appends the address it saw; earlier entries come from the client and can be forged.
    const forwarded = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const last = forwarded?.at(-1);
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
