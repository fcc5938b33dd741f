// Netwerkbewustzijn for bewindspersonen and topambtenaren: a reflection whose results stay with the
// person. It loads, carries a network block for national-level contexts, only ever says
// aandachtspunt, reports to the person alone, and known answer sets (with and without network
// measures) give exact levels, evidence and measures.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/instrument/answers.ts';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { loadInstrument } from '../../src/core/instrument/load.ts';
import type { Instrument } from '../../src/core/instrument/schema.ts';

const file = path.join(import.meta.dirname, '../../instruments/netwerkbewustzijn-rijk/1.0.0.yaml');
const loaded = loadInstrument(fs.readFileSync(file, 'utf8'));
if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.issues, null, 2)}`);
const instrument: Instrument = loaded.instrument;

function outcome(answers: Answers, network?: Record<string, number>) {
  const e = evaluate(instrument, { answers, ...(network ? { network } : {}) });
  const fired = e.indicators.filter((i) => i.level !== 'geen-aandachtspunt');
  return {
    errors: e.errors.map((x) => [x.item, x.code]),
    levels: Object.fromEntries(fired.map((i) => [i.id, i.level])),
    evidence: Object.fromEntries(
      fired.map((i) => [i.id, [...new Set(i.evidence.map((x) => x.item ?? `network:${x.network}`))]]),
    ),
    measures: e.measures.map((m) => m.id),
    awareness: e.awareness.map((a) => [a.theme, a.perceived, a.computed, a.blindSpot]),
  };
}

describe('netwerkbewustzijn-rijk: definition', () => {
  it('loads and checks without issues', () => {
    expect(loaded.ok).toBe(true);
    expect(instrument.id).toBe('netwerkbewustzijn-rijk');
    expect(instrument.mode).toBe('reflectie');
  });

  it('has at least 8 indicators that only ever say aandachtspunt (or nothing)', () => {
    expect(instrument.indicators.length).toBeGreaterThanOrEqual(8);
    expect(instrument.indicators).toHaveLength(14);
    for (const indicator of instrument.indicators) {
      expect(indicator.otherwise, indicator.id).toBe('geen-aandachtspunt');
      for (const rule of indicator.rules) expect(rule.level, indicator.id).toBe('aandachtspunt');
      expect(indicator.talkingPoints.length, indicator.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('has at least 8 measures, including the ones the brief names', () => {
    expect(instrument.measures.length).toBeGreaterThanOrEqual(8);
    expect(instrument.measures.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'gesprek_integriteitsfunctionaris',
        'nevenfuncties_registreren',
        'netwerk_verbreden',
        'lobbycontacten_vastleggen',
        'dilemmasessie',
        'veiligheidsmaatregelen',
      ]),
    );
  });

  it('reports to the person only', () => {
    const sections = instrument.report?.sections ?? [];
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) {
      expect(s.views).toEqual(['kandidaat']);
      expect(s.show).toContain('talkingPoints');
    }
  });

  it('has a network block with national-level contexts, sensitive sectors and inclusiveness attributes', () => {
    const network = instrument.network!;
    expect(network.contexts.map((c) => c.id)).toEqual([
      'vorige_werkgevers',
      'rijksoverheid',
      'besturen_toezicht',
      'lobby_belangen',
      'denktanks',
      'partij',
      'alumni',
      'familie',
      'vrienden',
      'buurt',
      'sport_hobby',
      'online',
    ]);
    expect(network.contexts.filter((c) => c.private).map((c) => c.id)).toEqual([
      'familie',
      'vrienden',
      'buurt',
      'sport_hobby',
      'online',
    ]);
    expect(network.interests.map((i) => i.id)).toEqual([
      'subsidie',
      'opdracht',
      'beleidsbelang',
      'lobby',
      'toezicht',
    ]);
    const sensitive = network.sectors.filter((s) => s.sensitive).map((s) => s.id);
    expect(sensitive).toEqual(
      expect.arrayContaining([
        'vastgoed',
        'horeca',
        'bouw',
        'recreatieparken',
        'agrarisch_vastgoed',
        'adviesberoepen',
        'transport_logistiek',
      ]),
    );
    expect(network.sectors.find((s) => s.id === 'onderwijs_onderzoek')?.sensitive).toBe(false);
    expect(network.attributes.map((a) => a.id)).toEqual(['gender', 'ageBand', 'place', 'sector']);
    expect(network.tiePrompts.length).toBeGreaterThanOrEqual(2);
  });
});

const quietAnswers: Answers = {
  aantal_netwerken: 30,
  zicht_netwerken: 4,
  tweede_kring: 'goed',
  afhankelijk: 'nee',
  eigen_inschatting_netwerken: 2,
  zelfde_mensen: 'soms',
  kring: 'vertrouwd',
  wederkerigheid: 'nee',
  verschil: 4,
  buiten_beeld: 'soms',
  contacten_belang: 'nee',
  lobby_frequentie: 'paar_keer_per_jaar',
  lobby_vastgelegd: 'altijd',
  nevenfuncties_gemeld: 'ja',
  na_de_functie: 'nee',
  herkend: ['geen'],
  bedreiging: 'nee',
  benaderd: 'nee',
  naasten_zichtbaar: 'nee',
  weet_waar_heen: 'goed',
  bespreekt_met: ['naasten', 'integriteitsfunctionaris'],
};

const quietNetwork = {
  contacts: 20,
  density: 0.3,
  multiplexContacts: 1,
  privateInterestOverlaps: 0,
  sensitiveExposure1: 0,
  sensitiveExposure2: 0,
  top3Share: 0.3,
  'ei.gender': 0.1,
  'iqv.sector': 0.8,
  interestContacts: 0,
  interestContexts: 0,
};

describe('netwerkbewustzijn-rijk: known answer sets', () => {
  it('a broad, open network with recorded contacts gives no points', () => {
    const o = outcome(quietAnswers, quietNetwork);
    expect(o.errors).toEqual([]);
    expect(o.levels).toEqual({});
    expect(o.measures).toEqual([]);
    expect(o.awareness).toEqual([['netwerken', 'aandachtspunt', 'geen-aandachtspunt', false]]);
  });

  it('self-reported grey-zone experience, before any network is drawn, raises reflection points', () => {
    const o = outcome({
      zicht_netwerken: 2,
      tweede_kring: 'deels',
      zelfde_mensen: 'vaak',
      kring: 'gesloten',
      wederkerigheid: 'soms',
      verschil: 2,
      buiten_beeld: 'vaak',
      contacten_belang: 'ja',
      lobby_frequentie: 'maandelijks',
      lobby_vastgelegd: 'soms',
      nevenfuncties_gemeld: 'deels',
      na_de_functie: 'concreet',
      eigen_inschatting_belangen: 1,
      herkend: ['selectief_uitnodigen', 'dossier_versnellen'],
      dilemma: 'Een oud-collega vroeg of het wat sneller kon.',
      bedreiging: 'nee',
      benaderd: 'onbekend',
      naasten_zichtbaar: 'nee',
      weet_waar_heen: 'ongeveer',
      bespreekt_met: ['niemand'],
    });
    expect(o.errors).toEqual([]);
    expect(o.levels).toEqual({
      overzicht_netwerken: 'aandachtspunt',
      dezelfde_mensen: 'aandachtspunt',
      gesloten_kring: 'aandachtspunt',
      mensen_zoals_u: 'aandachtspunt',
      uitsluiting: 'aandachtspunt',
      belangen_ministerie: 'aandachtspunt',
      lobbycontacten: 'aandachtspunt',
      nevenfuncties_melding: 'aandachtspunt',
      na_de_functie: 'aandachtspunt',
      grijze_zone: 'aandachtspunt',
      steun: 'aandachtspunt',
    });
    expect(o.evidence).toEqual({
      overzicht_netwerken: ['zicht_netwerken'],
      dezelfde_mensen: ['zelfde_mensen'],
      gesloten_kring: ['kring'],
      mensen_zoals_u: ['verschil'],
      uitsluiting: ['buiten_beeld'],
      belangen_ministerie: ['contacten_belang'],
      lobbycontacten: ['lobby_frequentie', 'lobby_vastgelegd'],
      nevenfuncties_melding: ['nevenfuncties_gemeld'],
      na_de_functie: ['na_de_functie'],
      grijze_zone: ['herkend', 'dilemma'],
      steun: ['weet_waar_heen', 'bespreekt_met'],
    });
    expect(o.measures).toEqual([
      'gesprek_integriteitsfunctionaris',
      'nevenfuncties_registreren',
      'netwerk_verbreden',
      'lobbycontacten_vastleggen',
      'dilemmasessie',
      'afstand_bij_belang',
      'open_consultatie',
      'netwerkkaart',
      'afspraken_na_functie',
      'vaste_gesprekspartner',
    ]);
    expect(o.awareness).toEqual([['belangen', 'geen-aandachtspunt', 'aandachtspunt', true]]);
  });

  it('the drawn network shows what the answers do not: overlaps, a dense circle, sameness, interests', () => {
    const o = outcome(
      { ...quietAnswers, bedreiging: 'een_keer' },
      {
        contacts: 8,
        density: 0.8,
        multiplexContacts: 4,
        privateInterestOverlaps: 2,
        sensitiveExposure1: 0,
        sensitiveExposure2: 2,
        top3Share: 0.7,
        'ei.gender': -0.8,
        'iqv.sector': 0.5,
        interestContacts: 3,
        interestContexts: 1,
      },
    );
    expect(o.errors).toEqual([]);
    expect(o.levels).toEqual({
      gevoelige_sectoren: 'aandachtspunt',
      afhankelijkheid: 'aandachtspunt',
      dezelfde_mensen: 'aandachtspunt',
      gesloten_kring: 'aandachtspunt',
      mensen_zoals_u: 'aandachtspunt',
      belangen_ministerie: 'aandachtspunt',
      veiligheid: 'aandachtspunt',
    });
    expect(o.evidence).toEqual({
      gevoelige_sectoren: ['network:sensitiveExposure2'],
      afhankelijkheid: ['network:top3Share'],
      dezelfde_mensen: ['network:multiplexContacts', 'network:privateInterestOverlaps'],
      gesloten_kring: ['network:contacts', 'network:density'],
      mensen_zoals_u: ['network:ei.gender'],
      belangen_ministerie: ['network:interestContacts', 'network:interestContexts'],
      veiligheid: ['bedreiging'],
    });
    expect(o.measures).toEqual([
      'gesprek_integriteitsfunctionaris',
      'nevenfuncties_registreren',
      'netwerk_verbreden',
      'lobbycontacten_vastleggen',
      'dilemmasessie',
      'afstand_bij_belang',
      'netwerkkaart',
      'veiligheidsmaatregelen',
      'vaste_gesprekspartner',
    ]);
    // The person rated the network risk as small; the drawing says aandachtspunt: no blind spot,
    // because the reflection never goes above aandachtspunt.
    expect(o.awareness).toEqual([['netwerken', 'aandachtspunt', 'aandachtspunt', false]]);
  });

  it('a dense circle of only a few contacts is not read as a clique', () => {
    const o = outcome(quietAnswers, { ...quietNetwork, contacts: 4, density: 1 });
    expect(o.levels).toEqual({});
  });
});
