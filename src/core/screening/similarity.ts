// How two folded name words resemble each other: a Dutch-aware phonetic key, a general one
// that forgets the romanisation (internationalKey), and the Damerau–Levenshtein distance (optimal string alignment) with a cut-off.

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

/**
 * A key that forgets how a name was romanised: German, English, French or Polish spellings of
 * the same Cyrillic or other sound (Tschernow, Chernov; Jurij, Yuriy; Iwanow, Ivanov, Ivanoff;
 * Iouri, Yuri) meet; then doubled letters once. Compared by equality and by edit distance.
 */
export function internationalKey(word: string): string {
  return word
    .replace(/[^a-z0-9]/g, '')
    .replace(/schtsch|shch|szcz|sch(?=ch)/g, 'X')
    .replace(/tsch|tch|cz|ch/g, 'C')
    .replace(/sch|sh|sz/g, 'S')
    .replace(/zh|zs/g, 'Z')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ff$/, 'v')
    .replace(/^[jyi](?=[aeouy])/, 'j')
    .replace(/(?<=[^aeiou])[jyi](?=[aeou])/g, 'j')
    .replace(/(?:ij|iy|yj|ii|[yj])$/, 'i')
    .replace(/(?<=[aeiou])[ij](?=$|[^aeiou])/g, 'i')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

// Rows of the distance table, reused (a name word is short; longer words get bigger rows).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbours is one edit),
 * or `max + 1` as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0]!.length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let before = rows[0]!;
  let previous = rows[1]!;
  let current = rows[2]!;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = previous[j - 1]! + (ai === bj ? 0 : 1);
      const del = previous[j]! + 1;
      if (del < value) value = del;
      const ins = current[j - 1]! + 1;
      if (ins < value) value = ins;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        const swap = before[j - 2]! + 1;
        if (swap < value) value = swap;
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[n]!;
}

/**
 * How much of a name word is left after `distance` edits: a typing error in a long word keeps
 * more than one in a short word (where one letter makes another name: Tazi, Fazi).
 */
export function editSimilarity(distance: number, length: number): number {
  if (distance === 0) return 1;
  if (distance === 1) return length >= 8 ? 0.85 : length >= 6 ? 0.8 : 0.65;
  return 0.55;
}

/** How many edits a word of this length may have and still count as the same name. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}
