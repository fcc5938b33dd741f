// The seeded layout and the drawing: deterministic (twice the same, and the same after shuffling
// the input), finite, grouped by context, a large network lays out, and the alt text counts right.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeNetwork } from '../../bench/large-network.ts';
import { loadInstrument } from '../../src/core/instrument/load.ts';
import { drawNetwork } from '../../src/core/network/drawing.ts';
import { hashId, layoutNetwork, seededRandom } from '../../src/core/network/layout.ts';
import type { Network } from '../../src/core/network/model.ts';
import { catalogue, clique, network, organisation, person, tie, valid } from '../support/network-fixtures.ts';

const root = path.resolve(import.meta.dirname, '../..');
const instrument = loadInstrument(
  fs.readFileSync(path.join(root, 'instruments/weerbaarheidsscan-bestuurder/1.0.0.yaml'), 'utf8'),
);
if (!instrument.ok || !instrument.instrument.network) throw new Error('instrument does not load');
const block = instrument.instrument.network;

/** A fixed shuffle (Fisher–Yates with a seeded PRNG). */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function shuffled(net: Network, seed: number): Network {
  return {
    ...net,
    contexts: shuffle(net.contexts, seed),
    contacts: shuffle(net.contacts, seed + 1).map((c) => ({ ...c, contexts: shuffle(c.contexts, seed + 2) })),
    ties: shuffle(net.ties, seed + 3).map((t, i) => (i % 2 === 0 ? { ...t, a: t.b, b: t.a } : t)),
    memberships: shuffle(net.memberships, seed + 4),
  };
}

const ctx = (id: string, catalogueId?: string) =>
  catalogueId ? { id, catalogueId, interests: [] } : { id, label: `Eigen ${id}`, interests: [] };

/** Three contexts of six people each, a few ties, one person in two contexts, an organisation. */
const small = valid(
  network({
    contexts: [ctx('fam', 'familie'), ctx('club', 'sportclub'), ctx('werk', 'werk')],
    contacts: [
      ...['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id, i) =>
        person(id, { contexts: ['fam'], closeness: 1 + (i % 5) }),
      ),
      ...['b1', 'b2', 'b3', 'b4', 'b5'].map((id) => person(id, { contexts: ['club'], sector: 'horeca' })),
      ...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => person(id, { contexts: ['werk'], business: 'ja' })),
      person('x', { contexts: ['fam', 'club'], sector: 'vastgoed', business: 'ja' }),
      organisation('org', { contexts: ['werk'], sector: 'onderwijs', business: 'nee' }),
      person('via', { direct: false }),
    ],
    ties: [
      ...clique('a1', 'a2', 'a3'),
      tie('b1', 'b2', 3),
      tie('x', 'b3'),
      tie('via', 'c1'),
      tie('c2', 'c3'),
    ],
    memberships: [{ person: 'c4', organisation: 'org' }],
  }),
);

describe('layoutNetwork', () => {
  it('gives the same picture twice', () => {
    expect(drawNetwork(small, catalogue)).toEqual(drawNetwork(small, catalogue));
  });

  it('does not depend on the order of contexts, contacts, ties and tie ends', () => {
    const first = drawNetwork(small, catalogue);
    for (const seed of [1, 2, 3]) expect(drawNetwork(shuffled(small, seed), catalogue)).toEqual(first);
  });

  it('gives finite coordinates, with the candidate at the centre and off every mark', () => {
    const drawing = drawNetwork(small, catalogue);
    expect(drawing.ego).toEqual({ x: 0, y: 0, r: expect.any(Number) });
    for (const c of drawing.contacts) {
      expect(Number.isFinite(c.x) && Number.isFinite(c.y) && Number.isFinite(c.r)).toBe(true);
      expect(Math.hypot(c.x, c.y)).toBeGreaterThan(drawing.ego!.r);
    }
    for (const t of drawing.ties) expect([t.x1, t.y1, t.x2, t.y2].every(Number.isFinite)).toBe(true);
    for (const x of drawing.contexts) expect([x.cx, x.cy, x.r].every(Number.isFinite)).toBe(true);
    const { box } = drawing;
    for (const c of drawing.contacts) {
      expect(c.x).toBeGreaterThan(box.x);
      expect(c.x).toBeLessThan(box.x + box.width);
      expect(c.y).toBeGreaterThan(box.y);
      expect(c.y).toBeLessThan(box.y + box.height);
    }
  });

  it('puts the contacts of one context nearer their own centre than the other centres, on average', () => {
    const layout = layoutNetwork(small);
    const centre = new Map(layout.contexts.map((x) => [x.id, x]));
    for (const own of ['fam', 'club', 'werk']) {
      const members = small.contacts.filter((c) => c.contexts.length === 1 && c.contexts[0] === own);
      const mean = (to: string) =>
        members.reduce((sum, m) => {
          const p = layout.contacts.find((c) => c.id === m.id)!;
          return sum + Math.hypot(p.x - centre.get(to)!.x, p.y - centre.get(to)!.y);
        }, 0) / members.length;
      for (const other of ['fam', 'club', 'werk'].filter((o) => o !== own))
        expect(mean(own)).toBeLessThan(mean(other));
    }
  });

  it('puts a contact in two contexts between them, and closer people nearer the candidate', () => {
    const layout = layoutNetwork(small);
    const at = (id: string) => layout.contacts.find((c) => c.id === id)!;
    const centre = (id: string) => layout.contexts.find((x) => x.id === id)!;
    const x = at('x');
    const mid = { x: (centre('fam').x + centre('club').x) / 2, y: (centre('fam').y + centre('club').y) / 2 };
    const gap = Math.hypot(centre('fam').x - centre('club').x, centre('fam').y - centre('club').y);
    expect(Math.hypot(x.x - mid.x, x.y - mid.y)).toBeLessThan(gap / 2);
    expect(x.contexts.sort()).toEqual(['club', 'fam']);
    // a5 has closeness 5, a1 closeness 1: within the same context, a5 sits nearer the candidate.
    expect(Math.hypot(at('a5').x, at('a5').y)).toBeLessThan(Math.hypot(at('a1').x, at('a1').y));
  });

  it('lays out 300 contacts and 1,000 ties', () => {
    const large = largeNetwork(block, 300, 40, 1000);
    const drawing = drawNetwork(large, block);
    expect(drawing.contacts).toHaveLength(300);
    expect(drawing.ties).toHaveLength(1000);
    expect(drawing.contexts).toHaveLength(40);
    for (const c of drawing.contacts) expect(Number.isFinite(c.x) && Number.isFinite(c.y)).toBe(true);
    expect(Number.isFinite(drawing.box.width) && drawing.box.width > 0).toBe(true);
  });

  it('hashes ids stably', () => {
    expect(hashId('p1')).toBe(hashId('p1'));
    expect(hashId('p1')).not.toBe(hashId('p2'));
  });
});

describe('drawNetwork', () => {
  const drawing = drawNetwork(small, catalogue);
  const mark = (id: string) => drawing.contacts.find((c) => c.id === id)!;

  it('marks shapes, badges and outlines', () => {
    expect(mark('a1').shape).toBe('circle');
    expect(mark('org').shape).toBe('square');
    expect(mark('b1').shape).toBe('diamond');
    expect(mark('x')).toMatchObject({ shape: 'diamond', sensitive: true, business: true, multiplex: true });
    expect(mark('c1').business).toBe(true);
    expect(mark('org').business).toBe(false);
    expect(mark('via').indirect).toBe(true);
    expect(mark('a1').indirect).toBe(false);
    expect(drawing.ties.filter((t) => t.membership)).toEqual([
      expect.objectContaining({ a: 'c4', b: 'org', membership: true }),
    ]);
    expect(drawing.ties.find((t) => t.a === 'b1' && t.b === 'b2')?.strength).toBe(3);
  });

  it('labels contexts from the catalogue or with the candidate’s own name', () => {
    const withLabels = drawNetwork(
      network({ contexts: [ctx('f', 'familie'), ctx('own')], contacts: [person('p', { contexts: ['f'] })] }),
      {
        ...catalogue,
        contexts: [{ id: 'familie', label: { nl: 'Familie', en: 'Family' } }],
      },
    );
    expect(withLabels.contexts.map((c) => c.label)).toEqual(
      expect.arrayContaining([
        { nl: 'Familie', en: 'Family' },
        { nl: 'Eigen own', en: 'Eigen own' },
      ]),
    );
  });

  it('counts right in the alt text', () => {
    expect(drawing.counts).toEqual({
      contacts: 19,
      contexts: 3,
      ties: 7,
      memberships: 1,
      sensitive: 6,
      business: 6,
      multiplex: 1,
      indirect: 1,
    });
    expect(drawing.description.nl).toBe(
      'De netwerkkaart toont 19 contacten in 3 netwerken, met 7 banden tussen contacten en 1 lidmaatschap van een organisatie. ' +
        '6 contacten zitten in een gevoelige sector, 6 doen zaken met de gemeente en 1 zit in meer dan één netwerk. ' +
        '1 contact is alleen bekend via een ander contact.',
    );
    expect(drawing.description.en).toBe(
      'The network map shows 19 contacts in 3 networks, with 7 connections between contacts and 1 membership of an organisation. ' +
        '6 contacts are in a sensitive sector, 6 do business with the municipality and 1 is in more than one network. ' +
        '1 contact is known only through another contact.',
    );
  });

  it('describes an empty map', () => {
    expect(drawNetwork(network({}), catalogue).description.nl).toBe('De netwerkkaart is nog leeg.');
  });

  it('draws a draft with dangling references without them', () => {
    const draft = network({
      contexts: [ctx('f', 'familie')],
      contacts: [person('p', { contexts: ['f', 'gone'] })],
      ties: [tie('p', 'nobody')],
    });
    const d = drawNetwork(draft, catalogue);
    expect(d.contacts[0]!.contexts).toEqual(['f']);
    expect(d.ties).toEqual([]);
  });
});
