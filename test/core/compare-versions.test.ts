// The herhaalscan across the shipped versions: a candidate scanned on bestuurder 1.0.0 and again on
// 1.1.0 is compared indicator by indicator, by id. The calibration shows as a change (the
// dependence point of a three-contact map goes), a new indicator as "new", and nothing is lost.
import { beforeAll, describe, expect, it } from 'vitest';
import { compareResults } from '../../src/core/agenda/compare.ts';
import { caseInput } from '../../src/core/instrument/cases.ts';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import type { Instrument } from '../../src/core/instrument/schema.ts';
import { measureNetwork } from '../../src/core/network/metrics.ts';
import { instrumentVersions, readCaseLibraries } from '../../src/server/instruments/case-library.ts';

const id = 'weerbaarheidsscan-bestuurder';
let v100: Instrument;
let v110: Instrument;
beforeAll(async () => {
  const list = (await instrumentVersions()).get(id)!;
  v100 = list.find((i) => i.version === '1.0.0')!;
  v110 = list.find((i) => i.version === '1.1.0')!;
});

function results(instrument: Instrument, caseId: string) {
  const library = readCaseLibraries().find((l) => l.instrumentId === id)!;
  const definition = library.cases.find((c) => c.definition.id === caseId)!.definition;
  const input = caseInput(instrument, definition, library.bases);
  const network = input.network ? measureNetwork(input.network, instrument.network!) : undefined;
  return {
    instrument,
    evaluation: evaluate(instrument, { answers: input.answers, ...(network ? { network } : {}) }),
    decisions: null,
  };
}

describe('herhaalscan from bestuurder 1.0.0 to 1.1.0', () => {
  it('matches indicators by id: the recalibrated one is lower, the new one is new, none is gone', () => {
    const comparison = compareResults(results(v100, 'drie-contacten'), results(v110, 'drie-contacten'));
    expect(comparison.earlier.instrument.version).toBe('1.0.0');
    expect(comparison.now.instrument.version).toBe('1.1.0');
    const byId = new Map(comparison.indicators.map((i) => [i.id, i]));
    expect(byId.get('afhankelijkheid_netwerk')).toMatchObject({
      presence: 'both',
      earlier: 'aandachtspunt',
      now: 'geen-aandachtspunt',
      direction: 'lower',
    });
    expect(byId.get('gesloten_kring')).toMatchObject({ presence: 'new', earlier: null, direction: null });
    expect(comparison.indicators.filter((i) => i.presence === 'gone')).toEqual([]);
    expect(comparison.themes.find((t) => t.id === 'netwerk')).toMatchObject({
      presence: 'both',
      earlier: 'aandachtspunt',
      now: 'geen-aandachtspunt',
      direction: 'lower',
      earlierJudged: false,
    });
  });

  it('an unchanged candidate compares as the same on every indicator both versions have', () => {
    const comparison = compareResults(results(v100, 'vastgoed-belang'), results(v110, 'vastgoed-belang'));
    const both = comparison.indicators.filter((i) => i.presence === 'both');
    expect(both.length).toBe(v100.indicators.length);
    expect(both.filter((i) => i.direction !== 'same')).toEqual([]);
    expect(comparison.themes.find((t) => t.id === 'financien')).toMatchObject({
      earlier: 'risico',
      now: 'risico',
    });
  });
});
