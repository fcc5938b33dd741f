// The benchmarks' lean HTTP client (bench/lean-http.ts) reads what Node's server writes: a body by
// content-length and chunked, several requests on one kept-alive connection, a reply that closes.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerLines, LeanConnection } from '../../bench/lean-http.ts';

let server: http.Server;
let port: number;
const connections = new Set<unknown>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    connections.add(req.socket);
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      if (req.url === '/chunked') {
        res.writeHead(201, { 'content-type': 'text/plain' });
        res.write('één ');
        res.write('twee');
        res.end();
        return;
      }
      if (req.url === '/close') {
        res.writeHead(200, { connection: 'close', 'content-length': '2' });
        res.end('ok');
        return;
      }
      const reply = JSON.stringify({ method: req.method, body, cookie: req.headers.cookie ?? null });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(reply) });
      res.end(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A reply the client never finishes reading fails the test instead of hanging it. */
function within<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('no whole reply within 2 s')), 2000)),
  ]);
}

describe('lean HTTP client', () => {
  it('sends headers and a body, reads a body by content-length, on one kept-alive connection', async () => {
    connections.clear();
    const connection = new LeanConnection(port);
    const first = await within(connection.request('PUT', '/x', headerLines({ cookie: 'a=b' }), '{"ü":1}'));
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text)).toEqual({ method: 'PUT', body: '{"ü":1}', cookie: 'a=b' });
    const second = await within(connection.request('GET', '/y', ''));
    expect(JSON.parse(second.text)).toEqual({ method: 'GET', body: '', cookie: null });
    expect(connections.size).toBe(1);
    connection.close();
  });

  it('reads a chunked body', async () => {
    const connection = new LeanConnection(port);
    const reply = await within(connection.request('GET', '/chunked', ''));
    expect(reply).toEqual({ status: 201, text: 'één twee' });
    connection.close();
  });

  it('opens a new connection after a reply that closes it', async () => {
    connections.clear();
    const connection = new LeanConnection(port);
    expect((await within(connection.request('GET', '/close', ''))).text).toBe('ok');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await within(connection.request('GET', '/x', ''))).status).toBe(200);
    expect(connections.size).toBe(2);
    connection.close();
  });
});
