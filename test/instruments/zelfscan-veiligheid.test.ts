// The personal safety self-scan: about 18 questions in exactly four parts (woning, gezin, digitaal,
// onderweg), an immediate tip for every less safe answer, usable without an account (nothing
// required), and known answer sets with exact levels, evidence, measures and tips.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/instrument/answers.ts';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { loadInstrument } from '../../src/core/instrument/load.ts';
import type { Instrument, Item, Text } from '../../src/core/instrument/schema.ts';

const file = path.join(import.meta.dirname, '../../instruments/zelfscan-veiligheid/1.0.0.yaml');
const loaded = loadInstrument(fs.readFileSync(file, 'utf8'));
if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.issues, null, 2)}`);
const instrument: Instrument = loaded.instrument;
const items: Item[] = instrument.parts.flatMap((p) => p.sections.flatMap((s) => s.items));

/** The tips the person sees for these answers, by item id (what the UI shows at once). */
function tipsFor(answers: Answers): Record<string, Text> {
  const tips: Record<string, Text> = {};
  for (const item of items) {
    const value = answers[item.id];
    if (typeof value !== 'string') continue;
    const tip =
      item.kind === 'yesNoUnknown'
        ? item.tips?.[value as 'ja' | 'nee' | 'onbekend']
        : item.kind === 'singleChoice'
          ? item.options.find((o) => o.value === value)?.tip
          : undefined;
    if (tip) tips[item.id] = tip;
  }
  return tips;
}

function outcome(answers: Answers) {
  const e = evaluate(instrument, { answers });
  const fired = e.indicators.filter((i) => i.level !== 'geen-aandachtspunt');
  return {
    errors: e.errors.map((x) => [x.item, x.code]),
    levels: Object.fromEntries(fired.map((i) => [i.id, i.level])),
    evidence: Object.fromEntries(fired.map((i) => [i.id, i.evidence.map((x) => x.item)])),
    measures: e.measures.map((m) => m.id),
    tips: Object.keys(tipsFor(answers)),
  };
}

describe('zelfscan-veiligheid: definition', () => {
  it('loads and checks without issues', () => {
    expect(loaded.ok).toBe(true);
    expect(instrument.id).toBe('zelfscan-veiligheid');
    expect(instrument.mode).toBe('zelfscan');
    expect(instrument.minutes).toBe(5);
  });

  it('has 16–20 questions in exactly four parts: woning, gezin, digitaal, onderweg', () => {
    expect(instrument.parts.map((p) => p.id)).toEqual(['woning', 'gezin', 'digitaal', 'onderweg']);
    expect(items.length).toBeGreaterThanOrEqual(16);
    expect(items.length).toBeLessThanOrEqual(20);
    expect(items).toHaveLength(18);
    expect(instrument.parts.map((p) => p.sections.reduce((n, s) => n + s.items.length, 0))).toEqual([
      5, 4, 5, 4,
    ]);
  });

  it('gives at least one tip on every yes/no and choice question', () => {
    for (const item of items) {
      expect(['yesNoUnknown', 'singleChoice', 'multiChoice'], item.id).toContain(item.kind);
      const tips =
        item.kind === 'yesNoUnknown'
          ? Object.values(item.tips ?? {}).filter(Boolean)
          : item.kind === 'singleChoice' || item.kind === 'multiChoice'
            ? item.options.filter((o) => o.tip)
            : [];
      expect(tips.length, item.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every tip in Dutch and English', () => {
    const all: Text[] = items.flatMap((item) =>
      item.kind === 'yesNoUnknown'
        ? (Object.values(item.tips ?? {}).filter(Boolean) as Text[])
        : item.kind === 'singleChoice'
          ? item.options.flatMap((o) => (o.tip ? [o.tip] : []))
          : [],
    );
    expect(all.length).toBeGreaterThanOrEqual(30);
    for (const tip of all) expect(tip.en, tip.nl).toBeDefined();
  });

  it('can be used without an account: nothing is required', () => {
    expect(items.filter((i) => i.required)).toEqual([]);
    expect(evaluate(instrument, { answers: {} }).complete).toBe(true);
  });

  it('has 4–6 indicators across the four themes and the measures the brief names', () => {
    expect(instrument.indicators.length).toBeGreaterThanOrEqual(4);
    expect(instrument.indicators.length).toBeLessThanOrEqual(6);
    expect(new Set(instrument.indicators.map((i) => i.theme))).toEqual(
      new Set(['woning', 'gezin', 'digitaal', 'onderweg']),
    );
    expect(instrument.measures.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'ccv_woningscan',
        'regeling_beveiligingsmaatregelen',
        'veiligheidscoordinator',
        'politie_112',
      ]),
    );
  });

  it('reports tips and measures to the person only', () => {
    expect(instrument.report?.sections).toEqual([
      {
        id: 'tips',
        title: { nl: 'Uw tips', en: 'Your tips' },
        themes: ['woning', 'gezin', 'digitaal', 'onderweg'],
        views: ['kandidaat'],
        show: ['tips', 'indicators', 'measures'],
      },
    ]);
  });
});

const safe: Answers = {
  naam_zichtbaar: 'nee',
  verlichting: 'ja',
  sloten: 'ja',
  wie_aanbelt: 'ja',
  buren: 'ja',
  kinderen_delen: 'geen_huisgenoten',
  afspraken_onbekenden: 'ja',
  noodplan: 'ja',
  gezinsfotos: 'nee',
  tweestaps: 'ja',
  gescheiden: 'ja',
  locatie: 'nee',
  adres_openbaar: 'nee',
  phishing: 'controleren',
  routes: 'wisselend',
  agenda_openbaar: 'nee',
  parkeren: 'verlicht',
  gevolgd: 'ja',
};

describe('zelfscan-veiligheid: known answer sets', () => {
  it('all safe answers: no tips, no points, no measures', () => {
    const o = outcome(safe);
    expect(o.errors).toEqual([]);
    expect(o.tips).toEqual([]);
    expect(o.levels).toEqual({});
    expect(o.measures).toEqual([]);
  });

  it('home and digital gaps: a tip per weak answer and the home and digital measures', () => {
    const answers: Answers = {
      ...safe,
      naam_zichtbaar: 'ja',
      verlichting: 'onbekend',
      wie_aanbelt: 'nee',
      tweestaps: 'nee',
      locatie: 'ja',
    };
    const o = outcome(answers);
    expect(o.errors).toEqual([]);
    expect(o.tips).toEqual(['naam_zichtbaar', 'verlichting', 'wie_aanbelt', 'tweestaps', 'locatie']);
    expect(tipsFor(answers).tweestaps?.nl).toContain('tweestapsverificatie');
    expect(o.levels).toEqual({
      woning_toegang: 'aandachtspunt',
      woning_herkenbaar: 'aandachtspunt',
      digitaal_accounts: 'aandachtspunt',
      digitaal_vindbaar: 'aandachtspunt',
    });
    expect(o.evidence).toEqual({
      woning_toegang: ['verlichting', 'wie_aanbelt'],
      woning_herkenbaar: ['naam_zichtbaar'],
      digitaal_accounts: ['tweestaps'],
      digitaal_vindbaar: ['locatie'],
    });
    expect(o.measures).toEqual([
      'ccv_woningscan',
      'regeling_beveiligingsmaatregelen',
      'veiligheidscoordinator',
      'politie_112',
      'digitale_basis',
      'adres_afschermen',
    ]);
  });

  it('family and travel gaps: tips, points and the family and travel measures', () => {
    const answers: Answers = {
      ...safe,
      kinderen_delen: 'vaak',
      afspraken_onbekenden: 'nee',
      gezinsfotos: 'onbekend',
      routes: 'altijd_zelfde',
      agenda_openbaar: 'ja',
      parkeren: 'lopend_ov',
      gevolgd: 'onbekend',
    };
    const o = outcome(answers);
    expect(o.errors).toEqual([]);
    expect(o.tips).toEqual([
      'kinderen_delen',
      'afspraken_onbekenden',
      'gezinsfotos',
      'routes',
      'agenda_openbaar',
      'gevolgd',
    ]);
    expect(tipsFor(answers).gevolgd?.nl).toContain('112');
    expect(o.levels).toEqual({ gezin: 'aandachtspunt', onderweg: 'aandachtspunt' });
    expect(o.evidence).toEqual({
      gezin: ['kinderen_delen', 'afspraken_onbekenden', 'gezinsfotos'],
      onderweg: ['routes', 'agenda_openbaar', 'gevolgd'],
    });
    expect(o.measures).toEqual([
      'veiligheidscoordinator',
      'politie_112',
      'gezinsafspraken',
      'routes_afwisselen',
    ]);
  });

  it('a few answers are enough: no errors, and only what was answered counts', () => {
    const o = outcome({ adres_openbaar: 'ja', phishing: 'soms_klikken', parkeren: 'afgelegen' });
    expect(o.errors).toEqual([]);
    expect(o.tips).toEqual(['adres_openbaar', 'phishing', 'parkeren']);
    expect(o.levels).toEqual({
      digitaal_accounts: 'aandachtspunt',
      digitaal_vindbaar: 'aandachtspunt',
      onderweg: 'aandachtspunt',
    });
    expect(o.evidence).toEqual({
      digitaal_accounts: ['phishing'],
      digitaal_vindbaar: ['adres_openbaar'],
      onderweg: ['parkeren'],
    });
    expect(o.measures).toEqual([
      'veiligheidscoordinator',
      'politie_112',
      'digitale_basis',
      'adres_afschermen',
      'routes_afwisselen',
    ]);
  });
});
