// The web's texts: every key in both languages, the same placeholders in both, nothing empty,
// and no key that no page uses (a text nobody sees is a text nobody keeps true).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en.ts';
import { nl } from '../../src/web/i18n/nl.ts';

/** Dotted key → text, for every leaf. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  if (typeof value === 'string') return result.set(prefix, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) result.set(k, v);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const webRoot = path.resolve(import.meta.dirname, '../../src/web');
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full.endsWith(`${path.sep}i18n`) ? [] : sources(full);
    // The texts themselves (i18n/ and each feature's texts.ts) are not code that uses them.
    return /\.tsx?$/.test(entry.name) && entry.name !== 'texts.ts' ? [full] : [];
  });
}

/**
 * Whether the code names the key: literally in quotes, or through a template for its group
 * (`roles.${role}`), or by passing the group itself. A plural key counts by its base name.
 */
function isUsed(key: string, code: string): boolean {
  const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
  if ([`'${base}'`, `"${base}"`, `\`${base}\``].some((quoted) => code.includes(quoted))) return true;
  const parts = base.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const group = parts.slice(0, i).join('.');
    if (code.includes(`${group}.\${`) || code.includes(`'${group}'`)) return true;
  }
  return false;
}

describe('web texts', () => {
  const dutch = leaves(nl);
  const english = leaves(en);

  it('have every key in both languages', () => {
    expect([...english.keys()].filter((k) => !dutch.has(k))).toEqual([]);
    expect([...dutch.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('are never empty and carry the same placeholders in both languages', () => {
    const wrong: string[] = [];
    for (const [key, text] of dutch) {
      const other = english.get(key) ?? '';
      if (text.trim() === '' || other.trim() === '') wrong.push(`${key}: empty`);
      else if (placeholders(text).join() !== placeholders(other).join())
        wrong.push(`${key}: placeholders differ`);
    }
    expect(wrong).toEqual([]);
  });

  it('are all used by the web app', () => {
    const code = sources(webRoot)
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    expect([...dutch.keys()].filter((key) => !isUsed(key, code))).toEqual([]);
  });

  it('the usage check sees literal, grouped and plural use, and nothing else', () => {
    expect(isUsed('members.title', "t('members.title')")).toBe(true);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test, as text
    expect(isUsed('roles.expert', 't(`roles.${role}`)')).toBe(true);
    expect(isUsed('results.count_other', "t('results.count', { count })")).toBe(true);
    expect(isUsed('members.title', "t('members.other')")).toBe(false);
  });
});
