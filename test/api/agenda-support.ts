// Shared by the agenda, re-scan and re-computation tests: a candidate's scan taken through the
// real flow to a finished report (answers, submit, expert review with measures, finalise).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { runScoped, type Tx } from '../../src/server/db/transaction.ts';
import { completeAnswers } from '../../src/server/demo/fill-answers.ts';
import { instrumentsDir } from '../../src/server/instruments/registry.ts';
import { type Client, lastLinkFor, type SignedIn, type TestApp } from '../support/api.ts';
import { club } from '../support/club-answers.ts';

export { club };

export async function openProcedure(
  _t: TestApp,
  tenant: string,
  opener: SignedIn,
  expert: SignedIn,
  follows?: string,
): Promise<string> {
  const org = `/api/organisations/${tenant}`;
  const body = {
    name: follows ? 'Herhaalscan 2028' : 'Wethouder 2026',
    office: 'wethouder',
    instrumentId: 'weerbaarheidsscan-bestuurder',
    retentionDays: 90,
    expertMembershipIds: [expert.membershipId],
  };
  const r = follows
    ? await opener.client.post(`${org}/procedures/${follows}/follow-ups`, body)
    : await opener.client.post(`${org}/procedures`, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id as string;
}

export interface Finished {
  scanId: string;
  candidate: Client;
  own: string;
  review: string;
}

/** Invites (or re-invites) a candidate and takes the scan to a finished report. */
export async function finishedScan(
  t: TestApp,
  input: {
    tenant: string;
    procedureId: string;
    opener: SignedIn;
    expert: SignedIn;
    email: string;
    candidate?: Client;
    /** Answers on top of a complete set (defaults: the club seat, "behouden"). */
    start?: Record<string, unknown>;
    measures?: string[];
    stopAt?: 'invited' | 'submitted';
  },
): Promise<Finished> {
  const org = `/api/organisations/${input.tenant}`;
  const invited = await input.opener.client.post(`${org}/procedures/${input.procedureId}/candidates`, {
    email: input.email,
    displayName: 'Kim',
  });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  const scanId = invited.body.scanId as string;
  const candidate = input.candidate ?? t.client();
  if (!input.candidate) {
    const redeemed = await candidate.post('/api/auth/redeem', { token: lastLinkFor(t, input.email)! });
    expect(redeemed.status).toBe(200);
  }
  const own = `${org}/my-scans/${scanId}`;
  const review = `${org}/procedures/${input.procedureId}/scans/${scanId}`;
  if (input.stopAt === 'invited') return { scanId, candidate, own, review };
  const procedure = await input.opener.client.get(`${org}/procedures/${input.procedureId}`);
  const pinned = procedure.body.instrument as { id: string; version: string };
  const instrument = t.deps.instruments.get(pinned.id, pinned.version)!.instrument;
  const answers = completeAnswers(
    instrument,
    (input.start as never) ?? { heeft_nevenfuncties: 'ja', nevenfuncties: [club] },
  );
  const saved = await candidate.call('PUT', `${own}/answers`, {
    baseRevision: 0,
    saveId: randomUUID(),
    changes: answers,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect((await candidate.post(`${own}/submit`)).status).toBe(200);
  if (input.stopAt === 'submitted') return { scanId, candidate, own, review };
  const read = await input.expert.client.get(review);
  expect(read.status).toBe(200);
  expect((await input.expert.client.post(`${review}/review`)).status).toBe(200);
  const themes = read.body.evaluation.themes as Array<{ id: string; level: string }>;
  const decided = await input.expert.client.call('PUT', `${review}/decisions`, {
    judgements: themes.map((th) => ({
      theme: th.id,
      level: th.level,
      rationale: 'Besproken in het gesprek.',
    })),
    measures: input.measures ?? ['nevenfunctie_neerleggen', 'nevenfuncties_openbaar'],
  });
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  expect((await input.expert.client.post(`${review}/finalise`)).status).toBe(200);
  return { scanId, candidate, own, review };
}

/**
 * A test instruments folder: every definition of instruments/ (so bestuurder 1.0.0), and with
 * `newer` also a changed bestuurder 1.1.0 — a higher threshold level for the club seat, a reworded
 * title, and one indicator renamed (so one is "gone" and one "new").
 */
export function instrumentsFolder(dir: string, newer: boolean): string {
  fs.cpSync(instrumentsDir, dir, { recursive: true });
  // Only bestuurder 1.0.0 from the repository: its real later versions (and their published
  // hashes) would clash with the test's own 1.1.0 below.
  for (const file of fs.readdirSync(path.join(dir, bestuurder)))
    if (/^\d+\.\d+\.\d+\.yaml$/.test(file) && file !== '1.0.0.yaml')
      fs.rmSync(path.join(dir, bestuurder, file));
  const publishedFile = path.join(dir, 'published.json');
  const published = JSON.parse(fs.readFileSync(publishedFile, 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  published[bestuurder] = { '1.0.0': published[bestuurder]!['1.0.0']! };
  fs.writeFileSync(publishedFile, `${JSON.stringify(published, null, 2)}\n`);
  if (newer) {
    const source = fs.readFileSync(path.join(instrumentsDir, bestuurder, '1.0.0.yaml'), 'utf8');
    const changed = replaceOnce(
      replaceOnce(
        replaceOnce(source, 'version: 1.0.0', 'version: 1.1.0'),
        'title: { nl: Nevenfunctie bij een organisatie met belangen bij de gemeente,',
        'title: { nl: Nevenfunctie bij een organisatie die zaken doet met de gemeente,',
      ),
      `      - level: risico
        when:
          count: nevenfuncties
          where:
            all:
              - { field: relatie, includesAny: [subsidie, opdrachten, vergunningen, grond, lobby] }`,
      `      - level: ernstig-risico
        when:
          count: nevenfuncties
          where:
            all:
              - { field: relatie, includesAny: [subsidie, opdrachten, vergunningen, grond, lobby] }`,
    ).replaceAll('nevenfunctie_betaald', 'nevenfunctie_inkomsten');
    fs.writeFileSync(path.join(dir, bestuurder, '1.1.0.yaml'), changed);
  }
  return dir;
}

export const bestuurder = 'weerbaarheidsscan-bestuurder';

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`not exactly once: ${from.slice(0, 40)}`);
  return text.replace(from, to);
}

/** Reads rows of forced-RLS tables (scans, access_log) as the app does: within the organisation. */
export function inTenant<T>(t: TestApp, tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return runScoped(t.deps.database.db, { tenantId, userId: null }, work);
}
