// The body limit over a real socket (app.ts): a body that declares a length above the limit is
// refused from the header alone, one sent in chunks without a length is refused while it is read,
// and bodies within the limit arrive whole either way. (The limit no longer goes through Hono's
// bodyLimit for declared lengths, which built a web Request around the socket for every request.)
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../src/server/app.ts';
import { createTestApp, type TestApp } from '../support/api.ts';

interface Sent {
  status: number;
  type: string;
  body: { code?: string; errors?: Array<{ path: unknown[] }> };
}

describe('request bodies and their limit, over HTTP', () => {
  let t: TestApp;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp();
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }) as http.Server;
    if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await t.cleanup();
  });

  /** Sends `body` to the public sign-in-link route, with its length declared or in chunks. */
  function send(body: string, how: 'declared' | 'chunked'): Promise<Sent> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/auth/sign-in-link',
          headers: {
            'content-type': 'application/json',
            ...(how === 'declared' ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: res.statusCode ?? 0,
              type: String(res.headers['content-type']),
              body: JSON.parse(text),
            });
          });
        },
      );
      // A refused upload may be cut off by the server: the reply has already been read by then.
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
      if (how === 'chunked') {
        for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.slice(i, i + 16 * 1024));
        req.end();
      } else req.end(body);
    });
  }

  const tooBig = JSON.stringify({ email: 'a@test.nl', padding: 'x'.repeat(maxBodyBytes) });
  // Within the limit, and wrong only in its fields: the reply names them, so the body was read.
  const fitting = JSON.stringify({ email: 'geen-adres', language: 'x'.repeat(64 * 1024) });

  it('a declared length above the limit is refused with 413, as problem+json', async () => {
    const reply = await send(tooBig, 'declared');
    expect(reply.status).toBe(413);
    expect(reply.type).toContain('application/problem+json');
    expect(reply.body.code).toBe('too-large');
  });

  it('a body sent in chunks without a length is refused with 413 once it passes the limit', async () => {
    const reply = await send(tooBig, 'chunked');
    expect(reply.status).toBe(413);
    expect(reply.body.code).toBe('too-large');
  });

  it('a body within the limit arrives whole, with its length declared or in chunks', async () => {
    for (const how of ['declared', 'chunked'] as const) {
      const reply = await send(fitting, how);
      expect(reply.status, how).toBe(400);
      expect(reply.body.errors?.map((e) => e.path[0]).sort(), how).toEqual(['email', 'language']);
    }
  });
});
