// A reply carries only what its route declares: a field an operation adds to its result without a
// line in the route's output schema is refused (500), not silently dropped and never sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import type { AnyRoute } from '../../src/server/http/route.ts';
import { undeclaredFields } from '../../src/server/http/undeclared-fields.ts';
import { allRoutes } from '../../src/server/routes/index.ts';
import { candidateReportView, releasedReport } from '../../src/server/routes/report-schemas.ts';
import { ownScan } from '../../src/server/routes/scan-schemas.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp, unique } from '../support/api.ts';
import { invitedCandidate } from '../support/scan-setup.ts';
import { type Finished, finishedScan, openProcedure } from './agenda-support.ts';

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

// The replies that carry a scan's content are declared field by field too: the candidate's report,
// the expert's read, the own-data export, the instrument definition. Each real reply passes; the
// same reply with one field more is refused, and the field is not in what is sent.
describe('the scan replies, field by field', () => {
  let t: TestApp;
  let tenant: string;
  let expert: SignedIn;
  let scan: Finished;
  type Body = Record<string, unknown>;
  const secret = 'alleen-voor-de-deskundige';
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t);
    const opener = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
    const procedureId = await openProcedure(t, tenant, opener, expert);
    scan = await finishedScan(t, { tenant, procedureId, opener, expert, email: `${unique('kim')}@test.nl` });
  });
  afterAll(() => t.cleanup());

  /** The reply as the real route gives it, then with `change` applied on its way out. */
  async function refused(
    id: string,
    read: () => Promise<{ status: number; body: unknown }>,
    change: (b: Body) => void,
  ) {
    t.app = createApp(t.deps);
    const fine = await read();
    expect(fine.status, JSON.stringify(fine.body)).toBe(200);
    t.app = createApp(t.deps, withChangedResult(id, change));
    const changed = await read();
    t.app = createApp(t.deps);
    expect(changed.status).toBe(500);
    expect(JSON.stringify(changed.body)).not.toContain(secret);
    return fine.body as Body;
  }

  it("refuses the expert's note on an indicator in the candidate's own report", async () => {
    const indicators = (b: Body) =>
      (b.report as { sections: Array<{ themes: Array<{ indicators?: Body[] }> }> }).sections
        .flatMap((s) => s.themes)
        .flatMap((th) => th.indicators ?? []);
    const fine = await refused(
      'reports.own',
      () => scan.candidate.get(`${scan.own}/report`),
      (b) => {
        indicators(b)[0]!.expertText = { nl: secret };
      },
    );
    expect(indicators(fine).length).toBeGreaterThan(0);
    expect(JSON.stringify(fine)).not.toContain('expertText');
  });

  it("refuses a field more in the expert's read, at the top or deep in the evaluation", async () => {
    const read = () => expert.client.get(scan.review);
    await refused('reviews.read', read, (b) => {
      b.agenda = { actions: [{ what: secret }] };
    });
    await refused('reviews.read', read, (b) => {
      const evaluation = b.evaluation as { indicators: Array<{ evidence: Body[] }> };
      evaluation.indicators.find((i) => i.evidence.length > 0)!.evidence[0]!.note = secret;
    });
  });

  it('refuses a field more in the own scan, the own-data export and the instrument definition', async () => {
    await refused(
      'scans.readOwn',
      () => scan.candidate.get(scan.own),
      (b) => {
        // The expert's conversation notes are no part of the candidate's scan.
        b.notes = secret;
      },
    );
    await refused(
      'scans.readOwn',
      () => scan.candidate.get(scan.own),
      (b) => {
        // An answer is text, a number, a list or group entries; an object is not.
        b.answers = { ...(b.answers as Body), heeft_nevenfuncties: { value: secret } };
      },
    );
    await refused(
      'scans.exportOwnData',
      () => scan.candidate.get(`/api/organisations/${tenant}/my-data`),
      (b) => {
        (b.sessions as Body[])[0]!.token_hash = secret;
      },
    );
    await refused(
      'scans.readOwnInstrument',
      () => scan.candidate.get(`${scan.own}/instrument`),
      (b) => {
        // A copy: the definition in the reply is the registry's own object.
        const definition = structuredClone(b.definition) as {
          parts: Array<{ sections: Array<{ items: Body[] }> }>;
        };
        definition.parts[0]!.sections[0]!.items[0]!.internalNote = secret;
        b.definition = definition;
      },
    );
  });

  it('declares the recursive conditions once, as a named component of the OpenAPI document', async () => {
    const doc = (await t.client().get('/api/openapi.json')).body;
    const read =
      doc.paths['/api/organisations/{tenantId}/instruments/{instrumentId}'].get.responses['200'].content[
        'application/json'
      ];
    expect(read.schema.properties.definition).toEqual({ $ref: '#/components/schemas/Instrument' });
    expect(JSON.stringify(doc.components.schemas.Condition)).toContain(
      '"$ref":"#/components/schemas/Condition"',
    );
    const review = doc.paths['/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}'].get;
    // The expert's read is declared, no longer an open record.
    const expertRead = review.responses['200'].content['application/json'].schema;
    expect(JSON.stringify(expertRead.properties.evaluation)).toContain('#/components/schemas/Evaluation');
    expect(JSON.stringify(expertRead.properties.network)).toContain('#/components/schemas/Network');
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

describe("the candidate's report and own scan", () => {
  const title = { nl: 'Titel', en: 'Title' };
  const report = {
    view: 'kandidaat',
    reader: 'kandidaat',
    instrument: { id: 'i', version: '1.0.0', hash: 'h', title },
    judgedBy: 'expert',
    finalisedAt: null,
    sections: [
      {
        id: 's',
        title,
        themes: [
          {
            id: 't',
            title,
            indicators: [
              {
                id: 'x',
                title,
                level: 'aandachtspunt',
                candidateText: title,
                evidence: [{ subject: title, detail: title }],
              },
            ],
          },
        ],
      },
    ],
  };

  it("declares the candidate's view without the expert's note", () => {
    expect(undeclaredFields(report, candidateReportView.parse(report))).toEqual([]);
    const withNote = structuredClone(report) as typeof report & Record<string, unknown>;
    (withNote.sections[0]!.themes[0]!.indicators[0] as Record<string, unknown>).expertText = title;
    expect(undeclaredFields(withNote, candidateReportView.parse(withNote))).toEqual([
      ['sections', 0, 'themes', 0, 'indicators', 0, 'expertText'],
    ]);
  });

  it('declares a network contact as the model has it: a label and a few attributes, nothing more', () => {
    const scan = {
      id: 's',
      status: 'started',
      revision: 1,
      procedure: { id: 'p', name: 'n', office: 'wethouder', review: 'required' },
      instrument: { id: 'i', version: '1.0.0', hash: 'h' },
      answers: {},
      network: {
        version: 1,
        ego: {},
        contexts: [],
        contacts: [{ id: 'c', label: 'JB', kind: 'person', direct: false, contexts: [] }],
        ties: [],
        memberships: [],
      },
      updatedAt: '2026-01-01T00:00:00.000Z',
      may: ['answer', 'withdraw', 'delete'],
    };
    expect(undeclaredFields(scan, ownScan.parse(scan))).toEqual([]);
    const named = structuredClone(scan);
    (named.network.contacts[0] as Record<string, unknown>).fullName = 'Jan de Boer';
    expect(undeclaredFields(named, ownScan.parse(named))).toEqual([['network', 'contacts', 0, 'fullName']]);
  });
});
