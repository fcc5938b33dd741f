// From submitted scan to released report and back: the assigned expert reviews and finalises,
// the candidate reads first, releases (summary or full, until a date), the opdrachtgever reads
// exactly what the scope allows, and revocation and expiry bite at the next request. Every read
// by someone else is in the candidate's access log.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswers } from '../../src/server/demo/fill-answers.ts';
import {
  createTestApp,
  lastLinkFor,
  mailsTo,
  makeTenant,
  type SignedIn,
  signedIn,
  type TestApp,
} from '../support/api.ts';
import { bestuurder, clubAnswers, invitedCandidate } from '../support/scan-setup.ts';

describe('review, report and release', () => {
  let t: TestApp;
  let tenant: string;
  let client: SignedIn;
  let expert: SignedIn;
  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t);
    client = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
  });
  afterAll(() => t.cleanup());

  it('runs the whole flow, with the access rules at every step', async () => {
    const org = `/api/organisations/${tenant}`;
    const { procedureId, scanId, email, candidate, own, review } = await invitedCandidate(
      t,
      tenant,
      client,
      expert,
    );

    const answers = clubAnswers(bestuurder(t));
    expect(
      (
        await candidate.call('PUT', `${own}/answers`, {
          baseRevision: 0,
          saveId: randomUUID(),
          changes: answers,
        })
      ).status,
    ).toBe(200);

    // Before submission the expert sees nothing.
    expect((await expert.client.get(review)).status).toBe(409);
    expect((await candidate.post(`${own}/submit`)).body).toEqual({ status: 'submitted' });
    expect((await candidate.get(`${own}/report`)).status).toBe(409);

    const unassigned = await signedIn(t, tenant, 'expert');
    expect((await unassigned.client.get(review)).status).toBe(404);
    const read = await expert.client.get(review);
    expect(read.status).toBe(200);
    expect(read.body.answers.nevenfuncties[0].organisatie).toBe('VV De Zwaluwen');
    const proposed = read.body.evaluation.themes as Array<{ id: string; level: string }>;
    expect(proposed.find((th) => th.id === 'nevenfuncties')?.level).toBe('risico');

    expect(
      (await expert.client.call('PUT', `${review}/decisions`, { judgements: [], measures: [] })).status,
    ).toBe(409);
    expect((await expert.client.post(`${review}/review`)).body).toEqual({ status: 'in-review' });
    const unknownTheme = await expert.client.call('PUT', `${review}/decisions`, {
      judgements: [{ theme: 'bestaat_niet', level: 'aandachtspunt', rationale: 'x' }],
      measures: ['bestaat_niet'],
    });
    expect(unknownTheme.status).toBe(400);
    expect(unknownTheme.body.errors.map((e: { path: unknown[] }) => e.path)).toEqual([
      ['judgements', 0, 'theme'],
      ['measures', 0],
    ]);
    expect((await expert.client.post(`${review}/finalise`)).status).toBe(422);

    const judgements = proposed.map((th) => ({
      theme: th.id,
      // The expert weighs the club seat lower than proposed, after the conversation.
      level: th.id === 'nevenfuncties' ? 'aandachtspunt' : th.level,
      rationale:
        th.id === 'nevenfuncties'
          ? 'Legt de bestuursfunctie neer bij benoeming.'
          : 'Geen bijzonderheden in het gesprek.',
    }));
    const decided = await expert.client.call('PUT', `${review}/decisions`, {
      judgements,
      measures: ['nevenfunctie_neerleggen'],
    });
    expect(decided.status).toBe(200);
    expect(decided.body.judgements.find((j: { theme: string }) => j.theme === 'nevenfuncties')).toEqual({
      theme: 'nevenfuncties',
      proposed: 'risico',
      level: 'aandachtspunt',
      rationale: 'Legt de bestuursfunctie neer bij benoeming.',
    });
    expect(
      (await expert.client.call('PUT', `${review}/notes`, { notes: 'Gesprek op 20 november.' })).status,
    ).toBe(204);
    expect((await expert.client.post(`${review}/finalise`)).body).toEqual({ status: 'report-ready' });

    // Not released: refused, and the refusal is logged.
    const early = await client.client.get(`${review}/report`);
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('not-released');

    const mine = await candidate.get(`${own}/report`);
    expect(mine.status).toBe(200);
    const themeOf = (report: { sections: Array<{ themes: Array<{ id: string }> }> }, id: string) =>
      // biome-ignore lint/suspicious/noExplicitAny: the test walks the report JSON and asserts each field it reads
      report.sections.flatMap((s) => s.themes).find((th) => th.id === id) as Record<string, any>;
    const ownTheme = themeOf(mine.body.report, 'nevenfuncties');
    expect(ownTheme.judgement).toMatchObject({ level: 'aandachtspunt', proposed: 'risico', differs: true });
    // Evidence in words (the entry by the name the candidate gave it); each measure listed once.
    expect(
      ownTheme.indicators.find((i: { id: string }) => i.id === 'nevenfunctie_gemeentebelang').evidence,
    ).toEqual([
      {
        subject: expect.any(Object),
        detail: expect.objectContaining({ nl: 'Nevenfunctie 1: VV De Zwaluwen' }),
      },
    ]);
    expect(ownTheme.measures).toEqual(['nevenfunctie_neerleggen']);
    expect(mine.body.report.measures.map((m: { id: string }) => m.id)).toEqual(['nevenfunctie_neerleggen']);
    expect(mine.body.accessLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'expert', outcome: 'allowed' }),
        expect.objectContaining({ role: 'opdrachtgever', outcome: 'denied' }),
      ]),
    );

    // Release: summary first.
    const until = new Date(t.deps.now().getTime() + 30 * 86_400_000).toISOString();
    const summary = await candidate.post(`${own}/releases`, { scope: 'samenvatting', until });
    expect(summary.status, JSON.stringify(summary.body)).toBe(201);
    const asSummary = await client.client.get(`${review}/report`);
    expect(asSummary.status).toBe(200);
    expect(asSummary.body.scope).toBe('samenvatting');
    const summaryTheme = themeOf(asSummary.body.report, 'nevenfuncties');
    expect(summaryTheme.judgement.level).toBe('aandachtspunt');
    expect(summaryTheme.indicators).toBeUndefined();
    expect(JSON.stringify(asSummary.body)).not.toContain('Zwaluwen');
    expect(JSON.stringify(asSummary.body)).not.toContain('"evidence":');
    const overview = await client.client.get(`${org}/procedures/${procedureId}`);
    expect(overview.body.candidates[0].status).toBe('released');
    // The expert does not learn whether the candidate shared the report.
    const expertView = await expert.client.get(`${org}/procedures/${procedureId}`);
    expect(expertView.body.candidates[0].status).toBe('report-ready');

    // Full: indicators, still no evidence or reflection.
    const full = await candidate.post(`${own}/releases`, { scope: 'volledig', until });
    const asFull = await client.client.get(`${review}/report`);
    expect(asFull.body.scope).toBe('volledig');
    const fullTheme = themeOf(asFull.body.report, 'nevenfuncties');
    expect(fullTheme.indicators.length).toBeGreaterThan(0);
    // Keys, not words: "network awareness" is a title the opdrachtgever may read.
    expect(JSON.stringify(asFull.body)).not.toMatch(
      /"evidence":|"awareness":|"expertText":|"tips":|Zwaluwen/,
    );

    // Revoke both: the very next request is refused.
    for (const id of [summary.body.id, full.body.id]) {
      expect((await candidate.post(`${own}/releases/${id}/revoke`)).status).toBe(204);
    }
    expect((await client.client.get(`${review}/report`)).status).toBe(403);

    // Expiry bites the same way.
    const short = new Date(t.deps.now().getTime() + 60_000).toISOString();
    expect((await candidate.post(`${own}/releases`, { scope: 'samenvatting', until: short })).status).toBe(
      201,
    );
    expect((await client.client.get(`${review}/report`)).status).toBe(200);
    t.advance(2 * 60_000);
    expect((await client.client.get(`${review}/report`)).status).toBe(403);

    // Mail told each party that something happened, and nothing of what.
    expect(mailsTo(t, expert.email).map((m) => m.subject)).toContain('Een scan is ingediend');
    // Each notice links to the page it is about.
    expect(mailsTo(t, expert.email).find((m) => m.subject === 'Een scan is ingediend')?.text).toContain(
      `/procedures/${procedureId}/scans/${scanId}/beoordeling`,
    );
    expect(mailsTo(t, email).find((m) => m.subject === 'Uw rapport is klaar')?.text).toContain(
      `/mijn-scans/${scanId}/rapport`,
    );
    expect(mailsTo(t, email).map((m) => m.subject)).toContain('Uw rapport is klaar');
    const toClient = mailsTo(t, client.email).map((m) => m.subject);
    expect(toClient).toContain('Een kandidaat heeft een rapport met u gedeeld');
    expect(toClient).toContain('Een gedeeld rapport is ingetrokken');
    for (const who of [expert.email, email, client.email]) {
      expect(JSON.stringify(mailsTo(t, who))).not.toMatch(/Zwaluwen|aandachtspunt|risico|Kim/);
    }

    const log = (await candidate.get(`${own}/report`)).body.accessLog as Array<{
      role: string;
      view: string;
      outcome: string;
    }>;
    expect(
      log
        .filter((e) => e.role === 'opdrachtgever' && e.outcome === 'allowed')
        .map((e) => e.view)
        .sort(),
    ).toEqual(['opdrachtgever-samenvatting', 'opdrachtgever-samenvatting', 'opdrachtgever-volledig']);
    expect(log.filter((e) => e.role === 'opdrachtgever' && e.outcome === 'denied')).toHaveLength(3);
  });

  it('release and revoke need a recent second step or fresh link; a reflection is never released', async () => {
    const org = `/api/organisations/${tenant}`;
    const procedure = await client.client.post(`${org}/procedures`, {
      name: 'Reflectie',
      office: 'topambtenaar',
      instrumentId: 'netwerkbewustzijn-rijk',
      retentionDays: 30,
    });
    const email = `rijk-${randomUUID().slice(0, 8)}@test.nl`;
    const invited = await client.client.post(`${org}/procedures/${procedure.body.id}/candidates`, {
      email,
      displayName: 'R',
    });
    const candidate = t.client();
    await candidate.post('/api/auth/redeem', { token: lastLinkFor(t, email)! });
    const own = `${org}/my-scans/${invited.body.scanId}`;
    const instrument = t.deps.instruments.latest('netwerkbewustzijn-rijk')!.instrument;
    await candidate.call('PUT', `${own}/answers`, {
      baseRevision: 0,
      saveId: randomUUID(),
      changes: completeAnswers(instrument),
    });
    // No review for a reflection: the report is ready at once, and it stays with the person.
    expect((await candidate.post(`${own}/submit`)).body).toEqual({ status: 'report-ready' });
    const report = await candidate.get(`${own}/report`);
    expect(report.body.may).not.toContain('release');
    const until = new Date(t.deps.now().getTime() + 86_400_000).toISOString();
    expect((await candidate.post(`${own}/releases`, { scope: 'samenvatting', until })).status).toBe(409);
    t.advance(11 * 60_000);
    const stale = await candidate.post(`${own}/releases`, { scope: 'samenvatting', until });
    expect([401]).toContain(stale.status);
  });
});
