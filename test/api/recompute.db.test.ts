// Re-computation: a report is regenerated from the stored scan (answers + network) with the
// instrument version its procedure pinned, and gives the same result — also after the instrument
// got a new version with other thresholds and reworded texts. A new procedure pins the new one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { loadRegistry } from '../../src/server/instruments/registry.ts';
import { recomputeScan } from '../../src/server/operations/recompute-scan.ts';
import { readAnswers } from '../../src/server/scans/content.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp, unique } from '../support/api.ts';
import { bestuurder, finishedScan, instrumentsFolder, inTenant, openProcedure } from './agenda-support.ts';

describe('re-computation with the pinned instrument version', () => {
  let t: TestApp;
  let tenant: string;
  let opener: SignedIn;
  let expert: SignedIn;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-instruments-'));
    // At first the registry holds bestuurder 1.0.0 only.
    t.deps.instruments = await loadRegistry(instrumentsFolder(path.join(dir, 'v1'), false));
    tenant = await makeTenant(t);
    opener = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.cleanup();
  });

  it('regenerates the same report after a new version arrives, and a new procedure pins the new one', async () => {
    const procedureId = await openProcedure(t, tenant, opener, expert);
    const { scanId, candidate, own } = await finishedScan(t, {
      tenant,
      procedureId,
      opener,
      expert,
      email: `${unique('kim')}@test.nl`,
    });
    const original = (await candidate.get(`${own}/report`)).body.report;
    const first = await recomputeScan(t.deps, { scanId });
    expect(first).toMatchObject({
      same: true,
      differences: [],
      instrument: { id: bestuurder, version: '1.0.0' },
    });

    // The instrument gets version 1.1.0: other thresholds, a reworded title, a renamed indicator.
    t.deps.instruments = await loadRegistry(instrumentsFolder(path.join(dir, 'v2'), true));
    expect(t.deps.instruments.latest(bestuurder)?.instrument.version).toBe('1.1.0');

    const again = await recomputeScan(t.deps, { scanId });
    expect(again.same).toBe(true);
    expect(again.differences).toEqual([]);
    expect(again.instrument.version).toBe('1.0.0');
    expect(again.regenerated).toEqual(again.stored);
    // The candidate's report, read now, is the one read before the new version came.
    expect((await candidate.get(`${own}/report`)).body.report).toEqual(original);

    // The same answers under 1.1.0 would give another result: the check above is not vacuous.
    const answers = await inTenant(t, tenant, async (tx) =>
      readAnswers(
        t.deps,
        tx,
        await tx.selectFrom('scans').selectAll().where('id', '=', scanId).executeTakeFirstOrThrow(),
      ),
    );
    const level = (version: string) =>
      evaluate(t.deps.instruments.get(bestuurder, version)!.instrument, { answers }).indicators.find(
        (i) => i.id === 'nevenfunctie_gemeentebelang',
      )?.level;
    expect(level('1.0.0')).toBe('risico');
    expect(level('1.1.0')).toBe('ernstig-risico');

    // A new procedure pins the newest version and its hash.
    const newer = await openProcedure(t, tenant, opener, expert);
    const read = await opener.client.get(`/api/organisations/${tenant}/procedures/${newer}`);
    expect(read.body.instrument).toEqual({
      id: bestuurder,
      version: '1.1.0',
      hash: t.deps.instruments.get(bestuurder, '1.1.0')!.hash,
      title: t.deps.instruments.get(bestuurder, '1.1.0')!.instrument.title,
    });

    // The operator's check is in the candidate's access log.
    const log = await candidate.get(`${own}/report`);
    expect(log.body.accessLog.filter((a: { view: string }) => a.view === 'herberekening')).toHaveLength(2);
  });

  it('refuses when the pinned definition was changed on disk (another content hash)', async () => {
    const procedureId = await openProcedure(t, tenant, opener, expert);
    const { scanId } = await finishedScan(t, {
      tenant,
      procedureId,
      opener,
      expert,
      email: `${unique('kim')}@test.nl`,
    });
    const pinned = t.deps.instruments.latest(bestuurder)!;
    const tampered = path.join(dir, 'v3');
    instrumentsFolder(tampered, true);
    const file = path.join(tampered, bestuurder, `${pinned.instrument.version}.yaml`);
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace(
          'title: { nl: Nevenfunctie bij een organisatie die zaken doet',
          'title: { nl: Nevenfunctie bij een club die zaken doet',
        ),
    );
    const before = t.deps.instruments;
    t.deps.instruments = await loadRegistry(tampered);
    try {
      await expect(recomputeScan(t.deps, { scanId })).rejects.toMatchObject({ code: 'instrument-changed' });
    } finally {
      t.deps.instruments = before;
    }
    expect((await recomputeScan(t.deps, { scanId })).same).toBe(true);
  });

  it('says so for a scan that was not submitted', async () => {
    const procedureId = await openProcedure(t, tenant, opener, expert);
    const { scanId } = await finishedScan(t, {
      tenant,
      procedureId,
      opener,
      expert,
      email: `${unique('kim')}@test.nl`,
      stopAt: 'invited',
    });
    await expect(recomputeScan(t.deps, { scanId })).rejects.toMatchObject({ code: 'not-submitted' });
  });
});
