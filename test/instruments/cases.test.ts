// The case library (instruments/<id>/cases): every case an integrity expert judged by hand must
// come out of the newest version exactly as expected — level per theme, the indicators that rise,
// the conversation points, the measures, the words the evidence names. The same run as
// `weerbaar instruments check --cases`. A loader mistake is reported with the author's line.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCase, runCase } from '../../src/core/instrument/cases.ts';
import type { Instrument } from '../../src/core/instrument/schema.ts';
import {
  type CaseLibrary,
  instrumentVersions,
  readCaseLibraries,
} from '../../src/server/instruments/case-library.ts';

const libraries = readCaseLibraries();
let versions: Map<string, Instrument[]>;
beforeAll(async () => {
  versions = await instrumentVersions();
});
const newest = (id: string) => versions.get(id)!.at(-1)!;

/** How many cases each instrument's library holds at least (issue 16). */
const minimum: Record<string, number> = {
  'weerbaarheidsscan-bestuurder': 12,
  'weerbaarheidscheck-raadslid': 12,
  'netwerkbewustzijn-rijk': 6,
};

describe('the case library', () => {
  it('has enough cases per instrument, all loading', () => {
    for (const [id, count] of Object.entries(minimum)) {
      const library = libraries.find((l) => l.instrumentId === id);
      expect(library, id).toBeDefined();
      expect(library!.broken, id).toEqual([]);
      expect(library!.cases.length, id).toBeGreaterThanOrEqual(count);
      const ids = library!.cases.map((c) => c.definition.id);
      expect(new Set(ids).size, `${id}: case ids are unique`).toBe(ids.length);
    }
  });

  for (const library of libraries as CaseLibrary[]) {
    describe(library.instrumentId, () => {
      for (const { definition } of library.cases) {
        it(`${definition.id}: expected = proposed`, () => {
          const outcome = runCase(newest(library.instrumentId), definition, library.bases);
          expect(outcome.problems).toEqual([]);
        });
      }
    });
  }

  it('the newest versions are not the ones that were already right: 1.0.0 fails cases', () => {
    const failing = libraries.flatMap((library) => {
      const first = versions.get(library.instrumentId)!.find((i) => i.version === '1.0.0')!;
      return library.cases
        .filter(({ definition }) => !runCase(first, definition, library.bases).ok)
        .map(({ definition }) => `${library.instrumentId}/${definition.id}`);
    });
    expect(failing).toContain('weerbaarheidsscan-bestuurder/drie-contacten');
    expect(failing).toContain('weerbaarheidsscan-bestuurder/bijna-leeg-weet-niet');
  });
});

describe('loading a case', () => {
  it('names the line of a mistake', () => {
    const text = [
      'id: voorbeeld',
      'title: Voorbeeld',
      'why: Een voorbeeld met genoeg woorden om als redenering door te gaan, echt waar.',
      'expect:',
      '  themes: { netwerk: hoog }',
      '  indicatoren: {}',
    ].join('\n');
    const result = loadCase(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.find((i) => i.path === 'expect.themes.netwerk')?.line).toBe(5);
    expect(result.issues.find((i) => i.message.includes('indicatoren'))?.line).toBe(6);
  });

  it('refuses a case without reasoning', () => {
    const result = loadCase('id: kort\ntitle: Kort\nwhy: omdat\nexpect: {}\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: 'why', line: 3 });
  });

  it('reports a name the instrument does not have, instead of reading it as geen-aandachtspunt', () => {
    const library = libraries.find((l) => l.instrumentId === 'weerbaarheidsscan-bestuurder')!;
    const loaded = loadCase(
      'id: tikfout\ntitle: Tikfout\nwhy: Een indicator met een tikfout mag nooit stilletjes als geen aandachtspunt gelden.\nextends: basis\nexpect:\n  open: [familie_in_organisatei]\n',
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const outcome = runCase(newest('weerbaarheidsscan-bestuurder'), loaded.value, library.bases);
    expect(outcome.problems).toContain("indicator 'familie_in_organisatei' bestaat niet in 1.1.0");
  });
});
