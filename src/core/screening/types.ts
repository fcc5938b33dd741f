// The screening vocabulary: entities from a reference list, a query about a subject, and a hit
// that carries its score and the features that made it. Pure data; see ARCHITECTURE.md
// "Screening match".

export type EntityKind = 'person' | 'organisation';

export interface ScreeningEntity {
  id: string;
  kind: EntityKind;
  /** The FollowTheMoney schema, e.g. 'Person', 'Company'. */
  schema: string;
  names: string[];
  birthDates: string[];
  countries: string[];
  identifiers: string[];
  topics: string[];
  datasets: string[];
}

export type FtmRefusal =
  | 'not-json'
  | 'not-an-object'
  | 'no-id'
  | 'no-schema'
  | 'unsupported-schema'
  | 'no-name'
  | 'bad-date';

export type FtmLineResult =
  | { ok: true; entity: ScreeningEntity }
  | { ok: false; line: number; refusal: FtmRefusal };

export interface ScreeningQuery {
  kind: EntityKind;
  name: string;
  birthDate?: string;
  countries?: string[];
  identifiers?: string[];
}

export type MatchFeatureCode =
  | 'name.exact'
  | 'name.part-exact'
  | 'name.initial'
  | 'name.phonetic'
  | 'name.edit-distance'
  | 'name.tussenvoegsel-missing'
  | 'name.tussenvoegsel-different'
  | 'name.order-swapped'
  | 'name.transliterated'
  | 'name.part-missing'
  | 'birth-date.same'
  | 'birth-date.year-same'
  | 'birth-date.conflict'
  | 'country.same'
  | 'country.conflict'
  | 'identifier.same'
  | 'identifier.conflict';

/** One reason in a hit's score: `weight` is what it added to (or took from) the score. */
export interface MatchFeature {
  code: MatchFeatureCode;
  weight: number;
  query?: string;
  candidate?: string;
}

export interface ScreeningHit {
  entityId: string;
  /** 0..1, the sum of the features' weights, clamped. */
  score: number;
  features: MatchFeature[];
}

/**
 * A list ready to match against. `match` gives the hits best first (then by entity id), at most
 * `limit` (10) with a score of at least `minScore` (`screeningThreshold`, 0.7); from a minScore
 * of 0.65 they are exactly the hits scoring every entity would give (ARCHITECTURE.md).
 */
export interface ScreeningIndex {
  readonly size: number;
  match(query: ScreeningQuery, options?: { limit?: number; minScore?: number }): ScreeningHit[];
}
