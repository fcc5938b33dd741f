// The workshop of the datavolwassenheidsscan, pure: how far apart answers are (Leik's ordinal
// dispersion for a scale, the IQV for yes/no and choices), the spread per theme and statement from a
// round's protected results, the statements ordered as points to discuss, and the workshop content
// (workshops/datavolwassenheid.yaml) checked with line numbers.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  agreementOf,
  conclusionsInOrder,
  leikDispersion,
  loadWorkshop,
  middleOf,
  qualitativeVariation,
  type SpreadQuestionnaire,
  type SpreadResults,
  workshopSpread,
} from '../../src/core/workshop/index.ts';

const workshopText = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../workshops/datavolwassenheid.yaml'),
  'utf8',
);
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

const questionnaire: SpreadQuestionnaire = {
  themes: [
    {
      id: 'a',
      title: { nl: 'A', en: 'A' },
      questions: [
        { id: 'eens', kind: 'scale' },
        { id: 'oneens', kind: 'scale' },
        { id: 'weet', kind: 'yes-no' },
      ],
    },
    { id: 'b', title: { nl: 'B', en: 'B' }, questions: [{ id: 'midden', kind: 'scale' }] },
  ],
};

const scale = (counts: number[]) => counts.map((count, i) => ({ optionId: String(i + 1), count }));
const results = (shown = true): SpreadResults => ({
  respondents: 12,
  threshold: 10,
  shown,
  questions: [
    {
      questionId: 'eens',
      groups: [
        { groupKey: 'all', options: scale([0, 0, 0, 12, 0]) },
        // A unit's figures are never used by the workshop.
        { groupKey: 'unit-0', options: scale([10, 0, 0, 0, 0]) },
      ],
    },
    { questionId: 'oneens', groups: [{ groupKey: 'all', options: scale([6, 0, 0, 0, 6]) }] },
    {
      questionId: 'weet',
      groups: [
        {
          groupKey: 'all',
          options: [
            { optionId: 'ja', count: 4 },
            { optionId: 'nee', count: 4 },
            { optionId: 'weet-niet', count: 4 },
          ],
        },
      ],
    },
    { questionId: 'midden', groups: [{ groupKey: 'all', options: scale([0, 3, 6, 3, 0]) }] },
  ],
});

describe('how far apart answers are', () => {
  it("Leik's ordinal dispersion: 0 for one point, 1 for two opposite camps, 0.6 evenly, 0.25 for neighbours", () => {
    expect(leikDispersion([0, 0, 7, 0, 0])).toBe(0);
    expect(leikDispersion([5, 0, 0, 0, 5])).toBe(1);
    expect(leikDispersion([2, 2, 2, 2, 2])).toBeCloseTo(0.6, 10);
    expect(leikDispersion([0, 4, 4, 0, 0])).toBeCloseTo(0.25, 10);
    expect(leikDispersion([0, 0, 0, 0, 0])).toBe(0);
    // Order matters: the same counts further apart are further apart.
    expect(leikDispersion([5, 0, 0, 5, 0])).toBeGreaterThan(leikDispersion([5, 5, 0, 0, 0]));
  });

  it('the IQV: 0 when all agree, 1 for an even split', () => {
    expect(qualitativeVariation([9, 0])).toBe(0);
    expect(qualitativeVariation([4, 4])).toBe(1);
    expect(qualitativeVariation([3, 1])).toBeCloseTo(0.75, 10);
    expect(qualitativeVariation([0, 0])).toBe(0);
  });

  it('agreement in words and the middle of the answers', () => {
    expect([0, 0.3, 0.31, 0.55, 0.56, 1].map(agreementOf)).toEqual([
      'close',
      'close',
      'apart',
      'apart',
      'far-apart',
      'far-apart',
    ]);
    expect(middleOf([0, 3, 6, 3, 0])).toEqual({ median: 3, lower: 2, upper: 4 });
    // Two equal camps: the median between them, the middle half from end to end.
    expect(middleOf([6, 0, 0, 0, 6])).toEqual({ median: 3, lower: 1, upper: 5 });
    expect(middleOf([0, 1, 0, 0, 0])).toEqual({ median: 2, lower: 2, upper: 2 });
    // Mirrored scale, mirrored middle.
    expect(middleOf([1, 2, 0, 5, 4])).toEqual({ median: 4, lower: 2, upper: 5 });
    expect(middleOf([4, 5, 0, 2, 1])).toEqual({ median: 2, lower: 1, upper: 4 });
    expect(middleOf([0, 0, 0, 0, 0])).toEqual({ median: null, lower: null, upper: null });
  });
});

describe('the workshop view', () => {
  it('shows nothing but the count below the threshold', () => {
    expect(workshopSpread(questionnaire, results(false))).toEqual({
      respondents: 12,
      threshold: 10,
      shown: false,
      themes: [],
      discussionPoints: [],
    });
  });

  it('gives the spread per statement over the whole group, never a unit', () => {
    const view = workshopSpread(questionnaire, results());
    const [a, b] = view.themes;
    expect(a!.statements.map((s) => [s.questionId, s.dispersion, s.agreement])).toEqual([
      ['eens', 0, 'close'],
      ['oneens', 1, 'far-apart'],
      ['weet', 1, 'far-apart'],
    ]);
    const eens = a!.statements[0]!;
    expect(eens.options.map((o) => o.count)).toEqual([0, 0, 0, 12, 0]);
    expect(eens.options[3]!.percent).toBe(100);
    expect([eens.median, eens.lower, eens.upper]).toEqual([4, 4, 4]);
    const weet = a!.statements[2]!;
    expect(weet.unsure).toBeCloseTo(0.333, 3);
    expect(weet.manyUnsure).toBe(true);
    expect(weet.median).toBeNull();
    expect(b!.statements[0]!.agreement).toBe('close');
    // The theme's scale answers together.
    expect(a!.pooled!.options.map((o) => o.count)).toEqual([6, 0, 0, 12, 6]);
    expect(a!.pooled!.answered).toBe(24);
    expect([a!.pooled!.lower, a!.pooled!.median, a!.pooled!.upper]).toEqual([1, 4, 5]);
  });

  it('orders the statements to discuss: furthest apart first, then most unsure, then in order', () => {
    const view = workshopSpread(questionnaire, results());
    // 'oneens' and 'weet' are both 1; 'weet' has the unsure answers.
    expect(view.themes[0]!.discussionOrder).toEqual(['weet', 'oneens', 'eens']);
    expect(view.discussionPoints.map((p) => [p.themeId, p.questionId])).toEqual([
      ['a', 'weet'],
      ['a', 'oneens'],
    ]);
  });

  it('a statement nobody answered is no discussion point', () => {
    const empty = { ...results(), questions: [] };
    const view = workshopSpread(questionnaire, empty);
    expect(view.discussionPoints).toEqual([]);
    expect(view.themes[0]!.statements[0]!.answered).toBe(0);
  });

  it('conclusions come in the theme order, empty where none was recorded', () => {
    expect(
      conclusionsInOrder(['a', 'b'], [{ themeId: 'b', discussed: 'x', maturity: 3, actions: [] }]),
    ).toEqual([
      { themeId: 'a', discussed: '', maturity: null, actions: [] },
      { themeId: 'b', discussed: 'x', maturity: 3, actions: [] },
    ]);
  });
});

describe('the workshop content', () => {
  const themes = [
    { version: '1.0.0', themeIds: ['ondermijning', 'mens-en-organisatie', 'data-en-software'] },
  ];

  it('loads, with five steps from ad hoc to geborgd and prompts for the three themes', () => {
    const loaded = loadWorkshop(workshopText, themes);
    expect(loaded.issues).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.value.levels.map((l) => l.label.nl)).toEqual([
      'Ad hoc',
      'Herhaalbaar',
      'Vastgelegd',
      'Beheerst',
      'Geborgd',
    ]);
    expect(loaded.value.themes.map((t) => t.id)).toEqual(themes[0]!.themeIds);
  });

  it('names a theme the questionnaire lacks, and one it misses, with the line', () => {
    const broken = workshopText.replace('- id: data-en-software', '- id: data');
    const loaded = loadWorkshop(broken, themes);
    expect(loaded.ok).toBe(false);
    expect(loaded.issues).toContainEqual(
      expect.objectContaining({
        line: lineOf(broken, '- id: data\n'),
        message: expect.stringContaining("'data'"),
      }),
    );
    expect(loaded.issues).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining("'data-en-software'") }),
    );
  });

  it('refuses steps out of order and a missing English text', () => {
    const swapped = workshopText.replace('- value: 2', '- value: 3');
    expect(loadWorkshop(swapped).issues).toContainEqual(
      expect.objectContaining({ line: lineOf(swapped, '- value: 3'), path: 'levels[1].value' }),
    );
    const noEnglish = workshopText.replace('        en: Who may see what, and who oversees that?\n', '');
    expect(loadWorkshop(noEnglish).ok).toBe(false);
  });
});
