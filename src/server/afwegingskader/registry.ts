// The afwegingskader antidemocratisch gedrag (afwegingskader/afwegingskader.yaml) and the session
// for the norm at the start of a term (norm/norm-sessie.yaml), each checked with line numbers.
// boot.ts loads both at start, so a broken file stops the start; `weerbaar instruments check`
// checks the same files.
import path from 'node:path';
import { loadAfwegingskader } from '../../core/afwegingskader/load.ts';
import type { Afwegingskader } from '../../core/afwegingskader/schema.ts';
import { loadNormSession } from '../../core/norm/load.ts';
import type { NormSession } from '../../core/norm/schema.ts';
import { type HandreikingFileCheck, loadFile } from '../handreiking/registry.ts';

const root = path.resolve(import.meta.dirname, '../../..');
export const afwegingskaderDir = path.join(root, 'afwegingskader');
export const normDir = path.join(root, 'norm');

export interface MunicipalGuides {
  afwegingskader: Afwegingskader;
  norm: NormSession;
}

export function checkGuideFiles(dirs = { afwegingskader: afwegingskaderDir, norm: normDir }): {
  checks: HandreikingFileCheck[];
  guides?: MunicipalGuides;
} {
  const framework = loadFile(dirs.afwegingskader, 'afwegingskader.yaml', loadAfwegingskader);
  const norm = loadFile(dirs.norm, 'norm-sessie.yaml', loadNormSession);
  const checks = [framework.check, norm.check];
  if (!framework.value || !norm.value) return { checks };
  return { checks, guides: { afwegingskader: framework.value, norm: norm.value } };
}

export function loadGuides(dirs?: { afwegingskader: string; norm: string }): MunicipalGuides {
  const { checks, guides } = checkGuideFiles(dirs);
  if (!guides) {
    throw new Error(
      checks
        .filter((c) => c.issues.length > 0)
        .map(
          (c) =>
            `${path.relative(process.cwd(), c.file)} is ongeldig / invalid:\n` +
            c.issues.map((i) => `  regel ${i.line ?? '?'}: ${i.path}: ${i.message}`).join('\n'),
        )
        .join('\n'),
    );
  }
  return guides;
}

let loaded: MunicipalGuides | undefined;

/** The shipped content, loaded once per process. */
export function municipalGuides(): MunicipalGuides {
  loaded ??= loadGuides();
  return loaded;
}

/** For `weerbaar instruments check`: the number of files that failed. */
export function printGuidesCheck(): number {
  let failed = 0;
  for (const check of checkGuideFiles().checks) {
    const name = path.relative(process.cwd(), check.file);
    if (check.issues.length === 0) {
      console.log(`✓ ${name}`);
      continue;
    }
    failed += 1;
    console.error(`✗ ${name}`);
    for (const issue of check.issues) {
      console.error(`  ${name}:${issue.line ?? '?'}:${issue.column ?? '?'}  ${issue.path}: ${issue.message}`);
    }
  }
  return failed;
}
