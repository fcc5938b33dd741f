// One declaration component: the bewilligingsverklaring, versioned, shared by the
// antecedentenonderzoek of the scan and the party's check. An instrument names the declaration it
// asks for; a name that is not on disk stops the start with the line of the instrument file; a
// signed version never changes (new wording is a new version).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeclaration } from '../../src/core/declarations/load.ts';
import { declarationIssues, declarationRefOf } from '../../src/core/declarations/reference.ts';
import { loadInstrument } from '../../src/core/instrument/load.ts';
import {
  checkDeclarations,
  declarationRegistry,
  declarationsDir,
} from '../../src/server/declarations/registry.ts';
import { checkFile, instrumentsDir } from '../../src/server/instruments/registry.ts';
import { declarationToSign } from '../../src/server/screening/views.ts';

const raadslidFile = path.join(instrumentsDir, 'weerbaarheidscheck-raadslid/1.2.0.yaml');
const raadslidText = fs.readFileSync(raadslidFile, 'utf8');
const loaded = loadInstrument(raadslidText);
if (!loaded.ok) throw new Error('raadslid 1.2.0 does not load');
const raadslid = loaded.instrument;

/** The signed versions as they were released; a changed file is a new version instead. */
const released: Record<string, string> = {
  'bewilligingsverklaring/1.0.0.yaml': '6e44f2fbc6896f0dd7823d87d5372897995079a5b37c9ab17dbcadea90bb7e2b',
  'bewilligingsverklaring/1.1.0.yaml': 'b19a7c2597132c3ba3ee9fef8fbff50f6ea48fcdaa2265eb575be13819e1074c',
};

describe('the declarations on disk', () => {
  it('all load, each with its id and version matching its path', () => {
    const { declarations, problems } = checkDeclarations();
    expect(problems).toEqual([]);
    expect(declarations.map((d) => `${d.id}@${d.version}`)).toEqual([
      'bewilligingsverklaring@1.0.0',
      'bewilligingsverklaring@1.1.0',
    ]);
  });

  it('a signed version never changes', () => {
    for (const [file, hash] of Object.entries(released)) {
      const bytes = fs.readFileSync(path.join(declarationsDir, file));
      expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(hash);
    }
  });

  it('1.1.0 speaks to both readers a candidate can share with, and says neither sees the check', () => {
    const v = declarationRegistry().get('bewilligingsverklaring', '1.1.0')!;
    expect(v.readers.body.nl).toContain('kandidatencommissie');
    expect(v.readers.body.nl).toContain('opdrachtgever');
    expect(v.readers.body.en).toContain('candidates committee');
    expect(v.intro.nl).toContain('kandidaat-raadslid');
  });

  it('a mistake is reported with its line', () => {
    const text = fs
      .readFileSync(path.join(declarationsDir, 'bewilligingsverklaring/1.1.0.yaml'), 'utf8')
      .replace(/^consent:\n {2}nl: >-\n.*\n/m, 'consent:\n');
    const result = loadDeclaration(text, { id: 'bewilligingsverklaring', version: '1.1.0' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.line).toBeGreaterThan(1);
  });
});

describe('an instrument names the declaration it asks for', () => {
  it('the party check names bewilligingsverklaring 1.1.0; an instrument naming none gets the newest', () => {
    expect(declarationRefOf(raadslid)).toEqual({ id: 'bewilligingsverklaring', version: '1.1.0' });
    expect(declarationRefOf({})).toEqual({ id: 'bewilligingsverklaring', version: null });
    expect(declarationToSign(raadslid)?.version).toBe('1.1.0');
    expect(declarationToSign({})?.version).toBe('1.1.0');
    expect(
      declarationToSign({ declaration: { id: 'bewilligingsverklaring', version: '1.0.0' } })?.version,
    ).toBe('1.0.0');
  });

  it('a declaration that is not on disk is refused with the line of the instrument file', () => {
    const line = raadslidText.split('\n').findIndex((l) => l.startsWith('declaration:')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(declarationIssues(raadslid, raadslidText, () => true)).toEqual([]);
    const issues = declarationIssues(raadslid, raadslidText, () => false);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'declaration', line });
  });

  it('checkFile (the start and `weerbaar instruments check`) refuses a missing version', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-declaration-'));
    try {
      const folder = path.join(dir, 'weerbaarheidscheck-raadslid');
      fs.mkdirSync(folder);
      const file = path.join(folder, '1.2.0.yaml');
      fs.writeFileSync(
        file,
        raadslidText.replace(
          'declaration: { id: bewilligingsverklaring, version: 1.1.0 }',
          'declaration: { id: bewilligingsverklaring, version: 9.9.9 }',
        ),
      );
      const refused = await checkFile(file);
      expect(refused.issues.map((i) => i.path)).toEqual(['declaration']);
      expect(refused.issues[0]?.message).toContain('9.9.9');
      const accepted = await checkFile(raadslidFile);
      expect(accepted.issues).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
