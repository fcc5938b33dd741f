// The score of one candidate name and record against a query, as a list of features whose
// weights add up to the score: the name parts aligned one to one (exact, after folding,
// initial, sounds alike, a few edits), what is missing or swapped, then date of birth, country
// and identifiers. Every weight is rounded to four decimals before it is added, so the list
// explains the score exactly and the same input always gives the same number.
import { analyseName, fold, type NamePart } from './normalise.ts';
import { allowedEdits, dutchKey, editDistance, editSimilarity, internationalKey } from './similarity.ts';
import type {
  EntityKind,
  MatchFeature,
  MatchFeatureCode,
  ScreeningEntity,
  ScreeningHit,
  ScreeningQuery,
} from './types.ts';

export interface PreparedPart extends NamePart {
  dutch: string;
  /** The romanisation-free key (similarity.ts), for phonetic equality and edits. */
  intl: string;
}

export function preparePart(part: NamePart): PreparedPart {
  const simple = part.kind === 'particle' ? '' : part.text;
  return { ...part, dutch: dutchKey(simple), intl: internationalKey(simple) };
}

export function prepareName(name: string, kind: EntityKind): PreparedPart[] {
  return analyseName(name, kind).map(preparePart);
}

/** What one part of the query has to do with one part of a candidate's name, if anything. */
export function compareParts(
  q: PreparedPart,
  c: PreparedPart,
): { code: MatchFeatureCode; similarity: number } | undefined {
  if (q.kind === 'particle' || c.kind === 'particle') return undefined;
  if (q.kind === 'initial' || c.kind === 'initial') {
    if (q.text[0] !== c.text[0]) return undefined;
    return { code: 'name.initial', similarity: q.kind === c.kind ? 0.9 : 0.85 };
  }
  if (q.text === c.text) {
    return q.raw === c.raw || q.raw.toLowerCase() === c.raw.toLowerCase()
      ? { code: 'name.part-exact', similarity: 1 }
      : { code: 'name.transliterated', similarity: 0.98 };
  }
  // A phonetic key of a two-letter word says little (Xu, Xiao): there only the romanisation-free one.
  const longEnough = q.text.length >= 3 && c.text.length >= 3;
  if ((longEnough && q.dutch === c.dutch) || (q.intl !== '' && q.intl === c.intl)) {
    return { code: 'name.phonetic', similarity: 0.9 };
  }
  const length = Math.max(q.text.length, c.text.length);
  const allowed = allowedEdits(length);
  if (allowed === 0) return undefined;
  const distance = Math.min(editDistance(q.text, c.text, allowed), editDistance(q.intl, c.intl, allowed));
  if (distance <= allowed)
    return { code: 'name.edit-distance', similarity: editSimilarity(distance, length) };
  return undefined;
}

/** The score from which a hit is worth an expert's look (the benchmark's recall and precision are at this). */
export const screeningThreshold = 0.7;

const round = (n: number) => Math.round(n * 10000) / 10000;

/** Which of a name's words is the surname: the last word of a person's name; none for an organisation. */
function surnameOf(kind: EntityKind, words: PreparedPart[]): number {
  if (kind === 'organisation' || words.length < 2) return -1;
  for (let j = words.length - 1; j >= 0; j--) if (words[j]!.kind === 'word') return j;
  return -1;
}

/** Penalties for what one side names and the other does not, or names otherwise. */
export const penalty = {
  /** A word on both sides left over (Jan / Piet), or the query's surname not on the list's side. */
  conflict: 0.4,
  initialConflict: 0.3,
  /** A given name the list does not have (it may simply not know it). */
  queryMissing: 0.15,
  queryInitialMissing: 0.1,
  /** A name the list has and the query does not (lists often hold every given name). */
  candidateMissing: 0.1,
  candidateInitialMissing: 0.05,
  particleMissing: 0.03,
  particleDifferent: 0.1,
  /** Given names in another order: for a person likely someone else; for an organisation common. */
  personOrder: 0.08,
  organisationOrder: 0.03,
};

export type Comparison = { code: MatchFeatureCode; similarity: number } | undefined;
/** How the parts are compared; the index passes a memoised `compareParts`. */
export type PartComparer = (q: PreparedPart, qIndex: number, c: PreparedPart) => Comparison;
const direct: PartComparer = (q, _i, c) => compareParts(q, c);

/**
 * The name features of one candidate name against the query's name, or undefined when not one
 * word of the name agrees (an initial alone is no hit).
 */
export function nameFeatures(
  query: PreparedPart[],
  candidate: PreparedPart[],
  kind: EntityKind = 'person',
  compare: PartComparer = direct,
): MatchFeature[] | undefined {
  // (At most 30 words a side: the alignment keeps its bookkeeping in two bit sets.)
  const qWords = query.filter((p) => p.kind !== 'particle').slice(0, 30);
  const cWords = candidate.filter((p) => p.kind !== 'particle').slice(0, 30);
  const pairs: Array<{ i: number; j: number; code: MatchFeatureCode; similarity: number }> = [];
  let anyWord = false;
  for (let i = 0; i < qWords.length; i++) {
    for (let j = 0; j < cWords.length; j++) {
      const found = compare(qWords[i]!, i, cWords[j]!);
      if (!found) continue;
      pairs.push({ i, j, code: found.code, similarity: found.similarity });
      if (found.code !== 'name.initial') anyWord = true;
    }
  }
  if (!anyWord) return undefined;
  // Best first; among equals the pair closest to its place, then the earliest: deterministic.
  pairs.sort(
    (a, b) =>
      b.similarity - a.similarity || Math.abs(a.i - a.j) - Math.abs(b.i - b.j) || a.i - b.i || a.j - b.j,
  );
  let usedQ = 0;
  let usedC = 0;
  const chosen: typeof pairs = [];
  for (const pair of pairs) {
    if (usedQ & (1 << pair.i) || usedC & (1 << pair.j)) continue;
    usedQ |= 1 << pair.i;
    usedC |= 1 << pair.j;
    chosen.push(pair);
  }
  if (!chosen.some((p) => p.code !== 'name.initial')) return undefined;
  chosen.sort((a, b) => a.i - b.i);

  const qParticles = query.filter((p) => p.kind === 'particle');
  const cParticles = candidate.filter((p) => p.kind === 'particle');
  const unmatchedQ = qWords.filter((_, i) => !(usedQ & (1 << i)));
  const unmatchedC = cWords.filter((_, j) => !(usedC & (1 << j)));
  const swapped = chosen.some((p, k) => k > 0 && p.j < chosen[k - 1]!.j);
  const particlesAgree = qParticles.map((p) => p.text).join('|') === cParticles.map((p) => p.text).join('|');

  if (
    unmatchedQ.length === 0 &&
    unmatchedC.length === 0 &&
    !swapped &&
    particlesAgree &&
    chosen.every((p) => p.code === 'name.part-exact')
  ) {
    const words = (parts: PreparedPart[]) => parts.map((p) => p.raw).join(' ');
    return [{ code: 'name.exact', weight: 1, query: words(query), candidate: words(candidate) }];
  }

  // A person's surname (the last word) tells more than a given name: on the list's side it counts
  // double, and on the query's side it may not be missing.
  const surname = surnameOf(kind, cWords);
  const querySurname = surnameOf(kind, qWords);
  const weightOf = (j: number) => (j === surname ? 2 : 1);
  const total = chosen.reduce((sum, p) => sum + weightOf(p.j), 0);
  const features: MatchFeature[] = chosen.map((p) => ({
    code: p.code,
    weight: round((p.similarity * weightOf(p.j)) / total),
    query: qWords[p.i]!.raw,
    candidate: cWords[p.j]!.raw,
  }));
  // Parts left over on both sides are a disagreement (Jan / Piet), not an omission.
  const conflict = unmatchedQ.length > 0 && unmatchedC.length > 0;
  for (const part of unmatchedQ) {
    const isSurname = part === qWords[querySurname];
    const weight =
      part.kind === 'initial'
        ? conflict
          ? penalty.initialConflict
          : penalty.queryInitialMissing
        : conflict || isSurname
          ? penalty.conflict
          : penalty.queryMissing;
    features.push({ code: 'name.part-missing', weight: -weight, query: part.raw });
  }
  for (const part of unmatchedC) {
    const weight = part.kind === 'initial' ? penalty.candidateInitialMissing : penalty.candidateMissing;
    features.push({ code: 'name.part-missing', weight: -weight, candidate: part.raw });
  }
  if (!particlesAgree) {
    const q = qParticles.map((p) => p.raw).join(' ');
    const c = cParticles.map((p) => p.raw).join(' ');
    const different = q !== '' && c !== '';
    features.push({
      code: different ? 'name.tussenvoegsel-different' : 'name.tussenvoegsel-missing',
      weight: -(different ? penalty.particleDifferent : penalty.particleMissing),
      ...(q !== '' ? { query: q } : {}),
      ...(c !== '' ? { candidate: c } : {}),
    });
  }
  if (swapped) {
    const weight = kind === 'person' ? penalty.personOrder : penalty.organisationOrder;
    features.push({ code: 'name.order-swapped', weight: -weight });
  }
  return features;
}

// ── the rest of the record ──

/** A date of birth as yyyymmdd, with 00 for an unknown month or day; 0 when not a date. */
export function dateNumber(date: string): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return 0;
  return Number(m[1]) * 10000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0);
}

export const dateText = (n: number) => {
  const y = String(Math.floor(n / 10000)).padStart(4, '0');
  const month = Math.floor(n / 100) % 100;
  const day = n % 100;
  return month === 0
    ? y
    : day === 0
      ? `${y}-${String(month).padStart(2, '0')}`
      : `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

export const weights = {
  dateSame: 0.1,
  yearSame: 0.04,
  dateConflictSameYear: -0.1,
  dateConflict: -0.35,
  countrySame: 0.02,
  countryConflict: -0.08,
  identifierConflict: -0.2,
  identifierCertain: 0.99,
};

/** The best agreement of the query's date of birth with any of the candidate's. */
export function dateFeature(query: number, candidates: ArrayLike<number>): MatchFeature | undefined {
  if (query === 0 || candidates.length === 0) return undefined;
  let best: MatchFeature | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c === 0) continue;
    const qy = Math.floor(query / 10000);
    const cy = Math.floor(c / 10000);
    const full = query % 100 !== 0 && c % 100 !== 0;
    let feature: MatchFeature;
    if (qy !== cy) feature = { code: 'birth-date.conflict', weight: weights.dateConflict };
    else if (query === c && full) feature = { code: 'birth-date.same', weight: weights.dateSame };
    else if (full) feature = { code: 'birth-date.conflict', weight: weights.dateConflictSameYear };
    else {
      // One or both only partly known: agreeing as far as both go is the same year (or month).
      const qm = Math.floor(query / 100) % 100;
      const cm = Math.floor(c / 100) % 100;
      feature =
        qm !== 0 && cm !== 0 && qm !== cm
          ? { code: 'birth-date.conflict', weight: weights.dateConflictSameYear }
          : { code: 'birth-date.year-same', weight: weights.yearSame };
    }
    feature.query = dateText(query);
    feature.candidate = dateText(c);
    if (!best || feature.weight > best.weight) best = feature;
  }
  return best;
}

export function countryFeature(
  query: readonly string[],
  candidate: readonly string[],
): MatchFeature | undefined {
  if (query.length === 0 || candidate.length === 0) return undefined;
  const same = query.find((c) => candidate.includes(c));
  if (same) return { code: 'country.same', weight: weights.countrySame, query: same, candidate: same };
  return {
    code: 'country.conflict',
    weight: weights.countryConflict,
    query: query.join(', '),
    candidate: candidate.join(', '),
  };
}

/** An identifier compared without case, spaces or punctuation: "NL 1234.56" is "NL123456". */
export const normaliseIdentifier = (id: string) =>
  fold(id)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');

export function identifierFeature(
  query: readonly string[],
  candidate: readonly string[],
  scoreSoFar: number,
): MatchFeature | undefined {
  if (query.length === 0 || candidate.length === 0) return undefined;
  // The same number with or without its prefix ("KVK 12345678", "12345678") is the same.
  const digits = (id: string) => id.replace(/^[A-Z]+/, '');
  const sameId = (q: string, c: string) => c === q || (digits(q).length >= 5 && digits(q) === digits(c));
  for (const q of query) {
    const c = candidate.find((id) => sameId(q, id));
    if (c === undefined) continue;
    const weight = round(Math.max(0, weights.identifierCertain - scoreSoFar));
    return { code: 'identifier.same', weight, query: q, candidate: c };
  }
  return {
    code: 'identifier.conflict',
    weight: weights.identifierConflict,
    query: query.join(', '),
    candidate: candidate.join(', '),
  };
}

/** The sum of the weights, clamped to 0..1 and rounded: the score the features explain. */
export function scoreOf(features: readonly MatchFeature[]): number {
  const sum = features.reduce((s, f) => s + f.weight, 0);
  return round(Math.min(1, Math.max(0, sum)));
}

export { round };

/**
 * One entity scored against a query with nothing skipped: every name, then date, country and
 * identifiers. The index gives the same hits for what its blocking reaches (its tests hold it to
 * this); on its own it screens a handful of entities without building an index.
 */
export function scoreEntity(query: ScreeningQuery, entity: ScreeningEntity): ScreeningHit | undefined {
  if (entity.kind !== query.kind) return undefined;
  const queryParts = prepareName(query.name, query.kind);
  let best: MatchFeature[] | undefined;
  let bestSum = Number.NEGATIVE_INFINITY;
  for (const name of entity.names) {
    const features = nameFeatures(queryParts, prepareName(name, entity.kind), query.kind);
    if (!features) continue;
    const sum = scoreOf(features);
    if (sum > bestSum) {
      best = features;
      bestSum = sum;
    }
  }
  if (!best) return undefined;
  const features = [...best];
  const dates = entity.birthDates.map(dateNumber).filter((n) => n !== 0);
  const date = dateFeature(query.birthDate ? dateNumber(query.birthDate) : 0, dates);
  if (date) features.push(date);
  const country = countryFeature(
    (query.countries ?? []).map((c) => c.toLowerCase()),
    entity.countries.map((c) => c.toLowerCase()),
  );
  if (country) features.push(country);
  const normalised = (ids: readonly string[]) => ids.map(normaliseIdentifier).filter((id) => id !== '');
  const identifier = identifierFeature(
    normalised(query.identifiers ?? []),
    normalised(entity.identifiers),
    scoreOf(features),
  );
  if (identifier) features.push(identifier);
  return { entityId: entity.id, score: scoreOf(features), features };
}
