// The report model's four views as a matrix: what each view holds and what it never holds. The
// opdrachtgever's views are capped in code, so they are tested twice — with the instrument's own
// report sections and with sections that ask to show everything to everyone.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { loadInstrument } from '../../src/core/instrument/load.ts';
import type { Instrument, View } from '../../src/core/instrument/schema.ts';
import { drawNetwork } from '../../src/core/network/drawing.ts';
import { analyseNetwork } from '../../src/core/network/metrics.ts';
import { evidenceText, networkMeasureLabel, networkNamesOf } from '../../src/core/report/evidence-text.ts';
import {
  buildReportView,
  type ReportDecisions,
  type ReportView,
} from '../../src/core/report/report-model.ts';
import { demoNetwork } from '../../src/server/demo/demo-network.ts';
import { findingsOf, type ScreeningRecord } from '../../src/server/screening/record.ts';
import { maximalAnswers } from '../support/maximal-answers.ts';

const file = path.join(import.meta.dirname, '../../instruments/weerbaarheidsscan-bestuurder/1.0.0.yaml');
const loaded = loadInstrument(fs.readFileSync(file, 'utf8'));
if (!loaded.ok) throw new Error('the bestuurder instrument does not load');
const bestuurder = loaded.instrument;

const answers = maximalAnswers(bestuurder);
const map = demoNetwork();
const evaluation = evaluate(bestuurder, {
  answers,
  network: analyseNetwork(map, bestuurder.network!).measures,
});
const picture = drawNetwork(map, bestuurder.network);
// Every theme judged, one differently from the proposal; measures that answer several themes.
const multiTheme = bestuurder.measures.find(
  (m) => new Set(m.answers.map((a) => bestuurder.indicators.find((i) => i.id === a)?.theme)).size > 1,
)!;
const decisions: ReportDecisions = {
  judgements: evaluation.themes.map((t, i) => ({
    theme: t.id,
    proposed: t.level,
    level: i === 0 ? 'geen-aandachtspunt' : t.level,
    rationale: `Rationale for ${t.id}`,
  })),
  measures: [multiTheme.id, ...bestuurder.measures.slice(0, 4).map((m) => m.id)],
  finalisedAt: '2026-11-30T10:00:00.000Z',
};

/** Sections that ask to show everything in every view: the cap must hold anyway. */
const greedy: Instrument = {
  ...bestuurder,
  report: {
    sections: [
      {
        id: 'alles',
        title: { nl: 'Alles' },
        themes: bestuurder.themes.map((t) => t.id),
        views: ['kandidaat', 'expert', 'opdrachtgever-samenvatting', 'opdrachtgever-volledig', 'commissie'],
        show: ['judgement', 'indicators', 'evidence', 'measures', 'awareness', 'talkingPoints', 'tips'],
      },
    ],
  },
};

const build = (view: View, instrument: Instrument = bestuurder) =>
  buildReportView(instrument, evaluation, decisions, view, {
    answers,
    hash: 'h'.repeat(64),
    network: picture,
  });

const themesOf = (report: ReportView) => report.sections.flatMap((s) => s.themes);
const indicatorsOf = (report: ReportView) => themesOf(report).flatMap((t) => t.indicators ?? []);

type Holds = Record<
  | 'judgement'
  | 'indicators'
  | 'candidateText'
  | 'expertText'
  | 'evidence'
  | 'talkingPoints'
  | 'awareness'
  | 'tips'
  | 'measures'
  | 'network'
  | 'description',
  boolean
>;

function holds(report: ReportView): Holds {
  const themes = themesOf(report);
  const indicators = indicatorsOf(report);
  return {
    judgement: themes.some((t) => t.judgement),
    indicators: indicators.length > 0,
    candidateText: indicators.some((i) => i.candidateText),
    expertText: indicators.some((i) => i.expertText),
    evidence: indicators.some((i) => i.evidence),
    talkingPoints: indicators.some((i) => i.talkingPoints),
    awareness: themes.some((t) => t.awareness),
    tips: themes.some((t) => t.tips),
    measures: (report.measures ?? []).length > 0,
    network: report.network !== undefined,
    description: themes.some((t) => t.description),
  };
}

const expected: Record<View, Holds> = {
  kandidaat: {
    judgement: true,
    indicators: true,
    candidateText: true,
    expertText: false,
    evidence: true,
    talkingPoints: true,
    awareness: true,
    tips: true,
    measures: true,
    network: true,
    description: true,
  },
  expert: {
    judgement: true,
    indicators: true,
    candidateText: true,
    expertText: true,
    evidence: true,
    talkingPoints: true,
    awareness: true,
    tips: true,
    measures: true,
    network: true,
    description: true,
  },
  'opdrachtgever-volledig': {
    judgement: true,
    indicators: true,
    candidateText: false,
    expertText: false,
    evidence: false,
    talkingPoints: false,
    awareness: false,
    tips: false,
    measures: true,
    network: false,
    description: false,
  },
  'opdrachtgever-samenvatting': {
    judgement: true,
    indicators: false,
    candidateText: false,
    expertText: false,
    evidence: false,
    talkingPoints: false,
    awareness: false,
    tips: false,
    measures: true,
    network: false,
    description: false,
  },
  // The bestuurder scan has no sections for a party's commissie: its view is empty.
  commissie: {
    judgement: false,
    indicators: false,
    candidateText: false,
    expertText: false,
    evidence: false,
    talkingPoints: false,
    awareness: false,
    tips: false,
    measures: false,
    network: false,
    description: false,
  },
};

describe('report views: what each holds', () => {
  for (const view of Object.keys(expected) as View[]) {
    it(`${view}, with the instrument's report sections`, () => {
      expect(holds(build(view))).toEqual(expected[view]);
    });
  }

  for (const view of ['opdrachtgever-samenvatting', 'opdrachtgever-volledig'] as const) {
    it(`${view} stays capped when the sections ask to show everything`, () => {
      const report = build(view, greedy);
      expect(holds(report)).toEqual({ ...expected['opdrachtgever-volledig'] });
      // Nothing of the candidate's answers, in any field, by key or by value.
      const json = JSON.stringify(report);
      expect(json).not.toMatch(/"(evidence|awareness|tips|talkingPoints|candidateText|expertText|network)":/);
      for (const line of indicatorsOf(build('kandidaat')).flatMap((i) => i.evidence ?? []))
        if (line.detail.nl.length > 12) expect(json).not.toContain(JSON.stringify(line.detail.nl));
      expect(report.reader).toBe('opdrachtgever');
    });
  }

  it('the network picture reaches the candidate and the expert only, even when offered to every view', () => {
    expect(build('kandidaat').network).toBe(picture);
    expect(build('expert').network).toBe(picture);
    expect(build('opdrachtgever-volledig', greedy).network).toBeUndefined();
    expect(build('opdrachtgever-samenvatting', greedy).network).toBeUndefined();
  });
});

describe('the candidate view', () => {
  const report = build('kandidaat');

  it('explains every indicator shown, in Dutch and English', () => {
    for (const indicator of indicatorsOf(report)) {
      expect(indicator.candidateText?.nl.length).toBeGreaterThan(20);
      expect(indicator.candidateText?.en?.length).toBeGreaterThan(20);
    }
  });

  it('shows the evidence in words, naming group entries by what the candidate called them', () => {
    const raised = indicatorsOf(report).filter((i) => i.level !== 'geen-aandachtspunt');
    expect(raised.length).toBeGreaterThan(0);
    expect(raised.every((i) => (i.evidence ?? []).length > 0)).toBe(true);
    const lines = raised.flatMap((i) => i.evidence ?? []);
    for (const line of lines) {
      expect(line.subject.nl).not.toBe('');
      expect(line.detail.nl).not.toBe('');
      expect(line.detail.en).not.toBe('');
    }
    // A network measure is named in plain words, never by its code name.
    const measured = lines.filter((l) => /netwerk|kring|contact/i.test(l.subject.nl));
    expect(measured.length).toBeGreaterThan(0);
    expect(lines.some((l) => /multiplexContacts|sensitiveExposure/.test(l.subject.nl))).toBe(false);
  });

  it('names the judge: an expert, with a judgement and rationale per theme beside the proposal', () => {
    expect(report.judgedBy).toBe('expert');
    for (const theme of themesOf(report)) {
      expect(theme.judgement?.rationale).toBe(`Rationale for ${theme.id}`);
      expect(theme.judgement?.proposed).toBe(theme.proposed);
    }
    const first = themesOf(report).find((t) => t.id === evaluation.themes[0]!.id)!;
    expect(first.judgement?.differs).toBe(evaluation.themes[0]!.level !== 'geen-aandachtspunt');
    expect(build('kandidaat').instrument).toEqual({
      id: bestuurder.id,
      version: bestuurder.version,
      hash: 'h'.repeat(64),
      title: bestuurder.title,
    });
  });

  it('without judgements (a reflection) nobody judged, and the proposal is still shown per theme', () => {
    const reflection = buildReportView(
      bestuurder,
      evaluation,
      { judgements: [], measures: [], finalisedAt: null },
      'kandidaat',
    );
    expect(reflection.judgedBy).toBe('nobody');
    expect(themesOf(reflection).every((t) => t.proposed && !t.judgement)).toBe(true);
    expect(reflection.measures).toEqual([]);
  });

  it('lists each chosen measure once, with the themes it answers; themes refer to it by id', () => {
    const measures = report.measures ?? [];
    const ids = measures.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const multi = measures.find((m) => m.id === multiTheme.id)!;
    expect(multi.themes.length).toBeGreaterThan(1);
    for (const themeId of multi.themes)
      expect(themesOf(report).find((t) => t.id === themeId)?.measures).toContain(multiTheme.id);
    // Only measures the expert chose.
    expect(ids.every((id) => decisions.measures.includes(id))).toBe(true);
  });

  it('ties each tip to its question', () => {
    const tips = themesOf(report).flatMap((t) => t.tips ?? []);
    expect(tips.length).toBeGreaterThan(0);
    expect(tips.every((tip) => tip.question && tip.question.nl.length > 0)).toBe(true);
  });
});

describe('evidence in words', () => {
  it('names answers, entries and network measures', () => {
    const group = bestuurder.parts
      .flatMap((p) => p.sections.flatMap((s) => s.items))
      .find((i) => i.kind === 'group')!;
    const lines = evidenceText(
      bestuurder,
      [
        { item: group.id, entries: [0] },
        { network: 'multiplexContacts', measure: 3 },
        { network: 'density' },
      ],
      answers,
    );
    expect(lines[0]!.subject).toEqual(group.text);
    expect(lines[0]!.detail.nl).toMatch(/ 1: /);
    expect(lines[1]).toEqual({
      subject: networkMeasureLabel('multiplexContacts'),
      detail: { nl: '3', en: '3' },
    });
    expect(lines[2]!.detail.nl).toBe('netwerkkaart nog niet ingevuld');
    expect(networkMeasureLabel('blau.gender')).toEqual({
      nl: 'Verscheidenheid naar gender',
      en: 'Variety by gender',
    });
  });
});

describe('calibrated versions (1.1.0): conversation points and named network evidence', () => {
  const newer = loadInstrument(
    fs.readFileSync(
      path.join(import.meta.dirname, '../../instruments/weerbaarheidsscan-bestuurder/1.1.0.yaml'),
      'utf8',
    ),
  );
  if (!newer.ok) throw new Error('bestuurder 1.1.0 does not load');
  const v110 = newer.instrument;
  const unknown = { ...maximalAnswers(v110), familie_bij_organisatie: 'onbekend' };
  const result = evaluate(v110, { answers: unknown, network: analyseNetwork(map, v110.network!).measures });
  const none: ReportDecisions = { judgements: [], measures: [], finalisedAt: null };
  const indicatorIn = (view: ReportView, id: string) =>
    view.sections
      .flatMap((s) => s.themes)
      .flatMap((t) => t.indicators ?? [])
      .find((i) => i.id === id);

  it('an unknown answer stays at geen aandachtspunt and shows, with the answer, to candidate and expert only', () => {
    for (const view of ['kandidaat', 'expert'] as const) {
      const family = indicatorIn(
        buildReportView(v110, result, none, view, { answers: unknown }),
        'familie_in_organisatie',
      );
      expect(family?.level, view).toBe('geen-aandachtspunt');
      expect(
        family?.evidence?.map((e) => e.detail.nl),
        view,
      ).toContain('Weet ik niet');
    }
    const client = indicatorIn(
      buildReportView(v110, result, none, 'opdrachtgever-volledig'),
      'familie_in_organisatie',
    );
    expect(client?.level).toBe('geen-aandachtspunt');
    expect(client?.evidence).toBeUndefined();
  });

  it('names the contacts behind a network finding in the candidate view, never for the opdrachtgever', () => {
    const names = networkNamesOf(map, v110.network!);
    const candidate = buildReportView(v110, result, none, 'kandidaat', {
      answers: unknown,
      networkNames: names,
    });
    const overlap = indicatorIn(candidate, 'multiplexiteit');
    expect(overlap?.level).not.toBe('geen-aandachtspunt');
    const line = overlap?.evidence?.find((e) => e.subject.nl.startsWith('Mensen die u privé kent'));
    // SvL is in the demo map: a friend, at the football club and the business association.
    expect(line?.detail.nl).toContain('SvL (');
    const client = buildReportView(v110, result, none, 'opdrachtgever-volledig', { networkNames: names });
    expect(JSON.stringify(client)).not.toContain('SvL');
  });
});

describe('findings of the antecedentenonderzoek', () => {
  // A sealed record as the expert left it: one hit confirmed (theme antecedenten), one dismissed,
  // one confirmed without a theme, and a manual source recorded as a finding.
  const record: ScreeningRecord = {
    ranAt: '2026-12-01T10:00:00.000Z',
    declaration: { id: 'bewilligingsverklaring', version: '1.0.0', signedAt: '2026-11-30T10:00:00.000Z' },
    subjects: [
      { id: 'candidate', kind: 'person', name: 'Jan de Vries', origin: 'candidate', theme: null },
      {
        id: 'org.0',
        kind: 'organisation',
        name: 'Bouwbedrijf Noord BV',
        origin: 'answer',
        theme: 'loopbaan',
      },
    ],
    sources: [],
    hits: [
      {
        id: 'h1',
        subjectId: 'candidate',
        source: { kind: 'list', listId: 'l1', name: 'Demolijst', version: 3, licence: null },
        entity: { id: 'e1', name: 'Jan de Vries', schema: 'Person', detail: 'Uitsluiting aanbesteding 2019' },
        score: 0.97,
        features: [],
        decision: { outcome: 'confirmed', reason: 'Zelfde geboortedatum', theme: 'antecedenten', at: 'x' },
      },
      {
        id: 'h2',
        subjectId: 'candidate',
        source: { kind: 'list', listId: 'l1', name: 'Demolijst', version: 3, licence: null },
        entity: { id: 'e2', name: 'Johan de Fries', schema: 'Person', detail: 'Faillissement Zwolle' },
        score: 0.81,
        features: [],
        decision: { outcome: 'dismissed', reason: 'Andere persoon, andere woonplaats', theme: null, at: 'x' },
      },
      {
        id: 'h3',
        subjectId: 'candidate',
        source: { kind: 'register', register: 'kvk' },
        entity: { id: 'e3', name: 'J. de Vries Holding', schema: 'Company', detail: 'Bestuurder sinds 2015' },
        score: 0.9,
        features: [],
        decision: { outcome: 'confirmed', reason: 'Eigen holding', theme: null, at: 'x' },
      },
    ],
    manual: [
      {
        id: 'm1',
        where: 'Krantenarchief',
        searched: 'Jan de Vries',
        searchedOn: '2026-12-01',
        found: 'Artikel over een burenruzie',
        finding: true,
        theme: 'online',
        recordedAt: 'x',
      },
    ],
  };
  const findings = findingsOf(record);
  const withFindings = (view: View) =>
    buildReportView(bestuurder, evaluation, decisions, view, { answers, findings });
  const themeIn = (report: ReportView, id: string) => themesOf(report).find((t) => t.id === id);

  for (const view of ['kandidaat', 'expert'] as const) {
    it(`${view}: a confirmed finding is evidence of its theme, a kind of its own with its source`, () => {
      const report = withFindings(view);
      expect(themeIn(report, 'antecedenten')?.findings).toEqual([
        {
          kind: 'antecedent',
          subject: 'Jan de Vries',
          what: 'Jan de Vries — Uitsluiting aanbesteding 2019',
          reason: 'Zelfde geboortedatum',
          source: {
            nl: 'referentielijst “Demolijst”, versie 3',
            en: 'reference list “Demolijst”, version 3',
          },
        },
      ]);
      expect(themeIn(report, 'online')?.findings?.[0]?.source.nl).toBe(
        'Krantenarchief, gezocht op 2026-12-01',
      );
      // Without a theme: once at the end, with the register by name.
      expect(report.findings?.map((f) => f.source.nl)).toEqual(['Handelsregister (KvK)']);
      // Never mixed into an indicator's evidence (answers), and the proposal stays what the answers give.
      expect(JSON.stringify(indicatorsOf(report))).not.toContain('Uitsluiting');
      const plain = build(view);
      expect(themesOf(report).map((t) => t.proposed)).toEqual(themesOf(plain).map((t) => t.proposed));
    });
  }

  for (const view of ['opdrachtgever-samenvatting', 'opdrachtgever-volledig'] as const) {
    it(`${view} carries no finding, even when offered one and the sections ask for evidence`, () => {
      for (const instrument of [bestuurder, greedy]) {
        const report = buildReportView(instrument, evaluation, decisions, view, { findings });
        const json = JSON.stringify(report);
        expect(json).not.toMatch(/"findings":/);
        expect(json).not.toContain('Uitsluiting');
        expect(json).not.toContain('Holding');
      }
    });
  }

  it('a dismissed hit is in no view', () => {
    for (const view of Object.keys(expected) as View[]) {
      const json = JSON.stringify(withFindings(view));
      expect(json).not.toContain('Johan de Fries');
      expect(json).not.toContain('Faillissement Zwolle');
      expect(json).not.toContain('Andere persoon');
    }
  });
});
