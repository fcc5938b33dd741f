// The nevenfuncties register's pure parts: half years, "held during", a publication with exactly
// the listed fields, and the content file's checks (an internal field cannot be published; the
// issue names its line).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegisterContent } from '../../src/core/nevenfuncties/load.ts';
import {
  heldDuring,
  isIsoDate,
  notAfter,
  periodBounds,
  periodOf,
} from '../../src/core/nevenfuncties/period.ts';
import { buildPublication, publicationRows } from '../../src/core/nevenfuncties/publication.ts';

const file = path.resolve(import.meta.dirname, '../../register/nevenfuncties.yaml');
const text = fs.readFileSync(file, 'utf8');

describe('half years', () => {
  it('has bounds, a current one, and no future one', () => {
    expect(periodBounds('2026-H1')).toEqual({ period: '2026-H1', from: '2026-01-01', to: '2026-06-30' });
    expect(periodBounds('2026-H2')).toEqual({ period: '2026-H2', from: '2026-07-01', to: '2026-12-31' });
    expect(periodBounds('2026-H3')).toBeNull();
    expect(periodOf(new Date('2026-06-30T23:59:59Z'))).toBe('2026-H1');
    expect(periodOf(new Date('2026-07-01T00:00:00Z'))).toBe('2026-H2');
    expect(notAfter('2026-H2', new Date('2026-12-07T00:00:00Z'))).toBe(true);
    expect(notAfter('2027-H1', new Date('2026-12-07T00:00:00Z'))).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });

  it('counts a nevenfunctie that ran at any time in the half year', () => {
    const h2 = periodBounds('2026-H2')!;
    expect(heldDuring(h2, null, null)).toBe(true);
    expect(heldDuring(h2, '2020-01-01', '2026-07-01')).toBe(true);
    expect(heldDuring(h2, '2020-01-01', '2026-06-30')).toBe(false);
    expect(heldDuring(h2, '2027-01-01', null)).toBe(false);
  });
});

describe('a publication', () => {
  const holders = [
    { userId: 'b', name: 'Bram', office: 'burgemeester' as const },
    { userId: 'a', name: 'Anna', office: 'wethouder' as const },
  ];
  const row = {
    userId: 'a',
    name: 'Anna',
    office: 'wethouder' as const,
    paid: true,
    startsOn: '2020-01-01',
    endsOn: null,
  };
  const rows = [
    { ...row, function: 'Voorzitter', organisation: 'Zwaluwen' },
    { ...row, function: 'Lid', organisation: 'Akker', paid: false },
    { ...row, function: 'Oud', organisation: 'Voorbij', endsOn: '2021-01-01' },
  ];

  it('holds exactly the listed fields, per official in name order', () => {
    const content = buildPublication(
      periodBounds('2026-H2')!,
      ['name', 'office', 'function', 'organisation'],
      holders,
      rows,
    );
    expect(content.officials).toEqual([
      {
        name: 'Anna',
        office: 'wethouder',
        nevenfuncties: [
          { function: 'Lid', organisation: 'Akker' },
          { function: 'Voorzitter', organisation: 'Zwaluwen' },
        ],
      },
      { name: 'Bram', office: 'burgemeester', nevenfuncties: [] },
    ]);
    const withPaid = buildPublication(
      periodBounds('2026-H2')!,
      ['name', 'office', 'function', 'organisation', 'paid'],
      holders,
      rows,
    );
    expect(publicationRows(withPaid)).toEqual([
      ['period', 'name', 'office', 'function', 'organisation', 'paid'],
      ['2026-H2', 'Anna', 'wethouder', 'Lid', 'Akker', 'nee'],
      ['2026-H2', 'Anna', 'wethouder', 'Voorzitter', 'Zwaluwen', 'ja'],
    ]);
  });
});

describe('the content file', () => {
  it('loads as shipped', () => {
    const loaded = loadRegisterContent(text);
    expect(loaded.issues).toEqual([]);
  });

  it('refuses an internal field among the published ones, with its line', () => {
    const broken = text.replace('    - field: paid\n', '    - field: hoursPerMonth\n');
    const loaded = loadRegisterContent(broken);
    expect(loaded.ok).toBe(false);
    const line = broken.split('\n').findIndex((l) => l.includes('- field: hoursPerMonth')) + 1;
    expect(loaded.issues.some((i) => i.line === line && /publiceerbaar/.test(i.message))).toBe(true);
  });

  it('refuses a publication without the organisation', () => {
    const broken = text.replace('    - field: organisation\n', '    - field: endsOn\n');
    const loaded = loadRegisterContent(broken);
    expect(loaded.ok).toBe(false);
    expect(loaded.issues.map((i) => i.message).join('\n')).toContain("'organisation' ontbreekt");
  });
});
