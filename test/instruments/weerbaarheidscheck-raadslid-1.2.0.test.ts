// The weerbaarheidscheck-raadslid 1.2.0: the party's vragenlijst integriteit. It loads, asks the
// integrity topics of a party (interests, side positions, debts, ties, the past, online, pressure,
// dilemmas), names the bewilligingsverklaring it shares with the antecedentenonderzoek, and has
// sections for the opdrachtgever and the kandidatencommissie, so a released check gives the
// commissie per theme what to discuss and the talking points — and never the answers.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInterviewGuide, findingsFromReportView } from '../../src/core/conversation/interview-guide.ts';
import type { Answers } from '../../src/core/instrument/answers.ts';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { loadInstrument } from '../../src/core/instrument/load.ts';
import type { Instrument } from '../../src/core/instrument/schema.ts';
import { buildReportView, type ReportDecisions } from '../../src/core/report/report-model.ts';
import { conversationFor } from '../../src/server/conversation/registry.ts';
import { declarationRegistry } from '../../src/server/declarations/registry.ts';
import { loadRegistry } from '../../src/server/instruments/registry.ts';
import { maximalAnswers } from '../support/maximal-answers.ts';

const folder = path.join(import.meta.dirname, '../../instruments/weerbaarheidscheck-raadslid');
function version(v: string): Instrument {
  const loaded = loadInstrument(fs.readFileSync(path.join(folder, `${v}.yaml`), 'utf8'));
  if (!loaded.ok) throw new Error(`${v}: ${JSON.stringify(loaded.issues, null, 2)}`);
  return loaded.instrument;
}
const check = version('1.2.0');
const previous = version('1.1.0');
const none: ReportDecisions = { judgements: [], measures: [], finalisedAt: null };

/** A candidate with something in almost every theme, in their own words where they can type. */
const candidate: Answers = {
  heeft_nevenfuncties: 'ja',
  nevenfuncties: [
    {
      organisatie: 'Stichting Kermis Noordwijk-Binnen',
      rol: 'penningmeester',
      betaald: 'nee',
      relatie_gemeente: 'subsidie',
    },
  ],
  bereid_openbaar: 'ja',
  financiele_belangen: ['eigen_bedrijf'],
  bedrijf_zaken_gemeente: 'soms',
  financiele_situatie: 'soms_krap',
  achterstanden: 'ja',
  familie_bij_gemeente: 'nee',
  werk_relatie_gemeente: 'nee',
  oude_uitingen: 'ja',
  zelfde_mensen: 'vaak',
  gevoelige_sectoren: ['horeca'],
  gevoelig_belang: 'ja',
  bedreiging: 'een_keer',
  gemeld: 'nee',
  weet_waar_heen: 'ongeveer',
  dilemma_gunst: 'zelf_regelen',
  dilemma_cadeau: 'weet_niet',
  dilemma_informatie: 'zwijgen',
  nee_zeggen: 'moeilijk',
  gedragscode: 'ja',
  antecedenten: 'ja',
  iets_uit_verleden: 'ja',
  integriteitskwestie_eerder: 'ja',
};

describe('weerbaarheidscheck-raadslid 1.2.0: the vragenlijst integriteit', () => {
  it('is a new version of the check; 1.1.0 stays as it was', () => {
    expect(check.id).toBe('weerbaarheidscheck-raadslid');
    expect(check.version).toBe('1.2.0');
    expect(check.mode).toBe('check');
    expect(previous.report?.sections.flatMap((s) => s.views)).not.toContain('commissie');
  });

  it('asks the integrity topics of a party, with a theme for dilemmas and pressure', () => {
    expect(check.themes.map((t) => t.id)).toEqual([
      'nevenfuncties',
      'financien',
      'relaties_gemeente',
      'online',
      'netwerk',
      'veiligheid',
      'integriteitsbesef',
      'antecedenten',
    ]);
    const items = new Set(check.parts.flatMap((p) => p.sections.flatMap((s) => s.items.map((i) => i.id))));
    for (const id of [
      'financiele_belangen',
      'nevenfuncties',
      'achterstanden',
      'gevoelige_sectoren',
      'integriteitskwestie_eerder',
      'oude_uitingen',
      'benaderd',
      'nee_zeggen',
      'dilemma_gunst',
      'dilemma_cadeau',
      'dilemma_informatie',
      'gedragscode',
    ])
      expect(items.has(id), id).toBe(true);
  });

  it('keeps the shape of the check: 2–3 talking points per indicator, mostly aandachtspunt, never ernstig-risico', () => {
    for (const indicator of check.indicators) {
      expect(indicator.talkingPoints.length, indicator.id).toBeGreaterThanOrEqual(2);
      expect(indicator.talkingPoints.length, indicator.id).toBeLessThanOrEqual(3);
      for (const point of indicator.talkingPoints) {
        expect(point.nl.trim().endsWith('?'), `${indicator.id}: ${point.nl}`).toBe(true);
        expect(point.en?.trim().endsWith('?'), `${indicator.id}: ${point.en}`).toBe(true);
      }
    }
    const raised = check.indicators
      .flatMap((i) => i.rules.map((r) => r.level))
      .filter((l) => l !== 'geen-aandachtspunt');
    expect(raised.filter((l) => l === 'aandachtspunt').length / raised.length).toBeGreaterThan(0.75);
    expect(raised).not.toContain('ernstig-risico');
    for (const id of ['dilemma_grenzen', 'druk_nee_zeggen', 'gedragscode', 'eerdere_integriteitskwestie'])
      expect(
        check.measures.some((m) => m.answers.includes(id)),
        id,
      ).toBe(true);
  });

  it('names the bewilligingsverklaring it shares with the antecedentenonderzoek, and that version exists', () => {
    expect(check.declaration).toEqual({ id: 'bewilligingsverklaring', version: '1.1.0' });
    expect(declarationRegistry().get('bewilligingsverklaring', '1.1.0')).toBeDefined();
  });

  it('every theme reaches the opdrachtgever and the commissie', () => {
    const sections = check.report!.sections;
    for (const view of ['opdrachtgever-volledig', 'opdrachtgever-samenvatting', 'commissie'] as const) {
      const themes = sections.filter((s) => s.views.includes(view)).flatMap((s) => s.themes);
      expect([...themes].sort(), view).toEqual(check.themes.map((t) => t.id).sort());
    }
  });

  it('is the version new checks use', async () => {
    const registry = await loadRegistry();
    expect(registry.latest('weerbaarheidscheck-raadslid')?.instrument.version).toBe('1.2.0');
  });
});

describe('a released check, read by the kandidatencommissie', () => {
  const evaluation = evaluate(check, { answers: candidate });
  const view = buildReportView(check, evaluation, none, 'commissie', { answers: candidate });
  const json = JSON.stringify(view);
  const themes = view.sections.flatMap((s) => s.themes);

  it('gives per theme whether to discuss it, and the talking points', () => {
    const discuss = themes.filter((t) => t.discuss).map((t) => t.id);
    expect(discuss).toEqual([
      'nevenfuncties',
      'financien',
      'online',
      'netwerk',
      'integriteitsbesef',
      'veiligheid',
    ]);
    const dilemmas = themes.find((t) => t.id === 'integriteitsbesef')!;
    expect(dilemmas.indicators?.map((i) => i.id)).toEqual(['dilemma_grenzen', 'druk_nee_zeggen']);
    for (const indicator of dilemmas.indicators ?? [])
      expect(indicator.talkingPoints?.length, indicator.id).toBeGreaterThanOrEqual(2);
  });

  it('shows the eigen verklaring only as a theme: nothing of what was declared', () => {
    const own = themes.find((t) => t.id === 'antecedenten')!;
    expect(own.discuss).toBeUndefined();
    expect(own.indicators).toBeUndefined();
    expect(json).not.toContain('eerdere_integriteitskwestie');
    expect(json).not.toContain('verleden_in_pers');
  });

  it('holds no answer, no evidence, no judgement, no measure', () => {
    expect(json).not.toContain('Kermis Noordwijk');
    expect(json).not.toMatch(
      /"(evidence|candidateText|expertText|awareness|tips|judgement|measures|findings|network)":/,
    );
    // Not even the maximal answers of every question, typed text included.
    const all = maximalAnswers(check);
    const full = JSON.stringify(
      buildReportView(check, evaluate(check, { answers: all }), none, 'commissie', { answers: all }),
    );
    expect(full).not.toContain('Antwoord ');
    expect(full).not.toContain('toelichting');
  });

  it('its leidraad: questions per theme from what was released, talking points, never the expert note', async () => {
    const registry = await loadRegistry();
    const { leidraad, dilemmas } = conversationFor(registry);
    const guide = buildInterviewGuide({
      instrument: check,
      leidraad,
      dilemmas,
      findings: findingsFromReportView(view),
      reader: 'commissie',
    });
    expect(guide.reader).toBe('commissie');
    expect(guide.themes.map((t) => t.id)).toEqual(check.themes.map((t) => t.id));
    const dilemmasTheme = guide.themes.find((t) => t.id === 'integriteitsbesef')!;
    expect(dilemmasTheme.attention).toBe(true);
    expect(dilemmasTheme.questions.length).toBeGreaterThan(0);
    expect(dilemmasTheme.indicators.map((i) => i.id)).toEqual(['dilemma_grenzen', 'druk_nee_zeggen']);
    expect(dilemmasTheme.indicators[0]?.questions.length).toBeGreaterThan(0);
    expect(dilemmasTheme.indicators[0]?.talkingPoints?.length).toBeGreaterThan(0);
    // The eigen verklaring: the one general question, whatever was declared.
    const own = guide.themes.find((t) => t.id === 'antecedenten')!;
    expect(own.attention).toBe(false);
    expect(own.questions).toEqual([leidraad.themes.antecedenten!.general]);
    expect(own.indicators).toEqual([]);
    const text = JSON.stringify(guide);
    expect(text).not.toContain('expertText');
    expect(text).not.toContain('Kermis Noordwijk');
    expect(guide.dilemmas.length).toBeGreaterThan(0);
  });

  it('a conversation point (weet ik niet) is a theme to discuss in the commissie guide, with its questions', async () => {
    const unsure = { ...candidate, dilemma_gunst: 'weet_niet', nee_zeggen: 'makkelijk' };
    const released = buildReportView(check, evaluate(check, { answers: unsure }), none, 'commissie');
    const registry = await loadRegistry();
    const { leidraad, dilemmas } = conversationFor(registry);
    const guide = buildInterviewGuide({
      instrument: check,
      leidraad,
      dilemmas,
      findings: findingsFromReportView(released),
      reader: 'commissie',
    });
    const theme = guide.themes.find((t) => t.id === 'integriteitsbesef')!;
    expect(theme.attention).toBe(true);
    expect(theme.indicators.map((i) => [i.id, i.level])).toEqual([['dilemma_grenzen', 'geen-aandachtspunt']]);
  });
});
