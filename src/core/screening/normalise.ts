// Name normalisation for screening: a name becomes parts — words, initials and tussenvoegsels
// (one separable part per group: "van der", "van 't", "op de") — each in a folded form (lower
// case, diacritics and ligatures folded, Cyrillic and Greek transliterated) beside the form it
// was written in, so a match can say that it only agreed after folding.
import type { EntityKind } from './types.ts';

export type NamePartKind = 'word' | 'initial' | 'particle';

export interface NamePart {
  /** As written (before folding): shows a transliteration or a diacritic. */
  raw: string;
  /** Folded to a-z and 0-9 (a particle group keeps its spaces: "van der"). */
  text: string;
  kind: NamePartKind;
}

// Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Bulgarian) in a common, passport-like
// romanisation; Greek in ELOT-like simple letters.
const scriptLetters: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  џ: 'dz',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
  // Latin letters that no combining mark takes apart, and ligatures.
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ĳ: 'ij',
  ŋ: 'ng',
};

/** Greek letter pairs that read as one sound. */
const greekPairs: Array<[RegExp, string]> = [
  [/ου/g, 'ou'],
  [/α[υύ]/g, 'av'],
  [/ε[υύ]/g, 'ev'],
  [/γγ/g, 'ng'],
];

const mapLetters = (text: string) => {
  let out = '';
  for (const char of text) out += scriptLetters[char] ?? char;
  return out;
};

/** Lower case, Cyrillic/Greek transliterated, ligatures and diacritics folded; other marks kept. */
export function fold(text: string): string {
  // First the letters whose marks matter (й, ё, ї, ў), then without marks (ώ → ω), then the rest.
  let lowered = text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[йёїў]/g, (char) => scriptLetters[char] ?? char)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  for (const [pattern, latin] of greekPairs) lowered = lowered.replace(pattern, latin);
  return mapLetters(lowered);
}

/**
 * Tussenvoegsels and the like: separable name particles (Dutch, and a few common others). Not the
 * short words that are surnames elsewhere (Du, Le, Da, Al): those stay words.
 */
const particles = new Set([
  'van',
  'der',
  'den',
  'de',
  'het',
  "'t",
  'ter',
  'ten',
  'te',
  'op',
  'in',
  'aan',
  'bij',
  'onder',
  'over',
  'uit',
  'voor',
  "'s",
  'vander',
  'vanden',
  'vd',
  'von',
  'vom',
  'zu',
  'zum',
  'zur',
  'des',
  'del',
  'della',
  'bin',
  'ibn',
]);

/** Legal forms, dropped from organisation names: "Bouw B.V." and "Bouw" are one organisation. */
const legalForms = new Set([
  'bv',
  'nv',
  'vof',
  'cv',
  'ua',
  'ba',
  'holding',
  'stichting',
  'vereniging',
  'cooperatie',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'sl',
  'oy',
  'ab',
  'as',
  'aps',
  'ooo',
  'oao',
  'zao',
  'pao',
  'ao',
  'jsc',
  'pjsc',
  'sro',
  'spzoo',
  'kft',
  'doo',
  'bvba',
  'sprl',
]);

/** Words as written: split on anything but letters and digits, keeping "'t" and "'s". */
function words(name: string): string[] {
  return name
    .replace(/[’‘`´]/g, "'")
    .split(/[\s-]+/)
    .flatMap((chunk) =>
      // "'t" and "'s" are particles; any other apostrophe (O'Brien) joins its word.
      chunk === "'t" || chunk === "'s" || chunk === "'T" || chunk === "'S"
        ? [chunk]
        : chunk.replace(/'/g, '').split(/[^\p{L}\p{N}]+/u),
    )
    .filter((w) => w !== '');
}

/** "Vries, Jan de" is "Jan de Vries": lists often write the surname first with a comma. */
function uncomma(name: string): string {
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [surname, given] = parts as [string, string];
  return given.trim() === '' ? surname : `${given} ${surname}`;
}

/** A name as parts: words, initials and tussenvoegsel groups, in the order written. */
export function analyseName(name: string, kind: EntityKind = 'person'): NamePart[] {
  const raw = words(kind === 'person' ? uncomma(name) : undot(name)).map((w) => ({ raw: w, text: fold(w) }));
  let tokens = raw.filter((t) => t.text !== '');
  if (kind === 'organisation') tokens = organisationTokens(tokens);
  const parts: NamePart[] = [];
  const hasWord = tokens.some((t) => !particles.has(t.text));
  for (const token of tokens) {
    // A particle wherever it stands ("Berg Jan van der"), unless the name has nothing else.
    if (particles.has(token.text) && hasWord) {
      const last = parts[parts.length - 1];
      const text = token.text.replace("'", '');
      if (last?.kind === 'particle') {
        last.raw += ` ${token.raw}`;
        last.text += ` ${text}`;
      } else parts.push({ raw: token.raw, text, kind: 'particle' });
      continue;
    }
    const isInitial = kind === 'person' && /^\p{L}$/u.test(token.raw);
    parts.push({ raw: token.raw, text: token.text, kind: isInitial ? 'initial' : 'word' });
  }
  return parts;
}

/** Legal forms left out of an organisation's name (unless that is all it has). */
function organisationTokens(
  tokens: Array<{ raw: string; text: string }>,
): Array<{ raw: string; text: string }> {
  const kept = tokens.filter((t) => !legalForms.has(t.text));
  return kept.length > 0 ? kept : tokens;
}

/** Dotted letters as one word: "K.P.N." is "KPN", "B.V." is "BV". */
const undot = (name: string) =>
  name.replace(/(?<=^|[\s(])(?:\p{L}\.){2,}/gu, (letters) => letters.replace(/\./g, ''));

/** A name's parts after normalisation, as text: "Jan van der Berg" → ["jan", "van der", "berg"]. */
export function normaliseName(name: string): string[] {
  return analyseName(name).map((p) => p.text);
}
