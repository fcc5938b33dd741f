// The case library on disk: instruments/<id>/cases/*.yaml (a file starting with `_` is a base
// answer set, e.g. `_basis.yaml`). Read here, run by the pure core (core/instrument/cases.ts):
// `weerbaar instruments check --cases` and test/instruments/cases.test.ts use the same reading.
import fs from 'node:fs';
import path from 'node:path';
import {
  type CaseBase,
  type CaseDefinition,
  type CaseOutcome,
  loadCase,
  loadCaseBase,
  runCase,
} from '../../core/instrument/cases.ts';
import type { LoadIssue } from '../../core/instrument/load.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import { casesFolder, compareVersions, definitionFiles, instrumentsDir, loadFolder } from './registry.ts';

export interface CaseFileIssue {
  file: string;
  issues: LoadIssue[];
}

export interface CaseLibrary {
  instrumentId: string;
  folder: string;
  bases: Record<string, CaseBase>;
  cases: Array<{ file: string; definition: CaseDefinition }>;
  /** Files that did not load, with the author's line numbers. */
  broken: CaseFileIssue[];
}

/** The case libraries of every instrument under a folder that has one. */
export function readCaseLibraries(dir: string = instrumentsDir): CaseLibrary[] {
  const libraries: CaseLibrary[] = [];
  for (const entry of fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const folder = path.join(dir, entry.name, casesFolder);
    if (!entry.isDirectory() || !fs.existsSync(folder)) continue;
    const library: CaseLibrary = { instrumentId: entry.name, folder, bases: {}, cases: [], broken: [] };
    for (const name of fs.readdirSync(folder).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const file = path.join(folder, name);
      const text = fs.readFileSync(file, 'utf8');
      if (name.startsWith('_')) {
        const base = loadCaseBase(text);
        if (base.ok) library.bases[name.replace(/^_/, '').replace(/\.ya?ml$/, '')] = base.value;
        else library.broken.push({ file, issues: base.issues });
        continue;
      }
      const loaded = loadCase(text);
      if (loaded.ok) library.cases.push({ file, definition: loaded.value });
      else library.broken.push({ file, issues: loaded.issues });
    }
    libraries.push(library);
  }
  return libraries;
}

/** Every version of each instrument under a folder, newest last. */
export async function instrumentVersions(dir: string = instrumentsDir): Promise<Map<string, Instrument[]>> {
  const byId = new Map<string, Instrument[]>();
  for (const loaded of await loadFolder(dir)) {
    const list = byId.get(loaded.instrument.id) ?? [];
    list.push(loaded.instrument);
    byId.set(loaded.instrument.id, list);
  }
  for (const list of byId.values()) list.sort((a, b) => compareVersions(a.version, b.version));
  return byId;
}

export function runLibrary(
  library: CaseLibrary,
  instrument: Instrument,
): Array<CaseOutcome & { file: string }> {
  return library.cases.map(({ file, definition }) => {
    const {
      evaluation: _e,
      names: _n,
      answers: _a,
      ...outcome
    } = runCase(instrument, definition, library.bases);
    return { ...outcome, file };
  });
}

export { definitionFiles };
