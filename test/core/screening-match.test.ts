// Matching that explains itself: each feature appears when it should, the score is the sum of
// the features' weights, variations of a name are still found, and conflicts lower the score.
import { describe, expect, it } from 'vitest';
import {
  buildScreeningIndex,
  explainFeature,
  type MatchFeatureCode,
  nameFeatures,
  prepareName,
  type ScreeningEntity,
  type ScreeningHit,
  type ScreeningQuery,
  scoreOf,
  screeningThreshold,
} from '../../src/core/screening/index.ts';

const person = (id: string, name: string, extra: Partial<ScreeningEntity> = {}): ScreeningEntity => ({
  id,
  kind: 'person',
  schema: 'Person',
  names: [name],
  birthDates: [],
  countries: [],
  identifiers: [],
  topics: [],
  datasets: ['test'],
  ...extra,
});

const list: ScreeningEntity[] = [
  person('berg', 'Jan van der Berg', { birthDates: ['1970-05-03'], countries: ['nl'] }),
  person('janssen', 'Pieter Janssen', { birthDates: ['1962'], identifiers: ['NL-123456789'] }),
  person('putin', 'Vladimir Putin', { birthDates: ['1952-10-07'], countries: ['ru'] }),
  person('mueller', 'Jürgen Müller'),
  person('vries', 'Anna Maria de Vries', { countries: ['nl'] }),
  person('dijk', 'Kees van Dijk'),
  person('bakker', 'Henk Bakker', { birthDates: ['1980-01-01'] }),
  person('jonker', 'Sanne Jonker'),
  {
    ...person('bouw', 'Bouwbedrijf De Vries B.V.'),
    kind: 'organisation',
    schema: 'Company',
    identifiers: ['KVK 12345678'],
  },
];
const index = buildScreeningIndex(list);

function hitFor(query: ScreeningQuery, entityId: string): ScreeningHit {
  const hit = index.match(query, { minScore: 0, limit: 50 }).find((h) => h.entityId === entityId);
  if (!hit) throw new Error(`no hit on ${entityId} for ${query.name}`);
  return hit;
}
const codes = (hit: ScreeningHit) => hit.features.map((f) => f.code);
const feature = (hit: ScreeningHit, code: MatchFeatureCode) => hit.features.find((f) => f.code === code);

describe('screening match: each feature when it should', () => {
  it('name.exact for the same name, and nothing else', () => {
    const hit = hitFor({ kind: 'person', name: 'Jan van der Berg' }, 'berg');
    expect(codes(hit)).toEqual(['name.exact']);
    expect(hit.score).toBe(1);
  });

  it('name.part-exact per part when not all agree, name.tussenvoegsel-missing when one side lacks it', () => {
    const hit = hitFor({ kind: 'person', name: 'Jan Berg' }, 'berg');
    expect(codes(hit)).toEqual(['name.part-exact', 'name.part-exact', 'name.tussenvoegsel-missing']);
    expect(feature(hit, 'name.tussenvoegsel-missing')).toMatchObject({ candidate: 'van der' });
    expect(hit.score).toBeGreaterThanOrEqual(screeningThreshold);
    expect(hit.score).toBeLessThan(1);
  });

  it('name.initial for an initial', () => {
    const hit = hitFor({ kind: 'person', name: 'J. van der Berg' }, 'berg');
    expect(feature(hit, 'name.initial')).toMatchObject({ query: 'J', candidate: 'Jan' });
    expect(hit.score).toBeGreaterThanOrEqual(screeningThreshold);
  });

  it('name.phonetic for a Dutch spelling variant, said in words', () => {
    const hit = hitFor({ kind: 'person', name: 'Pieter Jansen' }, 'janssen');
    const phonetic = feature(hit, 'name.phonetic');
    expect(phonetic).toMatchObject({ query: 'Jansen', candidate: 'Janssen' });
    expect(explainFeature(phonetic!)).toEqual({
      nl: '‘Jansen’ komt overeen met ‘Janssen’ (klinkt gelijk)',
      en: '‘Jansen’ agrees with ‘Janssen’ (sounds the same)',
    });
  });

  it('name.edit-distance for a typing error', () => {
    const hit = hitFor({ kind: 'person', name: 'Henk Bkaker' }, 'bakker');
    expect(feature(hit, 'name.edit-distance')).toMatchObject({ query: 'Bkaker', candidate: 'Bakker' });
    expect(hit.score).toBeGreaterThanOrEqual(screeningThreshold);
  });

  it('name.order-swapped for a swapped order, still found', () => {
    const hit = hitFor({ kind: 'person', name: 'Dijk Kees van' }, 'dijk');
    expect(codes(hit)).toContain('name.order-swapped');
    expect(hit.score).toBeGreaterThanOrEqual(screeningThreshold);
    // "Surname, Given" is read as a name in the usual order: no swap.
    expect(codes(hitFor({ kind: 'person', name: 'Dijk, Kees van' }, 'dijk'))).toEqual(['name.exact']);
  });

  it('name.transliterated for Cyrillic and for diacritics', () => {
    const cyrillic = hitFor({ kind: 'person', name: 'Владимир Путин' }, 'putin');
    expect(codes(cyrillic)).toEqual(['name.transliterated', 'name.transliterated']);
    expect(feature(cyrillic, 'name.transliterated')).toMatchObject({
      query: 'Владимир',
      candidate: 'Vladimir',
    });
    expect(cyrillic.score).toBeGreaterThanOrEqual(0.95);
    const plain = hitFor({ kind: 'person', name: 'Jurgen Muller' }, 'mueller');
    expect(codes(plain)).toEqual(['name.transliterated', 'name.transliterated']);
  });

  it('name.part-missing for a name the other side lacks, still found', () => {
    const hit = hitFor({ kind: 'person', name: 'Anna de Vries' }, 'vries');
    expect(feature(hit, 'name.part-missing')).toMatchObject({ candidate: 'Maria' });
    expect(feature(hit, 'name.part-missing')?.query).toBeUndefined();
    expect(hit.score).toBeGreaterThanOrEqual(screeningThreshold);
  });

  it('birth-date.same, birth-date.year-same and birth-date.conflict', () => {
    expect(
      feature(
        hitFor({ kind: 'person', name: 'Jan van der Berg', birthDate: '1970-05-03' }, 'berg'),
        'birth-date.same',
      ),
    ).toMatchObject({ query: '1970-05-03' });
    expect(
      codes(hitFor({ kind: 'person', name: 'Pieter Janssen', birthDate: '1962-04-01' }, 'janssen')),
    ).toContain('birth-date.year-same');
    expect(
      codes(hitFor({ kind: 'person', name: 'Jan van der Berg', birthDate: '1985-01-01' }, 'berg')),
    ).toContain('birth-date.conflict');
  });

  it('country.same and country.conflict', () => {
    expect(codes(hitFor({ kind: 'person', name: 'Jan van der Berg', countries: ['NL'] }, 'berg'))).toContain(
      'country.same',
    );
    expect(codes(hitFor({ kind: 'person', name: 'Jan van der Berg', countries: ['be'] }, 'berg'))).toContain(
      'country.conflict',
    );
  });

  it('identifier.same raises to near-certain, identifier.conflict lowers', () => {
    const same = hitFor({ kind: 'person', name: 'P. Jansen', identifiers: ['nl 123456789'] }, 'janssen');
    expect(codes(same)).toContain('identifier.same');
    expect(same.score).toBeGreaterThanOrEqual(0.99);
    const other = hitFor(
      { kind: 'person', name: 'Pieter Janssen', identifiers: ['NL-987654321'] },
      'janssen',
    );
    expect(codes(other)).toContain('identifier.conflict');
    expect(other.score).toBeLessThan(hitFor({ kind: 'person', name: 'Pieter Janssen' }, 'janssen').score);
    // A registration number with and without its prefix is one number.
    const company = hitFor(
      { kind: 'organisation', name: 'Bouwbedrijf de Vries', identifiers: ['12345678'] },
      'bouw',
    );
    expect(codes(company)).toEqual(['name.exact', 'identifier.same']);
  });
});

describe('screening match: scores', () => {
  it('are the sum of the features’ weights, clamped to 0..1', () => {
    const queries: ScreeningQuery[] = [
      { kind: 'person', name: 'J. Berg', birthDate: '1970-05-03', countries: ['nl'] },
      { kind: 'person', name: 'Anna de Vries', countries: ['de'] },
      { kind: 'person', name: 'Pieter Jansen', birthDate: '1990-02-02' },
    ];
    for (const query of queries) {
      for (const hit of index.match(query, { minScore: 0 })) {
        const sum = hit.features.reduce((s, f) => s + f.weight, 0);
        expect(hit.score).toBeCloseTo(Math.min(1, Math.max(0, sum)), 4);
      }
    }
  });

  it('conflicts lower the score', () => {
    const plain = hitFor({ kind: 'person', name: 'Jan van der Berg' }, 'berg').score;
    const sameYearOtherDay = hitFor(
      { kind: 'person', name: 'Jan van der Berg', birthDate: '1970-09-09' },
      'berg',
    ).score;
    const otherYear = hitFor(
      { kind: 'person', name: 'Jan van der Berg', birthDate: '1950-09-09' },
      'berg',
    ).score;
    const otherCountry = hitFor(
      { kind: 'person', name: 'Jan van der Berg', countries: ['fr'] },
      'berg',
    ).score;
    expect(sameYearOtherDay).toBeLessThan(plain);
    expect(otherYear).toBeLessThan(sameYearOtherDay);
    expect(otherYear).toBeLessThan(screeningThreshold);
    expect(otherCountry).toBeLessThan(plain);
  });

  it('a different given name is no hit above the threshold', () => {
    expect(index.match({ kind: 'person', name: 'Piet van der Berg' }).map((h) => h.entityId)).not.toContain(
      'berg',
    );
    expect(hitFor({ kind: 'person', name: 'Jan Piet van der Berg' }, 'berg').score).toBeGreaterThanOrEqual(
      screeningThreshold,
    );
    // Scored on their own, the names disagree on the given name: below the threshold.
    const piet = nameFeatures(
      prepareName('Piet van der Berg', 'person'),
      prepareName('Jan van der Berg', 'person'),
    );
    expect(scoreOf(piet ?? [])).toBeLessThan(screeningThreshold);
    expect(piet?.filter((f) => f.code === 'name.part-missing')).toEqual([
      { code: 'name.part-missing', weight: -0.4, query: 'Piet' },
      { code: 'name.part-missing', weight: -0.1, candidate: 'Jan' },
    ]);
    expect(index.match({ kind: 'person', name: 'Sanne Jansen' })).toEqual([]);
  });

  it('are reproducible, ordered by score then id, and keep kinds apart', () => {
    const query: ScreeningQuery = { kind: 'person', name: 'de Vries', birthDate: '1970-05-03' };
    expect(index.match(query, { minScore: 0 })).toEqual(index.match(query, { minScore: 0 }));
    const hits = index.match({ kind: 'person', name: 'Jan Berg Jansen Vries' }, { minScore: 0 });
    for (let k = 1; k < hits.length; k++) expect(hits[k - 1]!.score).toBeGreaterThanOrEqual(hits[k]!.score);
    expect(
      index.match({ kind: 'person', name: 'Bouwbedrijf De Vries' }).map((h) => h.entityId),
    ).not.toContain('bouw');
    expect(index.match({ kind: 'organisation', name: 'Bouwbedrijf De Vries BV' })[0]?.entityId).toBe('bouw');
    expect(index.size).toBe(list.length);
  });

  it('skip no candidate that the date of birth and country lift to minScore', () => {
    const lifted = buildScreeningIndex([
      person('jpb', 'Jan Pieter Berg', { birthDates: ['1970-01-01'], countries: ['nl'] }),
    ]);
    const query: ScreeningQuery = {
      kind: 'person',
      name: 'Jan Klaas Berg',
      birthDate: '1970-01-01',
      countries: ['nl'],
    };
    // 1 − 0.4 (Klaas against Pieter) − 0.1 (Pieter) + 0.1 (date) + 0.02 (country)
    expect(lifted.match(query, { minScore: 0.6 }).map((h) => h.score)).toEqual([0.62]);
    expect(lifted.match({ ...query, birthDate: undefined }, { minScore: 0.6 })).toEqual([]);
  });

  it('honour limit and minScore', () => {
    const query: ScreeningQuery = { kind: 'person', name: 'Jan de Vries Berg' };
    expect(index.match(query, { minScore: 0, limit: 1 })).toHaveLength(1);
    expect(index.match(query, { minScore: 1 })).toEqual([]);
    expect(index.match({ kind: 'person', name: 'J.' })).toEqual([]);
  });
});
