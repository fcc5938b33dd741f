// The declarations on disk: declarations/<id>/<version>.yaml, each checked with line numbers at
// start (boot.ts: a broken file stops the start). A generic component: the antecedentenonderzoek's
// bewilligingsverklaring is one id, a later declaration (the party selection's) is another.
import fs from 'node:fs';
import path from 'node:path';
import { type Declaration, type LoadIssue, loadDeclaration } from '../../core/declarations/load.ts';

export const declarationsDir = path.resolve(import.meta.dirname, '../../../declarations');

export interface DeclarationRegistry {
  get(id: string, version: string): Declaration | undefined;
  /** The newest version of a declaration (by semantic version). */
  latest(id: string): Declaration | undefined;
}

export class DeclarationFileError extends Error {}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Every file checked; all issues of all files, each with file and line. */
export function checkDeclarations(dir: string = declarationsDir): {
  declarations: Declaration[];
  problems: Array<{ file: string; issue: LoadIssue }>;
} {
  const declarations: Declaration[] = [];
  const problems: Array<{ file: string; issue: LoadIssue }> = [];
  if (!fs.existsSync(dir)) return { declarations, problems };
  for (const id of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, id);
    if (!fs.statSync(folder).isDirectory()) continue;
    for (const name of fs.readdirSync(folder).sort()) {
      if (!name.endsWith('.yaml')) continue;
      const file = path.join(folder, name);
      const loaded = loadDeclaration(fs.readFileSync(file, 'utf8'), { id, version: name.slice(0, -5) });
      if (loaded.ok) declarations.push(loaded.value);
      else for (const issue of loaded.issues) problems.push({ file, issue });
    }
  }
  return { declarations, problems };
}

const cache = new Map<string, DeclarationRegistry>();

/** The checked declarations (once per folder per process); throws naming every file and line. */
export function declarationRegistry(dir: string = declarationsDir): DeclarationRegistry {
  const cached = cache.get(dir);
  if (cached) return cached;
  const { declarations, problems } = checkDeclarations(dir);
  if (problems.length > 0) {
    throw new DeclarationFileError(
      [
        'Verklaring met fouten / declaration with errors:',
        ...problems.map(
          ({ file, issue }) =>
            `  ${path.relative(process.cwd(), file)}:${issue.line ?? '?'}:${issue.column ?? '?'}  ${issue.path}: ${issue.message}`,
        ),
      ].join('\n'),
    );
  }
  const registry: DeclarationRegistry = {
    get: (id, version) => declarations.find((d) => d.id === id && d.version === version),
    latest: (id) =>
      declarations.filter((d) => d.id === id).sort((a, b) => compareVersions(b.version, a.version))[0],
  };
  cache.set(dir, registry);
  return registry;
}
