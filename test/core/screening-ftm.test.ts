// FollowTheMoney entity lines (JSON lines, as OpenSanctions exports them) as screening entities;
// every refusal with its line number and its sentence.
import { describe, expect, it } from 'vitest';
import { explainRefusal, type FtmRefusal, parseFtmLine } from '../../src/core/screening/index.ts';

const line = (value: unknown) => JSON.stringify(value);

describe('parseFtmLine', () => {
  it('reads a Person with names, aliases, dates, countries, identifiers, topics and datasets', () => {
    const result = parseFtmLine(
      line({
        id: 'nl-pep-1',
        schema: 'Person',
        datasets: ['demo-pep'],
        properties: {
          name: ['Jan van der Berg'],
          alias: ['J. v.d. Berg', 'Jan van der Berg'],
          birthDate: ['1970-05-03', '1970'],
          nationality: ['NL'],
          country: ['nl'],
          idNumber: ['NL123'],
          passportNumber: ['X1'],
          topics: ['role.pep'],
          notes: ['not kept'],
        },
      }),
      1,
    );
    expect(result).toEqual({
      ok: true,
      entity: {
        id: 'nl-pep-1',
        kind: 'person',
        schema: 'Person',
        names: ['Jan van der Berg', 'J. v.d. Berg'],
        birthDates: ['1970-05-03', '1970'],
        countries: ['nl'],
        identifiers: ['NL123', 'X1'],
        topics: ['role.pep'],
        datasets: ['demo-pep'],
      },
    });
  });

  it('reads a Company as an organisation, and a Person named by its name parts', () => {
    const company = parseFtmLine(
      line({
        id: 'c1',
        schema: 'Company',
        properties: { name: ['Bouw B.V.'], registrationNumber: ['KVK 1'], jurisdiction: ['nl'] },
      }),
      2,
    );
    expect(company).toMatchObject({
      ok: true,
      entity: { kind: 'organisation', schema: 'Company', identifiers: ['KVK 1'], countries: ['nl'] },
    });
    const parts = parseFtmLine(
      line({ id: 'p2', schema: 'Person', properties: { firstName: ['Anna'], lastName: ['de Vries'] } }),
      3,
    );
    expect(parts).toMatchObject({ ok: true, entity: { names: ['Anna de Vries'], birthDates: [] } });
  });

  it('refuses each broken line with its line number', () => {
    const cases: Array<[string, FtmRefusal]> = [
      ['{"id": "x", "schema": ', 'not-json'],
      ['', 'not-json'],
      ['[1, 2]', 'not-an-object'],
      ['null', 'not-an-object'],
      ['"Person"', 'not-an-object'],
      [line({ schema: 'Person', properties: { name: ['A'] } }), 'no-id'],
      [line({ id: '  ', schema: 'Person', properties: { name: ['A'] } }), 'no-id'],
      [line({ id: 'x', properties: { name: ['A'] } }), 'no-schema'],
      [line({ id: 'x', schema: 'Ownership', properties: { name: ['A'] } }), 'unsupported-schema'],
      [line({ id: 'x', schema: 'Person', properties: { name: [] } }), 'no-name'],
      [line({ id: 'x', schema: 'Person' }), 'no-name'],
      [
        line({ id: 'x', schema: 'Person', properties: { name: ['A'], birthDate: ['1970-02-30'] } }),
        'bad-date',
      ],
      [
        line({ id: 'x', schema: 'Person', properties: { name: ['A'], birthDate: ['3 mei 1970'] } }),
        'bad-date',
      ],
      [line({ id: 'x', schema: 'Person', properties: { name: ['A'], birthDate: ['1970-13'] } }), 'bad-date'],
    ];
    cases.forEach(([text, refusal], k) => {
      expect(parseFtmLine(text, k + 10), text).toEqual({ ok: false, line: k + 10, refusal });
    });
  });

  it('accepts a year, a year and month, and a leap day', () => {
    for (const date of ['1970', '1970-05', '2000-02-29']) {
      expect(
        parseFtmLine(line({ id: 'x', schema: 'Person', properties: { name: ['A'], birthDate: [date] } }), 1)
          .ok,
      ).toBe(true);
    }
    expect(
      parseFtmLine(
        line({ id: 'x', schema: 'Person', properties: { name: ['A'], birthDate: ['1900-02-29'] } }),
        1,
      ),
    ).toMatchObject({ refusal: 'bad-date' });
  });

  it('says each refusal in words, with the line', () => {
    expect(explainRefusal('bad-date', 7).nl).toContain('Regel 7');
    expect(explainRefusal('unsupported-schema', 12).en).toContain('Line 12');
  });
});
