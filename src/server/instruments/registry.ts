// The instruments on disk: instruments/<id>/<version>.yaml. Every version stays, so a scan that
// pinned an older version is recomputed with exactly that definition (and its content hash).
import fs from 'node:fs';
import path from 'node:path';
import { declarationIssues } from '../../core/declarations/reference.ts';
import { contentHash } from '../../core/instrument/hash.ts';
import { type LoadIssue, loadInstrument } from '../../core/instrument/load.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import { type DeclarationRegistry, declarationRegistry } from '../declarations/registry.ts';
import { assertUnchanged, publishedIssues, readPublished } from './published.ts';

export const instrumentsDir = path.resolve(import.meta.dirname, '../../../instruments');

/** The folder inside instruments/<id>/ that holds the instrument's case library. */
export const casesFolder = 'cases';

export interface LoadedInstrument {
  instrument: Instrument;
  hash: string;
  file: string;
}

export interface FileCheck {
  file: string;
  issues: LoadIssue[];
  loaded?: LoadedInstrument;
}

/**
 * All definition files under a folder (or the one file given). A `cases/` folder beside the
 * versions holds the instrument's case library (test candidates, see core/instrument/cases.ts),
 * not definitions: it is skipped here and read by `weerbaar instruments check --cases`.
 */
export function definitionFiles(target: string = instrumentsDir): string[] {
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  const files: string[] = [];
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== casesFolder) files.push(...definitionFiles(full));
    } else if (/\.ya?ml$/.test(entry.name)) files.push(full);
  }
  return files.sort();
}

export async function checkFile(
  file: string,
  declarations: Pick<DeclarationRegistry, 'get'> = declarationRegistry(),
): Promise<FileCheck> {
  const text = fs.readFileSync(file, 'utf8');
  const result = loadInstrument(text);
  if (!result.ok) return { file, issues: result.issues };
  const { instrument } = result;
  // The declaration it asks the candidate to sign must be on disk (declarations/<id>/<version>.yaml).
  const issues: LoadIssue[] = declarationIssues(instrument, text, (id, version) =>
    Boolean(declarations.get(id, version)),
  );
  // The file's place must match what it says it is, or a scan could pin the wrong definition.
  const expectedName = `${instrument.version}.yaml`;
  const folder = path.basename(path.dirname(file));
  if (path.basename(file) !== expectedName || folder !== instrument.id) {
    issues.push({
      path: 'id/version',
      line: 1,
      column: 1,
      message: `het bestand hoort te staan op instruments/${instrument.id}/${expectedName} / file is misplaced`,
    });
  }
  return { file, issues, loaded: { instrument, hash: await contentHash(instrument), file } };
}

/** Every definition under a folder; the first invalid one throws, naming file and lines. */
export async function loadFolder(dir: string): Promise<LoadedInstrument[]> {
  const loaded: LoadedInstrument[] = [];
  for (const file of definitionFiles(dir)) {
    const check = await checkFile(file);
    if (check.issues.length > 0 || !check.loaded) {
      throw new Error(
        `Instrument ${path.relative(process.cwd(), file)} is ongeldig / invalid (weerbaar instruments check):\n` +
          check.issues.map((i) => `  regel ${i.line ?? '?'}: ${i.path}: ${i.message}`).join('\n'),
      );
    }
    loaded.push(check.loaded);
  }
  return loaded;
}

export interface Registry {
  all(): LoadedInstrument[];
  /** The newest version of an instrument. */
  latest(id: string): LoadedInstrument | undefined;
  get(id: string, version: string): LoadedInstrument | undefined;
}

/**
 * Loads every definition; a broken one, or a published version changed or gone, stops the start
 * (run `weerbaar instruments check`).
 */
export async function loadRegistry(dir: string = instrumentsDir): Promise<Registry> {
  const loaded = await loadFolder(dir);
  // A released version edited in place would make every scan pinned to it fail: refused here.
  const published = readPublished(dir);
  if (published) assertUnchanged(publishedIssues(loaded, published, 'repository'));
  const byKey = new Map(loaded.map((l) => [`${l.instrument.id}@${l.instrument.version}`, l]));
  return {
    all: () => loaded,
    latest: (id) =>
      loaded
        .filter((l) => l.instrument.id === id)
        .sort((a, b) => compareVersions(b.instrument.version, a.instrument.version))[0],
    get: (id, version) => byKey.get(`${id}@${version}`),
  };
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
