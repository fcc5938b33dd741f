// The antecedentenonderzoek (issue 13) through the API, with real parts: the candidate signs the
// bewilligingsverklaring with a fresh second factor (no check without it), the operator's list is
// imported with its broken lines refused by number, the expert runs the check against the list and
// two registers (a local node:http server speaking the KvK's JSON and the insolvency register's
// SOAP), confirms one hit and dismisses another; only the confirmed one reaches the candidate and
// the report, with its source; everything is sealed and goes with the scan.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScoped } from '../../src/server/db/transaction.ts';
import { demoListFile } from '../../src/server/demo/demo-list.ts';
import { RegisterUnavailable } from '../../src/server/screening/adapters/adapter.ts';
import { insolvencyAdapter } from '../../src/server/screening/adapters/insolvency.ts';
import { kvkAdapter } from '../../src/server/screening/adapters/kvk.ts';
import { searchRegister } from '../../src/server/screening/adapters/registry.ts';
import { importList } from '../../src/server/screening/lists.ts';
import {
  createTestApp,
  makeTenant,
  type SignedIn,
  signedIn,
  type TestApp,
  totpCode,
} from '../support/api.ts';
import { bestuurder, clubAnswers, invitedCandidate } from '../support/scan-setup.ts';

const candidateName = 'Fenna van der Verzonnen';

/** A register server: KvK Zoeken v2 (JSON, apikey header) and the insolvency register (SOAP). */
function registerServer() {
  const seen: Array<{ path: string; apikey?: string; soapAction?: string; body: string }> = [];
  let failing = false;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      seen.push({
        path: req.url ?? '',
        apikey: req.headers.apikey as string | undefined,
        soapAction: req.headers.soapaction as string | undefined,
        body,
      });
      if (failing) {
        res.writeHead(503).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/api/v2/zoeken') {
        if (req.headers.apikey !== 'test-sleutel') {
          res.writeHead(401, { 'content-type': 'application/json' }).end('{"fout":[]}');
          return;
        }
        const naam = url.searchParams.get('naam') ?? '';
        if (naam !== 'VV De Zwaluwen') {
          res
            .writeHead(404, { 'content-type': 'application/json' })
            .end(JSON.stringify({ fout: [{ code: 'IPD5200', omschrijving: 'Geen resultaten' }] }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            pagina: 1,
            resultatenPerPagina: 20,
            totaal: 2,
            resultaten: [
              {
                kvkNummer: '90000001',
                naam: 'V.V. De Zwaluwen',
                type: 'rechtspersoon',
                adres: { binnenlandsAdres: { type: 'bezoekadres', plaats: 'Voorbeeldstad' } },
              },
              { kvkNummer: '90000002', naam: 'Kapsalon Het Zonnetje', type: 'hoofdvestiging' },
            ],
          }),
        );
        return;
      }
      if (url.pathname === '/cir') {
        const person = body.includes('searchNaturalPerson') && body.includes('<surname>Verzonnen</surname>');
        const results = person
          ? '<insolvente><insolventienummer>F.99/26/1</insolventienummer><voornamen>Fenna</voornamen><voorvoegsel>van der</voorvoegsel><achternaam>Verzonnen</achternaam><geboortedatum>1971-04-12T00:00:00</geboortedatum><publicatiesoort>faillissement</publicatiesoort></insolvente>'
          : '';
        res
          .writeHead(200, { 'content-type': 'text/xml; charset=utf-8' })
          .end(
            `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><searchResponse><searchResult>${results}</searchResult></searchResponse></soap:Body></soap:Envelope>`,
          );
        return;
      }
      res.writeHead(404).end();
    });
  });
  return {
    server,
    seen,
    fail(on: boolean) {
      failing = on;
    },
  };
}

describe('antecedentenonderzoek', () => {
  let t: TestApp;
  let tenant: string;
  let opdrachtgever: SignedIn;
  let expert: SignedIn;
  let fake: ReturnType<typeof registerServer>;
  let base: string;

  /** A PDF reply as text (poppler's pdftotext), whitespace folded. */
  const pdfText = async (who: { cookie?: string | null }, url: string): Promise<string> => {
    const response = await t.app.request(url, { headers: who.cookie ? { cookie: who.cookie } : {} });
    expect(response.status).toBe(200);
    const file = path.join(os.tmpdir(), `screening-${randomUUID()}.pdf`);
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    try {
      return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    } finally {
      fs.rmSync(file, { force: true });
    }
  };

  beforeAll(async () => {
    fake = registerServer();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    t = await createTestApp({
      WEERBAAR_SIGN_IN_RATE_LIMIT: '10000',
      WEERBAAR_KVK_API_KEY: 'test-sleutel',
      WEERBAAR_KVK_BASE_URL: `${base}/api`,
      WEERBAAR_CIR_URL: `${base}/cir`,
    });
    tenant = await makeTenant(t);
    opdrachtgever = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
  });
  afterAll(async () => {
    await t.cleanup();
    await new Promise((resolve) => fake.server.close(resolve));
  });

  it('imports a list with broken lines: those refused with their line numbers, the rest imported, versioned', async () => {
    const good = fs.readFileSync(demoListFile, 'utf8').trim().split('\n');
    const lines = [
      good[0],
      '{"id": "kapot"',
      good[1],
      '{"schema":"Person","properties":{"name":["Zonder Id"]}}',
      '{"id":"x-1","schema":"Vessel","properties":{"name":["Schip"]}}',
      good[0],
      ...good.slice(2),
    ];
    const first = await importList(t.deps, {
      name: 'Test fictief',
      licence: 'fictief',
      lines: Readable.from([lines.join('\n')]),
    });
    expect(first.refused).toEqual([
      { line: 2, refusal: 'not-json' },
      { line: 4, refusal: 'no-id' },
      { line: 5, refusal: 'unsupported-schema' },
      { line: 6, refusal: 'duplicate-id' },
    ]);
    expect(first.imported).toBe(good.length);
    expect(first.list.version).toBe(1);
    const second = await importList(t.deps, {
      name: 'Test fictief',
      lines: Readable.from([good.join('\n')]),
    });
    expect(second.list.version).toBe(2);
    expect(second.refused).toEqual([]);
  });

  it('runs no check without a signed declaration; signing needs a fresh second factor; revocable until the check', async () => {
    const scan = await invitedCandidate(t, tenant, opdrachtgever, expert, candidateName);
    const { candidate, own, review } = scan;
    await candidate.call('PUT', `${own}/answers`, {
      baseRevision: 0,
      saveId: randomUUID(),
      changes: clubAnswers(bestuurder(t)),
    });
    expect((await candidate.post(`${own}/submit`)).status).toBe(200);

    const read = await candidate.get(`${own}/screening`);
    expect(read.status).toBe(200);
    expect(read.body.signature.state).toBe('unsigned');
    expect(read.body.declaration.id).toBe('bewilligingsverklaring');
    expect(read.body.may).toEqual(['sign']);
    const sign = { declarationId: 'bewilligingsverklaring', version: read.body.declaration.version };

    // The expert: no check without a signature.
    const early = await expert.client.post(`${review}/screening/check`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('declaration-not-signed');
    const expertRead = await expert.client.get(`${review}/screening`);
    expect(expertRead.body.may).toEqual([]);
    expect(expertRead.body.subjects.map((s: { name: string }) => s.name)).toEqual([
      candidateName,
      'VV De Zwaluwen',
    ]);

    // No second factor yet: set one up first.
    const noFactor = await candidate.call('PUT', `${own}/screening/declaration`, sign);
    expect(noFactor.status).toBe(409);
    expect(noFactor.body.code).toBe('second-factor-needed');
    const setup = await candidate.post('/api/auth/totp/setup');
    const secret = setup.body.secret as string;
    expect(
      (await candidate.post('/api/auth/totp/confirm', { code: totpCode(secret, t.deps.now()) })).status,
    ).toBe(200);

    // An outdated version is refused.
    const outdated = await candidate.call('PUT', `${own}/screening/declaration`, {
      ...sign,
      version: '0.9.0',
    });
    expect(outdated.body.code).toBe('declaration-outdated');

    const signed = await candidate.call('PUT', `${own}/screening/declaration`, sign);
    expect(signed.status).toBe(200);
    expect(signed.body.state).toBe('signed');
    expect((await candidate.call('PUT', `${own}/screening/declaration`, sign)).body.code).toBe(
      'declaration-signed',
    );

    // Revoked: no check again.
    expect((await candidate.call('DELETE', `${own}/screening/declaration`)).body.state).toBe('revoked');
    expect((await expert.client.post(`${review}/screening/check`)).body.code).toBe('declaration-not-signed');

    // Signing again after six minutes asks for the second factor again.
    t.advance(6 * 60_000);
    const stale = await candidate.call('PUT', `${own}/screening/declaration`, sign);
    expect(stale.status).toBe(401);
    expect(stale.body.code).toBe('reauthenticate');
    t.advance(31_000);
    expect(
      (await candidate.post('/api/auth/totp/verify', { code: totpCode(secret, t.deps.now()) })).status,
    ).toBe(200);
    expect((await candidate.call('PUT', `${own}/screening/declaration`, sign)).body.state).toBe('signed');

    const ran = await expert.client.post(`${review}/screening/check`);
    expect(ran.status).toBe(200);
    expect(ran.body.hits).toBeGreaterThan(0);
    // Once run: no second run, no revocation.
    expect((await expert.client.post(`${review}/screening/check`)).body.code).toBe('screening-ran');
    const late = await candidate.call('DELETE', `${own}/screening/declaration`);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('screening-ran');
  });

  it('sends confirmed findings to the candidate and the report, keeps dismissed ones with the expert, and asks the registers', async () => {
    const scan = await invitedCandidate(t, tenant, opdrachtgever, expert, candidateName);
    const { candidate, own, review } = scan;
    await candidate.call('PUT', `${own}/answers`, {
      baseRevision: 0,
      saveId: randomUUID(),
      changes: clubAnswers(bestuurder(t)),
    });
    await candidate.post(`${own}/submit`);
    const setup = await candidate.post('/api/auth/totp/setup');
    await candidate.post('/api/auth/totp/confirm', { code: totpCode(setup.body.secret, t.deps.now()) });
    const version = (await candidate.get(`${own}/screening`)).body.declaration.version;
    await candidate.call('PUT', `${own}/screening/declaration`, {
      declarationId: 'bewilligingsverklaring',
      version,
    });
    fake.seen.length = 0;
    expect((await expert.client.post(`${review}/screening/check`)).status).toBe(200);

    // The registers were asked in their own formats.
    const kvkCalls = fake.seen.filter((s) => s.path.startsWith('/api/v2/zoeken'));
    expect(kvkCalls.length).toBeGreaterThan(0);
    expect(kvkCalls.every((s) => s.apikey === 'test-sleutel')).toBe(true);
    expect(fake.seen.some((s) => s.soapAction?.endsWith('/searchNaturalPerson'))).toBe(true);
    expect(fake.seen.some((s) => s.soapAction?.endsWith('/searchUndertaking'))).toBe(true);

    const read = (await expert.client.get(`${review}/screening`)).body;
    // The newest version of the list is the one used, by id and version.
    const listSource = read.check.sources.find(
      (s: { kind: string; name?: string }) => s.name === 'Test fictief',
    );
    expect(listSource).toMatchObject({ kind: 'list', version: 2, outcome: 'checked' });
    expect(read.check.sources).toContainEqual({ kind: 'register', register: 'kvk', outcome: 'checked' });
    expect(read.check.sources).toContainEqual({
      kind: 'register',
      register: 'insolventieregister',
      outcome: 'checked',
    });
    type Hit = {
      id: string;
      subjectId: string;
      source: { kind: string; name?: string; register?: string };
      entity: { name: string; id: string };
      score: number;
      features: Array<{ code: string }>;
    };
    const hits = read.check.hits as Hit[];
    const club = hits.find((h) => h.subjectId !== 'candidate' && h.source.name === 'Test fictief');
    const person = hits.find((h) => h.subjectId === 'candidate' && h.source.name === 'Test fictief');
    expect(club?.entity.name).toBe('VV De Zwaluwen');
    expect(person?.entity.name).toBe('Fenna Verzonnen');
    expect(person?.features.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.source.register === 'kvk' && h.entity.id === '90000001')).toBe(true);
    expect(hits.some((h) => h.source.register === 'kvk' && h.entity.id === '90000002')).toBe(false);
    expect(hits.some((h) => h.source.register === 'insolventieregister' && h.entity.id === 'F.99/26/1')).toBe(
      true,
    );

    // A reason is required; an unknown theme is refused.
    const noReason = await expert.client.call('PUT', `${review}/screening/hits/${club!.id}`, {
      outcome: 'confirmed',
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    const badTheme = await expert.client.call('PUT', `${review}/screening/hits/${club!.id}`, {
      outcome: 'confirmed',
      reason: 'x',
      theme: 'bestaat_niet',
    });
    expect(badTheme.body.code).toBe('screening-theme-unknown');
    expect(
      (
        await expert.client.call('PUT', `${review}/screening/hits/${randomUUID()}`, {
          outcome: 'dismissed',
          reason: 'x',
        })
      ).status,
    ).toBe(404);

    expect(
      (
        await expert.client.call('PUT', `${review}/screening/hits/${club!.id}`, {
          outcome: 'confirmed',
          reason: 'Dezelfde vereniging als in de scan genoemd',
          theme: 'nevenfuncties',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await expert.client.call('PUT', `${review}/screening/hits/${person!.id}`, {
          outcome: 'dismissed',
          reason: 'Andere persoon: geboortejaar wijkt af VERWORPEN-MERKTEKEN',
        })
      ).status,
    ).toBe(200);
    const manual = await expert.client.post(`${review}/screening/sources`, {
      where: 'Archief Voorbeeldkrant',
      searched: 'VV De Zwaluwen subsidie',
      searchedOn: '2026-11-20',
      found: 'Niets relevants gevonden',
      finding: false,
    });
    expect(manual.status).toBe(201);

    // The candidate: what was checked, and the confirmed finding only.
    const mine = (await candidate.get(`${own}/screening`)).body;
    expect(mine.findings).toEqual([
      {
        subject: 'VV De Zwaluwen',
        theme: 'nevenfuncties',
        source: { kind: 'list', name: 'Test fictief', version: 2 },
        what: expect.stringContaining('VV De Zwaluwen'),
        reason: 'Dezelfde vereniging als in de scan genoemd',
      },
    ]);
    expect(mine.checked).toContainEqual(
      expect.objectContaining({ kind: 'list', name: 'Test fictief', version: 2 }),
    );
    expect(mine.checked).toContainEqual({
      kind: 'manual',
      where: 'Archief Voorbeeldkrant',
      on: '2026-11-20',
    });
    expect(JSON.stringify(mine)).not.toContain('VERWORPEN-MERKTEKEN');
    expect(JSON.stringify(mine)).not.toContain('Fenna Verzonnen');

    // The report: the finding with its source; never the dismissed one. The opdrachtgever's
    // released report holds nothing of the check.
    const reviewRead = await expert.client.get(review);
    await expert.client.post(`${review}/review`);
    const judgements = (reviewRead.body.evaluation.themes as Array<{ id: string; level: string }>).map(
      (th) => ({
        theme: th.id,
        level: th.level,
        rationale: 'Besproken.',
      }),
    );
    expect(
      (await expert.client.call('PUT', `${review}/decisions`, { judgements, measures: [] })).status,
    ).toBe(200);
    expect((await expert.client.post(`${review}/finalise`)).status).toBe(200);
    const report = await candidate.get(`${own}/report`);
    expect(report.status).toBe(200);
    expect(report.body.screening.findings).toHaveLength(1);
    expect(report.body.screening.findings[0].source).toEqual({
      kind: 'list',
      name: 'Test fictief',
      version: 2,
    });
    expect(report.body.screening.declaration.id).toBe('bewilligingsverklaring');
    expect(JSON.stringify(report.body)).not.toContain('VERWORPEN-MERKTEKEN');
    // …and as evidence of the theme the expert named, a kind of its own with its source.
    const nevenfuncties = (
      report.body.report.sections as Array<{ themes: Array<{ id: string; findings?: unknown[] }> }>
    )
      .flatMap((s) => s.themes)
      .find((th) => th.id === 'nevenfuncties');
    expect(nevenfuncties?.findings).toEqual([
      expect.objectContaining({
        kind: 'antecedent',
        subject: 'VV De Zwaluwen',
        reason: 'Dezelfde vereniging als in de scan genoemd',
        source: expect.objectContaining({ nl: 'referentielijst “Test fictief”, versie 2' }),
      }),
    ]);
    // In the candidate's and the expert's PDF: the finding's words and its source; never the dismissed hit.
    for (const [who, url] of [
      [candidate, `${own}/report.pdf`],
      [expert.client, `${review}/expert-report.pdf`],
    ] as const) {
      const text = await pdfText(who, url);
      expect(text).toContain('Bevinding uit het antecedentenonderzoek');
      expect(text).toContain('Toelichting van de expert: Dezelfde vereniging als in de scan genoemd');
      expect(text).toContain('Bron: referentielijst “Test fictief”, versie 2');
      expect(text).not.toContain('VERWORPEN');
      expect(text).not.toContain('Fenna Verzonnen');
    }
    t.advance(31_000);
    await candidate.post('/api/auth/totp/verify', { code: totpCode(setup.body.secret, t.deps.now()) });
    const released = await candidate.post(`${own}/releases`, {
      scope: 'volledig',
      until: new Date(t.deps.now().getTime() + 86_400_000).toISOString(),
    });
    expect(released.status).toBe(201);
    const forClient = await opdrachtgever.client.get(`${review}/report`);
    expect(forClient.status).toBe(200);
    expect(JSON.stringify(forClient.body)).not.toContain('Zwaluwen subsidie');
    expect(forClient.body.screening).toBeUndefined();
    const clientPdf = await pdfText(opdrachtgever.client, `${review}/report.pdf`);
    expect(clientPdf).toContain('Vertrouwelijk — alleen voor de opdrachtgever');
    expect(clientPdf).not.toContain('antecedentenonderzoek');
    expect(clientPdf).not.toContain('Dezelfde vereniging');
    expect(clientPdf).not.toContain('Test fictief');

    // Sealed: the row holds no readable name; shredded with the scan.
    const row = await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
      tx.selectFrom('scans').selectAll().where('id', '=', scan.scanId).executeTakeFirstOrThrow(),
    );
    expect(Buffer.from(row.screening_sealed!).toString('latin1')).not.toContain('Zwaluwen');
    expect((await candidate.call('DELETE', own)).status).toBe(204);
    const gone = await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
      tx.selectFrom('scans').selectAll().where('id', '=', scan.scanId).executeTakeFirstOrThrow(),
    );
    expect(gone.screening_sealed).toBeNull();
    expect(gone.declaration_signed_at).toBeNull();

    // The audit holds ids and counts only.
    const events = await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
      tx
        .selectFrom('audit_events')
        .select(['action', 'data'])
        .where('action', 'like', 'screening.%')
        .execute(),
    );
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'screening.declaration_signed',
        'screening.check_run',
        'screening.hit_decided',
      ]),
    );
    expect(JSON.stringify(events)).not.toMatch(/Zwaluwen|Verzonnen|Fenna/);
  });

  it('adapters: KvK and the insolvency register in their formats; an unreachable register is unavailable', async () => {
    const kvk = kvkAdapter({ baseUrl: `${base}/api`, apiKey: 'test-sleutel' });
    const found = await searchRegister(kvk, { kind: 'organisation', name: 'VV De Zwaluwen' }, 0.5);
    expect(found.map((h) => h.record.id)).toEqual(['90000001']);
    expect(found[0]!.record.detail).toBe('KvK 90000001, rechtspersoon, Voorbeeldstad');
    expect(found[0]!.features.length).toBeGreaterThan(0);
    expect(await kvk.lookUp({ kind: 'organisation', name: 'Onbekend' })).toEqual([]);
    await expect(
      kvkAdapter({ baseUrl: `${base}/api`, apiKey: 'fout' }).lookUp({ kind: 'organisation', name: 'x' }),
    ).rejects.toBeInstanceOf(RegisterUnavailable);

    const cir = insolvencyAdapter({ url: `${base}/cir` });
    const insolvent = await cir.lookUp({ kind: 'person', name: candidateName });
    expect(insolvent).toEqual([
      {
        id: 'F.99/26/1',
        kind: 'person',
        names: ['Fenna van der Verzonnen'],
        birthDates: ['1971-04-12'],
        detail: 'F.99/26/1, faillissement',
      },
    ]);
    fake.fail(true);
    try {
      await expect(cir.lookUp({ kind: 'person', name: candidateName })).rejects.toBeInstanceOf(
        RegisterUnavailable,
      );
    } finally {
      fake.fail(false);
    }
  });
});
