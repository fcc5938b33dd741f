// The nevenfuncties register's content on disk (register/nevenfuncties.yaml), checked with line
// numbers. boot.ts loads it at start, so a broken file stops the start; `weerbaar instruments
// check` checks it too. The list of published fields in it decides what the publication holds.
import fs from 'node:fs';
import path from 'node:path';
import type { LoadIssue } from '../../core/instrument/yaml-lines.ts';
import { loadRegisterContent } from '../../core/nevenfuncties/load.ts';
import type { RegisterContent } from '../../core/nevenfuncties/schema.ts';
import { checkedContent, printContentCheck } from '../content-check.ts';

export const registerFile = path.resolve(import.meta.dirname, '../../../register/nevenfuncties.yaml');

export function checkRegisterFile(file: string = registerFile): {
  issues: LoadIssue[];
  content?: RegisterContent;
} {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const message = `het bestand ontbreekt of is niet leesbaar / cannot read: ${(error as Error).message}`;
    return { issues: [{ path: '(bestand)', line: null, column: null, message }] };
  }
  const loaded = loadRegisterContent(text);
  return loaded.ok ? { issues: [], content: loaded.value } : { issues: loaded.issues };
}

/** Loads and checks the file; throws with every issue and its line when it is broken. */
export function loadRegister(file: string = registerFile): RegisterContent {
  const { issues, content } = checkRegisterFile(file);
  return checkedContent([{ file, issues }], content, 'Register');
}

let loaded: RegisterContent | undefined;

/** The shipped content, loaded once per process. */
export function registerContent(): RegisterContent {
  loaded ??= loadRegister();
  return loaded;
}

/** For `weerbaar instruments check`: 1 when the file failed, else 0. */
export function printRegisterCheck(file: string = registerFile): number {
  return printContentCheck([{ file, issues: checkRegisterFile(file).issues }]);
}
