// The handreiking's content (handreiking/*.yaml): the shipped files load, every office has its
// vuistregels, the zelfassessment's advice follows the answers, and a broken file is reported with
// the line it is on (a wrong office, a duplicate id, an advice for a choice that does not exist, a
// missing English text, a YAML syntax error).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/handreiking/assess.ts';
import { loadOndermijning, loadVuistregels, loadZelfassessment } from '../../src/core/handreiking/load.ts';
import { offices } from '../../src/core/vocabulary.ts';

const dir = path.resolve(import.meta.dirname, '../../handreiking');
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const vuistregelsText = read('vuistregels.yaml');
const zelfassessmentText = read('zelfassessment.yaml');
const ondermijningText = read('ondermijning-herkennen.yaml');

/** The 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

describe('the shipped handreiking content', () => {
  it('loads, with vuistregels for every office in exactly one set', () => {
    const vuistregels = loadVuistregels(vuistregelsText);
    expect(vuistregels.issues).toEqual([]);
    if (!vuistregels.ok) return;
    const covered = vuistregels.value.sets.flatMap((s) => s.offices);
    expect([...covered].sort()).toEqual([...offices].sort());
    expect(vuistregels.value.sets.map((s) => s.id)).toEqual(['raadslid', 'wethouder', 'bestuurder']);
    for (const set of vuistregels.value.sets) expect(set.rules.length).toBeGreaterThanOrEqual(5);
  });

  it('the zelfassessment covers role, time, public exposure, family, safety and integrity', () => {
    const loaded = loadZelfassessment(zelfassessmentText);
    expect(loaded.issues).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.value.topics.map((t) => t.id)).toEqual([
      'rol',
      'tijd',
      'openbaarheid',
      'gezin',
      'veiligheid',
      'integriteit',
    ]);
  });

  it('the ondermijning guide names the Ondersteuningsteam, the police and Meld Misdaad Anoniem', () => {
    const loaded = loadOndermijning(ondermijningText);
    expect(loaded.issues).toEqual([]);
    if (!loaded.ok) return;
    const steps = JSON.stringify(loaded.value.steps);
    expect(steps).toContain('Ondersteuningsteam Weerbaar Bestuur');
    expect(steps).toContain('politie');
    expect(steps).toContain('Meld Misdaad Anoniem');
    expect(loaded.value.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(['benadering', 'gunsten', 'druk', 'stromannen']),
    );
  });
});

describe('the zelfassessment advice', () => {
  const loaded = loadZelfassessment(zelfassessmentText);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const assessment = loaded.value;

  it('gives the advice of each answer that asks for one, and counts what is ready', () => {
    const advice = assess(assessment, { uren: 'nee', werkgever: 'ja', kritiek: 'twijfel', onbekend: 'ja' });
    expect(advice.answered).toBe(3);
    expect(advice.questions).toBe(assessment.topics.reduce((n, t) => n + t.questions.length, 0));
    const tijd = advice.topics.find((t) => t.id === 'tijd')!;
    expect(tijd).toMatchObject({ answered: 2, ready: 1, questions: 2 });
    expect(tijd.points.map((p) => p.questionId)).toEqual(['uren']);
    expect(tijd.points[0]!.advice.nl).toContain('plaats lager op de lijst');
    expect(advice.topics.find((t) => t.id === 'openbaarheid')!.points[0]!.answer.nl).toBe('Ik twijfel');
    expect(advice.readyTopics).toBe(0);
  });

  it('a topic answered "ja" throughout is ready and has no points', () => {
    const advice = assess(assessment, { uren: 'ja', werkgever: 'ja' });
    expect(advice.topics.find((t) => t.id === 'tijd')).toMatchObject({ ready: 2, points: [] });
    expect(advice.readyTopics).toBe(1);
  });
});

describe('a broken file is reported with its line', () => {
  it('an office that does not exist', () => {
    const text = vuistregelsText.replace('offices: [raadslid]', 'offices: [raadslid, schepen]');
    const result = loadVuistregels(text);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({
      path: 'sets[0].offices[1]',
      line: lineOf(text, 'offices: [raadslid, schepen]'),
    });
  });

  it('an office in two sets, and an office left without rules', () => {
    const text = vuistregelsText
      .replace('offices: [raadslid]', 'offices: [raadslid, wethouder]')
      .replace('bewindspersoon, topambtenaar, anders]', 'bewindspersoon, topambtenaar]');
    const result = loadVuistregels(text);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'sets[1].offices[0]', line: lineOf(text, 'offices: [wethouder') }),
        expect.objectContaining({ path: 'sets', message: expect.stringContaining('anders') }),
      ]),
    );
  });

  it('a duplicate rule id', () => {
    const text = vuistregelsText.replace('- id: nevenfuncties-openbaar', '- id: belang-melden');
    const result = loadVuistregels(text);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: 'sets[0].rules[1].id',
        line: lineOf(text, '- id: belang-melden', text.indexOf('- id: belang-melden') + 1),
        message: expect.stringContaining('dubbele id'),
      }),
    ]);
  });

  it('an advice for a choice that does not exist', () => {
    const text = zelfassessmentText.replace(
      '          twijfel:\n            nl: Maak een weekschema',
      '          misschien:\n            nl: Maak een weekschema',
    );
    const result = loadZelfassessment(text);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: 'topics[1].questions[0].advice.misschien',
        line: lineOf(text, 'misschien:'),
      }),
    ]);
  });

  it('a missing English text', () => {
    const text = ondermijningText.replace(
      '      en: Someone you barely know seeks contact, yet knows strikingly much about you or about a file.\n',
      '',
    );
    const result = loadOndermijning(text);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({
      path: 'signals[0].text.en',
      line: lineOf(text, 'nl: Iemand zoekt contact') - 1,
    });
  });

  it('a YAML error (a key twice)', () => {
    const text = ondermijningText.replace('  - id: benadering\n', '  - id: benadering\n    id: nog-een\n');
    const result = loadOndermijning(text);
    expect(result.ok).toBe(false);
    expect(result.issues[0]!.line).toBe(lineOf(text, 'id: nog-een'));
  });
});
