// The handreiking's files on disk: the shipped folder loads; a broken file stops the load (as at
// start, boot.ts) with the file, the line and the path, and `weerbaar instruments check`'s printer
// counts it as failed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkHandreikingFiles,
  handreikingDir,
  loadHandreiking,
  printHandreikingCheck,
} from '../../src/server/handreiking/registry.ts';

const copies: string[] = [];
function copyWith(file: string, change: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handreiking-'));
  copies.push(dir);
  for (const name of fs.readdirSync(handreikingDir))
    fs.copyFileSync(path.join(handreikingDir, name), path.join(dir, name));
  const target = path.join(dir, file);
  fs.writeFileSync(target, change(fs.readFileSync(target, 'utf8')));
  return dir;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the handreiking registry', () => {
  it('loads the shipped files', () => {
    const { checks, handreiking } = checkHandreikingFiles();
    expect(checks.map((c) => [path.basename(c.file), c.issues])).toEqual([
      ['vuistregels.yaml', []],
      ['zelfassessment.yaml', []],
      ['ondermijning-herkennen.yaml', []],
    ]);
    expect(handreiking?.vuistregels.sets).toHaveLength(3);
  });

  it('a broken file stops the load, naming the file, the line and the path', () => {
    const dir = copyWith('zelfassessment.yaml', (text) => text.replace('  - id: tijd\n', '  - id: Tijd\n'));
    const line =
      fs.readFileSync(path.join(dir, 'zelfassessment.yaml'), 'utf8').split('\n').indexOf('  - id: Tijd') + 1;
    expect(() => loadHandreiking(dir)).toThrow(
      new RegExp(`zelfassessment\\.yaml is ongeldig[\\s\\S]*regel ${line}: topics\\[1\\]\\.id`),
    );
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((message: string) => errors.push(message));
    expect(printHandreikingCheck(dir)).toBe(1);
    expect(errors.join('\n')).toContain(`zelfassessment.yaml:${line}:`);
  });

  it('a missing file stops the load', () => {
    const dir = copyWith('vuistregels.yaml', (text) => text);
    fs.rmSync(path.join(dir, 'ondermijning-herkennen.yaml'));
    expect(() => loadHandreiking(dir)).toThrow(/ondermijning-herkennen\.yaml is ongeldig[\s\S]*cannot read/);
  });
});
