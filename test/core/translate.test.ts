// The pure reader of the text system (src/core/texts/translate.ts): a key in a {nl, en} tree, its
// {{placeholders}} filled, the plural form chosen by `count` per language, both languages at once,
// and one language as i18next wants it.
import { describe, expect, it } from 'vitest';
import { hasText, inLanguage, interpolate, translator } from '../../src/core/texts/translate.ts';

const texts = {
  page: { nl: 'pagina {{n}} van {{total}}', en: 'page {{n}} of {{total}}' },
  group: {
    days_one: { nl: '{{count}} dag', en: '{{count}} day' },
    days_other: { nl: '{{count}} dagen', en: '{{count}} days' },
    plain: { nl: 'Ja', en: 'Yes' },
  },
} as const;

const { t, sentence } = translator({ demo: texts });

describe('the text reader', () => {
  it('fills placeholders and leaves an unknown one as it is', () => {
    expect(t('demo', 'page', { n: 2, total: 5 }, 'nl')).toBe('pagina 2 van 5');
    expect(t('demo', 'page', { n: 2, total: 5 }, 'en')).toBe('page 2 of 5');
    expect(interpolate('{{a}} en {{ b }}', { b: 'x' })).toBe('{{a}} en x');
  });

  it('chooses the plural form by count, per language', () => {
    expect(t('demo', 'group.days', { count: 1 }, 'nl')).toBe('1 dag');
    expect(t('demo', 'group.days', { count: 0 }, 'nl')).toBe('0 dagen');
    expect(t('demo', 'group.days', { count: 3 }, 'en')).toBe('3 days');
    expect(t('demo', 'group.days', { count: 1 }, 'en')).toBe('1 day');
    expect(sentence('demo', 'group.days', { count: 2 })).toEqual({ nl: '2 dagen', en: '2 days' });
  });

  it('refuses a key that is not there, and knows which are', () => {
    // @ts-expect-error a key outside the namespace does not compile
    expect(() => t('demo', 'group.nothing', {}, 'nl')).toThrow('unknown text key: group.nothing');
    // a group is not a text
    // @ts-expect-error
    expect(() => t('demo', 'group', {}, 'nl')).toThrow();
    expect(hasText(texts, 'group.plain')).toBe(true);
    expect(hasText(texts, 'group.days')).toBe(true);
    expect(hasText(texts, 'group')).toBe(false);
    expect(hasText(texts, 'toString')).toBe(false);
  });

  it('gives one language as a tree for i18next', () => {
    expect(inLanguage(texts, 'en')).toEqual({
      page: 'page {{n}} of {{total}}',
      group: { days_one: '{{count}} day', days_other: '{{count}} days', plain: 'Yes' },
    });
  });
});
