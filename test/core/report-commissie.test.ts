// The kandidatencommissie's view (`commissie`) of a released check: per theme whether there is
// something to discuss and the talking points, never the candidate's answers, evidence, contact
// labels, findings of the antecedentenonderzoek, awareness, tips, judgements or measures — also when
// an instrument's sections ask to show everything, and when the caller passes personal extras.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/instrument/answers.ts';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { loadInstrument } from '../../src/core/instrument/load.ts';
import type { Instrument } from '../../src/core/instrument/schema.ts';
import { drawNetwork } from '../../src/core/network/drawing.ts';
import { analyseNetwork } from '../../src/core/network/metrics.ts';
import { networkNamesOf } from '../../src/core/report/evidence-text.ts';
import {
  buildReportView,
  committeeMayShow,
  type ReportDecisions,
  type ReportView,
} from '../../src/core/report/report-model.ts';
import { demoNetwork } from '../../src/server/demo/demo-network.ts';
import { maximalAnswers } from '../support/maximal-answers.ts';

function instrument(id: string, version: string): Instrument {
  const file = path.join(import.meta.dirname, `../../instruments/${id}/${version}.yaml`);
  const loaded = loadInstrument(fs.readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${id} ${version} does not load`);
  return loaded.instrument;
}

/** The instrument with one section that asks to show everything to everyone. */
function greedy(base: Instrument): Instrument {
  return {
    ...base,
    report: {
      sections: [
        {
          id: 'alles',
          title: { nl: 'Alles' },
          themes: base.themes.map((t) => t.id),
          views: ['kandidaat', 'expert', 'opdrachtgever-samenvatting', 'opdrachtgever-volledig', 'commissie'],
          show: ['judgement', 'indicators', 'evidence', 'measures', 'awareness', 'talkingPoints', 'tips'],
        },
      ],
    },
  };
}

const themesOf = (report: ReportView) => report.sections.flatMap((s) => s.themes);
const indicatorsOf = (report: ReportView) => themesOf(report).flatMap((t) => t.indicators ?? []);

/** Every text the candidate typed (free text has spaces; option values are ids without). */
function typedTexts(answers: Answers): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string' && value.includes(' ')) out.push(value.trim());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(answers);
  return out;
}

const forbiddenKeys =
  /"(evidence|awareness|tips|candidateText|expertText|network|findings|judgement|measures|proposed|rationale)":/;

describe('the commissie view of the bestuurder scan, every section offered to every view', () => {
  const bestuurder = greedy(instrument('weerbaarheidsscan-bestuurder', '1.1.0'));
  const answers = maximalAnswers(bestuurder);
  const map = demoNetwork();
  const evaluation = evaluate(bestuurder, {
    answers,
    network: analyseNetwork(map, bestuurder.network!).measures,
  });
  const decisions: ReportDecisions = {
    judgements: evaluation.themes.map((t) => ({
      theme: t.id,
      proposed: t.level,
      level: t.level,
      rationale: `Geheime onderbouwing ${t.id}`,
    })),
    measures: bestuurder.measures.map((m) => m.id),
    finalisedAt: '2026-12-01T10:00:00.000Z',
  };
  // Everything personal a careless caller could pass.
  const report = buildReportView(bestuurder, evaluation, decisions, 'commissie', {
    answers,
    hash: 'h'.repeat(64),
    network: drawNetwork(map, bestuurder.network),
    networkNames: networkNamesOf(map, bestuurder.network!),
    findings: [
      {
        subject: 'Jan de Vries',
        theme: 'antecedenten',
        what: 'Vermelding in een register',
        reason: 'Naam en geboortedatum gelijk',
        source: { kind: 'register', register: 'Demoregister' },
      },
    ],
  });
  const json = JSON.stringify(report);

  it('is read by the commissie and caps what it shows to indicators and talking points', () => {
    expect(report.reader).toBe('commissie');
    expect([...committeeMayShow].sort()).toEqual(['indicators', 'talkingPoints']);
    expect(json).not.toMatch(forbiddenKeys);
    expect(report.measures).toBeUndefined();
    expect(report.network).toBeUndefined();
    expect(report.findings).toBeUndefined();
  });

  it('holds no answer text the candidate gave', () => {
    const texts = typedTexts(answers);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(json).not.toContain(text);
    expect(json).not.toContain('Een uitgebreide toelichting');
  });

  it('names no contact of the network map and no finding', () => {
    for (const contact of map.contacts) expect(json).not.toContain(`"${contact.label}`);
    expect(json).not.toContain('SvL');
    expect(json).not.toContain('Jan de Vries');
    expect(json).not.toContain('Demoregister');
    expect(json).not.toContain('Geheime onderbouwing');
  });

  it('per theme: whether to discuss it, and the raised indicators with their talking points', () => {
    const themes = themesOf(report);
    expect(themes.map((t) => t.id)).toEqual(bestuurder.themes.map((t) => t.id));
    for (const theme of themes) {
      expect(typeof theme.discuss).toBe('boolean');
      expect(theme.discuss).toBe((theme.indicators ?? []).length > 0);
    }
    const raised = evaluation.indicators.filter((r) => r.rule !== null).map((r) => r.id);
    expect(
      indicatorsOf(report)
        .map((i) => i.id)
        .sort(),
    ).toEqual([...raised].sort());
    expect(indicatorsOf(report).some((i) => (i.talkingPoints ?? []).length > 0)).toBe(true);
  });
});

describe('the commissie view of the raadslid check', () => {
  const check = greedy(instrument('weerbaarheidscheck-raadslid', '1.1.0'));
  const quiet: Answers = {
    heeft_nevenfuncties: 'ja',
    nevenfuncties: [{ organisatie: 'Stichting Zonnig Buurthuis Oost', relatie_gemeente: 'weet_niet' }],
    financiele_belangen: ['geen'],
    financiele_situatie: 'liever_gesprek',
    familie_bij_gemeente: 'nee',
    werk_relatie_gemeente: 'nee',
    oude_uitingen: 'nee',
    zelfde_mensen: 'nee',
    bedreiging: 'nee',
    weet_waar_heen: 'goed',
    antecedenten: 'nee',
  };
  const none: ReportDecisions = { judgements: [], measures: [], finalisedAt: null };
  const report = buildReportView(check, evaluate(check, { answers: quiet }), none, 'commissie', {
    answers: quiet,
  });

  it('a conversation point ("liever in het gesprek", "weet ik niet") is a theme to discuss', () => {
    const finance = themesOf(report).find((t) => t.id === 'financien');
    expect(finance?.discuss).toBe(true);
    expect(finance?.indicators?.map((i) => i.id)).toEqual(['financiele_kwetsbaarheid']);
    expect(finance?.indicators?.[0]?.talkingPoints?.length).toBeGreaterThan(0);
    const side = themesOf(report).find((t) => t.id === 'nevenfuncties');
    expect(side?.discuss).toBe(true);
  });

  it('a theme without anything raised is listed, not to discuss, without indicators', () => {
    const online = themesOf(report).find((t) => t.id === 'online');
    expect(online?.discuss).toBe(false);
    expect(online?.indicators).toEqual([]);
  });

  it('never shows what the candidate wrote', () => {
    const json = JSON.stringify(report);
    expect(json).not.toContain('Zonnig Buurthuis');
    expect(json).not.toContain('liever_gesprek');
    expect(json).not.toMatch(forbiddenKeys);
  });
});
