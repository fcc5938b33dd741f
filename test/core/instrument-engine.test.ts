import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { indicatorDependencies } from '../../src/core/instrument/index-instrument.ts';
import { loadInstrument } from '../../src/core/instrument/load.ts';
import type { Instrument } from '../../src/core/instrument/schema.ts';
import { allItems, noisyAnswers, validAnswers } from '../support/arbitrary-answers.ts';

function load(file: string): Instrument {
  const result = loadInstrument(fs.readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
  return result.instrument;
}

const fixture = load(path.join(import.meta.dirname, '../fixtures/instruments/minimaal/1.0.0.yaml'));

const instrumentsRoot = path.join(import.meta.dirname, '../../instruments');
const shipped = fs.existsSync(instrumentsRoot)
  ? fs
      .readdirSync(instrumentsRoot, { withFileTypes: true })
      // Only the instrument folders; published.json beside them is the publication record.
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .flatMap((id) =>
        fs.readdirSync(path.join(instrumentsRoot, id)).map((f) => path.join(instrumentsRoot, id, f)),
      )
      .filter((f) => f.endsWith('.yaml'))
  : [];
const all: Array<[string, Instrument]> = [
  ['minimaal', fixture],
  ...shipped.map((f) => [path.basename(path.dirname(f)), load(f)] as [string, Instrument]),
];

describe('evaluation of the fixture', () => {
  it('shows follow-up questions only when they apply', () => {
    expect(evaluate(fixture, { answers: {} }).visibleItems).not.toContain('nevenfuncties');
    expect(evaluate(fixture, { answers: { heeft_nevenfuncties: 'nee' } }).visibleItems).not.toContain(
      'nevenfuncties',
    );
    expect(evaluate(fixture, { answers: { heeft_nevenfuncties: 'ja' } }).visibleItems).toContain(
      'nevenfuncties',
    );
  });

  it('reports validation errors per item, including inside group entries', () => {
    const e = evaluate(fixture, {
      answers: {
        heeft_nevenfuncties: 'ja',
        nevenfuncties: [{ organisatie: '', relatie: 'familie' }],
        aantal_netwerken: 12.5,
        eigen_inschatting_nevenfuncties: 9,
        verzonnen: 'x',
      },
    });
    const summary = e.errors.map((x) => [x.item, x.entry ?? null, x.field ?? null, x.code]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['nevenfuncties', 0, 'organisatie', 'required'],
        ['nevenfuncties', 0, 'relatie', 'unknown-option'],
        ['aantal_netwerken', null, null, 'not-integer'],
        ['eigen_inschatting_nevenfuncties', null, null, 'unknown-option'],
        ['verzonnen', null, null, 'unknown-item'],
      ]),
    );
    expect(e.errors.find((x) => x.code === 'not-integer')?.message.nl).toBe('Vul een heel getal in.');
    expect(e.complete).toBe(false);
  });

  it('levels follow the first matching rule and cite the matching group entries', () => {
    const answers = {
      heeft_nevenfuncties: 'ja',
      nevenfuncties: [
        { organisatie: 'Voetbalclub', relatie: 'subsidie' },
        { organisatie: 'Buurthuis', relatie: 'geen' },
        { organisatie: 'Adviesbureau', relatie: 'opdrachten' },
      ],
    };
    const e = evaluate(fixture, { answers });
    const indicator = e.indicators.find((i) => i.id === 'nevenfunctie_met_belang')!;
    expect(indicator).toMatchObject({
      level: 'risico',
      rule: 0,
      evidence: [{ item: 'nevenfuncties', entries: [0, 2] }],
    });
    expect(e.themes.find((t) => t.id === 'nevenfuncties')?.level).toBe('risico');
    expect(e.measures.map((m) => m.id).sort()).toEqual(['nevenfunctie_neerleggen', 'nevenfunctie_openbaar']);

    const one = evaluate(fixture, {
      answers: { ...answers, nevenfuncties: answers.nevenfuncties.slice(0, 2) },
    });
    expect(one.indicators.find((i) => i.id === 'nevenfunctie_met_belang')).toMatchObject({
      level: 'aandachtspunt',
      rule: 1,
    });
    // `from: risico` keeps the stronger measure back at aandachtspunt.
    expect(one.measures.map((m) => m.id)).toEqual(['nevenfunctie_openbaar']);
  });

  it('ignores answers to hidden questions', () => {
    const e = evaluate(fixture, {
      answers: {
        heeft_nevenfuncties: 'nee',
        nevenfuncties: [
          { organisatie: 'X', relatie: 'subsidie' },
          { organisatie: 'Y', relatie: 'opdrachten' },
        ],
      },
    });
    expect(e.indicators.find((i) => i.id === 'nevenfunctie_met_belang')?.level).toBe('geen-aandachtspunt');
    expect(e.errors).toEqual([]);
  });

  it('cites explicit evidence next to what the rule read', () => {
    const e = evaluate(fixture, { answers: { aantal_netwerken: 41, toelichting: 'club, partij, buurt' } });
    expect(e.indicators.find((i) => i.id === 'veel_netwerken')?.evidence).toEqual([
      { item: 'aantal_netwerken', value: 41 },
      { item: 'toelichting', value: 'club, partij, buurt' },
    ]);
  });

  it('finds a blind spot when the computed level is above the own rating', () => {
    const answers = {
      heeft_nevenfuncties: 'ja',
      nevenfuncties: [
        { organisatie: 'A', relatie: 'subsidie' },
        { organisatie: 'B', relatie: 'subsidie' },
      ],
    };
    expect(
      evaluate(fixture, { answers: { ...answers, eigen_inschatting_nevenfuncties: 1 } }).awareness,
    ).toEqual([
      {
        theme: 'nevenfuncties',
        perceived: 'geen-aandachtspunt',
        computed: 'risico',
        gap: 2,
        blindSpot: true,
      },
    ]);
    expect(
      evaluate(fixture, { answers: { ...answers, eigen_inschatting_nevenfuncties: 4 } }).awareness[0],
    ).toMatchObject({
      perceived: 'ernstig-risico',
      gap: -1,
      blindSpot: false,
    });
  });

  it('counts progress per part over visible questions', () => {
    const e = evaluate(fixture, { answers: { heeft_nevenfuncties: 'ja' } });
    expect(e.progress[0]).toEqual({
      part: 'integriteit',
      required: 2,
      answeredRequired: 1,
      visible: 3,
      answered: 1,
    });
  });
});

describe.each(all)('properties of %s', (_name, instrument) => {
  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(noisyAnswers(instrument), (answers) => {
        evaluate(instrument, { answers: answers as never });
      }),
      { numRuns: 150 },
    );
  });

  it('valid answers to visible questions give no errors but "required"', () => {
    fc.assert(
      fc.property(validAnswers(instrument), (answers) => {
        const e = evaluate(instrument, { answers });
        expect(e.errors.filter((x) => x.code !== 'required' && x.code !== 'too-few-entries')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(validAnswers(instrument), (answers) => {
        expect(evaluate(instrument, { answers })).toEqual(
          evaluate(instrument, { answers: structuredClone(answers) }),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('hiding an item never changes an indicator that does not depend on it', () => {
    const ids = allItems(instrument).map((i) => i.id);
    fc.assert(
      fc.property(validAnswers(instrument), fc.constantFrom(...ids), (answers, hidden) => {
        // Hide `hidden` by making its condition impossible; its answer stays in the set.
        const variant = structuredClone(instrument);
        for (const part of variant.parts)
          for (const section of part.sections)
            for (const item of section.items)
              if (item.id === hidden) item.visibleIf = { all: [{ answer: '__nooit__', answered: true }] };
        const before = evaluate(instrument, { answers });
        const after = evaluate(variant, { answers });
        for (const indicator of instrument.indicators) {
          if (indicatorDependencies(instrument, indicator.id).has(hidden)) continue;
          expect(after.indicators.find((i) => i.id === indicator.id)).toEqual(
            before.indicators.find((i) => i.id === indicator.id),
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('condition language', () => {
  it('atLeast counts how many of several signals hold, citing those that do', async () => {
    const { evaluateCondition } = await import('../../src/core/instrument/conditions.ts');
    const condition = {
      atLeast: 2,
      of: [
        { answer: 'a', is: 'ja' },
        { answer: 'b', is: 'ja' },
        { answer: 'c', gte: 3 },
      ],
    };
    expect(evaluateCondition(condition, { answers: { a: 'ja', b: 'nee', c: 1 } }).holds).toBe(false);
    const two = evaluateCondition(condition, { answers: { a: 'ja', b: 'nee', c: 5 } });
    expect(two.holds).toBe(true);
    expect(two.evidence).toEqual([
      { item: 'a', value: 'ja' },
      { item: 'c', value: 5 },
    ]);
  });
});

describe('tips', () => {
  it('returns the tip of each given answer that has one, and none for hidden questions', () => {
    const zelfscan = all.find(([name]) => name === 'zelfscan-veiligheid')?.[1];
    if (!zelfscan) return;
    const item = allItems(zelfscan).find(
      (i) => i.kind === 'yesNoUnknown' && i.tips && Object.keys(i.tips).length > 0,
    )!;
    const value = Object.keys((item as { tips: Record<string, unknown> }).tips)[0]!;
    const e = evaluate(zelfscan, { answers: { [item.id]: value } });
    expect(e.tips).toEqual([{ item: item.id, tip: (item as { tips: Record<string, unknown> }).tips[value] }]);
    const other = ['ja', 'nee', 'onbekend'].find(
      (v) => !(v in (item as { tips: Record<string, unknown> }).tips),
    );
    if (other) expect(evaluate(zelfscan, { answers: { [item.id]: other } }).tips).toEqual([]);
  });
});
