// Editing the network map as operations (src/core/network/edit.ts): each operation by hand, and
// the property the autosave relies on: any sequence of operations keeps a valid network valid,
// also when the ids it names were removed meanwhile (another tab).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyNetworkOps,
  applyNetworkOpsDetailed,
  contactAttributes,
  type NetworkOp,
  newNetworkId,
  undescribed,
} from '../../src/core/network/edit.ts';
import { emptyNetwork, type Network, validateNetwork } from '../../src/core/network/model.ts';
import {
  arbitraryNetwork,
  catalogue,
  network,
  organisation,
  person,
  tie,
  valid,
} from '../support/network-fixtures.ts';

const base = (): Network =>
  valid(
    network({
      contexts: [
        { id: 'fam', catalogueId: 'familie', interests: [] },
        { id: 'club', catalogueId: 'sportclub', interests: ['subsidies'] },
      ],
      contacts: [
        person('a', { contexts: ['fam', 'club'], closeness: 4, gender: 'vrouw' }),
        person('b', { contexts: ['club'] }),
        organisation('o', { contexts: ['club'], sector: 'vastgoed' }),
        person('x', { direct: false }),
      ],
      ties: [tie('a', 'b'), tie('b', 'x')],
      memberships: [{ person: 'a', organisation: 'o', role: 'eigenaar' }],
    }),
  );

const run = (net: Network, ...ops: NetworkOp[]) => applyNetworkOps(net, ops, catalogue);

describe('contexts', () => {
  it('adds a catalogue context and an own one, renames, sets role and interests', () => {
    const net = run(
      emptyNetwork(),
      { op: 'addContext', id: 'k1', catalogueId: 'werk' },
      { op: 'addContext', id: 'k2', label: '  jeu de boules ', private: true },
      { op: 'updateContext', id: 'k2', label: 'petanque', role: 'lid', interests: ['subsidies'] },
      { op: 'updateContext', id: 'k1', interests: ['opdrachten', 'opdrachten'] },
    );
    expect(net.contexts).toEqual([
      { id: 'k1', catalogueId: 'werk', interests: ['opdrachten'] },
      { id: 'k2', label: 'petanque', private: true, role: 'lid', interests: ['subsidies'] },
    ]);
  });

  it('refuses an own context without a name, or an unknown role or interest', () => {
    const result = applyNetworkOpsDetailed(
      emptyNetwork(),
      [
        { op: 'addContext', id: 'k1', label: '  ' },
        { op: 'addContext', id: 'k2', catalogueId: 'werk' },
        { op: 'updateContext', id: 'k2', role: 'koning' },
        { op: 'updateContext', id: 'k2', interests: ['smokkel'] },
        { op: 'addContext', id: 'k3', label: 'eigen' },
        { op: 'updateContext', id: 'k3', label: null },
      ],
      catalogue,
    );
    expect(result.skipped).toEqual([0, 2, 3, 5]);
    expect(result.network.contexts.map((c) => c.id)).toEqual(['k2', 'k3']);
  });

  it('removing a context takes it off its contacts, who stay', () => {
    const net = run(base(), { op: 'removeContext', id: 'club' });
    expect(net.contexts.map((c) => c.id)).toEqual(['fam']);
    expect(net.contacts.find((c) => c.id === 'a')?.contexts).toEqual(['fam']);
    expect(net.contacts.find((c) => c.id === 'b')?.contexts).toEqual([]);
    expect(net.contacts).toHaveLength(4);
  });

  it('the same catalogue context picked in two tabs stays one, and later operations follow it', () => {
    const net = run(
      base(),
      { op: 'addContext', id: 'other', catalogueId: 'familie' },
      { op: 'addContact', id: 'n', label: 'N', kind: 'person', contexts: ['other'] },
      { op: 'updateContext', id: 'other', role: 'lid' },
    );
    expect(net.contexts.filter((c) => c.catalogueId === 'familie')).toHaveLength(1);
    expect(net.contacts.find((c) => c.id === 'n')?.contexts).toEqual(['fam']);
    expect(net.contexts.find((c) => c.id === 'fam')?.role).toBe('lid');
  });
});

describe('contacts', () => {
  it('adds quickly by label into a context, with the prompt that brought them up', () => {
    const net = run(base(), {
      op: 'addContact',
      id: 'n',
      label: ' JdV ',
      kind: 'person',
      contexts: ['club', 'gone'],
      prompts: ['gunst'],
    });
    expect(net.contacts.at(-1)).toEqual({
      id: 'n',
      label: 'JdV',
      kind: 'person',
      direct: true,
      contexts: ['club'],
      prompts: ['gunst'],
    });
  });

  it('refuses an empty or too long label, and a duplicate id', () => {
    const result = applyNetworkOpsDetailed(
      base(),
      [
        { op: 'addContact', id: 'n1', label: '', kind: 'person' },
        { op: 'addContact', id: 'n2', label: 'x'.repeat(41), kind: 'person' },
        { op: 'addContact', id: 'a', label: 'again', kind: 'person' },
        { op: 'updateContact', id: 'a', label: ' ' },
      ],
      catalogue,
    );
    expect(result.skipped).toEqual([0, 1, 3]);
    expect(result.network).toEqual(base());
  });

  it('removing a contact removes its ties and memberships', () => {
    const net = run(base(), { op: 'removeContact', id: 'a' });
    expect(net.contacts.map((c) => c.id)).toEqual(['b', 'o', 'x']);
    expect(net.ties).toEqual([tie('b', 'x')]);
    expect(net.memberships).toEqual([]);
  });

  it('a person who becomes an organisation loses gender and the memberships as a person', () => {
    const net = run(base(), { op: 'updateContact', id: 'a', kind: 'organisation' });
    const a = net.contacts.find((c) => c.id === 'a');
    expect(a?.kind).toBe('organisation');
    expect(a?.gender).toBeUndefined();
    expect(net.memberships).toEqual([]);
    expect(validateNetwork(net, catalogue).ok).toBe(true);
  });

  it('someone who becomes "known through a contact" loses contexts and closeness', () => {
    const net = run(base(), { op: 'updateContact', id: 'a', direct: false });
    const a = net.contacts.find((c) => c.id === 'a');
    expect(a).toMatchObject({ direct: false, contexts: [] });
    expect(a?.closeness).toBeUndefined();
  });

  it('adds to and takes out of contexts ("different hats"), only direct contacts', () => {
    const net = run(
      base(),
      { op: 'addToContext', ids: ['b', 'x', 'o'], context: 'fam' },
      { op: 'removeFromContext', ids: ['a'], context: 'club' },
    );
    expect(net.contacts.map((c) => [c.id, c.contexts])).toEqual([
      ['a', ['fam']],
      ['b', ['club', 'fam']],
      ['o', ['club', 'fam']],
      ['x', []],
    ]);
  });

  it('prompts on and off', () => {
    const net = run(
      base(),
      { op: 'setPrompt', ids: ['a', 'b'], prompt: 'bespreken', on: true },
      { op: 'setPrompt', ids: ['b'], prompt: 'bespreken', on: false },
    );
    expect(net.contacts.find((c) => c.id === 'a')?.prompts).toEqual(['bespreken']);
    expect(net.contacts.find((c) => c.id === 'b')?.prompts).toBeUndefined();
  });
});

describe('describing many at a time', () => {
  it('sets one attribute for all selected, skipping those it does not apply to', () => {
    const net = run(
      base(),
      { op: 'setAttribute', ids: ['a', 'b', 'o', 'x'], attribute: 'gender', value: 'man' },
      { op: 'setAttribute', ids: ['a', 'b', 'o', 'x'], attribute: 'closeness', value: 2 },
      { op: 'setAttribute', ids: ['a', 'o'], attribute: 'sector', value: 'horeca' },
      { op: 'setAttribute', ids: ['b', 'o'], attribute: 'business', value: 'onbekend' },
    );
    const by = (id: string) => net.contacts.find((c) => c.id === id);
    expect(by('a')).toMatchObject({ gender: 'man', closeness: 2, sector: 'horeca' });
    expect(by('b')).toMatchObject({ gender: 'man', closeness: 2, business: 'onbekend' });
    expect(by('o')?.gender).toBeUndefined();
    expect(by('o')).toMatchObject({ closeness: 2, sector: 'horeca', business: 'onbekend' });
    expect(by('x')?.closeness).toBeUndefined();
    expect(by('x')?.gender).toBe('man');
  });

  it('clears with null, and refuses values outside the catalogue or the scale', () => {
    const result = applyNetworkOpsDetailed(
      base(),
      [
        { op: 'setAttribute', ids: ['a'], attribute: 'closeness', value: null },
        { op: 'setAttribute', ids: ['a'], attribute: 'closeness', value: 6 },
        { op: 'setAttribute', ids: ['a', 'b'], attribute: 'sector', value: 'maffia' },
        { op: 'setAttribute', ids: ['a'], attribute: 'business', value: 'misschien' },
      ],
      catalogue,
    );
    expect(result.skipped).toEqual([1, 2, 3]);
    expect(result.network.contacts[0]?.closeness).toBeUndefined();
  });

  it('dependences: kind with direction, replaced and removed per kind', () => {
    const net = run(
      base(),
      { op: 'setDependence', ids: ['a', 'x'], kind: 'financieel', direction: 'mutual' },
      { op: 'setDependence', ids: ['a'], kind: 'financieel', direction: 'contact-on-candidate' },
      { op: 'setDependence', ids: ['a'], kind: 'persoonlijk', direction: 'mutual' },
      { op: 'setDependence', ids: ['a'], kind: 'persoonlijk', direction: null },
    );
    expect(net.contacts[0]?.dependences).toEqual([{ kind: 'financieel', direction: 'contact-on-candidate' }]);
    expect(net.contacts.find((c) => c.id === 'x')?.dependences).toBeUndefined();
  });

  it('lists what is still undescribed, never person attributes for an organisation', () => {
    const [a, , o, x] = base().contacts;
    expect(undescribed(a!)).toEqual(['relation', 'frequency', 'sector', 'business', 'ageBand', 'place']);
    expect(undescribed(o!)).toEqual(['relation', 'closeness', 'frequency', 'business', 'place']);
    expect(undescribed(x!)).not.toContain('closeness');
  });
});

describe('who knows whom', () => {
  it('adds a tie once (either direction), changes its strength, removes it', () => {
    const net = run(
      base(),
      { op: 'addTie', a: 'o', b: 'a' },
      { op: 'addTie', a: 'a', b: 'o' },
      { op: 'addTie', a: 'b', b: 'a', strength: 3 },
      { op: 'addTie', a: 'a', b: 'a' },
      { op: 'addTie', a: 'a', b: 'gone' },
      { op: 'removeTie', a: 'x', b: 'b' },
    );
    expect(net.ties).toEqual([tie('a', 'b', 3), tie('o', 'a')]);
  });

  it('"everyone here knows each other" ties all direct contacts of a context, once', () => {
    const net = run(
      base(),
      { op: 'addContact', id: 'c', label: 'C', kind: 'person', contexts: ['club'] },
      { op: 'connectContext', context: 'club' },
      { op: 'connectContext', context: 'club' },
    );
    const pairs = net.ties.map((t) => [t.a, t.b].sort().join('-')).sort();
    expect(pairs).toEqual(['a-b', 'a-c', 'a-o', 'b-c', 'b-o', 'b-x', 'c-o']);
  });

  it('memberships: person in organisation, with a role; not the other way round', () => {
    const result = applyNetworkOpsDetailed(
      base(),
      [
        { op: 'addMembership', person: 'b', organisation: 'o', role: 'medewerker' },
        { op: 'addMembership', person: 'o', organisation: 'b' },
        { op: 'addMembership', person: 'a', organisation: 'o', role: 'bestuurslid' },
        { op: 'removeMembership', person: 'b', organisation: 'o' },
      ],
      catalogue,
    );
    // medewerker is not in the test catalogue's roles: refused; the reverse is a no-op.
    expect(result.skipped).toEqual([0]);
    expect(result.network.memberships).toEqual([{ person: 'a', organisation: 'o', role: 'bestuurslid' }]);
  });
});

it('ego attributes are set and cleared, only with catalogue options', () => {
  const result = applyNetworkOpsDetailed(
    emptyNetwork(),
    [
      { op: 'setEgo', attribute: 'gender', value: 'vrouw' },
      { op: 'setEgo', attribute: 'sector', value: 'zorg' },
      { op: 'setEgo', attribute: 'place', value: 'maan' },
      { op: 'setEgo', attribute: 'gender', value: null },
    ],
    catalogue,
  );
  expect(result.skipped).toEqual([2]);
  expect(result.network.ego).toEqual({ sector: 'zorg' });
});

it('never changes the network it was given', () => {
  const net = base();
  const copy = structuredClone(net);
  run(net, { op: 'removeContact', id: 'a' }, { op: 'connectContext', context: 'club' });
  expect(net).toEqual(copy);
});

it('new ids are valid and not taken', () => {
  let n = 0;
  const random = () => [0, 0, 0.5][n++ % 3] ?? 0;
  const id = newNetworkId('k', (x) => x === 'k00000000', random);
  expect(id).not.toBe('k00000000');
  expect(id).toMatch(/^k[a-z0-9]{8}$/);
});

// ── Property: any sequence of operations keeps a valid network valid ──────────────────────────

const ids = ['c0', 'c1', 'c2', 'c3', 'c5', 'c9', 'new1', 'new2', 'gone'];
const contextIds = ['k0', 'k1', 'k2', 'kn', 'gone'];
const anyValue = fc.oneof(
  fc.constant(null),
  fc.constantFrom('vrouw', 'man', 'vastgoed', 'zorg', 'vriend', 'wekelijks', 'ja', 'nee', 'regio', 'x'),
  fc.integer({ min: 0, max: 6 }),
);

const opArb: fc.Arbitrary<NetworkOp> = fc.oneof(
  fc.record({
    op: fc.constant('setEgo' as const),
    attribute: fc.constantFrom('gender' as const, 'ageBand' as const, 'place' as const, 'sector' as const),
    value: fc.oneof(fc.constant(null), fc.constantFrom('vrouw', 'tot_30', 'regio', 'zorg', 'nope')),
  }),
  fc.record(
    {
      op: fc.constant('addContext' as const),
      id: fc.constantFrom(...contextIds),
      catalogueId: fc.constantFrom('familie', 'werk', 'sportclub', 'nope'),
      label: fc.string({ maxLength: 90 }),
      private: fc.boolean(),
    },
    { requiredKeys: ['op', 'id'] },
  ),
  fc.record(
    {
      op: fc.constant('updateContext' as const),
      id: fc.constantFrom(...contextIds),
      label: fc.oneof(fc.constant(null), fc.string({ maxLength: 90 })),
      role: fc.oneof(fc.constant(null), fc.constantFrom('lid', 'eigenaar', 'nope')),
      private: fc.oneof(fc.constant(null), fc.boolean()),
      interests: fc.subarray(['vergunningen', 'subsidies', 'nope']),
    },
    { requiredKeys: ['op', 'id'] },
  ),
  fc.record({ op: fc.constant('removeContext' as const), id: fc.constantFrom(...contextIds) }),
  fc.record(
    {
      op: fc.constant('addContact' as const),
      id: fc.constantFrom(...ids),
      label: fc.string({ maxLength: 45 }),
      kind: fc.constantFrom('person' as const, 'organisation' as const),
      direct: fc.boolean(),
      contexts: fc.subarray(contextIds),
      prompts: fc.subarray(['gunst', 'bespreken', 'nope']),
    },
    { requiredKeys: ['op', 'id', 'label', 'kind'] },
  ),
  fc.record(
    {
      op: fc.constant('updateContact' as const),
      id: fc.constantFrom(...ids),
      label: fc.string({ maxLength: 45 }),
      kind: fc.constantFrom('person' as const, 'organisation' as const),
      direct: fc.boolean(),
    },
    { requiredKeys: ['op', 'id'] },
  ),
  fc.record({ op: fc.constant('removeContact' as const), id: fc.constantFrom(...ids) }),
  fc.record({
    op: fc.constantFrom('addToContext' as const, 'removeFromContext' as const),
    ids: fc.subarray(ids),
    context: fc.constantFrom(...contextIds),
  }),
  fc.record({
    op: fc.constant('setPrompt' as const),
    ids: fc.subarray(ids),
    prompt: fc.constantFrom('gunst', 'nope'),
    on: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('setAttribute' as const),
    ids: fc.subarray(ids),
    attribute: fc.constantFrom(...contactAttributes),
    value: anyValue,
  }),
  fc.record({
    op: fc.constant('setDependence' as const),
    ids: fc.subarray(ids),
    kind: fc.constantFrom('financieel', 'persoonlijk', 'nope'),
    direction: fc.constantFrom('mutual' as const, 'candidate-on-contact' as const, null),
  }),
  fc.record(
    {
      op: fc.constantFrom('addTie' as const, 'removeTie' as const),
      a: fc.constantFrom(...ids),
      b: fc.constantFrom(...ids),
      strength: fc.integer({ min: 0, max: 6 }),
    },
    { requiredKeys: ['op', 'a', 'b'] },
  ),
  fc.record({ op: fc.constant('connectContext' as const), context: fc.constantFrom(...contextIds) }),
  fc.record(
    {
      op: fc.constantFrom('addMembership' as const, 'removeMembership' as const),
      person: fc.constantFrom(...ids),
      organisation: fc.constantFrom(...ids),
      role: fc.constantFrom('lid', 'eigenaar', 'nope'),
    },
    { requiredKeys: ['op', 'person', 'organisation'] },
  ),
) as fc.Arbitrary<NetworkOp>;

describe('properties', () => {
  it('any sequence of operations on a valid network keeps it valid', () => {
    fc.assert(
      fc.property(arbitraryNetwork(12), fc.array(opArb, { maxLength: 40 }), (net, ops) => {
        const start = valid(net);
        const result = applyNetworkOpsDetailed(start, ops, catalogue);
        const checked = validateNetwork(result.network, catalogue);
        if (!checked.ok) throw new Error(JSON.stringify(checked.issues.slice(0, 3)));
        // Replaying the same operations gives the same network (the conflict merge relies on it).
        expect(applyNetworkOps(start, ops, catalogue)).toEqual(result.network);
      }),
      { numRuns: 300 },
    );
  });

  it('operations on top of a network changed elsewhere still give a valid network', () => {
    fc.assert(
      fc.property(
        arbitraryNetwork(12),
        fc.array(opArb, { maxLength: 20 }),
        fc.array(opArb, { maxLength: 20 }),
        (net, theirs, mine) => {
          const server = applyNetworkOps(valid(net), theirs, catalogue);
          const merged = applyNetworkOps(server, mine, catalogue);
          expect(validateNetwork(merged, catalogue).ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
