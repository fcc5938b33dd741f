// How two folded name words resemble each other: a Dutch-aware phonetic key, a general one
// (Soundex), and the Damerau–Levenshtein distance (optimal string alignment) with a cut-off.

/**
 * A phonetic key that suits Dutch spelling: sch/s, ch/g, dt/d/t at the end, ij/ei/y, ou/au,
 * c/k/s, ph/f, v/f/w, z/s, qu/kw, x/ks; doubled letters once, and vowels as one class
 * ("Janssen" and "Jansen", "Bruijn" and "Bruyn", "Schmidt" and "Smit" share a key).
 */
export function dutchKey(word: string): string {
  if (word === '') return '';
  const s = word
    .replace(/[^a-z0-9]/g, '')
    .replace(/sch/g, 's')
    .replace(/[cg]h/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/dt/g, 't')
    .replace(/d$/, 't')
    .replace(/e?ij|e[iy]|y/g, 'Y')
    .replace(/(?:au|ou)w?/g, 'W')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiY])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/[vw]/g, 'f')
    .replace(/(?<=.)h/g, '')
    .replace(/[aeiou]+/g, 'a');
  return s.replace(/(.)\1+/g, '$1');
}

const soundexCodes: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

/** American Soundex: the general phonetic key, for names from outside the Dutch spelling. */
export function soundex(word: string): string {
  const letters = word.replace(/[^a-z]/g, '');
  if (letters === '') return '';
  let key = letters[0]!.toUpperCase();
  let last = soundexCodes[letters[0]!] ?? '';
  for (let i = 1; i < letters.length && key.length < 4; i++) {
    const char = letters[i]!;
    const code = soundexCodes[char] ?? '';
    if (code !== '' && code !== last) key += code;
    // h and w do not separate two equal codes; vowels do.
    if (char !== 'h' && char !== 'w') last = code;
  }
  return key.padEnd(4, '0');
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbours is one edit),
 * or `max + 1` as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[n]!;
}

/** How many edits a word of this length may have and still count as the same name. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}
