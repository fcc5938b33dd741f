// One check over every text namespace (README "Translating"): the server's and core's namespaces
// (`errors`, `mail`, `pdf`, `report`, `network`: {nl, en} side by side per key) and the web's
// i18next texts (src/web/i18n/nl.ts and en.ts with each feature's texts.ts joined in). Every key
// in both languages, the same placeholders in both and only in the one style (`{{name}}`),
// nothing empty, a plural always with its `_other`, and no key that no code uses (a text nobody
// sees is a text nobody keeps true). Then a scan of the source for the old ways: "nl / en" zod
// messages split at run time, inline {nl, en} sentences in the server, hand-made plurals.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TextTree } from '../src/core/texts/translate.ts';
import type { Sentence } from '../src/core/vocabulary.ts';
import { serverNamespaces } from '../src/server/texts.ts';
import { en } from '../src/web/i18n/en.ts';
import { nl } from '../src/web/i18n/nl.ts';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

/** Dotted key → text, for every leaf of one language's tree. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  if (typeof value === 'string') return result.set(prefix, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) result.set(k, v);
  }
  return result;
}

const isSentence = (value: unknown): value is Sentence =>
  typeof value === 'object' && value !== null && ('nl' in value || 'en' in value);

/** Dotted key → {nl, en}, for every leaf of a side-by-side tree. */
function sentences(tree: TextTree, prefix = ''): Map<string, Partial<Sentence>> {
  const result = new Map<string, Partial<Sentence>>();
  for (const [key, child] of Object.entries(tree)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (isSentence(child)) result.set(dotted, child);
    else for (const [k, v] of sentences(child, dotted)) result.set(k, v);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
/** Braces, `${…}` or `%s` left once the `{{name}}` placeholders are taken out: another style. */
const otherStyle = (text: string) => /[{}]|%[sd]/.test(text.replace(/\{\{\s*\w+\s*\}\}/g, ''));
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Every namespace as dotted key → {nl, en}; the web's two trees joined by key. */
function allNamespaces(): Map<string, Map<string, Partial<Sentence>>> {
  const all = new Map<string, Map<string, Partial<Sentence>>>();
  for (const [name, tree] of Object.entries(serverNamespaces)) all.set(name, sentences(tree));
  const web = new Map<string, Partial<Sentence>>();
  for (const [key, text] of leaves(nl)) web.set(key, { nl: text });
  for (const [key, text] of leaves(en)) web.set(key, { ...web.get(key), en: text });
  all.set('web', web);
  return all;
}

/** What is wrong with the texts themselves, one line per problem. */
function textProblems(namespaces: Map<string, Map<string, Partial<Sentence>>>): string[] {
  const wrong: string[] = [];
  for (const [ns, texts] of namespaces) {
    for (const [key, { nl: dutch, en: english }] of texts) {
      const at = `${ns}:${key}`;
      if (typeof dutch !== 'string') wrong.push(`${at}: no Dutch`);
      if (typeof english !== 'string') wrong.push(`${at}: no English`);
      if (typeof dutch !== 'string' || typeof english !== 'string') continue;
      if (dutch.trim() === '' || english.trim() === '') wrong.push(`${at}: empty`);
      else if (placeholders(dutch).join() !== placeholders(english).join())
        wrong.push(`${at}: placeholders differ`);
      if (otherStyle(dutch) || otherStyle(english)) wrong.push(`${at}: a placeholder not written {{name}}`);
      if (pluralSuffix.test(key) && !texts.has(key.replace(pluralSuffix, '_other')))
        wrong.push(`${at}: a plural without _other`);
    }
  }
  return wrong;
}

// ── where the keys are used ──

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full.endsWith(`${path.sep}i18n`) ? [] : sourceFiles(full);
    // The texts themselves (each namespace's texts.ts, web/i18n) are not code that uses them.
    return /\.tsx?$/.test(entry.name) && entry.name !== 'texts.ts' ? [full] : [];
  });
}

/**
 * Whether the web names the key: literally in quotes, or through a template for its group
 * (`roles.${role}`), or by passing the group itself. A plural key counts by its base name.
 */
function isUsed(key: string, code: string): boolean {
  const base = key.replace(pluralSuffix, '');
  if ([`'${base}'`, `"${base}"`, `\`${base}\``].some((quoted) => code.includes(quoted))) return true;
  const parts = base.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const group = parts.slice(0, i).join('.');
    if (code.includes(`${group}.\${`) || code.includes(`'${group}'`)) return true;
  }
  return false;
}

const literal = String.raw`'([^'\n]*)'|"([^"\n]*)"|\x60([^\x60]*)\x60`;

/**
 * The keys code names for a namespace of the server or core. `errors` is read only where it is
 * named (`sentence('errors', 'key')`) or through `inputMessage('key')` (group `input`); the other
 * namespaces are read through a short helper in the files that name them (`t('pdf', …)` and then
 * `p('key')`), so there every quoted string is a candidate. A template (`alt.${key}`) names the
 * keys that start with its fixed part.
 */
function keysNamed(
  ns: string,
  files: ReadonlyArray<{ code: string }>,
): { exact: Set<string>; prefixes: Set<string> } {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  const add = (value: string, prefix = '') => {
    const fixed = value.split('${')[0] ?? '';
    if (!value.includes('${')) exact.add(prefix + value);
    else if (fixed !== '') prefixes.add(prefix + fixed);
  };
  for (const { code } of files) {
    if (ns === 'errors') {
      for (const m of code.matchAll(new RegExp(String.raw`\(\s*'errors',\s*(?:${literal})`, 'g')))
        add(m[1] ?? m[2] ?? m[3] ?? '');
      for (const m of code.matchAll(new RegExp(String.raw`inputMessage\(\s*(?:${literal})`, 'g')))
        add(m[1] ?? m[2] ?? m[3] ?? '', 'input.');
      continue;
    }
    if (!new RegExp(String.raw`\(\s*'${ns}'`).test(code)) continue;
    for (const m of code.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) add(m[1] ?? m[2] ?? '');
    for (const m of code.matchAll(/\x60([^\x60$]*)\$\{/g)) add(`${m[1]}\${`);
    for (const m of code.matchAll(/\x60([^\x60$]*)\x60/g)) add(m[1] ?? '');
  }
  return { exact, prefixes };
}

function unusedKeys(ns: string, keys: Iterable<string>, named: ReturnType<typeof keysNamed>): string[] {
  return [...keys]
    .filter((key) => {
      const base = key.replace(pluralSuffix, '');
      return !named.exact.has(base) && ![...named.prefixes].some((p) => base.startsWith(p));
    })
    .map((key) => `${ns}:${key}`);
}

const files = sourceFiles(src).map((file) => ({ file, code: fs.readFileSync(file, 'utf8') }));

describe('texts', () => {
  const namespaces = allNamespaces();

  it('have every key in both languages, never empty, with the same {{placeholders}} and whole plurals', () => {
    expect(textProblems(namespaces)).toEqual([]);
  });

  it('of the server and core are all used', () => {
    const unused = Object.entries(serverNamespaces).flatMap(([ns, tree]) =>
      unusedKeys(ns, sentences(tree).keys(), keysNamed(ns, files)),
    );
    expect(unused).toEqual([]);
  });

  it('of the web are all used by the web app', () => {
    const code = files
      .filter(({ file }) => file.startsWith(path.join(src, 'web')))
      .map(({ code }) => code)
      .join('\n');
    expect([...(namespaces.get('web')?.keys() ?? [])].filter((key) => !isUsed(key, code))).toEqual([]);
  });

  it('the usage checks see literal, grouped and plural use, and nothing else', () => {
    expect(isUsed('members.title', "t('members.title')")).toBe(true);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test, as text
    expect(isUsed('roles.expert', 't(`roles.${role}`)')).toBe(true);
    expect(isUsed('results.count_other', "t('results.count', { count })")).toBe(true);
    expect(isUsed('members.title', "t('members.other')")).toBe(false);
    const errors = keysNamed('errors', [
      {
        code: "conflict('slug-taken', sentence('errors', 'slug-taken', { slug }))\nz.min(1, inputMessage('name'))",
      },
    ]);
    expect(unusedKeys('errors', ['slug-taken', 'input.name', 'input.reason', 'csrf'], errors)).toEqual([
      'errors:input.reason',
      'errors:csrf',
    ]);
    // A code string is not a use of the key with the same name.
    expect(unusedKeys('errors', ['csrf'], keysNamed('errors', [{ code: "forbidden('csrf', x)" }]))).toEqual([
      'errors:csrf',
    ]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test, as text
    const network = keysNamed('network', [{ code: "t('network', `alt.${key}`, { count }, language)" }]);
    expect(unusedKeys('network', ['alt.ties_one', 'empty'], network)).toEqual(['network:empty']);
  });

  it('find a missing language, other placeholders, an empty text and a lone plural', () => {
    const broken = new Map([
      [
        'x',
        new Map<string, Partial<Sentence>>([
          ['a', { nl: 'Ja' }],
          ['b', { nl: '{{n}} dagen', en: '{{count}} days' }],
          ['c', { nl: ' ', en: 'x' }],
          ['d_one', { nl: '{{count}} dag', en: '{{count}} day' }],
          ['e', { nl: 'pagina {n}', en: 'page {n}' }],
        ]),
      ],
    ]);
    expect(textProblems(broken)).toEqual([
      'x:a: no English',
      'x:b: placeholders differ',
      'x:c: empty',
      'x:d_one: a plural without _other',
      'x:e: a placeholder not written {{name}}',
    ]);
  });
});

// ── the old ways, gone from the places converted ──

const rel = (file: string) => path.relative(root, file);
const inServer = files.filter(({ file }) => file.startsWith(path.join(src, 'server')));

describe('no user-facing words outside the text files', () => {
  it('no route schema writes a zod message as "nl / en", and nothing splits one', () => {
    const found = files
      .filter(({ file }) => file.startsWith(path.join(src, 'server', 'routes')))
      .flatMap(({ file, code }) =>
        code
          .split('\n')
          .map((line, i) => ({ line, at: `${rel(file)}:${i + 1}` }))
          // OpenAPI summaries and descriptions are English documentation, not messages.
          .filter(({ line }) => !/^\s*(summary|description):/.test(line))
          .filter(({ line }) => /['"`][^'"`]*\w \/ \w[^'"`]*['"`]/.test(line))
          .map(({ at }) => at),
      );
    const splits = inServer.filter(({ code }) => code.includes(".split(' / ')")).map(({ file }) => rel(file));
    expect([...found, ...splits]).toEqual([]);
  });

  it('no inline { nl: …, en: … } sentence in the server, the report, the network drawing, the answer checks, the agenda or screening', () => {
    // A sentence written out: nl given as a string with words in it (not only `${…}` parts put together).
    const sentenceLiteral = /\{\s*nl:\s*('[^'\n]*'|`[^`]*`),\s*en:/g;
    const words = (text: string) => /[A-Za-z]/.test(text.slice(1, -1).replace(/\$\{[^}]*\}/g, ''));
    const converted = files.filter(
      ({ file }) =>
        file.startsWith(path.join(src, 'server')) ||
        file.startsWith(path.join(src, 'core', 'report')) ||
        file.startsWith(path.join(src, 'core', 'network')) ||
        file.startsWith(path.join(src, 'core', 'instrument')) ||
        file.startsWith(path.join(src, 'core', 'agenda')) ||
        file.startsWith(path.join(src, 'core', 'screening')),
    );
    const found = converted.flatMap(({ file, code }) =>
      [...code.matchAll(sentenceLiteral)]
        .filter((m) => words(m[1] ?? ''))
        .map((m) => `${rel(file)}: ${m[1]}`),
    );
    expect(found).toEqual([]);
  });

  it('no hand-made plural or per-language template in the mail, the PDF and the drawing', () => {
    const places = [
      'server/mail/templates.ts',
      'server/pdf/render-report.ts',
      'core/network/drawing.ts',
      'server/pdf/document.ts',
      'server/pdf/render-workshop-report.ts',
    ];
    const found = files
      .filter(({ file }) => places.some((place) => file === path.join(src, place)))
      .filter(({ code }) => /=== 1 \?|language === 'nl'\s*\?\s*['`][A-Z]/.test(code))
      .map(({ file }) => rel(file));
    expect(found).toEqual([]);
  });
});
