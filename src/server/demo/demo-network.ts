// A realistic fictional network for the demo candidates: about 40 contacts in a dozen contexts,
// with the patterns domain.md §2 describes — the same people in several roles, a few contacts in
// sensitive sectors one step or two away, business with the municipality — and plenty of ordinary
// social capital. Deterministic: the same demo every time. Labels are invented initials.
import type { Network, NetworkContact, NetworkContext } from '../../core/network/model.ts';

const contexts: NetworkContext[] = [
  { id: 'familie', catalogueId: 'familie', interests: [] },
  { id: 'vrienden', catalogueId: 'vrienden', interests: [] },
  { id: 'buurt', catalogueId: 'buurt', interests: [] },
  {
    id: 'voetbal',
    catalogueId: 'sportclub',
    label: 'Voetbalclub (demo)',
    role: 'bestuurslid',
    interests: ['subsidies', 'grond_huur_pacht'],
  },
  { id: 'koor', catalogueId: 'hobby', label: 'Koor', role: 'lid', interests: [] },
  { id: 'school', catalogueId: 'school_opvang', interests: [] },
  { id: 'werk', catalogueId: 'huidige_werk', role: 'medewerker', interests: [] },
  { id: 'oudwerk', catalogueId: 'oud_werkgevers', interests: ['opdrachten'] },
  { id: 'ondernemers', catalogueId: 'ondernemersvereniging', role: 'lid', interests: ['lobby'] },
  { id: 'rotary', catalogueId: 'serviceclub', role: 'lid', interests: [] },
  // Political work, not "the party": a contact placed in a party would record that person's
  // political opinion (bestuurder 1.1.0 has no such context, see its network block).
  { id: 'politiek', catalogueId: 'bestuurlijk', role: 'lid', interests: [] },
  {
    id: 'stichting',
    catalogueId: 'verenigingsbesturen',
    label: 'Stichting Dorpshuis (demo)',
    role: 'voorzitter',
    interests: ['subsidies'],
  },
];

type Seed = [
  id: string,
  label: string,
  contexts: string[],
  relation: string,
  closeness: number,
  sector?: string,
  business?: 'ja' | 'nee' | 'onbekend',
];

// Persons: [id, initials, contexts, relation, closeness, sector, business with the municipality]
const people: Seed[] = [
  ['p01', 'MdB', ['familie'], 'partner', 5, 'onderwijs', 'nee'],
  ['p02', 'JK', ['familie'], 'familielid', 4, 'zorg_welzijn', 'nee'],
  ['p03', 'RK', ['familie', 'voetbal'], 'familielid', 4, 'bouw', 'ja'],
  ['p04', 'AvD', ['familie'], 'familielid', 3, 'detailhandel', 'nee'],
  ['p05', 'SvL', ['vrienden', 'voetbal', 'ondernemers'], 'vriend', 5, 'vastgoed', 'ja'],
  ['p06', 'TH', ['vrienden'], 'vriend', 4, 'ict', 'nee'],
  ['p07', 'NB', ['vrienden', 'koor'], 'vriend', 4, 'media_cultuur', 'nee'],
  ['p08', 'EdG', ['vrienden'], 'vriend', 3, 'juridisch', 'nee'],
  ['p09', 'WP', ['buurt'], 'buur', 3, 'landbouw', 'onbekend'],
  ['p10', 'GS', ['buurt', 'stichting'], 'buur', 3, 'maatschappelijk', 'ja'],
  ['p11', 'LM', ['buurt'], 'buur', 2, 'horeca', 'onbekend'],
  ['p12', 'HJ', ['voetbal'], 'clubgenoot', 3, 'horeca', 'ja'],
  ['p13', 'BO', ['voetbal'], 'clubgenoot', 2, 'transport_logistiek', 'nee'],
  ['p14', 'KvE', ['voetbal', 'politiek'], 'clubgenoot', 3, 'overheid', 'nee'],
  ['p15', 'DS', ['koor'], 'kennis', 2, 'zorg_welzijn', 'nee'],
  ['p16', 'IV', ['koor'], 'kennis', 2, 'wetenschap', 'nee'],
  ['p17', 'CF', ['school'], 'kennis', 2, 'onderwijs', 'nee'],
  ['p18', 'YA', ['school'], 'kennis', 2, 'detailhandel', 'nee'],
  ['p19', 'PR', ['werk'], 'collega', 4, 'semipubliek', 'nee'],
  ['p20', 'FZ', ['werk'], 'collega', 3, 'semipubliek', 'nee'],
  ['p21', 'OT', ['werk', 'rotary'], 'collega', 3, 'financiele_sector', 'nee'],
  ['p22', 'UN', ['oudwerk'], 'oud_collega', 3, 'zakelijke_dienstverlening', 'ja'],
  ['p23', 'QL', ['oudwerk'], 'oud_collega', 2, 'bouw', 'ja'],
  ['p24', 'XW', ['ondernemers'], 'kennis', 2, 'makelaardij', 'ja'],
  ['p25', 'ZB', ['ondernemers', 'rotary'], 'kennis', 3, 'autobranche', 'onbekend'],
  ['p26', 'VH', ['ondernemers'], 'kennis', 2, 'evenementen', 'ja'],
  ['p27', 'AN', ['rotary'], 'kennis', 2, 'notaris', 'nee'],
  ['p28', 'ME', ['rotary'], 'kennis', 2, 'energie', 'nee'],
  ['p29', 'SK', ['politiek'], 'collega', 4, 'overheid', 'nee'],
  ['p30', 'JR', ['politiek'], 'collega', 3, 'onderwijs', 'nee'],
  ['p31', 'TvB', ['politiek', 'stichting'], 'kennis', 3, 'maatschappelijk', 'ja'],
  ['p32', 'HG', ['stichting'], 'kennis', 2, 'bouw', 'ja'],
  ['p33', 'NE', ['stichting'], 'kennis', 2, 'zorg_welzijn', 'nee'],
  ['p34', 'RD', ['vrienden'], 'vriend', 2, 'recreatieparken', 'onbekend'],
];

const genders = ['vrouw', 'man'];
const ages = ['van_30_tot_45', 'van_45_tot_60', 'vanaf_60', 'tot_30'];
const places = ['zelfde_kern', 'zelfde_kern', 'gemeente', 'regio', 'elders'];

export function demoNetwork(): Network {
  const contacts: NetworkContact[] = people.map(
    ([id, label, ctx, relation, closeness, sector, business], i) => ({
      id,
      label,
      kind: 'person',
      direct: true,
      contexts: ctx,
      relation,
      closeness,
      frequency: closeness >= 4 ? 'wekelijks' : closeness === 3 ? 'maandelijks' : 'paar_keer_per_jaar',
      ...(sector ? { sector } : {}),
      ...(business ? { business } : {}),
      gender: genders[i % 2]!,
      ageBand: ages[i % ages.length]!,
      place: places[i % places.length]!,
    }),
  );
  // Organisations the candidate deals with, and two people known only through others.
  contacts.push(
    {
      id: 'o1',
      label: 'Bouwbedrijf R. (demo)',
      kind: 'organisation',
      direct: true,
      contexts: ['voetbal'],
      relation: 'klant_leverancier',
      closeness: 2,
      sector: 'bouw',
      business: 'ja',
    },
    {
      id: 'o2',
      label: 'Vastgoed BV S. (demo)',
      kind: 'organisation',
      direct: true,
      contexts: ['ondernemers'],
      closeness: 2,
      sector: 'vastgoed',
      business: 'ja',
    },
    {
      id: 'o3',
      label: 'Café De Hoek (demo)',
      kind: 'organisation',
      direct: true,
      contexts: ['voetbal', 'buurt'],
      closeness: 2,
      sector: 'horeca',
      business: 'onbekend',
    },
    {
      id: 'o4',
      label: 'Zorggroep (demo)',
      kind: 'organisation',
      direct: true,
      contexts: ['werk'],
      closeness: 3,
      sector: 'zorg_welzijn',
      business: 'nee',
    },
    {
      id: 'x1',
      label: 'zakenpartner van SvL',
      kind: 'person',
      direct: false,
      contexts: [],
      sector: 'vastgoed',
    },
    {
      id: 'x2',
      label: 'eigenaar jachthaven',
      kind: 'person',
      direct: false,
      contexts: [],
      sector: 'jachthavens',
    },
  );
  const ties: Network['ties'] = [];
  const tie = (a: string, b: string, strength?: number) =>
    ties.push({ a, b, ...(strength ? { strength } : {}) });
  // Everyone in a small private context knows each other.
  const cliques: string[][] = [
    ['p01', 'p02', 'p03', 'p04'],
    ['p05', 'p06', 'p07', 'p08', 'p34'],
    ['p12', 'p13', 'p14', 'p03', 'p05'],
    ['p29', 'p30', 'p31', 'p14'],
    ['p24', 'p25', 'p26', 'p05'],
  ];
  for (const clique of cliques)
    for (let i = 0; i < clique.length; i++)
      for (let j = i + 1; j < clique.length; j++) tie(clique[i]!, clique[j]!);
  tie('p10', 'p31', 3);
  tie('p10', 'p32');
  tie('p19', 'p20', 2);
  tie('p21', 'p27');
  tie('p21', 'p28');
  tie('p15', 'p16');
  tie('p09', 'p11');
  tie('p05', 'x1', 4);
  tie('p34', 'x2', 3);
  const memberships: Network['memberships'] = [
    { person: 'p03', organisation: 'o1', role: 'eigenaar' },
    { person: 'p05', organisation: 'o2', role: 'eigenaar' },
    { person: 'p12', organisation: 'o3', role: 'eigenaar' },
    { person: 'p19', organisation: 'o4', role: 'medewerker' },
  ];
  return {
    version: 1,
    ego: { gender: 'man', ageBand: 'van_45_tot_60', place: 'zelfde_kern', sector: 'semipubliek' },
    contexts,
    contacts,
    ties,
    memberships,
  };
}
