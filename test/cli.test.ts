// The operator's command line, run as an operator would: a real process on a real data folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
// The pinned Node (devDependency `node`), whichever Node runs the test runner itself.
const pinnedNode = path.join(root, 'node_modules/.bin/node');
const node = fs.existsSync(pinnedNode) ? pinnedNode : process.execPath;
let dataDir: string;

function weerbaar(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(node, [path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, WEERBAAR_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('weerbaar CLI', { timeout: 90_000 }, () => {
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-cli-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('has help for every command', () => {
    for (const args of [
      [],
      ['migrate'],
      ['tenant', 'create'],
      ['user', 'invite'],
      ['demo'],
      ['audit', 'verify'],
      ['backup'],
      ['restore'],
      ['keys', 'rotate'],
    ]) {
      const r = weerbaar([...args, '--help']);
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(0);
      expect(r.out).toMatch(/Usage: weerbaar/);
    }
  });

  it('migrates, creates an organisation, invites a user and prints the link', () => {
    expect(weerbaar(['migrate']).out).toMatch(/versie \/ migrations applied; version \d+/);
    expect(weerbaar(['tenant', 'create', '--slug', 'gemeente-test', '--name', 'Gemeente Test']).code).toBe(0);
    const again = weerbaar(['tenant', 'create', '--slug', 'gemeente-test', '--name', 'Gemeente Test']);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/al in gebruik/);
    const invite = weerbaar([
      'user',
      'invite',
      '--tenant',
      'gemeente-test',
      '--email',
      'expert@test.nl',
      '--name',
      'Expert',
      '--role',
      'expert',
    ]);
    expect(invite.code).toBe(0);
    expect(invite.out).toMatch(/http:\/\/localhost:3000\/aanmelden\/link#token=[\w-]{20,}/);
    const wrongRole = weerbaar([
      'user',
      'invite',
      '--tenant',
      'gemeente-test',
      '--email',
      'a@b.nl',
      '--name',
      'A',
      '--role',
      'koning',
    ]);
    expect(wrongRole.code).not.toBe(0);
    expect(wrongRole.err).toMatch(
      /Allowed choices are beheerder, opdrachtgever, expert, kandidaat, onderzoeker/,
    );
  });

  it('creates the demo organisation with a sign-in link per role', () => {
    const r = weerbaar(['demo']);
    expect(r.code).toBe(0);
    for (const role of ['Beheerder', 'Opdrachtgever', 'Expert', 'Kandidaat', 'Onderzoeker'])
      expect(r.out).toContain(role);
    expect(r.out.match(/aanmelden\/link#token=/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('the demo has a procedure with fictional candidates at every stage, one of them released', async () => {
    const db = await PGlite.create(path.join(dataDir, 'pglite'));
    try {
      const { rows } = await db.query<{ status: string }>('select status from scans order by status');
      expect(rows.map((r) => r.status)).toEqual([
        'invited',
        'report-ready',
        'report-ready',
        'started',
        'submitted',
      ]);
      const releases = await db.query<{ n: number }>(
        'select count(*)::int as n from releases where revoked_at is null',
      );
      expect(releases.rows[0]?.n).toBe(1);
      // Running demo again adds nothing.
    } finally {
      await db.close();
    }
    expect(weerbaar(['demo']).code).toBe(0);
    const again = await PGlite.create(path.join(dataDir, 'pglite'));
    try {
      expect((await again.query<{ n: number }>('select count(*)::int as n from scans')).rows[0]?.n).toBe(5);
    } finally {
      await again.close();
    }
  });

  it('audit verify: exit 0 on an intact chain, non-zero naming a changed event', async () => {
    const ok = weerbaar(['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Auditlog intact: \d+ events/);

    const db = await PGlite.create(path.join(dataDir, 'pglite'));
    await db.exec(`alter table audit_events disable trigger audit_events_no_update;
      update audit_events set action = 'tenant.created' where seq = 2;`);
    const { rows } = await db.query<{ id: string }>('select id from audit_events where seq = 2');
    await db.close();

    const broken = weerbaar(['audit', 'verify']);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain(`event 2 (${rows[0]!.id})`);
    expect(broken.err).toMatch(/GEWIJZIGD \/ CHANGED/);
  });

  it('stops with a readable list on wrong settings', () => {
    const r = weerbaar(['migrate'], { PORT: 'zeventig', DATABASE_URL: 'mysql://x' });
    expect(r.code).toBe(78);
    expect(r.err).toMatch(/PORT/);
    expect(r.err).toMatch(/DATABASE_URL/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });
});
