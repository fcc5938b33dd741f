// A published instrument version never changes: the installation records the content hash of every
// version a procedure pinned, in the procedure's own transaction, and refuses a second hash for it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScoped } from '../../src/server/db/transaction.ts';
import { pinnedVersions, publishedFile, publishedIssues } from '../../src/server/instruments/published.ts';
import { instrumentsDir, loadRegistry } from '../../src/server/instruments/registry.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';
import { bestuurder, openProcedure } from './agenda-support.ts';

/** The version a new procedure pins: the newest bestuurder on disk. */
const newest = '1.1.0';

/** A copy of the instruments with that version edited in place (and no published.json, so only the installation can tell). */
function editedInPlace(dir: string): string {
  fs.cpSync(instrumentsDir, dir, { recursive: true });
  fs.rmSync(publishedFile(dir));
  const file = path.join(dir, bestuurder, `${newest}.yaml`);
  const source = fs.readFileSync(file, 'utf8');
  const edited = source.replace(
    'title: { nl: Nevenfunctie bij een organisatie met belangen bij de gemeente,',
    'title: { nl: Nevenfunctie bij een vereniging met belangen bij de gemeente,',
  );
  expect(edited).not.toBe(source);
  fs.writeFileSync(file, edited);
  return dir;
}

describe('published instrument versions', () => {
  let t: TestApp;
  let tenant: string;
  let opener: SignedIn;
  let expert: SignedIn;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t);
    opener = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-published-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.cleanup();
  });

  it('records the version and hash a procedure pins, once', async () => {
    expect(await pinnedVersions(t.deps.database)).toEqual({});
    await openProcedure(t, tenant, opener, expert);
    await openProcedure(t, tenant, opener, expert);
    const pinned = await pinnedVersions(t.deps.database);
    expect(pinned).toEqual({ [bestuurder]: { [newest]: t.deps.instruments.get(bestuurder, newest)?.hash } });
    expect(publishedIssues(t.deps.instruments.all(), pinned, 'installation')).toEqual([]);
  });

  it('names the changed file and asks for a new version once a pinned version is edited in place', async () => {
    const edited = await loadRegistry(editedInPlace(path.join(dir, 'edited')));
    const issues = publishedIssues(edited.all(), await pinnedVersions(t.deps.database), 'installation');
    expect(issues).toEqual([
      expect.objectContaining({
        instrumentId: bestuurder,
        version: newest,
        kind: 'changed',
        source: 'installation',
      }),
    ]);
    // A version pinned here whose file is gone is refused as well.
    const without = edited.all().filter((l) => l.instrument.id !== bestuurder);
    expect(publishedIssues(without, await pinnedVersions(t.deps.database), 'installation')).toEqual([
      expect.objectContaining({ instrumentId: bestuurder, version: newest, kind: 'missing' }),
    ]);
  });

  it('refuses a procedure that pins a published version with another hash', async () => {
    const before = t.deps.instruments;
    t.deps.instruments = await loadRegistry(editedInPlace(path.join(dir, 'edited-again')));
    try {
      const r = await opener.client.post(`/api/organisations/${tenant}/procedures`, {
        name: 'Wethouder 2027',
        office: 'wethouder',
        instrumentId: bestuurder,
        retentionDays: 90,
        expertMembershipIds: [expert.membershipId],
      });
      expect(r.status).toBe(500);
    } finally {
      t.deps.instruments = before;
    }
    const pinned = await pinnedVersions(t.deps.database);
    expect(pinned[bestuurder]?.[newest]).toBe(t.deps.instruments.get(bestuurder, newest)?.hash);
  });

  it('lets the app read the record but never write or change it directly', async () => {
    const scope = { tenantId: tenant, userId: null };
    const rows = await runScoped(t.deps.database.db, scope, (tx) =>
      tx.selectFrom('instrument_versions').select('version').execute(),
    );
    expect(rows.length).toBe(1);
    for (const statement of [
      sql`update instrument_versions set hash = repeat('0', 64)`,
      sql`delete from instrument_versions`,
      sql`insert into instrument_versions (instrument_id, version, hash) values ('x', '9.9.9', repeat('0', 64))`,
    ]) {
      await expect(runScoped(t.deps.database.db, scope, (tx) => statement.execute(tx))).rejects.toThrow(
        /permission denied/,
      );
    }
  });
});
