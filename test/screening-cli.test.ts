// `weerbaar lists import`, run as an operator would: a real process on a real data folder. A file
// with broken lines: those are listed with their line numbers and reasons, the rest is imported;
// a second import of the same name is the next version.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const pinnedNode = path.join(root, 'node_modules/.bin/node');
const node = fs.existsSync(pinnedNode) ? pinnedNode : process.execPath;
let dataDir: string;

function weerbaar(args: string[]) {
  const result = spawnSync(node, [path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, WEERBAAR_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('weerbaar lists import', { timeout: 90_000 }, () => {
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-lists-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('refuses broken lines with their numbers and imports the rest, as a new version each time', () => {
    const good = fs.readFileSync(path.join(root, 'lists/demo-fictief.ftm.jsonl'), 'utf8').trim().split('\n');
    const file = path.join(dataDir, 'lijst.jsonl');
    fs.writeFileSync(
      file,
      [good[0], 'geen json', good[1], '{"id":"p9","schema":"Person","properties":{}}', ...good.slice(2)].join(
        '\n',
      ),
    );
    const first = weerbaar(['lists', 'import', file, '--name', 'Fictief', '--licence', 'fictief']);
    expect(first.code, first.err).toBe(0);
    expect(first.err).toMatch(/Regel 2 is geen JSON/);
    expect(first.err).toMatch(/Regel 4 /);
    expect(first.out).toMatch(
      new RegExp(
        `versie / version 1: ${good.length + 2} regels / lines, ${good.length} geladen / imported, 2 geweigerd / refused`,
      ),
    );
    const second = weerbaar(['lists', 'import', file, '--name', 'Fictief']);
    expect(second.out).toMatch(/versie \/ version 2:/);
    expect(weerbaar(['lists', 'import', path.join(dataDir, 'bestaat-niet.jsonl'), '--name', 'x']).code).toBe(
      1,
    );
  });
});
