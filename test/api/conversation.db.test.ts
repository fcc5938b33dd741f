// The leidraad selectiegesprek over HTTP: the assigned expert reads it once the scan is submitted
// (each read in the candidate's access log); an unassigned expert finds nothing; the opdrachtgever
// is refused (and the refusal logged) until the candidate releases, reads what the release allows,
// and is refused again at the next request after revocation. The dilemma cards are public.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationDir, loadConversation } from '../../src/server/conversation/registry.ts';
import { runScoped } from '../../src/server/db/transaction.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';
import { bestuurder, clubAnswers, invitedCandidate } from '../support/scan-setup.ts';

describe('conversation tools', () => {
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

  async function accessLog(scanId: string) {
    return runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
      tx
        .selectFrom('access_log')
        .select(['actor_user_id', 'actor_role', 'view', 'outcome'])
        .where('scan_id', '=', scanId)
        .orderBy('at')
        .execute(),
    );
  }

  it('refuses to start with a broken conversation file, naming the file, line and problem', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-conversation-'));
    try {
      fs.copyFileSync(path.join(conversationDir, 'leidraad.yaml'), path.join(dir, 'leidraad.yaml'));
      const cards = fs.readFileSync(path.join(conversationDir, 'dilemmakaarten.yaml'), 'utf8');
      fs.writeFileSync(
        path.join(dir, 'dilemmakaarten.yaml'),
        cards.replace('themes: [veiligheid, online]', 'themes: [veiligheid, onlien]'),
      );
      const line = cards.split('\n').findIndex((l) => l.includes('themes: [veiligheid, online]')) + 1;
      expect(() => loadConversation(t.deps.instruments, dir)).toThrow(
        new RegExp(
          `dilemmakaarten\\.yaml is ongeldig[\\s\\S]*regel ${line}: dilemmas\\[\\d+\\]\\.themes\\[1\\]: 'onlien' is geen thema`,
        ),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves the dilemma cards to anyone, signed out', async () => {
    const reply = await t.client().get('/api/public/dilemmakaarten');
    expect(reply.status).toBe(200);
    expect(reply.body.dilemmas.length).toBeGreaterThanOrEqual(30);
    expect(reply.body.audiences.map((a: { id: string }) => a.id)).toEqual(['bestuurder', 'raadslid', 'rijk']);
    const themes = reply.body.themes as Array<{ id: string; title: { nl: string } }>;
    expect(themes.find((th) => th.id === 'nevenfuncties')?.title.nl).toBe('Nevenfuncties');
    // Every tag on a card is a theme offered to choose from.
    const offered = new Set(themes.map((th) => th.id));
    for (const d of reply.body.dilemmas as Array<{ themes: string[] }>)
      for (const th of d.themes) expect(offered).toContain(th);
    expect(reply.headers.get('set-cookie')).toBeNull();
  });

  it('gives the guide to the assigned expert and the released opdrachtgever, logs every read and refusal', async () => {
    const { scanId, candidate, own, review } = await invitedCandidate(t, tenant, client, expert);
    const guidePath = `${review}/leidraad`;

    const answers = clubAnswers(bestuurder(t));
    await candidate.call('PUT', `${own}/answers`, {
      baseRevision: 0,
      saveId: randomUUID(),
      changes: answers,
    });

    // A draft is the candidate's own: no guide yet, nothing logged.
    expect((await expert.client.get(guidePath)).status).toBe(409);
    expect(await accessLog(scanId)).toEqual([]);
    expect((await candidate.post(`${own}/submit`)).body).toEqual({ status: 'submitted' });

    // The assigned expert reads the guide: the themes found, in the instrument's order; logged.
    const read = await expert.client.get(guidePath);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body.reader).toBe('expert');
    const themes = read.body.guide.themes as Array<{
      id: string;
      attention: boolean;
      indicators: Array<{ id: string; talkingPoints?: unknown[] }>;
    }>;
    expect(themes.filter((th) => th.attention).map((th) => th.id)).toEqual([
      'benoembaarheid',
      'nevenfuncties',
      'netwerk',
    ]);
    const side = themes.find((th) => th.id === 'nevenfuncties')!;
    expect(side.indicators.map((i) => i.id)).toEqual(['nevenfunctie_gemeentebelang']);
    expect(side.indicators[0]!.talkingPoints?.length).toBeGreaterThan(0);
    expect(read.body.guide.dilemmas.length).toBeGreaterThan(0);
    // Printed and on the table: never the candidate's answers.
    expect(JSON.stringify(read.body)).not.toMatch(/Zwaluwen|"evidence":|"answers":/);
    expect(await accessLog(scanId)).toEqual([
      { actor_user_id: expert.userId, actor_role: 'expert', view: 'expert', outcome: 'allowed' },
    ]);

    // An expert not assigned to this procedure: not found, and nothing logged.
    const unassigned = await signedIn(t, tenant, 'expert');
    const notAssigned = await unassigned.client.get(guidePath);
    expect(notAssigned.status).toBe(404);
    expect((await accessLog(scanId)).length).toBe(1);
    // A candidate (even this one) has no guide: it is for the conversation partners.
    expect((await candidate.get(guidePath)).status).toBe(403);

    // The opdrachtgever without a release: 403, and the refusal is in the access log.
    const refused = await client.client.get(guidePath);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('not-released');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((await accessLog(scanId)).at(-1)).toEqual({
      actor_user_id: client.userId,
      actor_role: 'opdrachtgever',
      view: 'opdrachtgever',
      outcome: 'denied',
    });

    // Review, judge and finalise; the candidate releases the summary.
    expect((await expert.client.post(`${review}/review`)).status).toBe(200);
    const proposed = (await expert.client.get(review)).body.evaluation.themes as Array<{
      id: string;
      level: string;
    }>;
    await expert.client.call('PUT', `${review}/decisions`, {
      judgements: proposed.map((th) => ({ theme: th.id, level: th.level, rationale: 'Besproken.' })),
      measures: [],
    });
    expect((await expert.client.post(`${review}/finalise`)).body).toEqual({ status: 'report-ready' });
    expect((await client.client.get(guidePath)).status).toBe(403);
    const until = new Date(t.deps.now().getTime() + 30 * 86_400_000).toISOString();
    const summary = await candidate.post(`${own}/releases`, { scope: 'samenvatting', until });
    expect(summary.status).toBe(201);

    const asSummary = await client.client.get(guidePath);
    expect(asSummary.status, JSON.stringify(asSummary.body)).toBe(200);
    expect(asSummary.body.reader).toBe('opdrachtgever');
    const summaryThemes = asSummary.body.guide.themes as typeof themes;
    expect(summaryThemes.filter((th) => th.attention).map((th) => th.id)).toEqual([
      'benoembaarheid',
      'nevenfuncties',
      'netwerk',
    ]);
    // The summary shows judgements only: no indicators, no talking points, no answers.
    expect(summaryThemes.flatMap((th) => th.indicators)).toEqual([]);
    expect(JSON.stringify(asSummary.body)).not.toMatch(/Zwaluwen|"evidence":|"talkingPoints":|"expertText":/);
    expect((await accessLog(scanId)).at(-1)).toMatchObject({
      actor_role: 'opdrachtgever',
      view: 'opdrachtgever-samenvatting',
      outcome: 'allowed',
    });

    // Full release: indicator titles, still no talking points.
    const full = await candidate.post(`${own}/releases`, { scope: 'volledig', until });
    const asFull = await client.client.get(guidePath);
    expect(asFull.status).toBe(200);
    const fullSide = (asFull.body.guide.themes as typeof themes).find((th) => th.id === 'nevenfuncties')!;
    expect(fullSide.indicators.map((i) => i.id)).toEqual(['nevenfunctie_gemeentebelang']);
    expect(JSON.stringify(asFull.body)).not.toMatch(/Zwaluwen|"evidence":|"talkingPoints":|"expertText":/);

    // Revoked: refused at the very next request, and logged.
    for (const id of [summary.body.id, full.body.id]) {
      expect((await candidate.post(`${own}/releases/${id}/revoke`)).status).toBe(204);
    }
    const before = (await accessLog(scanId)).length;
    const afterRevoke = await client.client.get(guidePath);
    expect(afterRevoke.status).toBe(403);
    expect(afterRevoke.body.code).toBe('not-released');
    const log = await accessLog(scanId);
    expect(log.length).toBe(before + 1);
    expect(log.at(-1)).toMatchObject({ actor_role: 'opdrachtgever', outcome: 'denied' });

    // The candidate sees the expert's and the opdrachtgever's reads and refusals.
    const mine = await candidate.get(`${own}/report`);
    expect(mine.body.accessLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'expert', view: 'expert', outcome: 'allowed' }),
        expect.objectContaining({
          role: 'opdrachtgever',
          view: 'opdrachtgever-samenvatting',
          outcome: 'allowed',
        }),
        expect.objectContaining({ role: 'opdrachtgever', outcome: 'denied' }),
      ]),
    );
  });
});
