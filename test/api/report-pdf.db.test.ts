// The report as a PDF for each reader: the candidate's own, the assigned expert's after
// finalising, the opdrachtgever's released view. Checked as files: PDF 1.7, PDF/A-2b metadata and
// an sRGB output intent, only embedded fonts, tagged (StructTreeRoot, Marked, Lang, Figures with
// alternative text), and with poppler: fonts embedded, the confidentiality mark and "pagina n van
// m" on every page, and only what the view holds. Downloads by others are in the access log, a
// refused one too. The PDF/A checks themselves are shared: test/support/pdf-checks.ts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { buildReportView } from '../../src/core/report/report-model.ts';
import { demoNetwork } from '../../src/server/demo/demo-network.ts';
import { contentDisposition } from '../../src/server/http/route.ts';
import { renderReportPdf } from '../../src/server/pdf/render-report.ts';
import {
  type Client,
  createTestApp,
  makeTenant,
  type SignedIn,
  signedIn,
  type TestApp,
} from '../support/api.ts';
import { fakeDrawing } from '../support/fake-drawing.ts';
import { maximalAnswers } from '../support/maximal-answers.ts';
import { expectEveryPage, expectPdfA, poppler } from '../support/pdf-checks.ts';
import { bestuurder, clubAnswers, invitedCandidate } from '../support/scan-setup.ts';

interface File {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

describe('the report as a PDF', () => {
  let t: TestApp;
  let tenant: string;
  let client: SignedIn;
  let expert: SignedIn;
  let candidate: Client;
  let own: string;
  let review: string;

  const download = async (who: Client, url: string): Promise<File> => {
    const response = await t.app.request(url, { headers: who.cookie ? { cookie: who.cookie } : {} });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  };
  const problem = (file: File) => JSON.parse(file.bytes.toString('utf8'));
  const accessLog = async () =>
    (await candidate.get(`${own}/report`)).body.accessLog as Array<{
      role: string;
      view: string;
      outcome: string;
    }>;

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t);
    client = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
    ({ candidate, own, review } = await invitedCandidate(t, tenant, client, expert, 'Kim Visser'));
    const answers = clubAnswers(bestuurder(t));
    const saved = await candidate.call('PUT', `${own}/answers`, {
      baseRevision: 0,
      saveId: randomUUID(),
      changes: answers,
    });
    expect(saved.status).toBe(200);
    const network = await candidate.call('PUT', `${own}/network`, {
      baseRevision: saved.body.revision,
      saveId: randomUUID(),
      network: demoNetwork(),
    });
    expect(network.status, JSON.stringify(network.body)).toBe(200);
  });
  afterAll(() => t.cleanup());

  it('refuses a report that is not final: 409 for the candidate and the expert', async () => {
    const early = await download(candidate, `${own}/report.pdf`);
    expect(early.status).toBe(409);
    expect(early.headers.get('content-type')).toContain('application/problem+json');
    expect(problem(early).code).toBe('report-not-ready');
    expect((await candidate.post(`${own}/submit`)).body).toEqual({ status: 'submitted' });
    expect((await download(expert.client, `${review}/expert-report.pdf`)).status).toBe(409);
    expect((await expert.client.post(`${review}/review`)).status).toBe(200);
    const evaluation = (await expert.client.get(review)).body.evaluation;
    const judgements = (evaluation.themes as Array<{ id: string; level: string }>).map((th) => ({
      theme: th.id,
      level: th.id === 'nevenfuncties' ? 'aandachtspunt' : th.level,
      rationale:
        th.id === 'nevenfuncties'
          ? 'Legt de bestuursfunctie neer bij benoeming.'
          : 'Besproken in het gesprek.',
    }));
    const decided = await expert.client.call('PUT', `${review}/decisions`, {
      judgements,
      measures: ['nevenfunctie_neerleggen'],
    });
    expect(decided.status).toBe(200);
    expect((await download(expert.client, `${review}/expert-report.pdf`)).status).toBe(409);
    expect((await expert.client.post(`${review}/finalise`)).body).toEqual({ status: 'report-ready' });
  });

  it("the candidate's own copy: PDF/A-2b, tagged, with evidence and the network picture", async () => {
    const file = await download(candidate, `${own}/report.pdf`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('cache-control')).toBe('no-store');
    const day = t.deps.now().toISOString().slice(0, 10);
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="Rapport Wethouder 2026 ${day}.pdf"; filename*=UTF-8''Rapport%20Wethouder%202026%20${day}.pdf`,
    );
    const { figures } = expectPdfA(file.bytes);
    // The chart and the network picture.
    expect(figures).toBe(2);
    const text = expectEveryPage(file.bytes, 'Vertrouwelijk — alleen voor de kandidaat');
    expect(text).toContain('Uw rapport');
    expect(text).toContain('geen stoplicht en geen automatisch besluit');
    expect(text).toContain('AVG artikel 22');
    expect(text).toContain('VV De Zwaluwen');
    expect(text).toContain('Legt de bestuursfunctie neer bij benoeming.');
    expect(text).toContain('Uw netwerk in beeld');
    expect(text).toContain(t.deps.instruments.latest('weerbaarheidsscan-bestuurder')!.hash);
    // The measure is listed once, however many themes it answers.
    expect(text.match(/Gekozen maatregelen De expert/g)?.length).toBe(1);
    expect(text).not.toContain('Kim Visser');
    // The candidate's own downloads are not access-logged.
    expect((await accessLog()).filter((e) => e.role === 'kandidaat')).toEqual([]);
  });

  it('in English on request, with the document language to match', async () => {
    const file = await download(candidate, `${own}/report.pdf?language=en`);
    expect(file.status).toBe(200);
    expectPdfA(file.bytes, 'en-GB');
    expect(poppler('pdftotext', file.bytes)).toContain('Confidential — for the candidate only');
    expect((await download(candidate, `${own}/report.pdf?language=de`)).status).toBe(400);
  });

  it("the assigned expert's copy names the candidate and is access-logged; others get 404", async () => {
    const file = await download(expert.client, `${review}/expert-report.pdf`);
    expect(file.status).toBe(200);
    expectPdfA(file.bytes);
    const text = expectEveryPage(file.bytes, 'Vertrouwelijk — alleen voor de beoordelend expert');
    expect(text).toContain('Kim Visser');
    expect(text).toContain('Het netwerk in beeld');
    expect(text).toContain('Voor de expert:');
    expect(
      (await accessLog()).filter((e) => e.role === 'expert' && e.view === 'expert').length,
    ).toBeGreaterThan(0);
    const unassigned = await signedIn(t, tenant, 'expert');
    expect((await download(unassigned.client, `${review}/expert-report.pdf`)).status).toBe(404);
    // The candidate cannot take the expert's copy, nor the opdrachtgever's.
    expect((await download(candidate, `${review}/expert-report.pdf`)).status).toBe(403);
    expect((await download(candidate, `${review}/report.pdf`)).status).toBe(403);
    // Another candidate's report is not found.
    const other = await signedIn(t, tenant, 'kandidaat');
    expect((await download(other.client, `${own}/report.pdf`)).status).toBe(404);
  });

  it("the opdrachtgever's copy: only when released, the scope's view, never evidence; refusals logged", async () => {
    const before = (await accessLog()).filter(
      (e) => e.role === 'opdrachtgever' && e.outcome === 'denied',
    ).length;
    const refused = await download(client.client, `${review}/report.pdf`);
    expect(refused.status).toBe(403);
    expect(problem(refused).code).toBe('not-released');
    expect(
      (await accessLog()).filter((e) => e.role === 'opdrachtgever' && e.outcome === 'denied').length,
    ).toBe(before + 1);

    const until = new Date(t.deps.now().getTime() + 30 * 86_400_000).toISOString();
    const summary = await candidate.post(`${own}/releases`, { scope: 'samenvatting', until });
    expect(summary.status).toBe(201);
    const asSummary = await download(client.client, `${review}/report.pdf`);
    expect(asSummary.status).toBe(200);
    const { figures } = expectPdfA(asSummary.bytes);
    expect(figures).toBe(1);
    const text = expectEveryPage(
      asSummary.bytes,
      'Vertrouwelijk — alleen voor de opdrachtgever van deze procedure',
    );
    expect(text).toContain('Weergave: samenvatting voor de opdrachtgever');
    expect(text).toContain('Kim Visser');
    expect(text).toContain('Legt de bestuursfunctie neer bij benoeming.');
    for (const absent of [
      'VV De Zwaluwen',
      'Op grond van:',
      'Op grond van uw',
      'Eigen inschatting',
      'Vragen voor het gesprek',
      'Tips',
      'netwerk in beeld',
      'Wat opviel',
    ])
      expect(text, absent).not.toContain(absent);
    expect(
      (await accessLog()).filter((e) => e.role === 'opdrachtgever' && e.view === 'opdrachtgever-samenvatting')
        .length,
    ).toBeGreaterThan(0);

    const full = await candidate.post(`${own}/releases`, { scope: 'volledig', until });
    const asFull = await download(client.client, `${review}/report.pdf`);
    expect(asFull.status).toBe(200);
    const fullText = poppler('pdftotext', asFull.bytes).replace(/\s+/g, ' ');
    expect(fullText).toContain('Weergave: volledig rapport voor de opdrachtgever');
    expect(fullText).toContain('Wat opviel');
    expect(fullText).not.toMatch(
      /VV De Zwaluwen|Op grond van:|Op grond van uw|Eigen inschatting|Vragen voor het gesprek|Voor de expert/,
    );

    // Revoked: refused at once. Expired: refused, and logged.
    for (const id of [summary.body.id, full.body.id])
      expect((await candidate.post(`${own}/releases/${id}/revoke`)).status).toBe(204);
    expect((await download(client.client, `${review}/report.pdf`)).status).toBe(403);
    const short = new Date(t.deps.now().getTime() + 60_000).toISOString();
    expect((await candidate.post(`${own}/releases`, { scope: 'samenvatting', until: short })).status).toBe(
      201,
    );
    expect((await download(client.client, `${review}/report.pdf`)).status).toBe(200);
    t.advance(2 * 60_000);
    const deniedBefore = (await accessLog()).filter(
      (e) => e.role === 'opdrachtgever' && e.outcome === 'denied',
    ).length;
    const expired = await download(client.client, `${review}/report.pdf`);
    expect(expired.status).toBe(403);
    expect(problem(expired).code).toBe('not-released');
    expect(
      (await accessLog()).filter((e) => e.role === 'opdrachtgever' && e.outcome === 'denied').length,
    ).toBe(deniedBefore + 1);
  });

  it('the OpenAPI document declares the files as application/pdf, binary', async () => {
    const doc = (await t.client().get('/api/openapi.json')).body;
    for (const p of [
      '/api/organisations/{tenantId}/my-scans/{scanId}/report.pdf',
      '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/expert-report.pdf',
      '/api/organisations/{tenantId}/procedures/{procedureId}/scans/{scanId}/report.pdf',
    ]) {
      expect(doc.paths[p].get.responses['200'].content).toEqual({
        'application/pdf': { schema: { type: 'string', format: 'binary' } },
      });
    }
  });

  it('file names never carry quotes, slashes or line breaks', () => {
    expect(contentDisposition('Rapport "a/b"\r\nSet-Cookie: x.pdf')).toBe(
      `attachment; filename="Rapport abSet-Cookie: x.pdf"; filename*=UTF-8''Rapport%20abSet-Cookie%3A%20x.pdf`,
    );
    expect(contentDisposition('Gemeente Súdwest-Fryslân.pdf')).toBe(
      `attachment; filename="Gemeente Sudwest-Fryslan.pdf"; filename*=UTF-8''Gemeente%20S%C3%BAdwest-Frysl%C3%A2n.pdf`,
    );
  });
});

describe('rendering a report view into a PDF', () => {
  // A property run over many networks: slow on a loaded machine, so a wider guard against a hang.
  it('replaces characters the fonts lack (PDF/A forbids the missing-glyph box) and draws any network', {
    timeout: 120_000,
  }, async () => {
    const t = await createTestApp();
    const instrument = t.deps.instruments.latest('weerbaarheidsscan-bestuurder')!.instrument;
    await t.cleanup();
    const answers = maximalAnswers(instrument);
    const evaluation = evaluate(instrument, { answers });
    const view = buildReportView(
      instrument,
      evaluation,
      {
        judgements: evaluation.themes.map((th) => ({
          theme: th.id,
          proposed: th.level,
          level: th.level,
          rationale: 'Prima\tgesprek 👍 — “akkoord” € 100',
        })),
        measures: [],
        finalisedAt: null,
      },
      'expert',
      { answers, network: fakeDrawing(demoNetwork()) },
    );
    const pdf = await renderReportPdf(view, {
      procedureName: 'Test 🚀',
      candidateLabel: 'K',
      date: new Date(),
    });
    const { figures } = expectPdfA(pdf);
    expect(figures).toBe(2);
    const text = poppler('pdftotext', pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Prima gesprek ? — “akkoord” € 100');
    expect(text).toContain('Procedure: Test ?');
    expect(text).not.toMatch(/👍|🚀/);
  });
});
