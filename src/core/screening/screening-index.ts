// The screening index: a list's entities in flat typed arrays (a million fit in tens of MiB), and
// candidate generation by blocking before any scoring. Each name word is a token; a query word
// reaches the tokens that are the same after folding, share its Dutch phonetic key, or lie within
// its allowed edits (found through a deletion index over the distinct tokens, not the entities).
// An entity is a candidate when at least two of the query's words reach it (one, when the query
// or the entity has only one word); only candidates are scored (score.ts).

import { analyseName } from './normalise.ts';
import {
  type Comparison,
  compareParts,
  countryFeature,
  dateFeature,
  dateNumber,
  identifierFeature,
  nameFeatures,
  normaliseIdentifier,
  type PartComparer,
  type PreparedPart,
  penalty,
  prepareName,
  preparePart,
  scoreOf,
  screeningThreshold,
  weights,
} from './score.ts';
import { allowedEdits, dutchKey, editDistance, internationalKey } from './similarity.ts';
import type {
  EntityKind,
  MatchFeature,
  ScreeningEntity,
  ScreeningHit,
  ScreeningIndex,
  ScreeningQuery,
} from './types.ts';

/** A growable Int32Array. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  finish(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

const kindCode = (kind: EntityKind) => (kind === 'person' ? 0 : 1);

/** Whether a sorted list holds a value (bisection). */
function contains(list: Int32Array, value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = list[middle]!;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Every one-letter deletion of a word (and the word itself): the keys of the fuzzy look-up. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

export interface ScreeningIndexStats {
  entities: number;
  names: number;
  nameParts: number;
  tokens: number;
  postings: number;
  fuzzyKeys: number;
  /** Since the build: queries answered, tokens their words reached, entities touched, candidates scored. */
  queries: number;
  tokensReached: number;
  entitiesTouched: number;
  candidatesScored: number;
}

export function buildScreeningIndex(
  entities: Iterable<ScreeningEntity>,
): ScreeningIndex & { stats(): ScreeningIndexStats } {
  // Distinct parts as written (kind and raw form) and distinct folded word tokens.
  const parts: PreparedPart[] = [];
  const partIdOf = new Map<string, number>();
  const tokenIdOf = new Map<string, number>();
  const tokenText: string[] = [];
  const postingLists: number[][] = [];

  const ids: string[] = [];
  const kinds = new IntList();
  const wordCounts = new IntList();
  // The fewest words of any of its names, or 0 when a name has initials: for the score's bound.
  const fewestWords = new IntList();
  const nameStart = new IntList(); // per entity: its first name
  const partStart = new IntList(); // per name: its first part
  const partIds = new IntList();
  const dateStart = new IntList();
  const dates = new IntList();
  const countryStart = new IntList();
  const countryCodes = new IntList();
  const countryIdOf = new Map<string, number>();
  const countryNames: string[] = [];
  const identifierStart = new IntList();
  const identifiers: string[] = [];

  for (const entity of entities) {
    const e = ids.length;
    ids.push(entity.id);
    kinds.push(kindCode(entity.kind));
    nameStart.push(partStart.length);
    let maxWords = 0;
    let minWords = 255;
    let initials = false;
    for (const name of entity.names) {
      const analysed = analyseName(name, entity.kind);
      if (analysed.length === 0) continue;
      partStart.push(partIds.length);
      let words = 0;
      for (const part of analysed) {
        const key = `${part.kind}:${part.raw}`;
        let id = partIdOf.get(key);
        if (id === undefined) {
          id = parts.length;
          parts.push(preparePart(part));
          partIdOf.set(key, id);
        }
        partIds.push(id);
        if (part.kind === 'initial') initials = true;
        if (part.kind !== 'word') continue;
        words++;
        let token = tokenIdOf.get(part.text);
        if (token === undefined) {
          token = tokenText.length;
          tokenText.push(part.text);
          tokenIdOf.set(part.text, token);
          postingLists.push([]);
        }
        const list = postingLists[token]!;
        if (list[list.length - 1] !== e) list.push(e);
      }
      if (words > maxWords) maxWords = words;
      if (words < minWords) minWords = words;
    }
    wordCounts.push(maxWords);
    fewestWords.push(initials ? 0 : Math.min(minWords, maxWords));
    dateStart.push(dates.length);
    for (const date of entity.birthDates) {
      const n = dateNumber(date);
      if (n !== 0) dates.push(n);
    }
    countryStart.push(countryCodes.length);
    for (const country of entity.countries) {
      const c = country.toLowerCase();
      let code = countryIdOf.get(c);
      if (code === undefined) {
        code = countryNames.length;
        countryNames.push(c);
        countryIdOf.set(c, code);
      }
      countryCodes.push(code);
    }
    identifierStart.push(identifiers.length);
    for (const identifier of entity.identifiers) {
      const normalised = normaliseIdentifier(identifier);
      if (normalised !== '') identifiers.push(normalised);
    }
  }
  const size = ids.length;
  nameStart.push(partStart.length);
  partStart.push(partIds.length);
  dateStart.push(dates.length);
  countryStart.push(countryCodes.length);
  identifierStart.push(identifiers.length);

  const index = {
    kinds: Int8Array.from(kinds.finish()),
    wordCounts: Uint8Array.from(wordCounts.finish(), (n) => Math.min(n, 255)),
    fewestWords: Uint8Array.from(fewestWords.finish(), (n) => Math.min(n, 255)),
    nameStart: nameStart.finish(),
    partStart: partStart.finish(),
    partIds: partIds.finish(),
    dateStart: dateStart.finish(),
    dates: dates.finish(),
    countryStart: countryStart.finish(),
    countryCodes: countryCodes.finish(),
    identifierStart: identifierStart.finish(),
  };
  const postings = postingLists.map((list) => Int32Array.from(list));
  // The same lists for the entities one word may be enough for: a name of one word, or initials.
  const singlePostings = postingLists.map((list) =>
    Int32Array.from(list.filter((e) => index.wordCounts[e]! <= 1 || index.fewestWords[e] === 0)),
  );
  postingLists.length = 0;
  let postingCount = 0;
  for (const list of postings) postingCount += list.length;

  // Blocking keys over the distinct tokens: the Dutch phonetic key, and the one-letter deletions
  // of the romanisation-free key (a query's deletions meet them within its allowed edits).
  const tokenKey = tokenText.map(internationalKey);
  const byDutchKey = new Map<string, number[]>();
  const byDeletion = new Map<string, number[]>();
  for (let t = 0; t < tokenText.length; t++) {
    const key = dutchKey(tokenText[t]!);
    if (key.length >= 2) pushTo(byDutchKey, key, t);
    for (const form of new Set([tokenText[t]!, tokenKey[t]!])) {
      for (const d of allowedEdits(form.length + 1) > 0 ? deletions(form) : [form]) pushTo(byDeletion, d, t);
    }
  }

  // Per query: which entities a query word reached, without clearing arrays of a million.
  const stamp = new Int32Array(size);
  const hits = new Uint8Array(size);
  const lastWord = new Uint8Array(size);
  let queryNumber = 0;
  const counters = { queries: 0, tokensReached: 0, entitiesTouched: 0, candidatesScored: 0 };

  /** The tokens a query word reaches: same Dutch key, or a romanisation-free key within its edits. */
  function reach(part: PreparedPart): number[] {
    const found = new Set<number>();
    const exact = tokenIdOf.get(part.text);
    if (exact !== undefined) found.add(exact);
    if (part.dutch.length >= 2) for (const t of byDutchKey.get(part.dutch) ?? []) found.add(t);
    const keys = new Set<string>();
    for (const form of new Set([part.text, part.intl])) {
      keys.add(form);
      if (allowedEdits(form.length + 1) > 0) for (const d of deletions(form)) keys.add(d);
      // A long word may have two edits: two deletions on the query's side reach them.
      if (allowedEdits(form.length) > 1)
        for (const d of deletions(form)) for (const dd of deletions(d)) keys.add(dd);
    }
    for (const d of keys) {
      for (const t of byDeletion.get(d) ?? []) {
        if (found.has(t)) continue;
        const text = tokenText[t]!;
        const allowed = allowedEdits(Math.max(part.text.length, text.length));
        if (allowed === 0) continue;
        if (
          editDistance(part.text, text, allowed) <= allowed ||
          editDistance(part.intl, tokenKey[t]!, allowed) <= allowed
        ) {
          found.add(t);
        }
      }
    }
    return [...found];
  }

  /**
   * The candidates: reached by enough of the query's words, and able to reach `minScore`. The
   * bound follows the score (score.ts): a query word left over while the entity's name has words
   * left over too is a disagreement (−0.4 each, −0.1 per word of the entity's), and the date and
   * country can add at most 0.12 — so "Jan Pieter" with another surname is not scored at all.
   * Entities with initials, and queries whose identifiers may agree, are always scored.
   */
  function candidates(
    words: PreparedPart[],
    kind: number,
    minScore: number,
    bonus: (e: number) => number,
    queryInitials: number,
  ): number[] {
    queryNumber++;
    const touched: number[] = [];
    const reached = words.map((word) => reach(word));
    // (With initials in the query one word is enough, and every list is walked.)
    // An entity reached by two words is in the lists of at least one word besides the most
    // common one: walk the others, then only look the candidates up in the most common word's
    // lists (sorted, so by bisection). Entities of one word are walked in full from their own lists.
    const sizes = reached.map((tokens) => tokens.reduce((n, t) => n + postings[t]!.length, 0));
    const largest = words.length >= 2 && queryInitials === 0 ? sizes.indexOf(Math.max(...sizes)) : -1;
    const visit = (e: number, w: number) => {
      if (stamp[e] !== queryNumber) {
        stamp[e] = queryNumber;
        hits[e] = 1;
        lastWord[e] = w;
        touched.push(e);
      } else if (lastWord[e] !== w) {
        hits[e]!++;
        lastWord[e] = w;
      }
    };
    for (let w = 0; w < words.length; w++) {
      counters.tokensReached += reached[w]!.length;
      for (const t of reached[w]!) {
        const list = w === largest ? singlePostings[t]! : postings[t]!;
        for (let k = 0; k < list.length; k++) visit(list[k]!, w);
      }
    }
    if (largest >= 0) {
      const lists = reached[largest]!.map((t) => postings[t]!);
      for (let k = 0, n = touched.length; k < n; k++) {
        const e = touched[k]!;
        if (lastWord[e] !== largest && lists.some((list) => contains(list, e))) visit(e, largest);
      }
    }
    // Two words must reach an entity (one, if it has only one) — or one, when the query's
    // initials may stand for the entity's other words.
    const required = queryInitials > 0 ? 1 : Math.min(2, words.length);
    const chosen: number[] = [];
    for (const e of touched) {
      const h = hits[e]!;
      // An entity with initials may have its other words taken by them: one word is enough.
      const needed = index.fewestWords[e] === 0 ? 1 : Math.min(required, index.wordCounts[e]!);
      if (index.kinds[e] !== kind || h < needed) continue;
      const leftInQuery = words.length - h;
      // The query's initials may take the entity's words too.
      const leftInEntity = index.fewestWords[e]! - h - queryInitials;
      const bound = 1 - penalty.conflict * leftInQuery - penalty.candidateMissing * leftInEntity + bonus(e);
      if (leftInQuery > 0 && leftInEntity > 0 && bound < minScore) continue;
      chosen.push(e);
    }
    counters.queries++;
    counters.entitiesTouched += touched.length;
    counters.candidatesScored += chosen.length;
    return chosen;
  }

  function partsOfName(n: number): PreparedPart[] {
    const out: PreparedPart[] = [];
    for (let k = index.partStart[n]!; k < index.partStart[n + 1]!; k++) out.push(parts[index.partIds[k]!]!);
    return out;
  }

  function scoreCandidate(
    e: number,
    queryParts: PreparedPart[],
    queryDate: number,
    queryCountries: string[],
    queryIdentifiers: string[],
    queryKind: EntityKind,
    compare: PartComparer,
    bonus: (e: number) => number,
    minScore: number,
  ): ScreeningHit | undefined {
    let best: MatchFeature[] | undefined;
    let bestSum = Number.NEGATIVE_INFINITY;
    for (let n = index.nameStart[e]!; n < index.nameStart[e + 1]!; n++) {
      const features = nameFeatures(queryParts, partsOfName(n), queryKind, compare);
      if (!features) continue;
      const sum = scoreOf(features);
      if (sum > bestSum) {
        best = features;
        bestSum = sum;
      }
    }
    if (!best) return undefined;
    // What the rest of the record could add at most: below that, the name alone settles it.
    if (bestSum + bonus(e) < minScore) return undefined;
    const features = [...best];
    const date = dateFeature(queryDate, index.dates.subarray(index.dateStart[e]!, index.dateStart[e + 1]!));
    if (date) features.push(date);
    const countries: string[] = [];
    for (let k = index.countryStart[e]!; k < index.countryStart[e + 1]!; k++)
      countries.push(countryNames[index.countryCodes[k]!]!);
    const country = countryFeature(queryCountries, countries);
    if (country) features.push(country);
    const identifier = identifierFeature(
      queryIdentifiers,
      identifiers.slice(index.identifierStart[e]!, index.identifierStart[e + 1]!),
      scoreOf(features),
    );
    if (identifier) features.push(identifier);
    return { entityId: ids[e]!, score: scoreOf(features), features };
  }

  return {
    size,
    match(query: ScreeningQuery, options: { limit?: number; minScore?: number } = {}): ScreeningHit[] {
      const limit = options.limit ?? 10;
      const minScore = options.minScore ?? screeningThreshold;
      const queryParts = prepareName(query.name, query.kind);
      const words = queryParts.filter((p) => p.kind === 'word');
      if (words.length === 0) return [];
      const queryDate = query.birthDate ? dateNumber(query.birthDate) : 0;
      const queryCountries = (query.countries ?? []).map((c) => c.toLowerCase());
      const queryIdentifiers = (query.identifiers ?? []).map(normaliseIdentifier).filter((id) => id !== '');
      const hitsFound: ScreeningHit[] = [];
      // Candidates share their words (the vocabulary's parts): compare each pair once per query.
      const memo = new Map<PreparedPart, Comparison | null>();
      const memos = queryParts.map(() => new Map<PreparedPart, Comparison | null>());
      const compare: PartComparer = (q, i, c) => {
        const seen = (memos[i] ?? memo).get(c);
        if (seen !== undefined) return seen ?? undefined;
        const result = compareParts(q, c);
        (memos[i] ?? memo).set(c, result ?? null);
        return result;
      };
      const bonus = (e: number) => {
        if (queryIdentifiers.length > 0 && index.identifierStart[e + 1]! > index.identifierStart[e]!)
          return 1;
        const date = queryDate !== 0 && index.dateStart[e + 1]! > index.dateStart[e]! ? weights.dateSame : 0;
        const country =
          queryCountries.length > 0 && index.countryStart[e + 1]! > index.countryStart[e]!
            ? weights.countrySame
            : 0;
        return date + country;
      };
      const initials = queryParts.filter((p) => p.kind === 'initial').length;
      for (const e of candidates(words, kindCode(query.kind), minScore, bonus, initials)) {
        const hit = scoreCandidate(
          e,
          queryParts,
          queryDate,
          queryCountries,
          queryIdentifiers,
          query.kind,
          compare,
          bonus,
          minScore,
        );
        if (hit && hit.score >= minScore) hitsFound.push(hit);
      }
      hitsFound.sort(
        (a, b) => b.score - a.score || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0),
      );
      return hitsFound.slice(0, limit);
    },
    stats(): ScreeningIndexStats {
      return {
        entities: size,
        names: index.nameStart[size]!,
        nameParts: index.partIds.length,
        tokens: tokenText.length,
        postings: postingCount,
        fuzzyKeys: byDeletion.size,
        ...counters,
      };
    },
  };
}
