import { describe, expect, it } from 'vitest';
import { csvCell, toEgorTables, toFollowTheMoney, toGraphML } from '../../src/core/network/export.ts';
import type { Network } from '../../src/core/network/model.ts';

const network: Network = {
  version: 1,
  ego: { gender: 'v', place: 'zelfde_kern' },
  contexts: [
    { id: 'c1', catalogueId: 'sportclub', interests: ['subsidie'] },
    { id: 'c2', label: '=HYPERLINK("x")', interests: [] },
  ],
  contacts: [
    {
      id: 'a',
      label: 'JdV',
      kind: 'person',
      direct: true,
      contexts: ['c1', 'c2'],
      closeness: 4,
      sector: 'horeca',
      business: 'ja',
    },
    { id: 'b', label: '+31 6 <b>', kind: 'person', direct: true, contexts: ['c1'], closeness: 2 },
    { id: 'o', label: 'BV & Co', kind: 'organisation', direct: true, contexts: ['c1'] },
    { id: 'x', label: 'buurman van JdV', kind: 'person', direct: false, contexts: [] },
  ],
  ties: [
    { a: 'a', b: 'b', strength: 3 },
    { a: 'a', b: 'x' },
  ],
  memberships: [{ person: 'b', organisation: 'o', role: 'eigenaar' }],
};

describe('network export', () => {
  it('neutralises spreadsheet formulas and quotes what needs quoting', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+31 6')).toBe("'+31 6");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('zeg "hoi"')).toBe('"zeg ""hoi"""');
    expect(csvCell(4)).toBe('4');
    expect(csvCell(undefined)).toBe('');
  });

  it('gives the three egor tables: direct contacts as alters, ties and memberships between them', () => {
    const tables = toEgorTables(network, (id) => (id === 'c1' ? 'Sportclub' : '=HYPERLINK("x")'));
    expect(tables.ego.split('\r\n')[0]).toBe('egoID,gender,ageBand,place,sector');
    const alters = tables.alters.trim().split('\r\n');
    expect(alters).toHaveLength(4);
    expect(alters[1]).toContain('ego,a,JdV,person');
    // A formula only runs from the start of a cell; inside the joined list it is plain text.
    expect(tables.alters).toContain('"Sportclub; =HYPERLINK(""x"")"');
    expect(tables.alters).toContain("'+31 6 <b>");
    expect(tables.alters).not.toContain('buurman');
    expect(tables.alterTies.trim().split('\r\n')).toEqual([
      'egoID,Source,Target,weight,type',
      'ego,a,b,3,tie',
      'ego,b,o,1,membership',
    ]);
  });

  it('writes well-formed GraphML with the candidate as "ik" and escaped labels', () => {
    const graphml = toGraphML(network);
    expect(graphml).toMatch(/^<\?xml version="1.0"/);
    expect(graphml).toContain('<node id="ego"><data key="label">ik</data>');
    expect(graphml).toContain('+31 6 &lt;b&gt;');
    expect(graphml).toContain('BV &amp; Co');
    expect((graphml.match(/<node /g) ?? []).length).toBe(5);
    // 3 direct contacts to ego, 2 ties, 1 membership.
    expect((graphml.match(/<edge /g) ?? []).length).toBe(6);
  });

  it('gives FollowTheMoney entities with the right schemata', () => {
    const entities = toFollowTheMoney(network);
    const schemata = entities.map((e) => e.schema).sort();
    expect(schemata.filter((s) => s === 'Person')).toHaveLength(4);
    expect(schemata.filter((s) => s === 'Organization')).toHaveLength(1);
    expect(entities.find((e) => e.schema === 'Membership')?.properties).toEqual({
      member: ['weerbaar-b'],
      organization: ['weerbaar-o'],
      role: ['eigenaar'],
    });
    expect(entities.filter((e) => e.schema === 'Associate')).toHaveLength(4);
    expect(entities.filter((e) => e.schema === 'UnknownLink')).toHaveLength(1);
  });
});
