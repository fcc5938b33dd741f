// The checker must catch what an author gets wrong, say it in words they understand, and point at
// the line. Each case below breaks the valid fixture in one way.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInstrument } from '../../src/core/instrument/load.ts';

const valid = fs.readFileSync(
  path.join(import.meta.dirname, '../fixtures/instruments/minimaal/1.0.0.yaml'),
  'utf8',
);

function lineOf(text: string, marker: string): number {
  const index = text.indexOf(marker);
  if (index < 0) throw new Error(`marker not found: ${marker}`);
  return text.slice(0, index).split('\n').length;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return text.replace(from, to);
}

interface Broken {
  name: string;
  from: string;
  to: string;
  message: RegExp;
  /** Text on the line the issue must point at (in the broken text). */
  at: string;
}

const cases: Broken[] = [
  {
    name: 'a condition names a missing item',
    from: 'visibleIf: { answer: heeft_nevenfuncties, is: ja }',
    to: 'visibleIf: { answer: heeft_nevenfunctie, is: ja }',
    message: /vraag 'heeft_nevenfunctie', die niet bestaat/,
    at: 'heeft_nevenfunctie, is',
  },
  {
    name: 'a measure names a missing indicator',
    from: 'answers: [nevenfunctie_met_belang]\n    from: risico',
    to: 'answers: [nevenfunctie_met_belng]\n    from: risico',
    message: /indicator 'nevenfunctie_met_belng', die niet bestaat/,
    at: 'nevenfunctie_met_belng',
  },
  {
    name: 'an undefined option',
    from: 'where: { field: relatie, in: [subsidie, opdrachten] }, gte: 2',
    to: 'where: { field: relatie, in: [subsidie, sponsoring] }, gte: 2',
    message: /veld 'relatie' kent de waarde 'sponsoring' niet; mogelijk: geen, subsidie, opdrachten/,
    at: 'sponsoring',
  },
  {
    name: 'a duplicate indicator id',
    from: '- id: veel_netwerken',
    to: '- id: nevenfunctie_met_belang',
    message: /dubbele indicator-id 'nevenfunctie_met_belang'/,
    at: '- id: nevenfunctie_met_belang\n    theme: netwerk',
  },
  {
    name: 'an item that can never be shown',
    from: 'visibleIf: { answer: aantal_netwerken, gte: 30 }',
    to: 'visibleIf: { all: [{ answer: aantal_netwerken, gte: 30 }, { answer: aantal_netwerken, lt: 10 }] }',
    message: /vraag 'toelichting' kan nooit getoond worden/,
    at: 'visibleIf: { all: [{ answer: aantal_netwerken',
  },
  {
    name: 'a cycle in conditions',
    from: '          - id: heeft_nevenfuncties\n            kind: yesNoUnknown\n',
    to: '          - id: heeft_nevenfuncties\n            kind: yesNoUnknown\n            visibleIf: { answer: nevenfuncties, answered: true }\n',
    message: /kringverwijzing in voorwaarden: heeft_nevenfuncties → nevenfuncties → heeft_nevenfuncties/,
    at: 'visibleIf: { answer: nevenfuncties, answered: true }',
  },
  {
    name: 'a missing Dutch text',
    from: 'title: { nl: Netwerk, en: Network }\nparts:',
    to: 'title: { en: Network }\nparts:',
    message: /de Nederlandse tekst \(nl\) ontbreekt/,
    at: 'title: { en: Network }',
  },
  {
    name: 'an operator that does not fit the question',
    from: 'visibleIf: { answer: aantal_netwerken, gte: 30 }',
    to: 'visibleIf: { answer: aantal_netwerken, includes: dertig }',
    message: /'includes' past niet bij vraag 'aantal_netwerken' \(soort number\)/,
    at: 'includes: dertig',
  },
  {
    name: 'an unknown kind of question',
    from: '            kind: yesNoUnknown\n            required: true',
    to: '            kind: jaNee\n            required: true',
    message: /onbekende of ontbrekende 'kind'; mogelijk: singleChoice/,
    at: 'kind: jaNee',
  },
  {
    name: 'an unknown network measure',
    from: 'when: { all: [{ answer: aantal_netwerken, gte: 40 }, { answered: true, answer: toelichting }] }',
    to: 'when: { network: multiplexiteit, gte: 1 }',
    message: /onbekende netwerkmaat 'multiplexiteit'/,
    at: 'network: multiplexiteit',
  },
  {
    name: 'an indicator with an unknown theme',
    from: '    theme: netwerk\n',
    to: '    theme: netwerken\n',
    message: /onbekend thema 'netwerken'/,
    at: 'theme: netwerken',
  },
  {
    name: 'a misspelt key',
    from: 'visibleIf: { answer: aantal_netwerken, gte: 30 }',
    to: 'visibleIff: { answer: aantal_netwerken, gte: 30 }',
    message: /onbekend veld: visibleIff/,
    at: '- id: toelichting',
  },
  {
    name: 'count over something that is not a group',
    from: 'when: { count: nevenfuncties, where: { field: relatie, in: [subsidie, opdrachten] }, gte: 1 }',
    to: 'when: { count: heeft_nevenfuncties, gte: 1 }',
    message: /'count' verwijst naar 'heeft_nevenfuncties', maar dat is geen herhaalbare groep/,
    at: 'count: heeft_nevenfuncties',
  },
  {
    name: 'a condition that looks forward',
    from: '          - id: heeft_nevenfuncties\n            kind: yesNoUnknown\n',
    to: '          - id: heeft_nevenfuncties\n            kind: yesNoUnknown\n            visibleIf: { answer: aantal_netwerken, gte: 1 }\n',
    message: /vraag 'aantal_netwerken', die niet eerder komt/,
    at: 'visibleIf: { answer: aantal_netwerken, gte: 1 }',
  },
  {
    name: 'broken YAML',
    from: 'mode: scan\n',
    to: 'mode: scan\n  oeps: [\n',
    message: /^YAML:/,
    at: 'oeps',
  },
];

describe('instrument check', () => {
  it('accepts the valid fixture', () => {
    const result = loadInstrument(valid);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  for (const c of cases) {
    it(`reports ${c.name}, at its line`, () => {
      const broken = replaceOnce(valid, c.from, c.to);
      const result = loadInstrument(broken);
      expect(result.ok).toBe(false);
      const issue = result.issues.find((i) => c.message.test(i.message));
      expect(issue, JSON.stringify(result.issues, null, 2)).toBeDefined();
      // A YAML syntax error is reported where the parser notices it: on the line or one beside it.
      const expected = lineOf(broken, c.at);
      const slack = c.name === 'broken YAML' ? 1 : 0;
      expect(issue!.line).toBeGreaterThanOrEqual(expected - slack);
      expect(issue!.line).toBeLessThanOrEqual(expected + slack);
    });
  }
});
