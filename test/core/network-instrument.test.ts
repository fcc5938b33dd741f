// The network measures in the instruments: every `network:` name a shipped instrument uses is
// computed, the bestuurder's catalogue validates a network built from its own ids, and the
// bestuurder's network indicators fire on the measures of that network.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import { loadInstrument } from '../../src/core/instrument/load.ts';
import type { Condition, Instrument } from '../../src/core/instrument/schema.ts';
import { networkMeasureNames } from '../../src/core/network/measure-names.ts';
import { measureNetwork } from '../../src/core/network/metrics.ts';
import { emptyNetwork, type Network, validateNetwork } from '../../src/core/network/model.ts';
import { clique, network, organisation, person, tie } from '../support/network-fixtures.ts';

const root = path.join(import.meta.dirname, '../../instruments');
const instrumentFolders = fs
  .readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const shipped: Array<[string, Instrument]> = instrumentFolders.flatMap((id) =>
  // Definitions only: cases/ beside them holds the case library, not a version.
  fs
    .readdirSync(path.join(root, id))
    .filter((file) => /^\d+\.\d+\.\d+\.yaml$/.test(file))
    .map((file) => {
      const result = loadInstrument(fs.readFileSync(path.join(root, id, file), 'utf8'));
      if (!result.ok) throw new Error(`${id}/${file}: ${JSON.stringify(result.issues)}`);
      return [`${id}/${file}`, result.instrument] as [string, Instrument];
    }),
);
const bestuurder = shipped.find(([name]) => name.startsWith('weerbaarheidsscan-bestuurder/'))![1];

function networkNames(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(networkNames);
  if ('any' in c) return c.any.flatMap(networkNames);
  if ('none' in c) return c.none.flatMap(networkNames);
  if ('not' in c) return networkNames(c.not);
  if ('of' in c) return c.of.flatMap(networkNames);
  return c.network !== undefined ? [c.network] : [];
}

describe('network measures in the instruments', () => {
  it.each(shipped)('%s uses only measures the network module computes', (_name, instrument) => {
    if (!instrument.network) return;
    const computed = measureNetwork(emptyNetwork(), instrument.network);
    expect(Object.keys(computed).sort()).toEqual([...networkMeasureNames].sort());
    const used = instrument.indicators.flatMap((i) => i.rules.flatMap((r) => networkNames(r.when)));
    for (const name of used) expect(computed, name).toHaveProperty([name]);
  });

  // A wethouder-candidate's map in the bestuurder's own catalogue ids.
  const map: Network = network({
    ego: { gender: 'vrouw', ageBand: 'van_45_tot_60', place: 'zelfde_kern', sector: 'overheid' },
    contexts: [
      { id: 'fam', catalogueId: 'familie', interests: [] },
      { id: 'club', catalogueId: 'sportclub', role: 'bestuurslid', interests: ['subsidies'] },
      { id: 'ondernemers', catalogueId: 'ondernemersvereniging', role: 'lid', interests: ['lobby'] },
      { id: 'bedrijf', catalogueId: 'eigen_bedrijf', role: 'eigenaar', interests: ['opdrachten'] },
    ],
    contacts: [
      person('jb', {
        contexts: ['fam', 'ondernemers'],
        closeness: 5,
        sector: 'bouw',
        business: 'ja',
        relation: 'familielid',
        gender: 'man',
        ageBand: 'van_45_tot_60',
        place: 'zelfde_kern',
      }),
      person('mk', {
        contexts: ['club', 'ondernemers'],
        closeness: 4,
        sector: 'horeca',
        business: 'onbekend',
        relation: 'vriend',
        gender: 'man',
        ageBand: 'van_45_tot_60',
        place: 'zelfde_kern',
      }),
      person('tv', {
        contexts: ['club', 'bedrijf'],
        closeness: 4,
        sector: 'vastgoed',
        business: 'ja',
        relation: 'zakenpartner',
        gender: 'man',
        ageBand: 'van_45_tot_60',
        place: 'zelfde_kern',
      }),
      person('as', {
        contexts: ['fam'],
        closeness: 5,
        sector: 'onderwijs',
        relation: 'partner',
        gender: 'man',
        ageBand: 'van_45_tot_60',
        place: 'zelfde_kern',
      }),
      person('rh', {
        contexts: ['ondernemers'],
        closeness: 2,
        sector: 'zakelijke_dienstverlening',
        gender: 'man',
        ageBand: 'van_45_tot_60',
        place: 'zelfde_kern',
      }),
      organisation('bv', { direct: false, sector: 'recreatieparken', business: 'ja' }),
      person('dd', { direct: false, sector: 'makelaardij' }),
      person('ee', { direct: false, sector: 'transport_logistiek' }),
    ],
    ties: [...clique('jb', 'mk', 'tv', 'as', 'rh'), tie('tv', 'dd', 3), tie('mk', 'ee')],
    memberships: [{ person: 'jb', organisation: 'bv', role: 'eigenaar' }],
  });

  it('the bestuurder catalogue validates a map made of its ids', () => {
    const result = validateNetwork(map, bestuurder.network);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("the bestuurder's network indicators fire on the measures, with the measure as evidence", () => {
    const m = measureNetwork(map, bestuurder.network!);
    expect(m).toMatchObject({
      contacts: 5,
      multiplexContacts: 3, // jb, mk, tv
      privateInterestOverlaps: 3, // jb (fam + ondernemers: lobby), mk and tv (club has subsidies; mk's other context ondernemers, tv's bedrijf)
      sensitiveExposure1: 3, // jb bouw, mk horeca, tv vastgoed
      sensitiveExposure2: 3, // bv through jb's membership, dd through tv, ee through mk
      interestContacts: 2, // jb, tv
      interestContexts: 3, // club, ondernemers, bedrijf
      density: 1,
      'ei.gender': 1, // all five are men, the candidate is not
      'ei.place': -1, // all in the candidate's own village
    });
    const evaluation = evaluate(bestuurder, { answers: {}, network: m });
    const level = (id: string) => evaluation.indicators.find((i) => i.id === id);
    expect(level('multiplexiteit')).toMatchObject({
      level: 'risico',
      evidence: expect.arrayContaining([{ network: 'privateInterestOverlaps', measure: 3 }]),
    });
    expect(level('blootstelling_gevoelig')?.level).toBe('aandachtspunt'); // 3 ≥ 2, not yet ≥ 5
    expect(level('belangencontacten')?.level).toBe('aandachtspunt'); // 3 contexts ≥ 2, not yet ≥ 4
    expect(level('inclusiviteit')?.level).toBe('aandachtspunt'); // ei.place −1 ≤ −0.6
  });

  it('without a network the network indicators stay quiet (measures read as not answered)', () => {
    const evaluation = evaluate(bestuurder, { answers: {} });
    for (const id of [
      'multiplexiteit',
      'blootstelling_gevoelig',
      'belangencontacten',
      'afhankelijkheid_netwerk',
    ])
      expect(evaluation.indicators.find((i) => i.id === id)?.level).toBe('geen-aandachtspunt');
  });
});
