// The conversation content and the leidraad selectiegesprek: the shipped files load against the
// shipped instruments (≥ 30 cards, every tag a theme, every theme of the bestuurder scan has
// questions), the guide for a known evaluation lists exactly the themes and indicators found,
// the opdrachtgever's guide holds no more than the released view, and a broken file is reported
// with the line it is on.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildInterviewGuide,
  findingsFromEvaluation,
  findingsFromReportView,
  suggestDilemmas,
} from '../../src/core/conversation/interview-guide.ts';
import { knownIds, loadDilemmas, loadLeidraad } from '../../src/core/conversation/load.ts';
import type { DilemmaFile, Leidraad } from '../../src/core/conversation/schema.ts';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { loadInstrument } from '../../src/core/instrument/load.ts';
import type { Instrument } from '../../src/core/instrument/schema.ts';
import { buildReportView, type ReportDecisions } from '../../src/core/report/report-model.ts';
import { completeAnswers } from '../../src/server/demo/fill-answers.ts';

const root = path.resolve(import.meta.dirname, '../..');

function instrumentFile(id: string, version = '1.0.0'): Instrument {
  const result = loadInstrument(
    fs.readFileSync(path.join(root, 'instruments', id, `${version}.yaml`), 'utf8'),
  );
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.issues)}`);
  return result.instrument;
}

const ids = fs
  .readdirSync(path.join(root, 'instruments'))
  .filter((id) => fs.existsSync(path.join(root, 'instruments', id, '1.0.0.yaml')));
const instruments = ids.map((id) => instrumentFile(id));
// The content refers to the themes and indicators of every version, as the server checks it.
const allVersions = ids.flatMap((id) =>
  fs
    .readdirSync(path.join(root, 'instruments', id))
    .filter((name) => /^\d+\.\d+\.\d+\.yaml$/.test(name))
    .map((name) => instrumentFile(id, name.slice(0, -5))),
);
const known = knownIds(allVersions);
const bestuurder = instruments.find((i) => i.id === 'weerbaarheidsscan-bestuurder')!;

const leidraadText = fs.readFileSync(path.join(root, 'conversation', 'leidraad.yaml'), 'utf8');
const dilemmasText = fs.readFileSync(path.join(root, 'conversation', 'dilemmakaarten.yaml'), 'utf8');

function shipped(): { leidraad: Leidraad; dilemmas: DilemmaFile } {
  const leidraad = loadLeidraad(leidraadText, known);
  const dilemmas = loadDilemmas(dilemmasText, known);
  if (!leidraad.ok) throw new Error(JSON.stringify(leidraad.issues));
  if (!dilemmas.ok) throw new Error(JSON.stringify(dilemmas.issues));
  return { leidraad: leidraad.value, dilemmas: dilemmas.value };
}

/** A candidate with a board seat at a subsidised club, the rest answered minimally. */
function knownEvaluation() {
  const club = {
    organisatie: 'VV De Zwaluwen',
    rol: 'bestuur',
    betaald: 'nee',
    sector: 'sport_cultuur',
    relatie: ['subsidie'],
    behouden: 'behouden',
  };
  return evaluate(bestuurder, {
    answers: completeAnswers(bestuurder, { heeft_nevenfuncties: 'ja', nevenfuncties: [club] }),
  });
}

describe('the shipped conversation files', () => {
  it('load without issues against the shipped instruments', () => {
    expect(loadLeidraad(leidraadText, known).issues).toEqual([]);
    expect(loadDilemmas(dilemmasText, known).issues).toEqual([]);
  });

  it('hold at least 30 dilemmas, each with unique id, a real theme on every tag and 2–4 questions in nl and en', () => {
    const { dilemmas } = shipped();
    expect(dilemmas.dilemmas.length).toBeGreaterThanOrEqual(30);
    expect(new Set(dilemmas.dilemmas.map((d) => d.id)).size).toBe(dilemmas.dilemmas.length);
    for (const dilemma of dilemmas.dilemmas) {
      for (const theme of dilemma.themes) expect(known.themes, `${dilemma.id}: ${theme}`).toContain(theme);
      expect(dilemma.questions.length).toBeGreaterThanOrEqual(2);
      expect(dilemma.questions.length).toBeLessThanOrEqual(4);
      for (const q of [dilemma.title, dilemma.situation, ...dilemma.questions]) {
        expect(q.nl.length).toBeGreaterThan(0);
        expect(q.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('write for every audience: local administrators, council members and top officials', () => {
    const { dilemmas } = shipped();
    for (const audience of ['bestuurder', 'raadslid', 'rijk']) {
      expect(
        dilemmas.dilemmas.filter((d) => d.audiences.includes(audience)).length,
        audience,
      ).toBeGreaterThanOrEqual(8);
    }
  });

  it('give every theme of the bestuurder instrument its own questions, a general question and what a good answer shows', () => {
    const { leidraad } = shipped();
    for (const theme of bestuurder.themes) {
      const entry = leidraad.themes[theme.id];
      expect(entry, theme.id).toBeDefined();
      expect(entry!.questions.length, theme.id).toBeGreaterThan(0);
      expect(entry!.goodAnswer.length, theme.id).toBeGreaterThan(0);
      expect(entry!.general.nl, theme.id).toMatch(/\?$/);
    }
  });

  it('name only indicators of the theme they stand under', () => {
    const { leidraad } = shipped();
    for (const [theme, entry] of Object.entries(leidraad.themes)) {
      for (const indicator of Object.keys(entry.indicators)) {
        expect(known.indicators.get(theme), `${theme}.${indicator}`).toContain(indicator);
      }
    }
  });
});

describe('the leidraad for the expert', () => {
  const { leidraad, dilemmas } = shipped();
  const evaluation = knownEvaluation();
  const guide = buildInterviewGuide({
    instrument: bestuurder,
    leidraad,
    dilemmas,
    findings: findingsFromEvaluation(bestuurder, evaluation),
    reader: 'expert',
  });

  it('lists exactly the themes and indicators found, in the order of the instrument', () => {
    expect(guide.themes.map((t) => t.id)).toEqual(bestuurder.themes.map((t) => t.id));
    expect(guide.themes.filter((t) => t.attention).map((t) => t.id)).toEqual([
      'benoembaarheid',
      'nevenfuncties',
      'netwerk',
    ]);
    expect(guide.themes.flatMap((t) => t.indicators.map((i) => `${t.id}/${i.id}:${i.level}`))).toEqual([
      'benoembaarheid/vereisten_benoembaarheid:risico',
      'nevenfuncties/nevenfunctie_gemeentebelang:risico',
      'netwerk/netwerk_overzicht:aandachtspunt',
    ]);
    // The same as the evaluation says, whatever it says.
    const flagged = evaluation.indicators.filter((i) => i.level !== 'geen-aandachtspunt').map((i) => i.id);
    expect(guide.themes.flatMap((t) => t.indicators.map((i) => i.id)).sort()).toEqual(flagged.sort());
  });

  it('asks the open questions with what a good answer shows, the sharper questions and the talking points', () => {
    const side = guide.themes.find((t) => t.id === 'nevenfuncties')!;
    expect(side.questions).toEqual(leidraad.themes.nevenfuncties!.questions);
    expect(side.goodAnswer.length).toBeGreaterThan(0);
    expect(side.levelSource).toBe('proposed');
    const indicator = side.indicators[0]!;
    expect(indicator.questions).toEqual(
      leidraad.themes.nevenfuncties!.indicators.nevenfunctie_gemeentebelang!.questions,
    );
    expect(indicator.talkingPoints?.length).toBeGreaterThan(0);
    expect(indicator.expertText?.nl.length).toBeGreaterThan(0);
  });

  it('gives a theme without attention one general question and nothing else', () => {
    const online = guide.themes.find((t) => t.id === 'online')!;
    expect(online.attention).toBe(false);
    expect(online.questions).toEqual([leidraad.themes.online!.general]);
    expect(online.goodAnswer).toEqual([]);
    expect(online.indicators).toEqual([]);
  });

  it('suggests dilemmas that fit the flagged themes, the bestuurder cards first', () => {
    expect(guide.dilemmas.length).toBeGreaterThan(0);
    for (const d of guide.dilemmas) {
      expect(d.themes.some((t) => ['benoembaarheid', 'nevenfuncties', 'netwerk'].includes(t))).toBe(true);
      expect(d.audiences).toContain('bestuurder');
    }
    expect(suggestDilemmas(dilemmas, { themes: [] })).toEqual([]);
  });

  it('shows the judgement where the expert gave one', () => {
    const decisions: ReportDecisions = {
      judgements: [
        {
          theme: 'nevenfuncties',
          proposed: 'risico',
          level: 'aandachtspunt',
          rationale: 'Legt functie neer.',
        },
        {
          theme: 'online',
          proposed: 'geen-aandachtspunt',
          level: 'aandachtspunt',
          rationale: 'Oude berichten.',
        },
      ],
      measures: [],
      finalisedAt: null,
    };
    const judged = buildInterviewGuide({
      instrument: bestuurder,
      leidraad,
      dilemmas,
      findings: findingsFromEvaluation(bestuurder, evaluation, decisions),
      reader: 'expert',
    });
    const side = judged.themes.find((t) => t.id === 'nevenfuncties')!;
    expect([side.level, side.levelSource]).toEqual(['aandachtspunt', 'judgement']);
    // Raised by the expert: now a theme to talk about, with its open questions.
    const online = judged.themes.find((t) => t.id === 'online')!;
    expect(online.attention).toBe(true);
    expect(online.questions).toEqual(leidraad.themes.online!.questions);
  });
});

describe('the leidraad for the opdrachtgever', () => {
  const { leidraad, dilemmas } = shipped();
  const evaluation = knownEvaluation();
  const decisions: ReportDecisions = {
    judgements: evaluation.themes.map((t) => ({
      theme: t.id,
      proposed: t.level,
      level: t.level,
      rationale: 'Besproken.',
    })),
    measures: [],
    finalisedAt: '2026-11-01T10:00:00.000Z',
  };
  const forView = (view: 'opdrachtgever-volledig' | 'opdrachtgever-samenvatting') =>
    buildInterviewGuide({
      instrument: bestuurder,
      leidraad,
      dilemmas,
      findings: findingsFromReportView(buildReportView(bestuurder, evaluation, decisions, view)),
      reader: 'opdrachtgever',
    });

  it('full release: the judged themes and the indicator titles, never talking points or expert texts', () => {
    const guide = forView('opdrachtgever-volledig');
    expect(guide.themes.filter((t) => t.attention).map((t) => t.id)).toEqual([
      'benoembaarheid',
      'nevenfuncties',
      'netwerk',
    ]);
    expect(guide.themes.flatMap((t) => t.indicators.map((i) => i.id))).toEqual([
      'vereisten_benoembaarheid',
      'nevenfunctie_gemeentebelang',
      'netwerk_overzicht',
    ]);
    const text = JSON.stringify(guide);
    expect(text).not.toContain('talkingPoints');
    expect(text).not.toContain('expertText');
    expect(text).not.toContain('evidence');
    expect(text).not.toContain('VV De Zwaluwen');
    for (const t of guide.themes) expect(t.levelSource).toBe('judgement');
  });

  it('summary release: judgements per theme only, no indicators', () => {
    const guide = forView('opdrachtgever-samenvatting');
    expect(guide.themes.filter((t) => t.attention).map((t) => t.id)).toEqual([
      'benoembaarheid',
      'nevenfuncties',
      'netwerk',
    ]);
    expect(guide.themes.flatMap((t) => t.indicators)).toEqual([]);
  });
});

describe('a broken conversation file', () => {
  it('names the line of a YAML error', () => {
    const result = loadDilemmas('version: 1\naudiences:\n  - id: a\n   label: x\n', known);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.path).toBe('(yaml)');
    expect(result.issues[0]?.line).toBe(4);
  });

  it('names the line and path of an unknown theme, a duplicate id, an unknown audience and a missing English text', () => {
    const broken = dilemmasText
      // The second card gets the first card's id.
      .replace('  - id: buurman-vergunning', '  - id: sportclub-subsidie')
      .replace(
        'themes: [nevenfuncties, netwerk, relaties, relaties_gemeente]',
        'themes: [nevenfuncties, bestaat_niet]',
      )
      .replace(
        'audiences: [bestuurder]\n    themes: [netwerk, financien, weerbaarheid]',
        'audiences: [wethouders]\n    themes: [netwerk, financien, weerbaarheid]',
      );
    const lines = broken.split('\n');
    const lineOf = (needle: string, from = 0) =>
      lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    const result = loadDilemmas(broken, known);
    expect(result.ok).toBe(false);
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i]));
    expect(byPath['dilemmas[0].themes[1]']?.line).toBe(lineOf('bestaat_niet'));
    expect(byPath['dilemmas[0].themes[1]']?.message).toContain("'bestaat_niet' is geen thema");
    expect(byPath['dilemmas[1].id']?.message).toContain("dubbele id 'sportclub-subsidie'");
    expect(byPath['dilemmas[1].id']?.line).toBe(
      lineOf('- id: sportclub-subsidie', lineOf('- id: sportclub-subsidie')),
    );
    expect(byPath['dilemmas[2].audiences[0]']?.message).toContain("'wethouders' staat niet bij audiences");
    expect(byPath['dilemmas[2].audiences[0]']?.line).toBe(lineOf('audiences: [wethouders]'));

    const noEnglish = loadDilemmas(
      dilemmasText.replace('      en: The club asks for a subsidy\n', ''),
      known,
    );
    expect(noEnglish.ok).toBe(false);
    expect(noEnglish.issues).toHaveLength(1);
    expect(noEnglish.issues[0]?.path).toBe('dilemmas[0].title.en');
    expect(noEnglish.issues[0]?.line).toBe(lineOf('De club vraagt om subsidie') - 1);
  });

  it('names an indicator that does not belong to its theme, and an unknown theme', () => {
    const broken = leidraadText
      .replace('      onverenigbare_functie:\n', '      online_uitingen:\n')
      .replace('  steun:\n', '  bestaat_niet:\n');
    const result = loadLeidraad(broken, known);
    expect(result.ok).toBe(false);
    const lines = broken.split('\n');
    expect(result.issues.map((i) => [i.path, i.line])).toEqual([
      ['themes.benoembaarheid.indicators.online_uitingen', lines.indexOf('      online_uitingen:') + 1],
      ['themes.bestaat_niet', lines.indexOf('  bestaat_niet:') + 1],
    ]);
    expect(result.issues[0]?.message).toContain("geen indicator van thema 'benoembaarheid'");
  });

  it('refuses a card with one question', () => {
    const one = dilemmasText
      .replace(
        '      - nl: Wie moet weten dat u een band met de club heeft?\n        en: Who needs to know that you have a tie with the club?\n',
        '',
      )
      .replace(
        "      - nl: Blijft u in het bestuur van de club? Waarom wel of niet?\n        en: Do you stay on the club's board? Why or why not?\n",
        '',
      );
    const result = loadDilemmas(one, known);
    expect(result.issues.map((i) => i.path)).toEqual(['dilemmas[0].questions']);
    expect(result.issues[0]?.message).toContain('twee tot vier vragen');
  });
});
