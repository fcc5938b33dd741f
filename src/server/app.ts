// The HTTP application: security headers on everything, the JSON API under /api, the OpenAPI
// document, and the built web app with a fallback to index.html for client-side routes.
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppDeps } from './context.ts';
import { refusalOfFault } from './faults.ts';
import { openApiDocument } from './http/openapi.ts';
import { httpRefusals, isRefusal, problemResponse } from './http/problem.ts';
import { isComplete, withSecurityHeaders } from './http/response-headers.ts';
import { type AnyRoute, registerRoute } from './http/route.ts';
import { allRoutes } from './routes/index.ts';
import { appVersion } from './version.ts';

export const webRoot = path.resolve(import.meta.dirname, '../../dist/web');

/** Bodies above this are refused before they are read; answers and network maps come in pieces. */
export const maxBodyBytes = 256 * 1024;

export function createApp(deps: AppDeps, routes: readonly AnyRoute[] = allRoutes): Hono {
  const app = new Hono();

  app.use('*', withSecurityHeaders);

  // Access log: method, matched route, status and time. Never bodies, cookies or query strings.
  app.use('/api/*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.logger.info(
      {
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
    // No API reply is kept, unless its route says it is the same for everyone (route.ts publicCache).
    // (A route's JSON reply says so already: apiJsonReply.)
    if (!isComplete(c.res) && !c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
  });

  // Hono's bodyLimit asks for `c.req.raw.body` first, which makes @hono/node-server build a full
  // web Request with a stream over the socket for every request (~8 % of an autosave's CPU).
  // A declared length is checked from the header alone (the body is then read straight from the
  // socket by readJsonBody); only a body without one goes through bodyLimit, which counts as it reads.
  const limitStreamedBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => problemResponse(httpRefusals.tooLarge()),
  });
  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number.parseInt(length, 10) > maxBodyBytes) return problemResponse(httpRefusals.tooLarge());
      return next();
    }
    return limitStreamedBody(c, next);
  });

  // Cross-site requests are refused before anything else looks at them. The per-session CSRF
  // token is checked in registerRoute, where the session is known.
  app.use('/api/*', async (c, next) => {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const origin = c.req.header('origin');
      const fetchSite = c.req.header('sec-fetch-site');
      if ((origin && origin !== deps.settings.publicUrl.origin) || fetchSite === 'cross-site') {
        throw httpRefusals.csrf();
      }
    }
    await next();
  });

  const document = openApiDocument(routes, appVersion);
  app.get('/api/openapi.json', (c) => c.json(document));
  for (const route of routes) registerRoute(app, deps, route);

  app.all('/api/*', () => {
    throw httpRefusals.unknownRoute();
  });

  if (fs.existsSync(path.join(webRoot, 'index.html'))) {
    const root = path.relative(process.cwd(), webRoot) || '.';
    app.use('/assets/*', async (c, next) => {
      await next();
      // Vite puts a content hash in asset names, so they can be cached for good.
      if (c.res.status === 200) c.header('cache-control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root }));
    const indexHtml = fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8');
    app.get('*', (c) => {
      c.header('cache-control', 'no-cache');
      return c.html(indexHtml);
    });
  } else {
    app.get('*', (c) =>
      c.text(
        'De webapp is nog niet gebouwd: draai `npm run build`. / The web app is not built: run `npm run build`.',
        503,
      ),
    );
  }

  app.onError((error, c) => {
    if (isRefusal(error)) return problemResponse(error);
    // The database away, a disk full, the key store unreadable: 503 with Retry-After, not a 500.
    const fault = refusalOfFault(error);
    if (fault) {
      deps.logger.warn(
        { code: fault.code, route: c.req.routePath },
        'request refused: a part is unavailable',
      );
      return problemResponse(fault);
    }
    // Unexpected: log the kind and where, not the request's content.
    deps.logger.error(
      {
        err: {
          name: (error as Error).name,
          message: (error as Error).message,
          stack: (error as Error).stack,
        },
        route: c.req.routePath,
      },
      'unhandled error',
    );
    return problemResponse(httpRefusals.internal());
  });

  return app;
}
