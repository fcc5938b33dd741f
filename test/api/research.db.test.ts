// Research tables (issue 12): the onderzoeker asks rows × columns over consented, submitted scans
// and receives only the protected table. A cell of 9 is never shown; what is suppressed cannot be
// worked back from the totals; a table that differs from an earlier one by one person is refused;
// a revoked consent leaves the next table; the onderzoeker reaches no scan content; the release is
// exported as CSV and as an .ods the real `unzip` opens.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { runScoped } from '../../src/server/db/transaction.ts';
import { sealField } from '../../src/server/scans/content.ts';
import {
  type Client,
  createTestApp,
  lastLinkFor,
  makeTenant,
  type SignedIn,
  signedIn,
  type TestApp,
} from '../support/api.ts';

interface MadeScan {
  scanId: string;
  candidate: Client;
  own: string;
}

interface Cell {
  value: number | null;
  state: 'shown' | 'primary' | 'complementary';
}

// Each test makes tens of candidates through the API: generous per-test time on a shared machine.
describe('research tables', { timeout: 180_000 }, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
  }, 180_000);
  afterAll(() => t.cleanup());

  /**
   * `count` candidates in a procedure for `office`, each with a submitted scan (an evaluation
   * written directly, submitted in `year`) and, when `consent`, their yes given through the API.
   */
  async function scans(
    tenant: string,
    { opener, expert }: { opener: SignedIn; expert: SignedIn },
    office: string,
    year: number,
    count: number,
    consent = true,
  ): Promise<MadeScan[]> {
    const org = `/api/organisations/${tenant}`;
    const procedure = await opener.client.post(`${org}/procedures`, {
      name: `Onderzoek ${office} ${year}`,
      office,
      instrumentId: 'weerbaarheidsscan-bestuurder',
      retentionDays: 90,
      expertMembershipIds: [expert.membershipId],
    });
    if (procedure.status !== 201) throw new Error(JSON.stringify(procedure.body));
    const loaded = t.deps.instruments.latest('weerbaarheidsscan-bestuurder')!;
    const made: MadeScan[] = [];
    for (let i = 0; i < count; i++) {
      const email = `kandidaat-${randomUUID().slice(0, 8)}@test.nl`;
      const invited = await opener.client.post(`${org}/procedures/${procedure.body.id}/candidates`, {
        email,
        displayName: 'Kandidaat',
      });
      if (invited.status !== 201) throw new Error(JSON.stringify(invited.body));
      const scanId = invited.body.scanId as string;
      const candidate = t.client();
      await candidate.post('/api/auth/redeem', { token: lastLinkFor(t, email)! });
      const sealed = await sealField(t.deps, { tenant_id: tenant, id: scanId }, 'evaluation', {
        instrument: { id: loaded.instrument.id, version: loaded.instrument.version, hash: loaded.hash },
        evaluatedAt: new Date().toISOString(),
        evaluation: evaluate(loaded.instrument, { answers: {} }),
      });
      await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
        tx
          .updateTable('scans')
          .set({
            status: 'submitted',
            evaluation_sealed: sealed,
            submitted_at: new Date(`${year}-03-15T10:00:00Z`),
          })
          .where('id', '=', scanId)
          .execute(),
      );
      const own = `${org}/my-scans/${scanId}`;
      if (consent) {
        const said = await candidate.call('PUT', `${own}/research-consent`, { consent: true });
        if (said.status !== 200) throw new Error(JSON.stringify(said.body));
      }
      made.push({ scanId, candidate, own });
    }
    return made;
  }

  async function organisation(name: string) {
    const tenant = await makeTenant(t, name);
    return {
      tenant,
      opener: await signedIn(t, tenant, 'opdrachtgever'),
      expert: await signedIn(t, tenant, 'expert'),
      researcher: await signedIn(t, tenant, 'onderzoeker'),
      org: `/api/organisations/${tenant}`,
    };
  }

  const allCells = (table: { cells: Cell[][]; rowTotals: Cell[]; columnTotals: Cell[]; total: Cell }) => [
    ...table.cells.flat(),
    ...table.rowTotals,
    ...table.columnTotals,
    table.total,
  ];

  it('never shows a cell of 9, and what is suppressed cannot be worked back from the totals', async () => {
    const o = await organisation('Gemeente Drempel');
    const { tenant, researcher, org } = o;
    await scans(tenant, o, 'wethouder', 2025, 9);
    await scans(tenant, o, 'wethouder', 2026, 10);
    await scans(tenant, o, 'burgemeester', 2025, 10);
    await scans(tenant, o, 'burgemeester', 2026, 10);
    // Scans without consent count nowhere.
    await scans(tenant, o, 'wethouder', 2025, 2, false);

    const reply = await researcher.client.post(`${org}/research/tables`, { rows: 'office', columns: 'year' });
    expect(reply.status).toBe(201);
    const table = reply.body.table;
    expect(table.settings.threshold).toBe(10);
    const r = table.rowLabels.indexOf('wethouder');
    const c = table.columnLabels.indexOf('2025');
    expect(table.cells[r][c]).toEqual({ value: null, state: 'primary' });
    // No shown number anywhere is a small group (1…9): not a cell, not a total.
    for (const cell of allCells(table) as Cell[])
      if (cell.state === 'shown') expect(cell.value === 0 || (cell.value ?? 0) >= 10).toBe(true);
    // Against the totals: a row, column or grand total that is shown never leaves exactly one
    // hidden part beside it (which its total minus the shown parts would give away).
    table.rowLabels.forEach((_: string, i: number) => {
      if (table.rowTotals[i].state !== 'shown') return;
      expect(table.cells[i].filter((cell: Cell) => cell.state !== 'shown').length).not.toBe(1);
    });
    table.columnLabels.forEach((_: string, j: number) => {
      if (table.columnTotals[j].state !== 'shown') return;
      expect(table.cells.filter((row: Cell[]) => row[j]!.state !== 'shown').length).not.toBe(1);
    });
    if (table.total.state === 'shown') {
      expect(table.rowTotals.filter((cell: Cell) => cell.state !== 'shown').length).not.toBe(1);
      expect(table.columnTotals.filter((cell: Cell) => cell.state !== 'shown').length).not.toBe(1);
    }
    // The wethouder row: 9 hidden, so its 10 in 2026 is hidden with it (or the row total is).
    const wethouder2026 = table.cells[r][table.columnLabels.indexOf('2026')];
    expect(wethouder2026.state !== 'shown' || table.rowTotals[r].state !== 'shown').toBe(true);
    // Complementary suppression happened somewhere.
    expect(allCells(table).some((cell: Cell) => cell.state === 'complementary')).toBe(true);

    // The export says the same, with the metadata and what the marks mean.
    const csv = await researcher.client.get(`${org}/research/releases/${reply.body.id}/table.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const text = String(csv.body);
    expect(text).toContain('afgeschermd');
    expect(text).toContain('Drempel,10');
    expect(text).toContain('weerbaarheidsscan-bestuurder@');
    const wethouderLine = text.split('\r\n').find((line) => line.startsWith('wethouder,'))!;
    expect(wethouderLine).not.toMatch(/,9(,|$)/);

    const ods = await t.app.request(`${org}/research/releases/${reply.body.id}/table.ods?language=en`, {
      headers: { cookie: researcher.client.cookie! },
    });
    expect(ods.status).toBe(200);
    expect(ods.headers.get('content-type')).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ods-')), 'table.ods');
    fs.writeFileSync(file, Buffer.from(await ods.arrayBuffer()));
    expect(execFileSync('unzip', ['-p', file, 'mimetype']).toString()).toBe(
      'application/vnd.oasis.opendocument.spreadsheet',
    );
    const content = execFileSync('unzip', ['-p', file, 'content.xml']).toString();
    expect(content).toContain('table:name="Table"');
    expect(content).toContain('table:name="About"');
    expect(content).toContain('suppressed (complementary)');
    execFileSync('unzip', ['-t', file]);
  });

  it('refuses a table that differs from an earlier one by one person (differencing)', async () => {
    const o = await organisation('Gemeente Aftrek');
    const { tenant, researcher, org } = o;
    await scans(tenant, o, 'wethouder', 2026, 10);
    await scans(tenant, o, 'wethouder', 2025, 1);
    await scans(tenant, o, 'burgemeester', 2026, 12);

    const first = await researcher.client.post(`${org}/research/tables`, {
      rows: 'office',
      columns: 'measures',
      filters: { office: 'wethouder' },
    });
    expect(first.status).toBe(201);
    expect(first.body.table.total).toEqual({ value: 11, state: 'shown' });

    const second = await researcher.client.post(`${org}/research/tables`, {
      rows: 'office',
      columns: 'measures',
      filters: { office: 'wethouder', year: 2026 },
    });
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toContain('application/problem+json');
    expect(second.body.code).toBe('research-differencing');
    expect(second.body.message.nl).toContain('aftrekken');
    expect(second.body.message.en).toContain('subtracting');
    expect(JSON.stringify(second.body)).not.toContain('"cells"');

    // A table about other people altogether is released.
    const other = await researcher.client.post(`${org}/research/tables`, {
      rows: 'office',
      columns: 'measures',
      filters: { office: 'burgemeester' },
    });
    expect(other.status).toBe(201);

    // Asked, released and refused: in the audit trail with ids and counts only.
    const events = await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
      tx
        .selectFrom('audit_events')
        .select(['action', 'data'])
        .where('tenant_id', '=', tenant)
        .where('action', 'like', 'research.table_%')
        .orderBy('seq')
        .execute(),
    );
    expect(events.map((e) => e.action)).toEqual([
      'research.table_asked',
      'research.table_released',
      'research.table_asked',
      'research.table_refused',
      'research.table_asked',
      'research.table_released',
    ]);
    expect(events[0]!.data).toMatchObject({ rows: 'office', columns: 'measures', scans: 11 });
  });

  it('drops a revoked consent from the next table, and the access log shows each table counted', async () => {
    const o = await organisation('Gemeente Intrekken');
    const { tenant, researcher, org } = o;
    const made = await scans(tenant, o, 'wethouder', 2026, 12);
    const [leaving, second, staying] = made;

    const revoked = await leaving!.candidate.call('PUT', `${leaving!.own}/research-consent`, {
      consent: false,
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.consent).toBe(false);

    const table = await researcher.client.post(`${org}/research/tables`, { rows: 'office', columns: 'year' });
    expect(table.status).toBe(201);
    expect(table.body.table.total).toEqual({ value: 11, state: 'shown' });

    const leftOut = await leaving!.candidate.get(`${leaving!.own}/research-consent`);
    expect(leftOut.body).toMatchObject({ consent: false, tables: 0 });
    expect(leftOut.body.history.map((h: { consent: boolean }) => h.consent)).toEqual([true, false]);
    const counted = await staying!.candidate.get(`${staying!.own}/research-consent`);
    expect(counted.body).toMatchObject({ consent: true, tables: 1 });

    // One more leaves: the same table now differs by exactly that person, so it is refused.
    await second!.candidate.call('PUT', `${second!.own}/research-consent`, { consent: false });
    const again = await researcher.client.post(`${org}/research/tables`, { rows: 'office', columns: 'year' });
    expect(again.status).toBe(409);
    expect((await second!.candidate.get(`${second!.own}/research-consent`)).body.tables).toBe(1);
  });

  it('gives the onderzoeker no scan content, only protected tables', async () => {
    const o = await organisation('Gemeente Inzage');
    const { tenant, researcher, org } = o;
    const made = await scans(tenant, o, 'wethouder', 2026, 10);
    const { scanId } = made[0]!;
    const procedures = await o.opener.client.get(`${org}/procedures`);
    const procedureId = procedures.body.procedures[0].id;
    for (const url of [
      `${org}/my-scans`,
      `${org}/my-scans/${scanId}`,
      `${org}/my-scans/${scanId}/report`,
      `${org}/my-scans/${scanId}/research-consent`,
      `${org}/my-data`,
      `${org}/procedures`,
      `${org}/procedures/${procedureId}`,
      `${org}/procedures/${procedureId}/scans/${scanId}`,
      `${org}/procedures/${procedureId}/scans/${scanId}/report`,
      `${org}/procedures/${procedureId}/scans/${scanId}/report.pdf`,
      `${org}/procedures/${procedureId}/scans/${scanId}/leidraad`,
    ])
      expect([403, 404]).toContain((await researcher.client.get(url)).status);
    expect(
      (await researcher.client.call('PUT', `${org}/my-scans/${scanId}/research-consent`, { consent: false }))
        .status,
    ).toBe(403);

    const reply = await researcher.client.post(`${org}/research/tables`, {
      rows: 'theme.nevenfuncties',
      columns: 'network.size',
    });
    expect(reply.status).toBe(201);
    const body = JSON.stringify(reply.body);
    for (const scan of made) expect(body).not.toContain(scan.scanId);
    // What is kept of the release names no scan either: pseudonyms only.
    const stored = await runScoped(t.deps.database.db, { tenantId: tenant, userId: null }, (tx) =>
      tx
        .selectFrom('research_releases')
        .select('member_sets')
        .where('id', '=', reply.body.id)
        .executeTakeFirstOrThrow(),
    );
    const kept = JSON.stringify(stored.member_sets);
    for (const scan of made) expect(kept).not.toContain(scan.scanId);

    // Free text and unknown dimensions are refused.
    const unknown = await researcher.client.post(`${org}/research/tables`, {
      rows: 'answers',
      columns: 'year',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toEqual(['rows']);
  });

  it('counts across the organisations that admit a research organisation, with the strictest threshold', async () => {
    const research = await organisation('Onderzoeksbureau');
    const slug = await runScoped(t.deps.database.db, { tenantId: null, userId: null }, (tx) =>
      tx.selectFrom('tenants').select('slug').where('id', '=', research.tenant).executeTakeFirstOrThrow(),
    );
    const a = await organisation('Gemeente Toegang A');
    const b = await organisation('Provincie Toegang B');
    await scans(a.tenant, a, 'wethouder', 2026, 6);
    await scans(b.tenant, b, 'gedeputeerde', 2026, 6);
    const beheerderA = await signedIn(t, a.tenant, 'beheerder');
    const beheerderB = await signedIn(t, b.tenant, 'beheerder');
    // A threshold below 5 is refused.
    expect(
      (
        await beheerderA.client.call('PUT', `${a.org}/research/settings`, {
          threshold: 4,
          organisationType: 'gemeente',
          admits: [],
        })
      ).status,
    ).toBe(400);
    const setA = await beheerderA.client.call('PUT', `${a.org}/research/settings`, {
      threshold: 5,
      organisationType: 'gemeente',
      admits: [slug.slug],
    });
    expect(setA.status).toBe(200);
    expect(setA.body.admits).toEqual([{ slug: slug.slug, name: 'Onderzoeksbureau' }]);
    await beheerderB.client.call('PUT', `${b.org}/research/settings`, {
      threshold: 5,
      organisationType: 'provincie',
      admits: [slug.slug],
    });

    // Only a beheerder of the organisation admits; the research organisation cannot admit itself in.
    expect(
      (
        await research.researcher.client.call('PUT', `${a.org}/research/settings`, {
          threshold: 5,
          organisationType: 'gemeente',
          admits: [slug.slug],
        })
      ).status,
    ).toBe(404);

    const options = await research.researcher.client.get(`${research.org}/research/options`);
    expect(options.status).toBe(200);
    expect(options.body.admittedBy).toBe(2);
    const across = await research.researcher.client.post(`${research.org}/research/tables`, {
      scope: 'admitted',
      rows: 'organisationType',
      columns: 'office',
    });
    expect(across.status).toBe(201);
    expect(across.body.organisations).toBe(2);
    const table = across.body.table;
    // The research organisation's own threshold (10) is the strictest: groups of 6 stay hidden.
    expect(table.settings.threshold).toBe(10);
    const gemeente = table.rowLabels.indexOf('gemeente');
    const provincie = table.rowLabels.indexOf('provincie');
    expect(table.cells[gemeente][table.columnLabels.indexOf('wethouder')].state).toBe('primary');
    expect(table.cells[provincie][table.columnLabels.indexOf('gedeputeerde')].state).toBe('primary');
    expect(table.total).toEqual({ value: 12, state: 'shown' });
    // Its own scope has no scans of theirs.
    const own = await research.researcher.client.post(`${research.org}/research/tables`, {
      rows: 'office',
      columns: 'year',
    });
    expect(own.status).toBe(201);
    expect(own.body.table.total.value ?? 0).toBe(0);
  });
});
