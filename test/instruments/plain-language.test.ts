// Candidates and opdrachtgevers read plain Dutch (B1) and plain English: no network-analysis jargon
// reaches them. Checked over every text of the instrument versions new procedures pin (the newest
// of each instrument), the names of the network measures as the report shows them, the fixed report
// texts, and the evidence lines every case in the library produces.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCase } from '../../src/core/instrument/cases.ts';
import type { Instrument } from '../../src/core/instrument/schema.ts';
import { networkMeasureNames } from '../../src/core/network/measure-names.ts';
import { evidenceText, networkMeasureLabel } from '../../src/core/report/evidence-text.ts';
import { reportTexts } from '../../src/core/report/texts.ts';
import { instrumentVersions, readCaseLibraries } from '../../src/server/instruments/case-library.ts';

/** Words of the trade that a candidate should never have to look up. */
const jargon =
  /(?<![\p{L}\d])(nodes?|edges?|ego|alters?|density|dichtheid|constraint|knoop|knopen|multiplex\p{L}*|homo(ph|f)il\p{L}*|centralit\p{L}*|betweenness|clustering\p{L}*|graph|graaf|ei-index|iqv|blau|entrop\p{L}*|top3share)(?![\p{L}\d])/iu;

/** Every string in a value, with where it is. */
function strings(value: unknown, at: string): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

/** The texts people read: every {nl, en} in the definition (ids and rule values are not read). */
function texts(instrument: Instrument): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.nl === 'string') found.push(...strings({ nl: o.nl, en: o.en }, at));
      else for (const [k, v] of Object.entries(o)) walk(v, `${at}.${k}`);
    }
  };
  walk(instrument, instrument.id);
  return found;
}

const offending = (list: Array<[string, string]>) =>
  list.filter(([, text]) => jargon.test(text)).map(([at, text]) => `${at}: ${text.match(jargon)?.[0]}`);

let newest: Instrument[];
beforeAll(async () => {
  newest = [...(await instrumentVersions()).values()].map((list) => list.at(-1)!);
});

describe('plain language for candidates and opdrachtgevers', () => {
  it('the jargon list catches what it should', () => {
    for (const word of ['density', 'Dichtheid', 'constraint', 'ego', 'alters', 'multiplexiteit', 'knoop'])
      expect(jargon.test(`de ${word} is hoog`), word).toBe(true);
    for (const word of ['egoïsme', 'alternatief', 'knoopsgat', 'dicht bij'])
      expect(jargon.test(`het ${word}`), word).toBe(false);
  });

  it('no jargon in any text of the versions new procedures pin', () => {
    expect(newest.map((i) => `${i.id} ${i.version}`)).toContain('weerbaarheidsscan-bestuurder 1.1.0');
    expect(newest.flatMap((i) => offending(texts(i)))).toEqual([]);
  });

  it('no jargon in the names of the network measures or the fixed report texts', () => {
    expect(
      offending(networkMeasureNames.flatMap((name) => strings(networkMeasureLabel(name), name))),
    ).toEqual([]);
    expect(offending(strings(reportTexts, 'report-texts'))).toEqual([]);
  });

  it('no jargon in the evidence any case produces, in either language', () => {
    const lines: Array<[string, string]> = [];
    for (const library of readCaseLibraries()) {
      const instrument = newest.find((i) => i.id === library.instrumentId)!;
      for (const { definition } of library.cases) {
        const run = runCase(instrument, definition, library.bases);
        for (const indicator of run.evaluation.indicators) {
          const evidence = evidenceText(instrument, indicator.evidence, run.answers, run.names ?? undefined);
          lines.push(...strings(evidence, `${library.instrumentId}/${definition.id}/${indicator.id}`));
        }
      }
    }
    expect(lines.length).toBeGreaterThan(100);
    expect(offending(lines)).toEqual([]);
  });
});
