// The datavolwassenheidsscan's workshop through the API: a round of the datavolwassenheid
// questionnaire answered by six people without an account, the workshop view (nothing but the count
// while the round is open; then the spread per theme over the whole group, the statements furthest
// apart first), the conclusions per theme (recorded by beheerder or opdrachtgever only, from the
// revision read, sealed in the database, audited without their text), who may do what, and the
// report as a PDF/A file with the same checks as the scan report, rate-limited per person.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';
import { expectEveryPage, expectPdfA, poppler } from '../support/pdf-checks.ts';
import {
  answerRound,
  closedDatavolwassenheidRound,
  openDatavolwassenheidRound,
} from '../support/workshop-setup.ts';

describe('the datavolwassenheidsscan workshop', () => {
  let t: TestApp;
  let tenant: string;
  let other: string;
  let beheerder: SignedIn;
  let otto: SignedIn;
  let roundId: string;
  let token: string;
  const org = () => `/api/organisations/${tenant}`;
  const workshop = (round = roundId) => `${org()}/survey-rounds/${round}/workshop`;
  const theme = (id: string, round = roundId) => `${workshop(round)}/themes/${id}`;
  const conclusion = {
    baseRevision: 0,
    discussed: 'Signalen blijven hangen bij de balie; niet iedereen kent de meldroute.',
    maturity: 2,
    actions: [
      { text: 'Meldroute op intranet zetten', owner: 'Team openbare orde', due: '2027-03-01' },
      { text: 'Training voor baliemedewerkers', owner: '', due: null },
    ],
  };

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000', WEERBAAR_RATE_LIMIT_PDF: '3' });
    tenant = await makeTenant(t, 'Gemeente Voorbeeld');
    other = await makeTenant(t, 'Gemeente Elders');
    beheerder = await signedIn(t, tenant, 'beheerder');
    otto = await signedIn(t, tenant, 'opdrachtgever');
    ({ roundId, token } = await openDatavolwassenheidRound(beheerder, tenant));
    await answerRound(t, roundId, token, 6);
  });
  afterAll(() => t.cleanup());

  it('while the round is open: only how many answered, nothing to record, no report', async () => {
    const open = await otto.client.get(workshop());
    expect(open.status, JSON.stringify(open.body)).toBe(200);
    expect(open.body.round).toMatchObject({ status: 'open', respondents: 6 });
    expect(open.body.spread).toBeNull();
    expect(open.body.workshop.levels.map((l: { label: { nl: string } }) => l.label.nl)).toEqual([
      'Ad hoc',
      'Herhaalbaar',
      'Vastgelegd',
      'Beheerst',
      'Geborgd',
    ]);
    const early = await otto.client.call('PUT', theme('ondermijning'), conclusion);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('workshop-round-open');
    const pdf = await otto.client.get(`${workshop()}/report.pdf`);
    expect(pdf.status).toBe(409);
  });

  it('once closed: the spread per theme over the whole group, furthest apart first', async () => {
    expect((await beheerder.client.post(`${org()}/survey-rounds/${roundId}/close`)).status).toBe(204);
    const page = await otto.client.get(workshop());
    expect(page.status).toBe(200);
    const spread = page.body.spread;
    expect(spread).toMatchObject({ respondents: 6, threshold: 5, shown: true });
    expect(spread.themes.map((th: { themeId: string }) => th.themeId)).toEqual([
      'ondermijning',
      'mens-en-organisatie',
      'data-en-software',
    ]);
    const ondermijning = spread.themes[0];
    const beeld = ondermijning.statements.find((s: { questionId: string }) => s.questionId === 'beeld');
    expect(beeld.options.map((o: { count: number }) => o.count)).toEqual([3, 0, 0, 0, 3]);
    expect(beeld.agreement).toBe('far-apart');
    expect(beeld.dispersion).toBe(1);
    // Furthest apart first: the yes/no question split evenly with a third unsure, then the two camps.
    expect(ondermijning.discussionOrder.slice(0, 2)).toEqual(['aanspreekpunt', 'beeld']);
    // Over all themes: the three yes/no questions (even splits, a third unsure), then the two camps.
    expect(spread.discussionPoints.slice(0, 4).map((p: { questionId: string }) => p.questionId)).toEqual([
      'aanspreekpunt',
      'training-gevolgd',
      'dpia-gedaan',
      'beeld',
    ]);
    expect(
      spread.discussionPoints.some((p: { questionId: string; manyUnsure: boolean }) => p.manyUnsure),
    ).toBe(true);
    // Every theme has a conclusion slot, nothing recorded yet.
    expect(page.body.conclusions).toEqual([
      { themeId: 'ondermijning', discussed: '', maturity: null, actions: [], revision: 0 },
      { themeId: 'mens-en-organisatie', discussed: '', maturity: null, actions: [], revision: 0 },
      { themeId: 'data-en-software', discussed: '', maturity: null, actions: [], revision: 0 },
    ]);
    expect(page.body.mayRecord).toBe(true);
  });

  it('records a conclusion per theme from the revision read; a stale one is refused', async () => {
    const first = await otto.client.call('PUT', theme('ondermijning'), conclusion);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toEqual({ revision: 1 });
    const stale = await beheerder.client.call('PUT', theme('ondermijning'), { ...conclusion, maturity: 3 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('workshop-revision');
    const again = await beheerder.client.call('PUT', theme('ondermijning'), {
      ...conclusion,
      baseRevision: 1,
      maturity: 3,
    });
    expect(again.body).toEqual({ revision: 2 });
    const page = await otto.client.get(workshop());
    expect(page.body.conclusions[0]).toEqual({
      themeId: 'ondermijning',
      discussed: conclusion.discussed,
      maturity: 3,
      actions: conclusion.actions,
      revision: 2,
    });
  });

  it('refuses an unknown theme, a step outside 1–5, too many actions and an empty action', async () => {
    expect((await otto.client.call('PUT', theme('bestaat-niet'), conclusion)).status).toBe(404);
    const step = await otto.client.call('PUT', theme('data-en-software'), { ...conclusion, maturity: 7 });
    expect(step.status).toBe(400);
    expect(step.body.errors[0].path).toEqual(['maturity']);
    const many = await otto.client.call('PUT', theme('data-en-software'), {
      ...conclusion,
      actions: Array.from({ length: 21 }, (_, i) => ({ text: `Actie ${i}`, owner: '', due: null })),
    });
    expect(many.status).toBe(400);
    const empty = await otto.client.call('PUT', theme('data-en-software'), {
      ...conclusion,
      actions: [{ text: '  ', owner: 'x', due: null }],
    });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].path).toEqual(['actions', 0, 'text']);
  });

  it('keeps the conclusion sealed in the database and audits it without its text', async () => {
    // Read as the owner in a backup session: the table forces row-level security for its owner too.
    const rows = await t.deps.database.owner.transaction().execute(async (tx) => {
      await sql`select set_config('weerbaar.backup', 'on', true)`.execute(tx);
      return tx.selectFrom('workshop_conclusions').selectAll().where('round_id', '=', roundId).execute();
    });
    expect(rows).toHaveLength(1);
    const raw = Buffer.from(rows[0]!.content_sealed).toString('latin1');
    for (const plain of ['Signalen', 'balie', 'Meldroute', 'openbare orde', 'maturity'])
      expect(raw).not.toContain(plain);
    const events = await t.deps.database.owner
      .selectFrom('audit_events')
      .select(['action', 'data'])
      .where('action', '=', 'workshop.conclusion_recorded')
      .execute();
    expect(events).toHaveLength(2);
    expect(events[1]!.data).toEqual({ theme: 'ondermijning', revision: 2, maturity: 3, actions: 2 });
    expect(JSON.stringify(events)).not.toMatch(/Signalen|Meldroute/);
  });

  it('who may: beheerder and opdrachtgever; not an expert, a candidate, a researcher or another organisation', async () => {
    for (const role of ['expert', 'kandidaat', 'onderzoeker'] as const) {
      const person = await signedIn(t, tenant, role);
      expect((await person.client.get(workshop())).status, role).toBe(403);
      expect((await person.client.call('PUT', theme('ondermijning'), conclusion)).status, role).toBe(403);
      expect((await person.client.get(`${workshop()}/report.pdf`)).status, role).toBe(403);
    }
    const elsewhere = await signedIn(t, other, 'beheerder');
    expect(
      (await elsewhere.client.get(`/api/organisations/${other}/survey-rounds/${roundId}/workshop`)).status,
    ).toBe(404);
    expect((await t.client().get(workshop())).status).toBe(401);
  });

  it('a round of a questionnaire without a workshop has none', async () => {
    const opened = await beheerder.client.post(`${org()}/survey-rounds`, {
      questionnaireId: 'sociale-veiligheid',
      questionnaireVersion: '1.0.0',
      title: 'Zonder workshop',
      units: [],
      threshold: 5,
      sharedLink: true,
    });
    expect(opened.status).toBe(201);
    expect((await otto.client.get(workshop(opened.body.id))).status).toBe(404);
  });

  it('the report: PDF/A-2b, tagged, the mark and page number on every page, the conclusions', async () => {
    const file = await t.app.request(`${workshop()}/report.pdf`, {
      headers: { cookie: otto.client.cookie! },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('cache-control')).toBe('no-store');
    expect(file.headers.get('content-disposition')).toContain('Rapport Datavolwassenheidsscan ondermijning');
    const bytes = Buffer.from(await file.arrayBuffer());
    const { figures } = expectPdfA(bytes);
    expect(figures).toBe(3);
    const text = expectEveryPage(bytes, 'Vertrouwelijk — voor de organisatie; alleen opgetelde antwoorden');
    for (const words of [
      'Gemeente Voorbeeld',
      'Datavolwassenheid 2027',
      'Aantal deelnemers: 6',
      'Afgesproken stap: 3 — Vastgelegd',
      'Meldroute op intranet zetten',
      'Wie: Team openbare orde.',
      'Voor dit thema is (nog) niets vastgelegd.',
    ])
      expect(text, words).toContain(words);
    const english = await t.app.request(`${workshop()}/report.pdf?language=en`, {
      headers: { cookie: otto.client.cookie! },
    });
    expect(english.status).toBe(200);
    const englishBytes = Buffer.from(await english.arrayBuffer());
    expectPdfA(englishBytes, 'en-GB');
    expect(poppler('pdftotext', englishBytes)).toContain('Agreed step: 3 — Defined');
    const events = await t.deps.database.owner
      .selectFrom('audit_events')
      .select('data')
      .where('action', '=', 'workshop.report_rendered')
      .execute();
    expect(events.length).toBe(2);
  });

  it('below the threshold: no spread, only the count, in the view and the report', async () => {
    const small = await closedDatavolwassenheidRound(t, beheerder, tenant, 3, 'Klein');
    const page = await beheerder.client.get(workshop(small));
    expect(page.body.spread).toEqual({
      respondents: 3,
      threshold: 5,
      shown: false,
      themes: [],
      discussionPoints: [],
    });
    const file = await beheerder.client.get(`${workshop(small)}/report.pdf`);
    expect(file.status).toBe(200);
  });

  it('the report is rate-limited per person like the scan report (3 here)', async () => {
    // The opdrachtgever asked three times above (the one refused while the round was open counts
    // too: the limit counts a call before it is answered); the fourth is refused.
    const refused = await otto.client.get(`${workshop()}/report.pdf`);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate-limited');
    // Another person has their own count.
    expect((await beheerder.client.get(`${workshop()}/report.pdf`)).status).toBe(200);
  });
});
