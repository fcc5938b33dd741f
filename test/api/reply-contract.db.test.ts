// A reply carries only what its route declares: a field an operation adds to its result without a
// line in the route's output schema is refused (500), not silently dropped and never sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import type { AnyRoute } from '../../src/server/http/route.ts';
import { undeclaredFields } from '../../src/server/http/undeclared-fields.ts';
import { allRoutes } from '../../src/server/routes/index.ts';
import { releasedReport } from '../../src/server/routes/report-schemas.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';
import { invitedCandidate } from '../support/scan-setup.ts';

/** The real routes, with one operation's result changed on its way out. */
function withChangedResult(id: string, change: (body: Record<string, unknown>) => void): AnyRoute[] {
  return allRoutes.map((route) =>
    route.id !== id
      ? route
      : {
          ...route,
          handler: async (request: Parameters<AnyRoute['handler']>[0]) => {
            const reply = await route.handler(request);
            if ('body' in reply) change(reply.body as Record<string, unknown>);
            return reply;
          },
        },
  );
}

describe('the reply contract', () => {
  let t: TestApp;
  let tenant: string;
  let opener: SignedIn;
  let procedureId: string;
  const original = () => createApp(t.deps);
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t);
    opener = await signedIn(t, tenant, 'opdrachtgever');
    const expert = await signedIn(t, tenant, 'expert');
    procedureId = (await invitedCandidate(t, tenant, opener, expert)).procedureId;
  });
  afterAll(() => t.cleanup());

  it('refuses a reply with a field the route does not declare, at the top or deep inside', async () => {
    const url = `/api/organisations/${tenant}/procedures/${procedureId}`;
    t.app = original();
    const fine = await opener.client.get(url);
    expect(fine.status).toBe(200);
    expect(fine.body.candidates).toHaveLength(1);

    t.app = createApp(
      t.deps,
      withChangedResult('procedures.read', (body) => {
        (body.candidates as Record<string, unknown>[])[0]!.answers = { relatie: 'vertrouwelijk' };
      }),
    );
    const deep = await opener.client.get(url);
    expect(deep.status).toBe(500);
    expect(deep.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(deep.body)).not.toMatch(/vertrouwelijk/);

    t.app = createApp(
      t.deps,
      withChangedResult('procedures.read', (body) => {
        body.internalNote = 'vertrouwelijk';
      }),
    );
    const top = await opener.client.get(url);
    expect(top.status).toBe(500);
    expect(JSON.stringify(top.body)).not.toMatch(/vertrouwelijk/);
    t.app = original();
    expect((await opener.client.get(url)).status).toBe(200);
  });
});

describe('undeclaredFields', () => {
  it('names the paths a schema dropped, in objects and arrays, and ignores undefined', () => {
    expect(undeclaredFields({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 2 } })).toEqual([]);
    expect(undeclaredFields({ a: 1, x: 2 }, { a: 1 })).toEqual([['x']]);
    expect(
      undeclaredFields({ list: [{ id: 1 }, { id: 2, secret: 's' }] }, { list: [{ id: 1 }, { id: 2 }] }),
    ).toEqual([['list', 1, 'secret']]);
    expect(undeclaredFields({ a: 1, gone: undefined }, { a: 1 })).toEqual([]);
    // A record keeps every key, so nothing is reported for it.
    expect(undeclaredFields({ answers: { q1: 'ja' } }, { answers: { q1: 'ja' } })).toEqual([]);
  });
});

describe('the released report', () => {
  const title = { nl: 'Titel', en: 'Title' };
  const released = {
    scope: 'samenvatting',
    report: {
      view: 'opdrachtgever-samenvatting',
      reader: 'opdrachtgever',
      instrument: { id: 'i', version: '1.0.0', hash: null, title },
      judgedBy: 'expert',
      finalisedAt: null,
      sections: [
        {
          id: 's',
          title,
          themes: [{ id: 't', title, indicators: [{ id: 'x', title, level: 'aandachtspunt' }] }],
        },
      ],
    },
  };
  const kept = (body: unknown) => undeclaredFields(body, releasedReport.parse(body));

  it('declares what an opdrachtgever may see and nothing of the candidate view', () => {
    expect(kept(released)).toEqual([]);
    const withNetwork = structuredClone(released) as typeof released & { report: Record<string, unknown> };
    withNetwork.report.network = { contacts: [] };
    expect(kept(withNetwork)).toEqual([['report', 'network']]);
    const withEvidence = structuredClone(released);
    const theme: Record<string, unknown> & { indicators: Record<string, unknown>[] } =
      withEvidence.report.sections[0]!.themes[0]!;
    theme.indicators[0]!.evidence = [{ text: title }];
    theme.tips = [];
    expect(kept(withEvidence)).toEqual([
      ['report', 'sections', 0, 'themes', 0, 'indicators', 0, 'evidence'],
      ['report', 'sections', 0, 'themes', 0, 'tips'],
    ]);
    // A candidate's view is not a released report at all.
    expect(
      releasedReport.safeParse({ ...released, report: { ...released.report, view: 'kandidaat' } }).success,
    ).toBe(false);
  });
});
