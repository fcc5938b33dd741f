// The typed client: the address, method, body and keepalive of a call come from the route's entry
// in the generated table and the call's input; sending and errors stay with request() (api.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setCsrfToken } from '../../src/web/api.ts';
import { call, fileAddress } from '../../src/web/client.ts';

interface Sent {
  url: string;
  method: string;
  body: string | undefined;
  keepalive: boolean;
  csrf: string | undefined;
}

let sent: Sent[] = [];
let answer: () => Response = () => new Response(null, { status: 204 });

beforeEach(() => {
  sent = [];
  // request() tells the page about every answer through a window event.
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    sent.push({
      url,
      method: init.method ?? 'GET',
      body: init.body as string | undefined,
      keepalive: init.keepalive === true,
      csrf: headers['x-csrf-token'],
    });
    return answer();
  });
  setCsrfToken('csrf-1');
});

afterEach(() => {
  setCsrfToken(null);
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('call', () => {
  it('fills the path from the params, each encoded, and reads the JSON reply', async () => {
    answer = () => json(200, { members: [] });
    const reply = await call('organisation.listMembers', { params: { tenantId: 'a b/c?' } });
    expect(reply).toEqual({ members: [] });
    expect(sent).toEqual([
      {
        url: '/api/organisations/a%20b%2Fc%3F/members',
        method: 'GET',
        body: undefined,
        keepalive: false,
        csrf: undefined,
      },
    ]);
  });

  it('adds the query, leaving out what is not given', async () => {
    answer = () => json(200, { id: 'i', version: '1.0.0', hash: 'h', definition: {} });
    await call('instruments.read', {
      params: { tenantId: 't1', instrumentId: 'scan' },
      query: { version: '1.0.0' },
    });
    await call('instruments.read', { params: { tenantId: 't1', instrumentId: 'scan' }, query: {} });
    await call('instruments.read', {
      params: { tenantId: 't1', instrumentId: 'scan' },
      query: { version: undefined },
    });
    await call('instruments.read', { params: { tenantId: 't1', instrumentId: 'scan' } });
    expect(sent.map((s) => s.url)).toEqual([
      '/api/organisations/t1/instruments/scan?version=1.0.0',
      '/api/organisations/t1/instruments/scan',
      '/api/organisations/t1/instruments/scan',
      '/api/organisations/t1/instruments/scan',
    ]);
  });

  it('sends the body with the route’s method, the CSRF token and keepalive when asked', async () => {
    answer = () => json(200, { revision: 4 });
    const body = { baseRevision: 3, saveId: '6f1c0d6e-6a39-4a8e-9c53-3c4d2f1b7a10', changes: { q1: 'ja' } };
    const reply = await call(
      'scans.saveAnswers',
      { params: { tenantId: 't', scanId: 's' }, body },
      { keepalive: true },
    );
    expect(reply).toEqual({ revision: 4 });
    expect(sent).toEqual([
      {
        url: '/api/organisations/t/my-scans/s/answers',
        method: 'PUT',
        body: JSON.stringify(body),
        keepalive: true,
        csrf: 'csrf-1',
      },
    ]);
  });

  it('posts an empty object for a route without a body and resolves to nothing on 204', async () => {
    answer = () => new Response(null, { status: 204 });
    await expect(call('auth.signOut')).resolves.toBeUndefined();
    await call('scans.delete', { params: { tenantId: 't', scanId: 's' } });
    expect(sent.map(({ url, method, body }) => ({ url, method, body }))).toEqual([
      { url: '/api/auth/sign-out', method: 'POST', body: '{}' },
      { url: '/api/organisations/t/my-scans/s', method: 'DELETE', body: '{}' },
    ]);
  });

  it('rejects with the problem as an ApiError', async () => {
    answer = () =>
      json(409, { type: 'about:blank', title: 'Conflict', status: 409, code: 'revision-conflict' });
    const failed = call('agenda.save', {
      params: { tenantId: 't', scanId: 's' },
      body: { baseRevision: 0, actions: [] },
    });
    await expect(failed).rejects.toBeInstanceOf(ApiError);
    await expect(failed).rejects.toMatchObject({ status: 409, code: 'revision-conflict' });
  });
});

describe('fileAddress', () => {
  it('builds a file route’s address from the same table', () => {
    const params = { tenantId: 't', procedureId: 'p', scanId: 's' };
    expect(
      fileAddress('reports.ownPdf', { params: { tenantId: 't', scanId: 's' }, query: { language: 'en' } }),
    ).toBe('/api/organisations/t/my-scans/s/report.pdf?language=en');
    expect(fileAddress('reports.expertPdf', { params, query: { language: 'nl' } })).toBe(
      '/api/organisations/t/procedures/p/scans/s/expert-report.pdf?language=nl',
    );
    expect(fileAddress('reports.releasedPdf', { params })).toBe(
      '/api/organisations/t/procedures/p/scans/s/report.pdf',
    );
  });
});
