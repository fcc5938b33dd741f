// The handreiking's content on disk (handreiking/vuistregels.yaml, zelfassessment.yaml,
// ondermijning-herkennen.yaml), each checked with line numbers. boot.ts loads it at start, so a
// broken file stops the start; `weerbaar instruments check` checks the same files.
import fs from 'node:fs';
import path from 'node:path';
import {
  type Loaded,
  loadOndermijning,
  loadVuistregels,
  loadZelfassessment,
} from '../../core/handreiking/load.ts';
import type { OndermijningGuide, Vuistregels, Zelfassessment } from '../../core/handreiking/schema.ts';
import { type ContentFileCheck, checkedContent, printContentCheck } from '../content-check.ts';

export const handreikingDir = path.resolve(import.meta.dirname, '../../../handreiking');

export interface Handreiking {
  vuistregels: Vuistregels;
  zelfassessment: Zelfassessment;
  ondermijning: OndermijningGuide;
}

/** One content file read and checked: its issues (with lines) and, when fine, its value. Shared with the afwegingskader and norm registries. */
export function loadFile<T>(dir: string, file: string, load: (text: string) => Loaded<T>) {
  const full = path.join(dir, file);
  let text: string;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch (error) {
    const message = `het bestand ontbreekt of is niet leesbaar / cannot read: ${(error as Error).message}`;
    return { check: { file: full, issues: [{ path: '(bestand)', line: null, column: null, message }] } };
  }
  const loaded = load(text);
  return { check: { file: full, issues: loaded.issues }, value: loaded.ok ? loaded.value : undefined };
}

/** Checks the three files (for the start and for `weerbaar instruments check`). */
export function checkHandreikingFiles(dir: string = handreikingDir): {
  checks: ContentFileCheck[];
  handreiking?: Handreiking;
} {
  const vuistregels = loadFile(dir, 'vuistregels.yaml', loadVuistregels);
  const zelfassessment = loadFile(dir, 'zelfassessment.yaml', loadZelfassessment);
  const ondermijning = loadFile(dir, 'ondermijning-herkennen.yaml', loadOndermijning);
  const checks = [vuistregels.check, zelfassessment.check, ondermijning.check];
  if (!vuistregels.value || !zelfassessment.value || !ondermijning.value) return { checks };
  return {
    checks,
    handreiking: {
      vuistregels: vuistregels.value,
      zelfassessment: zelfassessment.value,
      ondermijning: ondermijning.value,
    },
  };
}

/** Loads and checks the files; throws with every issue and its line when one is broken. */
export function loadHandreiking(dir: string = handreikingDir): Handreiking {
  const { checks, handreiking } = checkHandreikingFiles(dir);
  return checkedContent(checks, handreiking, 'Handreiking');
}

let loaded: Handreiking | undefined;

/** The shipped content, loaded once per process. */
export function handreiking(): Handreiking {
  loaded ??= loadHandreiking();
  return loaded;
}

/** For `weerbaar instruments check`: the number of files that failed. */
export function printHandreikingCheck(dir: string = handreikingDir): number {
  return printContentCheck(checkHandreikingFiles(dir).checks);
}
