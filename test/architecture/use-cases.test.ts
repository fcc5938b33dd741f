// One use case per file in src/server/operations/: each file exports exactly one function (types
// for its input and output may sit beside it), and the file is named after it, verb first
// (`saveAnswers` → `save-answers.ts`). What use cases share lives in scans/, auth/, organisation/ or
// policies/, never as a second export here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const operations = path.resolve(import.meta.dirname, '..', '..', 'src', 'server', 'operations');

/** The names a module exports as values (functions, constants, classes); types do not count. */
function exportedValues(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(
    /^export\s+(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/gm,
  )) {
    names.push(match[1] as string);
  }
  for (const match of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of (match[1] as string).split(',')) {
      const name = part.trim();
      if (name && !name.startsWith('type ')) names.push(name.split(/\s+as\s+/).pop() as string);
    }
  }
  if (/^export\s+\*/m.test(source)) names.push('*');
  return names;
}

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** What is wrong with one operations file, or nothing. */
function useCaseIssues(fileName: string, source: string): string[] {
  const values = exportedValues(source);
  if (values.length !== 1)
    return [`${fileName} exports ${values.length} values (${values.join(', ')}), not one`];
  const [name] = values as [string];
  if (`${kebab(name)}.ts` !== fileName)
    return [`${fileName} exports ${name}: name the file ${kebab(name)}.ts`];
  return [];
}

describe('the rule itself', () => {
  it('accepts one use case with its types', () => {
    const source = [
      'export interface SaveAnswersInput { a: string }',
      'export type Result = { revision: number };',
      'const local = 1;',
      'export async function saveAnswers() { return local; }',
    ].join('\n');
    expect(useCaseIssues('save-answers.ts', source)).toEqual([]);
  });

  it('refuses a second use case, an exported helper and a misnamed file', () => {
    expect(
      useCaseIssues(
        'agenda.ts',
        'export async function readOwnAgenda() {}\nexport function saveOwnAgenda() {}',
      ),
    ).toEqual(['agenda.ts exports 2 values (readOwnAgenda, saveOwnAgenda), not one']);
    expect(
      useCaseIssues(
        'read-own-report.ts',
        'export const notReady = () => 1;\nexport function readOwnReport() {}',
      ),
    ).toEqual(['read-own-report.ts exports 2 values (notReady, readOwnReport), not one']);
    expect(useCaseIssues('report-view.ts', 'export function reportViewOf() {}')).toEqual([
      'report-view.ts exports reportViewOf: name the file report-view-of.ts',
    ]);
    expect(useCaseIssues('x.ts', "export { a, b } from './y.ts';")).toEqual([
      'x.ts exports 2 values (a, b), not one',
    ]);
  });
});

describe('src/server/operations/', () => {
  const files = fs.readdirSync(operations).filter((f) => f.endsWith('.ts'));

  it('is read', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('holds one use case per file, named after it', () => {
    const issues = files.flatMap((f) => useCaseIssues(f, fs.readFileSync(path.join(operations, f), 'utf8')));
    expect(issues).toEqual([]);
  });
});
