// The main instrument, weerbaarheidsscan-bestuurder 1.0.0: it loads and passes the checker, covers
// every theme with a self-rating, every indicator can be answered by a measure, and known answer
// sets give exactly the levels, evidence and measures the definition promises.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Answers, GroupEntry } from '../../src/core/instrument/answers.ts';
import { type Evaluation, evaluate } from '../../src/core/instrument/evaluate.ts';
import { loadInstrument } from '../../src/core/instrument/load.ts';
import { type Instrument, type Level, levels } from '../../src/core/instrument/schema.ts';

const file = new URL('../../instruments/weerbaarheidsscan-bestuurder/1.0.0.yaml', import.meta.url);
const source = fs.readFileSync(file, 'utf8');
let instrument: Instrument;

beforeAll(() => {
  const result = loadInstrument(source);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  instrument = result.instrument;
});

const rank = (level: Level) => levels.indexOf(level);

/** Indicator id → level, for the indicators that are above geen-aandachtspunt. */
function raised(evaluation: Evaluation): Record<string, Level> {
  return Object.fromEntries(
    evaluation.indicators.filter((i) => i.level !== 'geen-aandachtspunt').map((i) => [i.id, i.level]),
  );
}

function result(evaluation: Evaluation, id: string) {
  const found = evaluation.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

function themeLevel(evaluation: Evaluation, id: string): Level | undefined {
  return evaluation.themes.find((t) => t.id === id)?.level;
}

const measureIds = (evaluation: Evaluation) => evaluation.measures.map((m) => m.id);

/** A candidate with nothing to report: every visible question answered in the quietest way. */
const clean: Answers = {
  beoogde_functie: 'wethouder',
  voldoet_vereisten: 'ja',
  woonplaats: 'ja',
  onverenigbare_functie: 'nee',
  verboden_handelingen: 'nee',
  zelfinschatting_benoembaarheid: 1,
  cv_klopt: 'nee',
  terugkeergarantie: 'nee',
  eerdere_functies_belang: 'nee',
  zelfinschatting_loopbaan: 1,
  heeft_nevenfuncties: 'nee',
  zelfinschatting_nevenfuncties: 1,
  heeft_financiele_belangen: 'nee',
  schulden: 'nee',
  financiele_afhankelijkheid: 'nee',
  zelfinschatting_financien: 1,
  familie_bij_organisatie: 'nee',
  contacten_met_belangen: 'nee',
  eigen_zaken_gemeente: 'nee',
  zelfinschatting_relaties: 1,
  veroordeling: 'nee',
  lopend_onderzoek: 'nee',
  integriteitsonderzoek: 'nee',
  faillissement_boete: 'nee',
  zelfinschatting_antecedenten: 1,
  online_actief: 'beperkt',
  online_nagekeken: 'ja',
  online_uitingen: 'nee',
  online_schuilnaam: 'nee',
  zelfinschatting_online: 1,
  veiligheid_zorgen: 'nee',
  veiligheid_besproken: 'ja',
  vertrouwenspersoon_bekend: 'ja',
  owb_bekend: 'ja',
  druk_omgaan: 4,
  nee_zeggen: 'makkelijk',
  steun_omgeving: 'meerdere',
  sparringpartner: 'ja',
  zelfinschatting_weerbaarheid: 1,
  aantal_netwerken: 35,
  soorten_netwerken: ['familie', 'vrienden', 'sportclub', 'partij', 'oud_werkgevers'],
  netwerk_overzicht: 'goed',
  andere_petten: 'nee',
  sectoren_direct: ['geen'],
  sectoren_via_via: ['geen'],
  netwerk_zaken: 'enkele',
  verwachtingen: 'nee',
  mensen_zoals_ik: 'gemengd',
  buiten_kring: 'vaak',
  uitsluiting: 'nee',
  wederkerigheid: 'nee',
  grijze_zone: ['geen'],
  zelfinschatting_netwerk: 1,
  adres_vindbaar: 'nee',
  woning_maatregelen: ['verlichting', 'sloten'],
  gezin_afspraken: 'ja',
  kinderen_online: 'nee',
  tweestaps: 'overal',
  wachtwoorden: 'ja',
  telefoon_openbaar: 'nee',
  accounts_gescheiden: 'ja',
  vaste_routines: 'nee',
  locatie_delen: 'nooit',
  bedreiging: 'nee',
  benadering: 'nee',
  infiltratie: 'nee',
  weet_melden: ['politie', 'organisatie', 'owb'],
  melden_bereid: 'melden',
  zelfinschatting_veiligheid: 1,
};

const bibliotheek: GroupEntry = {
  organisatie: 'Bibliotheek',
  rol: 'vrijwilliger',
  betaald: 'nee',
  sector: 'sport_cultuur',
  relatie: ['geen'],
  behouden: 'behouden',
};
const voetbalclub: GroupEntry = {
  organisatie: 'VV De Zwaluwen',
  rol: 'bestuur',
  betaald: 'nee',
  sector: 'sport_cultuur',
  relatie: ['subsidie'],
  behouden: 'neerleggen',
};

describe('weerbaarheidsscan-bestuurder 1.0.0: the definition', () => {
  it('loads, passes the checker and is large enough', () => {
    expect(instrument.id).toBe('weerbaarheidsscan-bestuurder');
    expect(instrument.version).toBe('1.0.0');
    expect(instrument.mode).toBe('scan');
    expect(instrument.indicators.length).toBeGreaterThanOrEqual(25);
    expect(instrument.measures.length).toBeGreaterThanOrEqual(30);
    expect(instrument.parts.map((p) => p.id)).toEqual(['integriteit', 'netwerkanalyse', 'veiligheid']);
  });

  it('has every theme of the field, each with indicators and a self-rating at the end of its section', () => {
    expect(instrument.themes.map((t) => t.id)).toEqual([
      'benoembaarheid',
      'loopbaan',
      'nevenfuncties',
      'financien',
      'relaties',
      'antecedenten',
      'online',
      'veiligheid',
      'weerbaarheid',
      'netwerk',
    ]);
    const sections = instrument.parts.flatMap((p) => p.sections);
    for (const theme of instrument.themes) {
      const ratings = sections.flatMap((s) =>
        s.items
          .map((item, i) => ({ item, last: i === s.items.length - 1 }))
          .filter(({ item }) => item.kind === 'scale' && item.selfRatingFor === theme.id),
      );
      expect(ratings, theme.id).toHaveLength(1);
      expect(ratings[0]!.last, `${theme.id}: self-rating is the last item of its section`).toBe(true);
      expect(ratings[0]!.item.visibleIf, theme.id).toBeUndefined();
      expect(
        instrument.indicators.some((i) => i.theme === theme.id),
        theme.id,
      ).toBe(true);
    }
  });

  it('answers every indicator with a measure whose threshold the indicator can reach', () => {
    for (const indicator of instrument.indicators) {
      const highest = Math.max(...indicator.rules.map((r) => rank(r.level)));
      const answering = instrument.measures.filter(
        (m) => m.answers.includes(indicator.id) && rank(m.from) <= highest,
      );
      expect(answering.length, indicator.id).toBeGreaterThan(0);
      expect(indicator.talkingPoints.length, indicator.id).toBeGreaterThanOrEqual(1);
      expect(indicator.talkingPoints.length, indicator.id).toBeLessThanOrEqual(3);
    }
  });

  it('uses network measures in some indicators next to answer-based ones', () => {
    const text = JSON.stringify(instrument.indicators);
    for (const name of [
      'multiplexContacts',
      'privateInterestOverlaps',
      'sensitiveExposure1',
      'sensitiveExposure2',
    ]) {
      expect(text).toContain(`"network":"${name}"`);
    }
    for (const name of ['interestContacts', 'ei.sector', 'top3Share', 'constraint']) {
      expect(text).toContain(`"network":"${name}"`);
    }
  });

  it('gives every text in English too, and never uses graph jargon', () => {
    const missing: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if ('nl' in o && !('en' in o)) missing.push(path);
        for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
      }
    };
    const raw = parse(source);
    walk(raw, '');
    expect(missing).toEqual([]);
    const texts = JSON.stringify(raw);
    expect(texts).not.toMatch(/\b(node|nodes|edge|edges|ego|alter|alters)\b/i);
  });

  it('marks the sensitive sectors and private contexts in the network block', () => {
    const network = instrument.network!;
    const sensitive = network.sectors.filter((s) => s.sensitive).map((s) => s.id);
    for (const id of [
      'vastgoed',
      'horeca',
      'bouw',
      'recreatieparken',
      'agrarisch_vastgoed',
      'notaris',
      'makelaardij',
    ]) {
      expect(sensitive).toContain(id);
    }
    for (const id of ['onderwijs', 'zorg_welzijn', 'overheid']) {
      expect(network.sectors.find((s) => s.id === id)?.sensitive).toBe(false);
    }
    expect(network.contexts.find((c) => c.id === 'familie')?.private).toBe(true);
    expect(network.contexts.find((c) => c.id === 'eigen_bedrijf')?.private).toBe(false);
    expect(network.attributes.map((a) => a.id).sort()).toEqual(['ageBand', 'gender', 'place', 'sector']);
  });

  it('shows the client only judgement and measures in the summary, and no evidence in the full view', () => {
    const sections = instrument.report!.sections;
    const show = (view: string) =>
      new Set(sections.filter((s) => s.views.includes(view as never)).flatMap((s) => s.show));
    const themesIn = (view: string) =>
      new Set(sections.filter((s) => s.views.includes(view as never)).flatMap((s) => s.themes));
    expect([...show('opdrachtgever-samenvatting')].sort()).toEqual(['judgement', 'measures']);
    expect([...show('opdrachtgever-volledig')].sort()).toEqual(['indicators', 'judgement', 'measures']);
    for (const view of ['kandidaat', 'expert']) {
      expect([...show(view)].sort()).toEqual(
        ['awareness', 'evidence', 'indicators', 'judgement', 'measures', 'talkingPoints', 'tips'].sort(),
      );
    }
    for (const view of ['kandidaat', 'expert', 'opdrachtgever-volledig', 'opdrachtgever-samenvatting']) {
      expect(themesIn(view).size, view).toBe(instrument.themes.length);
    }
  });
});

describe('weerbaarheidsscan-bestuurder 1.0.0: known answer sets', () => {
  it('a clean candidate: complete, no point of attention anywhere, no measures', () => {
    const ev = evaluate(instrument, { answers: clean });
    expect(ev.errors).toEqual([]);
    expect(ev.complete).toBe(true);
    expect(raised(ev)).toEqual({});
    expect(ev.themes.every((t) => t.level === 'geen-aandachtspunt')).toBe(true);
    expect(ev.measures).toEqual([]);
    expect(ev.awareness).toHaveLength(instrument.themes.length);
    expect(ev.awareness.every((a) => a.gap === 0 && !a.blindSpot)).toBe(true);
  });

  it('a typical candidate with a board seat at a subsidised club: one aandachtspunt, that entry cited', () => {
    const ev = evaluate(instrument, {
      answers: { ...clean, heeft_nevenfuncties: 'ja', nevenfuncties: [bibliotheek, voetbalclub] },
    });
    expect(ev.errors).toEqual([]);
    expect(raised(ev)).toEqual({ nevenfunctie_gemeentebelang: 'aandachtspunt' });
    const r = result(ev, 'nevenfunctie_gemeentebelang');
    expect(r.rule).toBe(1);
    expect(r.evidence).toEqual([{ item: 'nevenfuncties', entries: [1] }]);
    expect(themeLevel(ev, 'nevenfuncties')).toBe('aandachtspunt');
    expect(ev.measures).toEqual([
      { id: 'nevenfuncties_openbaar', because: ['nevenfunctie_gemeentebelang'] },
      { id: 'onthouden_dossiers', because: ['nevenfunctie_gemeentebelang'] },
    ]);
  });

  it('the same club seat kept: risico, with laying it down and moving the portfolio suggested', () => {
    const kept = { ...voetbalclub, behouden: 'behouden' };
    const ev = evaluate(instrument, {
      answers: { ...clean, heeft_nevenfuncties: 'ja', nevenfuncties: [bibliotheek, kept] },
    });
    expect(raised(ev)).toEqual({ nevenfunctie_gemeentebelang: 'risico' });
    expect(result(ev, 'nevenfunctie_gemeentebelang')).toMatchObject({
      rule: 0,
      evidence: [{ item: 'nevenfuncties', entries: [1] }],
    });
    expect(measureIds(ev)).toEqual([
      'nevenfunctie_neerleggen',
      'nevenfuncties_openbaar',
      'portefeuille_aanpassen',
      'onthouden_dossiers',
      'integriteitsagenda',
    ]);
    // A plain member of the same club, keeping the membership, stays an aandachtspunt.
    const member = evaluate(instrument, {
      answers: { ...clean, heeft_nevenfuncties: 'ja', nevenfuncties: [{ ...kept, rol: 'lid' }] },
    });
    expect(raised(member)).toEqual({ nevenfunctie_gemeentebelang: 'aandachtspunt' });
  });

  it('a typical candidate overall: a few aandachtspunten, no risks', () => {
    const ev = evaluate(instrument, {
      answers: {
        ...clean,
        heeft_nevenfuncties: 'ja',
        nevenfuncties: [voetbalclub],
        familie_bij_organisatie: 'ja',
        familie_werkplek: 'elders',
        owb_bekend: 'nee',
        adres_vindbaar: 'ja',
        tweestaps: 'deels',
        wederkerigheid: 'soms',
      },
    });
    expect(raised(ev)).toEqual({
      nevenfunctie_gemeentebelang: 'aandachtspunt',
      familie_in_organisatie: 'aandachtspunt',
      woning_en_adres: 'aandachtspunt',
      digitale_hygiene: 'aandachtspunt',
      hulp_weten: 'aandachtspunt',
      wederkerigheid_grijze_zone: 'aandachtspunt',
    });
    expect(ev.indicators.some((i) => rank(i.level) >= rank('risico'))).toBe(false);
  });

  it('a serious case: an incompatible position kept and an unreported criminal approach are ernstig-risico', () => {
    const ev = evaluate(instrument, {
      answers: {
        ...clean,
        onverenigbare_functie: 'ja',
        onverenigbare_functie_welke: 'beleidsmedewerker bij dezelfde gemeente',
        onverenigbare_functie_plan: 'behouden',
        benadering: 'ja',
        benadering_soort: ['pand_grond'],
        benadering_crimineel: 'ja',
        benadering_gemeld: 'niet',
      },
    });
    expect(ev.errors).toEqual([]);
    expect(raised(ev)).toEqual({
      onverenigbare_functie: 'ernstig-risico',
      benadering_ondermijning: 'ernstig-risico',
    });
    expect(result(ev, 'onverenigbare_functie')).toMatchObject({
      rule: 0,
      evidence: [
        { item: 'onverenigbare_functie', value: 'ja' },
        { item: 'onverenigbare_functie_plan', value: 'behouden' },
        { item: 'onverenigbare_functie_welke', value: 'beleidsmedewerker bij dezelfde gemeente' },
        { item: 'beoogde_functie', value: 'wethouder' },
      ],
    });
    expect(result(ev, 'benadering_ondermijning')).toMatchObject({
      rule: 0,
      evidence: [
        { item: 'benadering', value: 'ja' },
        { item: 'benadering_crimineel', value: 'ja' },
        { item: 'benadering_gemeld', value: 'niet' },
        { item: 'benadering_soort', value: ['pand_grond'] },
      ],
    });
    expect(themeLevel(ev, 'benoembaarheid')).toBe('ernstig-risico');
    expect(themeLevel(ev, 'veiligheid')).toBe('ernstig-risico');
    expect(ev.measures).toEqual([
      { id: 'onverenigbare_functie_neerleggen', because: ['onverenigbare_functie'] },
      { id: 'benoembaarheid_laten_toetsen', because: ['onverenigbare_functie'] },
      { id: 'bespreken_voor_voordracht', because: ['onverenigbare_functie', 'benadering_ondermijning'] },
      { id: 'regeling_beveiligingsmaatregelen', because: ['benadering_ondermijning'] },
      { id: 'melden_en_aangifte', because: ['benadering_ondermijning'] },
      { id: 'signalen_delen', because: ['benadering_ondermijning'] },
      { id: 'geschenken_register', because: ['benadering_ondermijning'] },
    ]);
  });

  it('steps down when the approach was reported, or the position is given up', () => {
    const ev = evaluate(instrument, {
      answers: {
        ...clean,
        onverenigbare_functie: 'ja',
        onverenigbare_functie_plan: 'neerleggen',
        benadering: 'ja',
        benadering_soort: ['pand_grond'],
        benadering_crimineel: 'ja',
        benadering_gemeld: 'gemeld',
      },
    });
    expect(raised(ev)).toEqual({ onverenigbare_functie: 'aandachtspunt', benadering_ondermijning: 'risico' });
    expect(result(ev, 'benadering_ondermijning').rule).toBe(1);
    expect(measureIds(ev)).not.toContain('bespreken_voor_voordracht');
    // Only talked about, not reported: still a risk to act on, but not one that blocks the talk.
    const discussed = evaluate(instrument, {
      answers: {
        ...clean,
        benadering: 'ja',
        benadering_crimineel: 'ja',
        benadering_gemeld: 'besproken',
      },
    });
    expect(raised(discussed)).toEqual({ benadering_ondermijning: 'risico' });
    // An unclear approach without any suspicion stays an aandachtspunt.
    const unclear = evaluate(instrument, {
      answers: { ...clean, benadering: 'twijfel', benadering_crimineel: 'nee', benadering_gemeld: 'niet' },
    });
    expect(raised(unclear)).toEqual({ benadering_ondermijning: 'aandachtspunt' });
  });

  // One change against the clean candidate at a time: the level each rule promises.
  const oneChange: Array<[string, Answers, Record<string, Level>]> = [
    ['requirements not met', { voldoet_vereisten: 'nee' }, { vereisten_benoembaarheid: 'risico' }],
    ['exemption for residence', { woonplaats: 'ontheffing' }, { vereisten_benoembaarheid: 'aandachtspunt' }],
    ['moving in time', { woonplaats: 'verhuizen' }, {}],
    [
      'residence is not asked of a secretary',
      { beoogde_functie: 'gemeentesecretaris', woonplaats: 'onzeker' },
      {},
    ],
    ['incompatible, no plan yet', { onverenigbare_functie: 'ja' }, { onverenigbare_functie: 'risico' }],
    [
      'forbidden dealings continued',
      { verboden_handelingen: 'ja', verboden_handelingen_plan: 'doorgaan' },
      { verboden_handelingen: 'ernstig-risico' },
    ],
    [
      'forbidden dealings handed over',
      { verboden_handelingen: 'ja', verboden_handelingen_plan: 'overdragen' },
      { verboden_handelingen: 'aandachtspunt' },
    ],
    ['small CV inaccuracy', { cv_klopt: 'klein' }, { cv_juistheid: 'aandachtspunt' }],
    ['substantial CV inaccuracy', { cv_klopt: 'wezenlijk' }, { cv_juistheid: 'risico' }],
    [
      'return to an employer with interests',
      { terugkeergarantie: 'ja', terugkeer_werkgever_belang: 'ja' },
      { terugkeergarantie_belang: 'risico' },
    ],
    [
      'return to an employer without interests',
      { terugkeergarantie: 'ja', terugkeer_werkgever_belang: 'nee' },
      {},
    ],
    [
      'an older position outside the portfolio',
      {
        eerdere_functies_belang: 'ja',
        eerdere_functies: [{ organisatie: 'Adviesbureau', wanneer: 'twee_tot_vijf', portefeuille: 'nee' }],
      },
      {},
    ],
    [
      'a current position within the portfolio',
      {
        eerdere_functies_belang: 'ja',
        eerdere_functies: [{ organisatie: 'Adviesbureau', wanneer: 'loopt_nog', portefeuille: 'ja' }],
      },
      { eerdere_functie_belang: 'risico' },
    ],
    [
      'a paid side activity kept',
      {
        heeft_nevenfuncties: 'ja',
        nevenfuncties: [
          {
            organisatie: 'Hogeschool',
            rol: 'adviseur',
            betaald: 'ja',
            relatie: ['geen'],
            behouden: 'behouden',
          },
        ],
      },
      { nevenfunctie_betaald: 'aandachtspunt' },
    ],
    [
      'a side activity in construction, undecided',
      {
        heeft_nevenfuncties: 'ja',
        nevenfuncties: [
          {
            organisatie: 'Bouwbedrijf',
            rol: 'toezicht',
            sector: 'bouw',
            relatie: ['geen'],
            behouden: 'twijfel',
          },
        ],
      },
      { nevenfunctie_gevoelige_sector: 'risico' },
    ],
    [
      'unsure about side activities',
      { heeft_nevenfuncties: 'onbekend' },
      { nevenfunctie_relatie_onbekend: 'aandachtspunt' },
    ],
    ['a debt under an arrangement', { schulden: 'regeling' }, { schulden_afhankelijkheid: 'aandachtspunt' }],
    ['worrying debts', { schulden: 'zorgen' }, { schulden_afhankelijkheid: 'risico' }],
    [
      'letting property in the municipality, with control',
      {
        heeft_financiele_belangen: 'ja',
        financiele_belangen: [
          { soort: 'vastgoed', sector: 'vastgoed', relatie_gemeente: ['in_gemeente'], zeggenschap: 'ja' },
        ],
      },
      { financieel_belang_gemeente: 'aandachtspunt', financieel_belang_gevoelige_sector: 'risico' },
    ],
    [
      'family working under the candidate',
      { familie_bij_organisatie: 'ja', familie_werkplek: 'onder_mij' },
      { familie_in_organisatie: 'risico' },
    ],
    [
      'a very close contact with interests in the portfolio',
      {
        contacten_met_belangen: 'ja',
        contacten_belangen: [
          { aanduiding: 'JB', nabijheid: 'heel_dichtbij', portefeuille: 'ja', belang: ['vergunning'] },
        ],
      },
      { contacten_met_belangen: 'risico' },
    ],
    [
      'a distant contact with interests outside the portfolio',
      {
        contacten_met_belangen: 'ja',
        contacten_belangen: [
          { aanduiding: 'buurman', nabijheid: 'op_afstand', portefeuille: 'nee', belang: ['subsidie'] },
        ],
      },
      { contacten_met_belangen: 'aandachtspunt' },
    ],
    [
      'an enforcement case of your own',
      { eigen_zaken_gemeente: 'ja', eigen_zaken_soort: ['handhaving'] },
      { eigen_zaken_met_gemeente: 'risico' },
    ],
    [
      'a permit application of your own',
      { eigen_zaken_gemeente: 'ja', eigen_zaken_soort: ['vergunning'] },
      { eigen_zaken_met_gemeente: 'aandachtspunt' },
    ],
    [
      'a conviction long ago',
      { veroordeling: 'langer_geleden' },
      { strafrechtelijk_verleden: 'aandachtspunt' },
    ],
    ['a recent conviction', { veroordeling: 'recent' }, { strafrechtelijk_verleden: 'risico' }],
    [
      'an earlier integrity report',
      { integriteitsonderzoek: 'ja' },
      { eerdere_integriteitskwesties: 'aandachtspunt' },
    ],
    ['a post that could be used', { online_uitingen: 'ja' }, { online_uitingen: 'risico' }],
    [
      'very active online, never checked',
      { online_actief: 'zeer_actief', online_nagekeken: 'nee' },
      { online_uitingen: 'aandachtspunt' },
    ],
    ['a pseudonymous account', { online_schuilnaam: 'ja' }, { online_schuilnaam: 'aandachtspunt' }],
    ['children visible online', { kinderen_online: 'ja' }, { gezin_privacy: 'aandachtspunt' }],
    [
      'no two-step, no distinct passwords',
      { tweestaps: 'nee', wachtwoorden: 'nee' },
      { digitale_hygiene: 'risico' },
    ],
    ['routines easy to follow', { vaste_routines: 'ja' }, { routines_onderweg: 'aandachtspunt' }],
    [
      'online threats, reported',
      { bedreiging: 'online', bedreiging_gemeld: 'politie' },
      { bedreiging_ervaring: 'aandachtspunt' },
    ],
    [
      'online threats, not reported',
      { bedreiging: 'online', bedreiging_gemeld: 'niet' },
      { bedreiging_ervaring: 'risico' },
    ],
    [
      'threats in person at a findable address',
      { bedreiging: 'persoonlijk', bedreiging_gemeld: 'politie', adres_vindbaar: 'ja' },
      { bedreiging_ervaring: 'risico', woning_en_adres: 'risico' },
    ],
    ['someone keen to get close', { infiltratie: 'ja' }, { infiltratie_signaal: 'aandachtspunt' }],
    [
      'would wait before reporting',
      { melden_bereid: 'afwachten' },
      { veiligheid_hulp_weten: 'aandachtspunt' },
    ],
    [
      'pressure often difficult, saying no hard',
      { druk_omgaan: 1, nee_zeggen: 'lastig' },
      { omgaan_met_druk: 'risico' },
    ],
    ['pressure sometimes difficult', { druk_omgaan: 2 }, { omgaan_met_druk: 'aandachtspunt' }],
    ['nobody to lean on', { steun_omgeving: 'niemand' }, { steun_rondom: 'risico' }],
    ['only a few networks named', { aantal_netwerken: 3 }, { netwerk_overzicht: 'aandachtspunt' }],
    [
      'same people, different hats, with interests',
      { andere_petten: 'enkele', andere_petten_belang: 'ja' },
      { andere_petten: 'risico' },
    ],
    [
      'many people in several roles, no interests',
      { andere_petten: 'veel', andere_petten_belang: 'nee' },
      { andere_petten: 'aandachtspunt' },
    ],
    [
      'knowing someone in hospitality is not enough',
      { sectoren_direct: ['horeca'], sector_contacten_zaken: 'nee' },
      {},
    ],
    [
      'a sensitive sector through someone close',
      { sectoren_via_via: ['recreatieparken'], via_via_dichtbij: 'ja' },
      { via_via_gevoelig: 'aandachtspunt' },
    ],
    [
      'many people with interests in the network',
      { netwerk_zaken: 'veel' },
      { netwerk_belangen: 'aandachtspunt' },
    ],
    [
      'people like you, and others left out',
      { mensen_zoals_ik: 'grotendeels', uitsluiting: 'ja' },
      { inclusiviteit: 'aandachtspunt', uitsluiting: 'risico' },
    ],
    [
      'went along with a grey-zone situation',
      { grijze_zone: ['versnellen'], grijze_zone_reactie: 'meegegaan' },
      { wederkerigheid_grijze_zone: 'risico' },
    ],
    [
      'raised a grey-zone situation',
      { grijze_zone: ['aanbesteding'], grijze_zone_reactie: 'aangekaart' },
      {},
    ],
  ];

  it.each(oneChange)('one change: %s', (_name, change, expected) => {
    const ev = evaluate(instrument, { answers: { ...clean, ...change } });
    expect(ev.errors).toEqual([]);
    expect(raised(ev)).toEqual(expected);
  });

  it('a self-declared ongoing criminal case is ernstig-risico with the explanation cited', () => {
    const ev = evaluate(instrument, {
      answers: {
        ...clean,
        lopend_onderzoek: 'ja',
        antecedenten_toelichting: 'Een zaak over een verkeersongeval.',
      },
    });
    expect(raised(ev)).toEqual({ strafrechtelijk_verleden: 'ernstig-risico' });
    expect(result(ev, 'strafrechtelijk_verleden').evidence).toEqual([
      { item: 'lopend_onderzoek', value: 'ja' },
      { item: 'antecedenten_toelichting', value: 'Een zaak over een verkeersongeval.' },
    ]);
    expect(measureIds(ev)).toEqual(['bespreken_voor_voordracht', 'antecedenten_zelf_melden']);
  });

  it('a debt to a party doing business with the municipality is ernstig-risico, citing that entry', () => {
    const ev = evaluate(instrument, {
      answers: {
        ...clean,
        heeft_financiele_belangen: 'ja',
        financiele_belangen: [
          { soort: 'aandelen', sector: 'dienstverlening', relatie_gemeente: ['geen'], zeggenschap: 'nee' },
          { soort: 'schuld', van_wie: 'zelf', relatie_gemeente: ['zaken'] },
        ],
      },
    });
    expect(raised(ev)).toEqual({
      financieel_belang_gemeente: 'aandachtspunt',
      schulden_afhankelijkheid: 'ernstig-risico',
    });
    expect(result(ev, 'schulden_afhankelijkheid').evidence).toEqual([
      { item: 'financiele_belangen', entries: [1] },
    ]);
    expect(result(ev, 'financieel_belang_gemeente').evidence).toEqual([
      { item: 'financiele_belangen', entries: [1] },
    ]);
  });

  it('ignores answers to hidden follow-up questions', () => {
    const ev = evaluate(instrument, {
      answers: {
        ...clean,
        onverenigbare_functie: 'nee',
        onverenigbare_functie_plan: 'behouden',
        heeft_nevenfuncties: 'nee',
        nevenfuncties: [{ ...voetbalclub, behouden: 'behouden' }],
        bedreiging: 'nee',
        bedreiging_gemeld: 'niet',
        benadering: 'nee',
        benadering_crimineel: 'ja',
        benadering_gemeld: 'niet',
        sectoren_direct: ['geen'],
        sector_contacten_zaken: 'ja',
      },
    });
    for (const hidden of [
      'onverenigbare_functie_plan',
      'nevenfuncties',
      'bedreiging_gemeld',
      'benadering_crimineel',
      'benadering_gemeld',
      'sector_contacten_zaken',
    ]) {
      expect(ev.visibleItems, hidden).not.toContain(hidden);
    }
    expect(raised(ev)).toEqual({});
    expect(ev.measures).toEqual([]);
    // The same follow-ups, once their question opens them, do count.
    const shown = evaluate(instrument, {
      answers: { ...clean, sectoren_direct: ['horeca'], sector_contacten_zaken: 'ja' },
    });
    expect(raised(shown)).toEqual({ gevoelige_sectoren: 'risico' });
    expect(result(shown, 'gevoelige_sectoren').evidence).toEqual([
      { item: 'sector_contacten_zaken', value: 'ja' },
      { item: 'sectoren_direct', value: ['horeca'] },
    ]);
  });

  it('awareness: a low own rating under a computed risk is a blind spot; a high one is not', () => {
    const ev = evaluate(instrument, {
      answers: {
        ...clean,
        heeft_nevenfuncties: 'ja',
        nevenfuncties: [{ ...voetbalclub, behouden: 'behouden' }],
        zelfinschatting_nevenfuncties: 1,
        zelfinschatting_veiligheid: 4,
        owb_bekend: 'nee',
        zelfinschatting_weerbaarheid: 2,
      },
    });
    const awareness = Object.fromEntries(ev.awareness.map((a) => [a.theme, a]));
    expect(awareness.nevenfuncties).toEqual({
      theme: 'nevenfuncties',
      perceived: 'geen-aandachtspunt',
      computed: 'risico',
      gap: 2,
      blindSpot: true,
    });
    expect(awareness.veiligheid).toEqual({
      theme: 'veiligheid',
      perceived: 'ernstig-risico',
      computed: 'geen-aandachtspunt',
      gap: -3,
      blindSpot: false,
    });
    expect(awareness.weerbaarheid).toMatchObject({
      perceived: 'aandachtspunt',
      computed: 'aandachtspunt',
      gap: 0,
    });
    expect(ev.awareness.filter((a) => a.blindSpot).map((a) => a.theme)).toEqual(['nevenfuncties']);
  });

  it('network measures raise the network indicators, citing the measure and its value', () => {
    const network = {
      contacts: 48,
      contexts: 31,
      multiplexContacts: 5,
      privateInterestOverlaps: 0,
      sensitiveExposure1: 1,
      sensitiveExposure2: 4,
      interestContacts: 2,
      interestContexts: 1,
      constraint: 0.21,
      top3Share: 0.35,
      'ei.sector': -0.2,
      'ei.ageBand': 0.1,
      'ei.place': -0.3,
      'ei.gender': 0,
    };
    const ev = evaluate(instrument, { answers: clean, network });
    expect(raised(ev)).toEqual({ multiplexiteit: 'aandachtspunt', blootstelling_gevoelig: 'aandachtspunt' });
    expect(result(ev, 'multiplexiteit')).toMatchObject({
      rule: 1,
      evidence: [{ network: 'multiplexContacts', measure: 5 }],
    });
    expect(result(ev, 'blootstelling_gevoelig').evidence).toEqual([
      { network: 'sensitiveExposure2', measure: 4 },
    ]);
    expect(ev.measures).toEqual([
      { id: 'herhaalscan_halverwege', because: ['multiplexiteit', 'blootstelling_gevoelig'] },
    ]);
    expect(themeLevel(ev, 'netwerk')).toBe('aandachtspunt');
    // The candidate rated the network risk as none: the map shows more, a blind spot.
    expect(ev.awareness.find((a) => a.theme === 'netwerk')).toMatchObject({ gap: 1, blindSpot: true });

    const heavier = evaluate(instrument, {
      answers: clean,
      network: {
        ...network,
        privateInterestOverlaps: 2,
        'ei.sector': -0.8,
        interestContacts: 9,
        top3Share: 0.7,
      },
    });
    expect(raised(heavier)).toEqual({
      multiplexiteit: 'risico',
      blootstelling_gevoelig: 'aandachtspunt',
      belangencontacten: 'risico',
      inclusiviteit: 'aandachtspunt',
      afhankelijkheid_netwerk: 'aandachtspunt',
    });
    expect(result(heavier, 'multiplexiteit').evidence).toEqual([
      { network: 'privateInterestOverlaps', measure: 2 },
    ]);
    expect(measureIds(heavier)).toEqual([
      'contacten_loggen',
      'integriteitsagenda',
      'verwachtingen_uitspreken',
      'netwerk_verbreden',
      'advies_spreiden',
      'herhaalscan_halverwege',
    ]);
  });

  it('without a network map, network indicators read as not answered', () => {
    const ev = evaluate(instrument, { answers: clean });
    for (const id of [
      'multiplexiteit',
      'blootstelling_gevoelig',
      'belangencontacten',
      'afhankelijkheid_netwerk',
    ]) {
      expect(result(ev, id)).toMatchObject({ level: 'geen-aandachtspunt', rule: null, evidence: [] });
    }
  });
});
