// The weerbaarheidscheck for kandidaat-raadsleden: it loads, it has the shape the brief asks for
// (talking points everywhere, mostly aandachtspunt, self-ratings, views for candidate and committee),
// and known answer sets give exact levels, evidence and measures, so any rule change shows up here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/instrument/answers.ts';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { loadInstrument } from '../../src/core/instrument/load.ts';
import type { Instrument } from '../../src/core/instrument/schema.ts';

const file = path.join(import.meta.dirname, '../../instruments/weerbaarheidscheck-raadslid/1.0.0.yaml');
const loaded = loadInstrument(fs.readFileSync(file, 'utf8'));
if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.issues, null, 2)}`);
const instrument: Instrument = loaded.instrument;

/** Fired indicators with their level, cited item ids and the suggested measures. */
function outcome(answers: Answers) {
  const e = evaluate(instrument, { answers });
  const fired = e.indicators.filter((i) => i.level !== 'geen-aandachtspunt');
  return {
    errors: e.errors.map((x) => [x.item, x.code]),
    levels: Object.fromEntries(fired.map((i) => [i.id, i.level])),
    evidence: Object.fromEntries(
      fired.map((i) => [i.id, [...new Set(i.evidence.map((x) => x.item ?? `network:${x.network}`))]]),
    ),
    measures: e.measures.map((m) => m.id),
    awareness: e.awareness.map((a) => [a.theme, a.perceived, a.computed, a.blindSpot]),
    themes: Object.fromEntries(e.themes.map((t) => [t.id, t.level])),
  };
}

describe('weerbaarheidscheck-raadslid: definition', () => {
  it('loads and checks without issues', () => {
    expect(loaded.ok).toBe(true);
    expect(instrument.id).toBe('weerbaarheidscheck-raadslid');
    expect(instrument.version).toBe('1.0.0');
    expect(instrument.mode).toBe('check');
    expect(instrument.minutes).toBe(15);
  });

  it('covers the themes of the brief', () => {
    expect(instrument.themes.map((t) => t.id)).toEqual([
      'nevenfuncties',
      'financien',
      'relaties_gemeente',
      'online',
      'netwerk',
      'veiligheid',
      'antecedenten',
    ]);
  });

  it('has at least 10 indicators, each with 2–3 talking points and a candidate text', () => {
    expect(instrument.indicators.length).toBeGreaterThanOrEqual(10);
    expect(instrument.indicators).toHaveLength(16);
    for (const indicator of instrument.indicators) {
      expect(indicator.talkingPoints.length, indicator.id).toBeGreaterThanOrEqual(2);
      expect(indicator.talkingPoints.length, indicator.id).toBeLessThanOrEqual(3);
      for (const point of indicator.talkingPoints) {
        expect(point.nl.trim().endsWith('?'), `${indicator.id}: ${point.nl}`).toBe(true);
        expect(point.en, indicator.id).toBeDefined();
      }
      expect(indicator.candidateText.en, indicator.id).toBeDefined();
    }
  });

  it('uses mostly aandachtspunt and never ernstig-risico', () => {
    const rules = instrument.indicators.flatMap((i) => i.rules.map((r) => r.level));
    const attention = rules.filter((l) => l === 'aandachtspunt').length;
    expect(attention / rules.length).toBeGreaterThan(0.75);
    expect(rules).not.toContain('ernstig-risico');
  });

  it('has at least 10 measures, including the ones the brief names', () => {
    expect(instrument.measures.length).toBeGreaterThanOrEqual(10);
    expect(instrument.measures.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'gesprek_integriteitscontact',
        'nevenfuncties_publiceren',
        'dilemmatraining',
        'integriteitsagenda',
        'ccv_zelfscan',
      ]),
    );
  });

  it('asks for self-ratings on several themes', () => {
    const rated = instrument.parts
      .flatMap((p) => p.sections.flatMap((s) => s.items))
      .flatMap((i) => (i.kind === 'scale' && i.selfRatingFor ? [i.selfRatingFor] : []));
    expect(rated).toEqual(['nevenfuncties', 'online', 'netwerk', 'veiligheid']);
  });

  it('reports to candidate and committee (expert view) with talking points for every theme', () => {
    const sections = instrument.report?.sections ?? [];
    for (const s of sections) {
      expect(s.views).toEqual(['kandidaat', 'expert']);
      expect(s.show).toContain('talkingPoints');
    }
    const covered = new Set(sections.flatMap((s) => s.themes));
    expect([...covered].sort()).toEqual(instrument.themes.map((t) => t.id).sort());
  });
});

const calm: Answers = {
  heeft_nevenfuncties: 'nee',
  eigen_inschatting_nevenfuncties: 1,
  financiele_belangen: ['geen'],
  financiele_situatie: 'stabiel',
  afhankelijk: 'nee',
  familie_bij_gemeente: 'nee',
  werk_relatie_gemeente: 'nee',
  contacten_zaken: 'nee',
  lopende_zaak: 'nee',
  online_kanalen: ['sociale_media_prive'],
  oude_uitingen: 'nee',
  online_nagekeken: 'ja',
  prive_zichtbaar: 'nee',
  eigen_inschatting_online: 1,
  aantal_netwerken: 12,
  zelfde_mensen: 'soms',
  gevoelige_sectoren: ['geen'],
  kring: 'gemengd',
  wederkerigheid: 'nee',
  verwachtingen: 'nee',
  eigen_inschatting_netwerk: 2,
  bedreiging: 'nee',
  benaderd: 'nee',
  weet_waar_heen: 'goed',
  steun: 'ja',
  gezin_besproken: 'ja',
  eigen_inschatting_veiligheid: 2,
  antecedenten: 'nee',
  iets_uit_verleden: 'nee',
  vog_bereid: 'ja',
};

const entrepreneur: Answers = {
  heeft_nevenfuncties: 'ja',
  nevenfuncties: [
    {
      organisatie: 'Ondernemersvereniging',
      rol: 'penningmeester',
      betaald: 'nee',
      relatie_gemeente: 'belangenbehartiging',
    },
    { organisatie: 'Voetbalclub', rol: 'bestuurslid', betaald: 'nee', relatie_gemeente: 'subsidie' },
    { organisatie: 'Stichting buurthuis', relatie_gemeente: 'geen' },
  ],
  bereid_openbaar: 'ja',
  eigen_inschatting_nevenfuncties: 1,
  financiele_belangen: ['eigen_bedrijf', 'vastgoed'],
  bedrijf_zaken_gemeente: 'soms',
  financiele_situatie: 'stabiel',
  afhankelijk: 'nee',
  familie_bij_gemeente: 'ja',
  familie_rol: 'soms',
  werk_relatie_gemeente: 'nee',
  contacten_zaken: 'ja',
  lopende_zaak: 'nee',
  oude_uitingen: 'nee',
  online_nagekeken: 'ja',
  prive_zichtbaar: 'nee',
  aantal_netwerken: 35,
  zelfde_mensen: 'vaak',
  gevoelige_sectoren: ['horeca', 'vastgoed'],
  gevoelig_belang: 'ja',
  kring: 'vooral_gelijken',
  wederkerigheid: 'soms',
  verwachtingen: 'ja',
  eigen_inschatting_netwerk: 2,
  bedreiging: 'nee',
  benaderd: 'nee',
  weet_waar_heen: 'ongeveer',
  steun: 'ja',
  gezin_besproken: 'ja',
  antecedenten: 'nee',
  iets_uit_verleden: 'nee',
  vog_bereid: 'ja',
};

const underPressure: Answers = {
  heeft_nevenfuncties: 'ja',
  nevenfuncties: [{ organisatie: 'Adviesbureau', betaald: 'ja', relatie_gemeente: 'weet_niet' }],
  bereid_openbaar: 'nee',
  financiele_belangen: ['geen'],
  financiele_situatie: 'zorgen',
  afhankelijk: 'ja',
  familie_bij_gemeente: 'nee',
  werk_relatie_gemeente: 'ambtenaar',
  contacten_zaken: 'nee',
  lopende_zaak: 'ja',
  online_kanalen: ['sociale_media_prive', 'openbare_groepen'],
  oude_uitingen: 'misschien',
  online_nagekeken: 'nee',
  prive_zichtbaar: 'ja',
  eigen_inschatting_online: 2,
  zelfde_mensen: 'nee',
  gevoelige_sectoren: ['bouw'],
  gevoelig_belang: 'onbekend',
  kring: 'gesloten',
  wederkerigheid: 'vaak',
  verwachtingen: 'nee',
  bedreiging: 'vaker',
  benaderd: 'ja',
  gemeld: 'nee',
  weet_waar_heen: 'nee',
  steun: 'beperkt',
  gezin_besproken: 'nee',
  eigen_inschatting_veiligheid: 1,
  antecedenten: 'liever_gesprek',
  iets_uit_verleden: 'ja',
  vog_bereid: 'ja',
};

describe('weerbaarheidscheck-raadslid: known answer sets', () => {
  it('a candidate with nothing to discuss gets no points and no measures', () => {
    const o = outcome(calm);
    expect(o.errors).toEqual([]);
    expect(o.levels).toEqual({});
    expect(o.measures).toEqual([]);
    expect(o.awareness).toEqual([
      ['nevenfuncties', 'geen-aandachtspunt', 'geen-aandachtspunt', false],
      ['online', 'geen-aandachtspunt', 'geen-aandachtspunt', false],
      ['netwerk', 'aandachtspunt', 'geen-aandachtspunt', false],
      ['veiligheid', 'aandachtspunt', 'geen-aandachtspunt', false],
    ]);
  });

  it('a local entrepreneur with a wide network gets talking points on interests and network', () => {
    const o = outcome(entrepreneur);
    expect(o.errors).toEqual([]);
    expect(o.levels).toEqual({
      nevenfunctie_met_belang: 'aandachtspunt',
      financiele_belangen_gemeente: 'aandachtspunt',
      familie_bij_gemeente: 'aandachtspunt',
      contacten_met_belang: 'aandachtspunt',
      zelfde_mensen_rollen: 'aandachtspunt',
      gevoelige_sectoren: 'aandachtspunt',
      kliek_signalen: 'aandachtspunt',
      weten_waar_heen: 'aandachtspunt',
    });
    expect(o.evidence).toEqual({
      nevenfunctie_met_belang: ['nevenfuncties'],
      financiele_belangen_gemeente: ['bedrijf_zaken_gemeente', 'financiele_belangen'],
      familie_bij_gemeente: ['familie_bij_gemeente', 'familie_rol'],
      contacten_met_belang: ['contacten_zaken'],
      zelfde_mensen_rollen: ['zelfde_mensen', 'aantal_netwerken'],
      gevoelige_sectoren: ['gevoelig_belang', 'gevoelige_sectoren'],
      kliek_signalen: ['verwachtingen'],
      weten_waar_heen: ['weet_waar_heen'],
    });
    const e = evaluate(instrument, { answers: entrepreneur });
    expect(e.indicators.find((i) => i.id === 'nevenfunctie_met_belang')?.evidence[0]).toEqual({
      item: 'nevenfuncties',
      entries: [0, 1],
    });
    expect(o.measures).toEqual([
      'gesprek_integriteitscontact',
      'nevenfuncties_publiceren',
      'niet_meestemmen',
      'dilemmatraining',
      'integriteitsagenda',
      'afspraken_familie',
      'ccv_zelfscan',
      'steunpunten_kennen',
      'netwerk_verbreden',
    ]);
    // Rated side activities as no risk while they raise a point: a blind spot to talk about.
    expect(o.awareness).toEqual([
      ['nevenfuncties', 'geen-aandachtspunt', 'aandachtspunt', true],
      ['netwerk', 'aandachtspunt', 'aandachtspunt', false],
    ]);
  });

  it('a candidate under pressure gets risks for incompatibility, publication and unreported threats', () => {
    const o = outcome(underPressure);
    expect(o.errors).toEqual([]);
    expect(o.levels).toEqual({
      nevenfunctie_met_belang: 'aandachtspunt',
      nevenfuncties_openbaar: 'risico',
      financiele_kwetsbaarheid: 'aandachtspunt',
      werk_bij_gemeente: 'risico',
      contacten_met_belang: 'aandachtspunt',
      online_sporen: 'aandachtspunt',
      gevoelige_sectoren: 'aandachtspunt',
      kliek_signalen: 'aandachtspunt',
      bedreiging_benadering: 'risico',
      weten_waar_heen: 'aandachtspunt',
      prive_zichtbaar: 'aandachtspunt',
      antecedenten: 'aandachtspunt',
      verleden_in_pers: 'aandachtspunt',
    });
    expect(o.evidence).toEqual({
      nevenfunctie_met_belang: ['nevenfuncties'],
      nevenfuncties_openbaar: ['bereid_openbaar', 'nevenfuncties'],
      financiele_kwetsbaarheid: ['financiele_situatie', 'afhankelijk'],
      werk_bij_gemeente: ['werk_relatie_gemeente'],
      contacten_met_belang: ['lopende_zaak'],
      online_sporen: ['oude_uitingen', 'online_nagekeken', 'online_kanalen'],
      gevoelige_sectoren: ['gevoelig_belang', 'gevoelige_sectoren'],
      kliek_signalen: ['kring', 'wederkerigheid'],
      bedreiging_benadering: ['bedreiging', 'gemeld'],
      weten_waar_heen: ['weet_waar_heen', 'gezin_besproken'],
      prive_zichtbaar: ['prive_zichtbaar'],
      antecedenten: ['antecedenten'],
      verleden_in_pers: ['iets_uit_verleden'],
    });
    const rules = Object.fromEntries(
      evaluate(instrument, { answers: underPressure }).indicators.map((i) => [i.id, i.rule]),
    );
    expect(rules.nevenfunctie_met_belang).toBe(1);
    expect(rules.gevoelige_sectoren).toBe(1);
    expect(rules.bedreiging_benadering).toBe(0);
    expect(o.measures).toEqual([
      'gesprek_integriteitscontact',
      'nevenfuncties_publiceren',
      'niet_meestemmen',
      'dilemmatraining',
      'integriteitsagenda',
      'onverenigbaarheid_regelen',
      'online_opruimen',
      'ccv_zelfscan',
      'melden_bedreiging',
      'steunpunten_kennen',
      'financiele_hulp',
      'vog_aanvragen',
      'netwerk_verbreden',
    ]);
    expect(o.themes).toEqual({
      nevenfuncties: 'risico',
      financien: 'aandachtspunt',
      relaties_gemeente: 'risico',
      online: 'aandachtspunt',
      netwerk: 'aandachtspunt',
      veiligheid: 'risico',
      antecedenten: 'aandachtspunt',
    });
    expect(o.awareness).toEqual([
      ['online', 'aandachtspunt', 'aandachtspunt', false],
      ['veiligheid', 'geen-aandachtspunt', 'risico', true],
    ]);
  });

  it('ignores answers to questions that are hidden', () => {
    const o = outcome({
      ...calm,
      nevenfuncties: [{ organisatie: 'Club', relatie_gemeente: 'subsidie' }],
      bereid_openbaar: 'nee',
      gevoelig_belang: 'ja',
      gemeld: 'nee',
    });
    expect(o.levels).toEqual({});
    expect(o.measures).toEqual([]);
  });
});
