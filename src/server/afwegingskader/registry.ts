// The afwegingskader antidemocratisch gedrag (afwegingskader/afwegingskader.yaml) and the session
// for the norm at the start of a term (norm/norm-sessie.yaml), each checked with line numbers.
// boot.ts loads both at start, so a broken file stops the start; `weerbaar instruments check`
// checks the same files.
import path from 'node:path';
import { loadAfwegingskader } from '../../core/afwegingskader/load.ts';
import type { Afwegingskader } from '../../core/afwegingskader/schema.ts';
import { loadNormSession } from '../../core/norm/load.ts';
import type { NormSession } from '../../core/norm/schema.ts';
import { type ContentFileCheck, checkedContent, printContentCheck } from '../content-check.ts';
import { loadFile } from '../handreiking/registry.ts';

const root = path.resolve(import.meta.dirname, '../../..');
export const afwegingskaderDir = path.join(root, 'afwegingskader');
export const normDir = path.join(root, 'norm');

export interface MunicipalGuides {
  afwegingskader: Afwegingskader;
  norm: NormSession;
}

export function checkGuideFiles(dirs = { afwegingskader: afwegingskaderDir, norm: normDir }): {
  checks: ContentFileCheck[];
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
  return checkedContent(checks, guides);
}

let loaded: MunicipalGuides | undefined;

/** The shipped content, loaded once per process. */
export function municipalGuides(): MunicipalGuides {
  loaded ??= loadGuides();
  return loaded;
}

/** For `weerbaar instruments check`: the number of files that failed. */
export function printGuidesCheck(): number {
  return printContentCheck(checkGuideFiles().checks);
}
