// The afwegingskader and the norm session as data (afwegingskader/afwegingskader.yaml,
// norm/norm-sessie.yaml): the shipped files load in the order of weighing, a broken file is
// reported with the line it is on, and a case step is checked against the framework.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCaseStep, stepDone } from '../../src/core/afwegingskader/case-step.ts';
import { loadAfwegingskader } from '../../src/core/afwegingskader/load.ts';
import { firstNormDraft, loadNormSession, unknownNormPaths } from '../../src/core/norm/load.ts';

const root = path.resolve(import.meta.dirname, '../..');
const frameworkText = fs.readFileSync(path.join(root, 'afwegingskader/afwegingskader.yaml'), 'utf8');
const normText = fs.readFileSync(path.join(root, 'norm/norm-sessie.yaml'), 'utf8');

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

describe('the shipped afwegingskader', () => {
  const loaded = loadAfwegingskader(frameworkText);
  it('loads: what happened, who is harmed, the democratic order, sources, conclusion, strategy', () => {
    expect(loaded.issues).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.value.steps.map((s) => [s.id, s.kind])).toEqual([
      ['feiten', 'questions'],
      ['dupe', 'questions'],
      ['rechtsorde', 'questions'],
      ['bronnen', 'sources'],
      ['conclusie', 'conclusion'],
      ['strategie', 'strategy'],
    ]);
    expect(loaded.value.reliability.length).toBeGreaterThanOrEqual(3);
  });

  it('checks a step: known questions, sources, conclusion and strategies, each only on its own step', () => {
    if (!loaded.ok) throw new Error('not loaded');
    const framework = loaded.value;
    expect(checkCaseStep(framework, 'feiten', { answers: { gedrag: 'x' } })).toEqual([]);
    expect(checkCaseStep(framework, 'nergens', { answers: {} })).toEqual([
      { path: ['stepId'], code: 'unknown-step' },
    ]);
    expect(
      checkCaseStep(framework, 'bronnen', {
        answers: { onbekend: 'x' },
        sources: [{ description: 'd', kind: 'partners', reliability: 'zeker' }],
        strategies: ['gesprek'],
      }),
    ).toEqual([
      { path: ['answers', 'onbekend'], code: 'unknown-question' },
      { path: ['strategies'], code: 'not-in-this-step' },
      { path: ['sources', 0, 'reliability'], code: 'unknown-reliability' },
    ]);
    expect(checkCaseStep(framework, 'conclusie', { answers: {}, conclusion: 'misschien' })).toEqual([
      { path: ['conclusion'], code: 'unknown-conclusion' },
    ]);
    const conclusion = framework.steps.find((s) => s.id === 'conclusie')!;
    expect(stepDone(conclusion, { answers: {}, conclusion: 'antidemocratisch' })).toBe(false);
    expect(stepDone(conclusion, { answers: { onderbouwing: 'Omdat' }, conclusion: 'antidemocratisch' })).toBe(
      true,
    );
  });

  it('reports a broken file with its line: a duplicate id, an unknown kind, a missing English text', () => {
    const duplicate = frameworkText.replace('  - id: aannemelijk', '  - id: vastgesteld');
    const issues = loadAfwegingskader(duplicate).issues;
    expect(issues[0]).toMatchObject({
      path: 'reliability[1].id',
      line: lineOf(frameworkText, '  - id: aannemelijk'),
    });
    const kind = frameworkText.replace('kind: sources', 'kind: bronnen');
    expect(loadAfwegingskader(kind).issues[0]).toMatchObject({
      line: lineOf(frameworkText, 'kind: sources'),
    });
    const noEnglish = frameworkText.replace(
      '    label: { nl: "Onzeker", en: "Uncertain" }',
      '    label: { nl: "Onzeker" }',
    );
    expect(noEnglish).not.toBe(frameworkText);
    expect(loadAfwegingskader(noEnglish).issues[0]).toMatchObject({
      line: lineOf(frameworkText, '    label: { nl: "Onzeker", en: "Uncertain" }'),
    });
  });

  it('refuses the steps in another order', () => {
    const swapped = frameworkText
      .replace('kind: conclusion', 'kind: x')
      .replace('kind: strategy', 'kind: conclusion')
      .replace('kind: x', 'kind: strategy');
    expect(
      loadAfwegingskader(swapped)
        .issues.map((i) => i.message)
        .join(),
    ).toMatch(/volgorde/);
  });
});

describe('the shipped norm session', () => {
  const loaded = loadNormSession(normText);
  it('loads with an agressieprotocol template and the two referrals', () => {
    expect(loaded.issues).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.value.steps.map((s) => s.id)).toEqual([
      'niet-aanvaardbaar',
      'wie-handelt',
      'nazorg',
      'agressieprotocol',
    ]);
    expect(loaded.value.referrals.map((r) => r.id)).toEqual(['ondersteuningsteam', 'woningscan']);
    const draft = firstNormDraft(loaded.value, 'en');
    expect(Object.keys(draft)).toEqual(['agressieprotocol']);
    expect(draft.agressieprotocol?.direct).toMatch(/112/);
    expect(unknownNormPaths(loaded.value, { nazorg: { opvang: 'x', nee: 'y' }, weg: {} })).toEqual([
      ['nazorg', 'nee'],
      ['weg'],
    ]);
  });

  it('reports a duplicate prompt with its line', () => {
    const broken = normText.replace('      - id: thuis', '      - id: gedrag');
    expect(loadNormSession(broken).issues[0]).toMatchObject({ line: lineOf(normText, '      - id: thuis') });
  });
});
