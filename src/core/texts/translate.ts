// One text system for everything Weerbaar says outside the instrument and conversation YAML: a
// namespace is a tree of keys whose leaves hold Dutch and English side by side ({nl, en}),
// placeholders are i18next's `{{name}}`, and a plural is a pair of keys `x_one` / `x_other`
// chosen by the number `count` (Intl.PluralRules, as i18next does). The web loads the same trees
// into i18next (src/web/i18n); core and server read them with `translator` below, which is pure.
// Every key, both languages and every use are checked by test/texts.test.ts.
import type { Language, Sentence } from '../vocabulary.ts';

/** A namespace: groups of keys, each leaf a sentence in both languages. */
export interface TextTree {
  readonly [key: string]: Sentence | TextTree;
}

/** A plural pair `x_one` / `x_other` is used by its base name `x` (with `count`). */
type Base<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? B
  : K;

/** Every key of a namespace, dotted: 'page', 'confidential.expert', 'seeMeasures' (a plural). */
export type TextKey<T> = {
  [K in keyof T & string]: T[K] extends Sentence ? Base<K> : `${K}.${TextKey<T[K]>}`;
}[keyof T & string];

/** Values for the placeholders; `count` also chooses a plural form. */
export type TextVars = Readonly<Record<string, string | number>>;

function isSentence(value: Sentence | TextTree | undefined): value is Sentence {
  return typeof value === 'object' && typeof value.nl === 'string' && typeof value.en === 'string';
}

function leaf(tree: TextTree, key: string): Sentence | undefined {
  let node: Sentence | TextTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || isSentence(node)) return undefined;
    node = Object.hasOwn(node, part) ? node[part] : undefined;
  }
  return isSentence(node) ? node : undefined;
}

/** `{{name}}` → its value; a placeholder without a value stays as it is (as in i18next). */
export function interpolate(text: string, vars: TextVars = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

const pluralRules = { nl: new Intl.PluralRules('nl'), en: new Intl.PluralRules('en') };

/** The sentence a key names, with the plural form for `count` where the key is a plural. */
function find(tree: TextTree, key: string, vars: TextVars | undefined, language: Language): Sentence {
  const count = vars?.count;
  const found =
    (typeof count === 'number'
      ? (leaf(tree, `${key}_${pluralRules[language].select(count)}`) ?? leaf(tree, `${key}_other`))
      : undefined) ?? leaf(tree, key);
  if (!found) throw new Error(`unknown text key: ${key}`);
  return found;
}

/** Whether `key` names a text in the tree (for a message that may be a key or zod's own words). */
export function hasText(tree: TextTree, key: string): boolean {
  return leaf(tree, key) !== undefined || leaf(tree, `${key}_other`) !== undefined;
}

/**
 * `t(ns, key, vars, language)` and `sentence(ns, key, vars)` ({nl, en}, for refusals and for
 * texts stored or sent in both languages) over a set of namespaces; keys are checked by type.
 */
export function translator<N extends Record<string, TextTree>>(namespaces: N) {
  function t<S extends keyof N & string>(
    ns: S,
    key: TextKey<N[S]>,
    vars: TextVars | undefined,
    language: Language,
  ) {
    return interpolate(find(namespaces[ns] as TextTree, key, vars, language)[language], vars);
  }
  function sentence<S extends keyof N & string>(ns: S, key: TextKey<N[S]>, vars?: TextVars): Sentence {
    return { nl: t(ns, key, vars, 'nl'), en: t(ns, key, vars, 'en') };
  }
  return { t, sentence };
}

/** The type of one language of a namespace (what i18next's typed keys read). */
export type InLanguage<T> = { [K in keyof T]: T[K] extends Sentence ? string : InLanguage<T[K]> };

/** One language of a namespace, as i18next wants its resources. */
export function inLanguage<T extends TextTree>(tree: T, language: Language): InLanguage<T> {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      isSentence(value) ? value[language] : inLanguage(value, language),
    ]),
  ) as InLanguage<T>;
}
