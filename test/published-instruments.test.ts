// Editing a published instrument version in place is refused where an editor and an operator
// meet it: `weerbaar instruments check` (and so CI) and the start of the application.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot, shutdown } from '../src/server/boot.ts';
import { inTransaction } from '../src/server/db/transaction.ts';
import { readSettings } from '../src/server/env.ts';
import { publishedFile } from '../src/server/instruments/published.ts';
import { instrumentsDir } from '../src/server/instruments/registry.ts';
import { createLogger } from '../src/server/logger.ts';
import { createTenant } from '../src/server/operations/create-tenant.ts';

const root = path.resolve(import.meta.dirname, '..');
const pinnedNode = path.join(root, 'node_modules/.bin/node');
const node = fs.existsSync(pinnedNode) ? pinnedNode : process.execPath;
const instrument = 'zelfscan-veiligheid';

let work: string;

function weerbaar(args: string[]) {
  const result = spawnSync(node, [path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, WEERBAAR_DATA_DIR: path.join(work, 'data'), LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A copy of the instruments; `edit` changes the published 1.0.0 in place. */
function copy(name: string, edit: boolean): string {
  const dir = path.join(work, name);
  fs.cpSync(instrumentsDir, dir, { recursive: true });
  if (edit) {
    const file = path.join(dir, instrument, '1.0.0.yaml');
    const source = fs.readFileSync(file, 'utf8');
    const edited = source.replace(/title: \{ nl: /, 'title: { nl: Gewijzigde ');
    expect(edited).not.toBe(source);
    fs.writeFileSync(file, edited);
  }
  return dir;
}

describe('published instrument versions are immutable', { timeout: 120_000 }, () => {
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-published-'));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('records every version in the repository as published, with the hash of its file', () => {
    const r = weerbaar(['instruments', 'check']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).not.toMatch(/niet gepubliceerd/);
  });

  it('check refuses a published version edited in place and says to add a new version', () => {
    const dir = copy('edited', true);
    const r = weerbaar(['instruments', 'check', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`✗ .*${instrument}/1\\.0\\.0\\.yaml`));
    expect(r.err).toMatch(/is gewijzigd, maar versie 1\.0\.0 is gepubliceerd/);
    expect(r.err).toMatch(/nieuwe versie .*1\.0\.1\.yaml/);
    // The same file checked alone is refused too.
    const alone = weerbaar(['instruments', 'check', path.join(dir, instrument, '1.0.0.yaml')]);
    expect(alone.code).toBe(1);
    expect(alone.err).toMatch(/gepubliceerd/);
    // And publish never overwrites a published hash.
    const publish = weerbaar(['instruments', 'publish', dir]);
    expect(publish.code).toBe(1);
    expect(publish.err).toMatch(/gepubliceerd/);
  });

  it('check refuses a published version whose file is gone', () => {
    const dir = copy('removed', false);
    fs.rmSync(path.join(dir, instrument, '1.0.0.yaml'));
    const r = weerbaar(['instruments', 'check', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/1\.0\.0\.yaml ontbreekt, maar versie 1\.0\.0 is gepubliceerd/);
  });

  it('a new version is checked, then published without touching the old one', () => {
    const dir = copy('newer', false);
    const source = fs.readFileSync(path.join(dir, instrument, '1.0.0.yaml'), 'utf8');
    fs.writeFileSync(
      path.join(dir, instrument, '1.0.1.yaml'),
      source.replace('version: 1.0.0', 'version: 1.0.1').replace(/title: \{ nl: /, 'title: { nl: Nieuwe '),
    );
    const before = JSON.parse(fs.readFileSync(publishedFile(dir), 'utf8'));
    const check = weerbaar(['instruments', 'check', dir]);
    expect(check.code, check.err).toBe(0);
    expect(check.out).toMatch(`nieuw, nog niet gepubliceerd / new, not yet published: ${instrument} 1.0.1`);
    const publish = weerbaar(['instruments', 'publish', dir]);
    expect(publish.code, publish.err).toBe(0);
    expect(publish.out).toMatch(`Gepubliceerd / published: ${instrument} 1.0.1`);
    const after = JSON.parse(fs.readFileSync(publishedFile(dir), 'utf8'));
    expect(after[instrument]['1.0.0']).toBe(before[instrument]['1.0.0']);
    expect(after[instrument]['1.0.1']).toMatch(/^[0-9a-f]{64}$/);
    expect(weerbaar(['instruments', 'check', dir]).out).not.toMatch(/niet gepubliceerd/);
  });

  it('the start refuses a version changed after a procedure here pinned it, even without published.json', async () => {
    const settings = readSettings({ WEERBAAR_DATA_DIR: path.join(work, 'start'), LOG_LEVEL: 'silent' });
    const logger = createLogger('silent');
    const original = copy('start-original', false);
    fs.rmSync(publishedFile(original));
    const deps = await boot(settings, logger, { instrumentsDir: original, printMailNotices: false });
    const loaded = deps.instruments.get(instrument, '1.0.0');
    try {
      // Pin the version as a procedure does (the trigger records it in the same transaction).
      const tenant = await createTenant(deps, { slug: 'gemeente-pin', name: 'Gemeente Pin' });
      await deps.database.owner
        .insertInto('users')
        .values({ id: '00000000-0000-4000-8000-000000000001', email: 'pin@test.nl', display_name: 'Pin' })
        .execute();
      await inTransaction(deps.database, { tenantId: tenant.id, userId: null }, (tx) =>
        tx
          .insertInto('procedures')
          .values({
            id: '00000000-0000-4000-8000-000000000002',
            tenant_id: tenant.id,
            name: 'Raadslid 2026',
            office: 'raadslid',
            instrument_id: instrument,
            instrument_version: '1.0.0',
            instrument_hash: loaded?.hash ?? '',
            review: 'none',
            retention_days: 30,
            created_by: '00000000-0000-4000-8000-000000000001',
          })
          .execute(),
      );
    } finally {
      await shutdown(deps);
    }
    const edited = copy('start-edited', true);
    fs.rmSync(publishedFile(edited));
    await expect(boot(settings, logger, { instrumentsDir: edited, printMailNotices: false })).rejects.toThrow(
      /zelfscan-veiligheid\/1\.0\.0\.yaml is gewijzigd, maar versie 1\.0\.0 is gepubliceerd \(een procedure in deze installatie/,
    );
    // With the file restored the same installation starts again.
    const again = await boot(settings, logger, { instrumentsDir: original, printMailNotices: false });
    await shutdown(again);
  });

  it('the start refuses a version changed against published.json before opening anything', async () => {
    const settings = readSettings({ WEERBAAR_DATA_DIR: path.join(work, 'fresh'), LOG_LEVEL: 'silent' });
    await expect(
      boot(settings, createLogger('silent'), {
        instrumentsDir: copy('fresh-edited', true),
        printMailNotices: false,
      }),
    ).rejects.toThrow(/is gewijzigd, maar versie 1\.0\.0 is gepubliceerd \(instruments\/published\.json/);
    expect(fs.existsSync(path.join(work, 'fresh', 'pglite'))).toBe(false);
  });
});
