// The headers every answer carries (security: CSP, framing, referrer, isolation, HSTS), written once
// as a plain record, and the JSON reply of the API's routes built with them up front.
//
// Why not hono/secure-headers: it sets its headers after the handler, on the finished response's
// Headers object. With @hono/node-server that turns the light response the handler returned (status,
// body and a plain header record, written straight to the socket) into a full web Response with a
// Headers object, twice over with the access log's default cache-control: ~5 % of the server's time
// per autosave, measured (issue #11). A JSON reply of a route now has every header from the start and
// is passed by the middleware untouched; anything else (problems, files, the web app) gets the same
// headers set afterwards, as before.
import type { MiddlewareHandler } from 'hono';

function contentSecurityPolicy(): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Set on every answer of the server. */
export const securityHeaders: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': Object.entries(contentSecurityPolicy())
    .map(([directive, values]) => `${kebab(directive)} ${values.join(' ')}`)
    .join('; '),
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
});

/** A route's JSON reply: never kept by a cache (as the access log would set it). */
const apiJsonHeaders: Readonly<Record<string, string>> = Object.freeze({
  ...securityHeaders,
  'content-type': 'application/json',
  'cache-control': 'no-store',
});

/** Replies that carry every header already; the middlewares below leave them as they are. */
const complete = new WeakSet<Response>();

export function isComplete(response: Response): boolean {
  return complete.has(response);
}

/** The JSON reply of an API route, with the security headers and `cache-control: no-store`. */
export function apiJsonReply(body: unknown, status: number): Response {
  const response = new Response(JSON.stringify(body), { status, headers: apiJsonHeaders });
  complete.add(response);
  return response;
}

/** Sets the security headers on every other answer (problems, files, the web app). */
export const withSecurityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (complete.has(c.res)) return;
  const headers = c.res.headers;
  for (const [name, value] of Object.entries(securityHeaders)) headers.set(name, value);
  headers.delete('x-powered-by');
};
