// `weerbaar instruments check --cases` as an author meets it: every case line with expected/proposed
// per theme and exit 0 on the repository; a case whose expectation no longer holds is named with the
// difference, and the command exits 1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentsDir } from '../../src/server/instruments/registry.ts';

const root = path.resolve(import.meta.dirname, '../..');
const pinnedNode = path.join(root, 'node_modules/.bin/node');
const node = fs.existsSync(pinnedNode) ? pinnedNode : process.execPath;
let work: string;

function weerbaar(args: string[]) {
  const result = spawnSync(node, [path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, WEERBAAR_DATA_DIR: path.join(work, 'data'), LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('weerbaar instruments check --cases', { timeout: 240_000 }, () => {
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-cases-'));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('prints expected/proposed per theme for every case and exits 0', () => {
    const r = weerbaar(['instruments', 'check', '--cases']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('weerbaarheidsscan-bestuurder 1.1.0:');
    expect(r.out).toContain('✓ drie-contacten');
    expect(r.out).toMatch(/verwacht\/voorgesteld: benoembaarheid geen\/geen · .* · netwerk geen\/geen/);
    expect(r.out).toMatch(/casussen kloppen/);
  });

  it('names a case that no longer holds, with the theme, and exits 1', () => {
    const dir = path.join(work, 'changed');
    fs.cpSync(instrumentsDir, dir, { recursive: true });
    const file = path.join(dir, 'weerbaarheidsscan-bestuurder/cases/04-familie-bij-gemeente.yaml');
    const source = fs.readFileSync(file, 'utf8');
    const changed = source.replace('themes: { relaties: risico }', 'themes: { relaties: aandachtspunt }');
    expect(changed).not.toBe(source);
    fs.writeFileSync(file, changed);
    const r = weerbaar(['instruments', 'check', dir, '--cases']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ familie-bij-gemeente');
    expect(r.out).toContain('relaties aandacht/risico ✗');
    expect(r.out).toContain('thema relaties: verwacht aandachtspunt, voorgesteld risico');
    expect(r.err).toContain('1 casus(sen) wijken af');
  });
});
