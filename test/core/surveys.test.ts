// Organisation surveys, pure: the questionnaire loader (issues with line numbers), the check of a
// submission, and the results behind disclosure control — every group with figures counts at least
// the threshold, and no hidden unit's count or mean follows from the shown ones by subtraction.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkSubmission,
  counterKeys,
  groupUnits,
  loadQuestionnaire,
  type Questionnaire,
  type RoundCounts,
  surveyResults,
} from '../../src/core/surveys/index.ts';

const shipped = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../surveys/sociale-veiligheid/1.0.0.yaml'),
  'utf8',
);

const small = `id: proef
version: 1.0.0
title: { nl: Proef, en: Trial }
intro: { nl: Intro, en: Intro }
unitQuestion: { nl: Waar?, en: Where? }
themes:
  - id: t
    title: { nl: T, en: T }
    questions:
      - id: veilig
        kind: scale
        text: { nl: Veilig, en: Safe }
        low: { nl: laag, en: low }
        high: { nl: hoog, en: high }
      - id: kent
        kind: yes-no
        text: { nl: Kent u, en: Do you know }
closing: { nl: Dank, en: Thanks }
`;

function questionnaire(): Questionnaire {
  const loaded = loadQuestionnaire(small);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

/** Counters as a round would hold them after these submissions. */
function counted(
  q: Questionnaire,
  units: string[],
  submissions: Array<[string, Record<string, string>]>,
): RoundCounts {
  const unitCounts = new Map(['', ...units].map((u) => [u, 0]));
  const answers = new Map<string, number>();
  for (const [unit, a] of submissions) {
    unitCounts.set(unit, (unitCounts.get(unit) ?? 0) + 1);
    for (const [question, option] of Object.entries(a)) {
      const key = `${unit}|${question}|${option}`;
      answers.set(key, (answers.get(key) ?? 0) + 1);
    }
  }
  return {
    units: [...unitCounts].map(([unit, respondents]) => ({ unit, respondents })),
    answers: ['', ...units].flatMap((unit) =>
      counterKeys(q).map((k) => ({
        unit,
        questionId: k.questionId,
        optionId: k.optionId,
        count: answers.get(`${unit}|${k.questionId}|${k.optionId}`) ?? 0,
      })),
    ),
  };
}

describe('the questionnaire loader', () => {
  it('loads the shipped sociale-veiligheid questionnaire', () => {
    const loaded = loadQuestionnaire(shipped);
    expect(loaded.issues).toEqual([]);
    expect(loaded.ok && loaded.value.id).toBe('sociale-veiligheid');
  });

  it('names the line of a duplicate question id, an unknown kind and a missing English text', () => {
    const broken = small
      .replace('id: kent', 'id: veilig')
      .replace('intro: { nl: Intro, en: Intro }', 'intro: { nl: Intro }');
    const loaded = loadQuestionnaire(broken);
    expect(loaded.ok).toBe(false);
    expect(loaded.issues.map((i) => [i.path, i.line])).toEqual([['intro.en', 4]]);
    const duplicate = loadQuestionnaire(small.replace('id: kent', 'id: veilig'));
    expect(duplicate.issues.map((i) => [i.path, i.line])).toEqual([['themes[0].questions[1].id', 15]]);
    const kind = loadQuestionnaire(small.replace('kind: yes-no', 'kind: open-text'));
    expect(kind.ok).toBe(false);
    expect(kind.issues[0]!.line).toBe(16);
  });
});

describe('a submission', () => {
  it('answers every question with one of its options, and names a unit of the round or none', () => {
    const q = questionnaire();
    expect(checkSubmission(q, ['A'], { unit: 'A', answers: { veilig: '4', kent: 'ja' } })).toEqual([]);
    expect(checkSubmission(q, ['A'], { unit: '', answers: { veilig: '4', kent: 'ja' } })).toEqual([]);
    expect(checkSubmission(q, ['A'], { unit: 'B', answers: { veilig: '6', extra: 'x' } })).toEqual([
      { problem: 'unknown-unit', path: ['unit'] },
      { problem: 'unknown-question', path: ['answers', 'extra'] },
      { problem: 'unknown-option', path: ['answers', 'veilig'] },
      { problem: 'missing-answer', path: ['answers', 'kent'] },
    ]);
  });
});

describe('groups behind the threshold', () => {
  const units = (pairs: Array<[string, number]>) =>
    pairs.map(([unit, respondents]) => ({ unit, respondents }));

  it('hides a unit of 4 beside one of 8: the 8 would give the 4 by subtraction from 12', () => {
    expect(
      groupUnits(
        units([
          ['Publiekszaken', 8],
          ['Griffie', 4],
        ]),
        5,
      ),
    ).toEqual({
      shown: [],
      others: ['Publiekszaken', 'Griffie'],
    });
  });

  it('puts a small unit together with the cheapest other one, so the others are at least the threshold', () => {
    expect(
      groupUnits(
        units([
          ['A', 8],
          ['B', 4],
          ['C', 6],
        ]),
        5,
      ),
    ).toEqual({ shown: ['A'], others: ['B', 'C'] });
    expect(
      groupUnits(
        units([
          ['A', 8],
          ['B', 9],
          ['C', 7],
        ]),
        5,
      ),
    ).toEqual({ shown: ['A', 'B', 'C'], others: [] });
  });

  it('never leaves the others below the threshold, even of four units of one', () => {
    const grouped = groupUnits(
      units([
        ['A', 20],
        ['B', 1],
        ['C', 1],
        ['D', 1],
        ['E', 1],
      ]),
      5,
    );
    const size = (names: string[]) =>
      names.reduce((s, n) => s + ({ A: 20, B: 1, C: 1, D: 1, E: 1 } as Record<string, number>)[n]!, 0);
    expect(grouped.others.length === 0 || size(grouped.others) >= 5).toBe(true);
    for (const u of grouped.shown) expect(size([u])).toBeGreaterThanOrEqual(5);
  });

  it('never shows "not said" as a unit of its own', () => {
    expect(
      groupUnits(
        units([
          ['', 9],
          ['A', 9],
        ]),
        5,
      ).shown,
    ).toEqual(['A']);
  });

  // Every split of n respondents over up to four units: every shown group ≥ threshold; the others
  // (total minus shown) either empty or ≥ threshold; so no figure of fewer people can be derived.
  it('holds for every split of up to 16 respondents over four units', () => {
    for (let a = 0; a <= 8; a++)
      for (let b = 0; b <= 8; b++)
        for (let c = 0; c <= 8; c++)
          for (let d = 0; d <= 4; d++) {
            const counts = { A: a, B: b, C: c, D: d } as Record<string, number>;
            const { shown, others } = groupUnits(units(Object.entries(counts)), 5);
            for (const u of shown) expect(counts[u]).toBeGreaterThanOrEqual(5);
            const rest = others.reduce((s, u) => s + counts[u]!, 0);
            expect(rest === 0 || rest >= 5 || shown.length === 0).toBe(true);
          }
  });
});

describe('results', () => {
  it('shows nothing but the count below the threshold', () => {
    const q = questionnaire();
    const counts = counted(q, ['A'], [['A', { veilig: '5', kent: 'ja' }]]);
    expect(surveyResults(q, counts, 5)).toEqual({
      respondents: 1,
      threshold: 5,
      shown: false,
      groups: [],
      othersUnits: [],
      questions: [],
    });
  });

  it('gives the mean on 1–5, the share per option, per unit only where large enough, and the trend', () => {
    const q = questionnaire();
    const subs: Array<[string, Record<string, string>]> = [
      ...Array.from({ length: 6 }, (): [string, Record<string, string>] => [
        'A',
        { veilig: '5', kent: 'ja' },
      ]),
      ...Array.from({ length: 5 }, (): [string, Record<string, string>] => [
        'B',
        { veilig: '3', kent: 'nee' },
      ]),
      ...Array.from({ length: 3 }, (): [string, Record<string, string>] => [
        'C',
        { veilig: '1', kent: 'ja' },
      ]),
      ...Array.from({ length: 2 }, (): [string, Record<string, string>] => [
        'D',
        { veilig: '2', kent: 'weet-niet' },
      ]),
    ];
    const earlier = counted(
      q,
      ['A'],
      Array.from({ length: 10 }, () => ['A', { veilig: '2', kent: 'nee' }]),
    );
    const r = surveyResults(q, counted(q, ['A', 'B', 'C', 'D'], subs), 5, {
      questionnaire: q,
      counts: earlier,
      threshold: 5,
    });
    // C (3) and D (2) are small. Each must stay uncertain by ±3 (half the threshold, rounded up),
    // which D alone cannot give C: protectTable hides B (5, the cheapest) as well.
    expect(r.groups.map((g) => [g.kind, g.unit, g.respondents])).toEqual([
      ['all', null, 16],
      ['unit', 'A', 6],
      ['others', null, 10],
    ]);
    expect(r.othersUnits).toEqual(['B', 'C', 'D']);
    const veilig = r.questions.find((x) => x.questionId === 'veilig')!;
    // (6·5 + 5·3 + 3·1 + 2·2) / 16 = 52 / 16 = 3.25 → 3.3; the others (15 + 3 + 4) / 10 = 2.2
    expect(veilig.groups.map((g) => g.mean)).toEqual([3.3, 5, 2.2]);
    expect(veilig.earlier).toMatchObject({ respondents: 10, mean: 2 });
    const kent = r.questions.find((x) => x.questionId === 'kent')!;
    expect(kent.groups[0]!.options).toEqual([
      { optionId: 'ja', count: 9, percent: 56 },
      { optionId: 'nee', count: 5, percent: 31 },
      { optionId: 'weet-niet', count: 2, percent: 13 },
    ]);
    // The others' figures are exactly "all minus the shown units" — and over 5 people.
    const sum = (k: string) => veilig.groups.find((g) => g.groupKey === k)!.options.map((o) => o.count);
    const all = sum('all');
    const rest = all.map((v, i) => v - sum('unit-0')[i]!);
    expect(sum('others')).toEqual(rest);
  });

  it('gives no trend from an earlier round below its threshold', () => {
    const q = questionnaire();
    const now = counted(
      q,
      [],
      Array.from({ length: 5 }, () => ['', { veilig: '4', kent: 'ja' }]),
    );
    const before = counted(
      q,
      [],
      Array.from({ length: 4 }, () => ['', { veilig: '1', kent: 'ja' }]),
    );
    const r = surveyResults(q, now, 5, { questionnaire: q, counts: before, threshold: 5 });
    expect(r.questions.every((x) => x.earlier === null)).toBe(true);
  });
});
