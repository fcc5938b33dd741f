// The network model's validator: what a saved network map may contain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyNetwork, type Network, validateNetwork } from '../../src/core/network/model.ts';
import {
  arbitraryNetwork,
  catalogue,
  network,
  organisation,
  person,
  tie,
} from '../support/network-fixtures.ts';

const base = (): Network =>
  network({
    ego: { gender: 'vrouw', sector: 'zorg' },
    contexts: [
      { id: 'fam', catalogueId: 'familie', interests: [] },
      { id: 'eigen', label: 'jeu de boules', role: 'lid', private: true, interests: ['subsidies'] },
    ],
    contacts: [
      person('a', {
        contexts: ['fam', 'eigen'],
        relation: 'vriend',
        closeness: 5,
        frequency: 'wekelijks',
        sector: 'horeca',
        business: 'ja',
        dependences: [{ kind: 'financieel', direction: 'mutual' }],
        prompts: ['gunst'],
        gender: 'man',
        ageBand: 'vanaf_60',
        place: 'regio',
      }),
      organisation('o', { contexts: ['eigen'], sector: 'vastgoed', place: 'gemeente' }),
      person('x', { direct: false, sector: 'vastgoed' }),
    ],
    ties: [tie('a', 'x', 2)],
    memberships: [{ person: 'a', organisation: 'o', role: 'eigenaar' }],
  });

/** Apply a change to a fresh copy and return the paths and codes of the issues. */
function issuesAfter(change: (n: Network & Record<string, unknown>) => void) {
  const n = structuredClone(base()) as Network & Record<string, unknown>;
  change(n);
  const result = validateNetwork(n, catalogue);
  return result.ok ? [] : result.issues.map((i) => ({ path: i.path.join('.'), code: i.code }));
}

describe('validateNetwork', () => {
  it('accepts the empty network and a full one', () => {
    expect(validateNetwork(emptyNetwork(), catalogue)).toEqual({
      ok: true,
      network: emptyNetwork(),
      issues: [],
    });
    const result = validateNetwork(base(), catalogue);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('accepts every generated network (the generator and the validator agree)', () => {
    fc.assert(
      fc.property(arbitraryNetwork(40), (n) => {
        const result = validateNetwork(n, catalogue);
        expect(result.ok ? [] : result.issues).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses what is not a network', () => {
    for (const value of [null, [], 'netwerk', 3]) expect(validateNetwork(value).ok).toBe(false);
    expect(issuesAfter((n) => Object.assign(n, { version: 2 }))).toEqual([
      { path: 'version', code: 'out-of-range' },
    ]);
  });

  const cases: Array<
    [string, (n: Network & Record<string, unknown>) => void, { path: string; code: string }]
  > = [
    [
      'a field outside the model (no special categories can slip in)',
      (n) => Object.assign(n.contacts[0]!, { religion: 'x' }),
      { path: 'contacts.0.religion', code: 'unknown-key' },
    ],
    [
      'an unknown top-level key',
      (n) => Object.assign(n, { notes: 'x' }),
      { path: 'notes', code: 'unknown-key' },
    ],
    [
      'a duplicate contact id',
      (n) => n.contacts.push(person('a')),
      { path: 'contacts.3.id', code: 'duplicate' },
    ],
    [
      'a duplicate context id',
      (n) => n.contexts.push({ id: 'fam', catalogueId: 'werk', interests: [] }),
      { path: 'contexts.2.id', code: 'duplicate' },
    ],
    [
      'an empty label',
      (n) => Object.assign(n.contacts[0]!, { label: ' ' }),
      { path: 'contacts.0.label', code: 'missing' },
    ],
    [
      'a label longer than initials or a nickname',
      (n) => Object.assign(n.contacts[0]!, { label: 'Johannes Hendrikus van der Meer-Jansen Sr.' }),
      { path: 'contacts.0.label', code: 'too-long' },
    ],
    [
      'a closeness outside 1–5',
      (n) => Object.assign(n.contacts[0]!, { closeness: 6 }),
      { path: 'contacts.0.closeness', code: 'out-of-range' },
    ],
    [
      'a closeness that is not whole',
      (n) => Object.assign(n.contacts[0]!, { closeness: 2.5 }),
      { path: 'contacts.0.closeness', code: 'out-of-range' },
    ],
    [
      'an unknown sector',
      (n) => Object.assign(n.contacts[0]!, { sector: 'maan' }),
      { path: 'contacts.0.sector', code: 'unknown-option' },
    ],
    [
      'an unknown relation',
      (n) => Object.assign(n.contacts[0]!, { relation: 'rivaal' }),
      { path: 'contacts.0.relation', code: 'unknown-option' },
    ],
    [
      'an unknown gender option',
      (n) => Object.assign(n.contacts[0]!, { gender: 'v' }),
      { path: 'contacts.0.gender', code: 'unknown-option' },
    ],
    [
      'an unknown business answer',
      (n) => Object.assign(n.contacts[0]!, { business: 'misschien' }),
      { path: 'contacts.0.business', code: 'unknown-option' },
    ],
    [
      'an unknown dependence direction',
      (n) => Object.assign(n.contacts[0]!, { dependences: [{ kind: 'financieel', direction: 'up' }] }),
      { path: 'contacts.0.dependences.0.direction', code: 'unknown-option' },
    ],
    [
      'an unknown tie prompt',
      (n) => Object.assign(n.contacts[0]!, { prompts: ['raden'] }),
      { path: 'contacts.0.prompts.0', code: 'unknown-option' },
    ],
    [
      'a context that does not exist',
      (n) => n.contacts[0]!.contexts.push('club'),
      { path: 'contacts.0.contexts.2', code: 'unknown-reference' },
    ],
    [
      'a context listed twice',
      (n) => n.contacts[0]!.contexts.push('fam'),
      { path: 'contacts.0.contexts.2', code: 'duplicate' },
    ],
    [
      'gender for an organisation',
      (n) => Object.assign(n.contacts[1]!, { gender: 'man' }),
      { path: 'contacts.1.gender', code: 'not-allowed' },
    ],
    [
      'closeness for someone known through another',
      (n) => Object.assign(n.contacts[2]!, { closeness: 3 }),
      { path: 'contacts.2.closeness', code: 'not-allowed' },
    ],
    [
      'contexts for someone known through another',
      (n) => n.contacts[2]!.contexts.push('fam'),
      { path: 'contacts.2.contexts', code: 'not-allowed' },
    ],
    [
      'a context without catalogue id or label',
      (n) => n.contexts.push({ id: 'leeg', interests: [] }),
      { path: 'contexts.2.label', code: 'missing' },
    ],
    [
      'an unknown context kind',
      (n) => n.contexts.push({ id: 'k', catalogueId: 'loge', interests: [] }),
      { path: 'contexts.2.catalogueId', code: 'unknown-option' },
    ],
    [
      'an unknown interest',
      (n) => n.contexts[0]!.interests.push('steekpenning'),
      { path: 'contexts.0.interests.0', code: 'unknown-option' },
    ],
    [
      'a tie to an unknown contact',
      (n) => n.ties.push(tie('a', 'zz')),
      { path: 'ties.1.b', code: 'unknown-reference' },
    ],
    [
      'a tie from a contact to itself',
      (n) => n.ties.push(tie('a', 'a')),
      { path: 'ties.1', code: 'not-allowed' },
    ],
    [
      'the same tie twice, either way round',
      (n) => n.ties.push(tie('x', 'a')),
      { path: 'ties.1', code: 'duplicate' },
    ],
    [
      'a tie strength outside 1–5',
      (n) => Object.assign(n.ties[0]!, { strength: 0 }),
      { path: 'ties.0.strength', code: 'out-of-range' },
    ],
    [
      'a membership of a person in a person',
      (n) => n.memberships.push({ person: 'a', organisation: 'x' }),
      { path: 'memberships.1.organisation', code: 'unknown-reference' },
    ],
    [
      'an organisation as member',
      (n) => n.memberships.push({ person: 'o', organisation: 'o' }),
      { path: 'memberships.1.person', code: 'unknown-reference' },
    ],
    [
      'the same membership twice',
      (n) => n.memberships.push({ person: 'a', organisation: 'o' }),
      { path: 'memberships.1', code: 'duplicate' },
    ],
    [
      'an id with spaces',
      (n) => Object.assign(n.contacts[1]!, { id: 'o o' }),
      { path: 'contacts.1.id', code: 'wrong-type' },
    ],
    [
      'ego attribute not offered',
      (n) => Object.assign(n.ego, { place: 'mars' }),
      { path: 'ego.place', code: 'unknown-option' },
    ],
  ];
  it.each(cases)('reports %s', (_name, change, expected) => {
    expect(issuesAfter(change)).toContainEqual(expected);
  });

  it('without a catalogue checks shape and references, not catalogue ids', () => {
    const n = base();
    n.contacts[0]!.sector = 'maan';
    expect(validateNetwork(n).ok).toBe(true);
    n.ties.push(tie('a', 'zz'));
    expect(validateNetwork(n).ok).toBe(false);
  });

  it('refuses an attribute the instrument does not ask about', () => {
    const n = base();
    const result = validateNetwork(n, { ...catalogue, attributes: [{ id: 'sector' }] });
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['ego.gender', 'contacts.0.gender', 'contacts.0.ageBand', 'contacts.0.place']),
    );
  });

  it('messages speak Dutch and English', () => {
    const result = validateNetwork({ ...base(), ties: [tie('a', 'a')] }, catalogue);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]?.message).toEqual({ nl: expect.any(String), en: expect.any(String) });
  });
});
