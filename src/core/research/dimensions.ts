// The dimensions of a research table (issue 12): what an onderzoeker may put on the rows and the
// columns, and how one consented scan falls into one category of each. Pure: the server opens the
// scans and hands over their facts (`ResearchFacts`); the counting, never a row per person, and
// the disclosure control (core/aggregate) happen on the categories alone. Every dimension has a
// fixed list of categories, so a table's labels never hold free text.
import { type Level, levels } from '../instrument/scale.ts';
import type { Instrument } from '../instrument/schema.ts';
import { type OrganisationType, offices, organisationTypes } from '../vocabulary.ts';

/** What a table counts of one scan: only ids, levels and numbers, never an answer or a label. */
export interface ResearchFacts {
  office: string;
  instrument: string;
  year: number;
  organisationType: OrganisationType;
  themes: Readonly<Record<string, Level>>;
  indicators: Readonly<Record<string, Level>>;
  /** Per theme: computed − perceived in steps. */
  awareness: Readonly<Record<string, number>>;
  /** The measures the expert chose, or (without decisions) the suggested ones. */
  measures: number;
  /** The network measures, or null when the scan has no map. */
  network: Readonly<Record<string, number>> | null;
  /** Network measures that are undefined for this map (reported as 0 by the metrics). */
  undefinedMeasures: readonly string[];
}

export type DimensionKind =
  | 'office'
  | 'instrument'
  | 'year'
  | 'organisationType'
  | 'theme'
  | 'indicator'
  | 'awareness'
  | 'measures'
  | 'networkSize'
  | 'networkContexts'
  | 'networkMultiplexity'
  | 'networkDensity'
  | 'networkInclusiveness';

export interface Dimension {
  /** `office`, `theme.nevenfuncties`, `network.size`, … */
  id: string;
  kind: DimensionKind;
  /** The theme or indicator it is about. */
  about: string | null;
  /** Title of that theme or indicator (nl, en), from the newest instrument that has it. */
  title: { nl: string; en?: string | undefined } | null;
  /** The categories in order; a table's labels are these ids (the page and the export name them). */
  categories: readonly string[];
}

const notMeasured = 'niet-gemeten';
const noMap = 'geen-kaart';
const undetermined = 'niet-te-bepalen';

/** The fixed bins of the network measures, as [label, lower bound inclusive]. */
const sizeBins = [
  ['0-9', 0],
  ['10-24', 10],
  ['25-49', 25],
  ['50+', 50],
] as const;
const contextBins = [
  ['0-2', 0],
  ['3-4', 3],
  ['5+', 5],
] as const;
const shareBins = [
  ['0%', 0],
  ['1-24%', 0.000001],
  ['25-49%', 0.25],
  ['50%+', 0.5],
] as const;
const densityBins = [
  ['0-0.09', 0],
  ['0.10-0.29', 0.1],
  ['0.30+', 0.3],
] as const;
const iqvBins = [
  ['0-0.33', 0],
  ['0.34-0.66', 0.335],
  ['0.67+', 0.665],
] as const;
const measureBins = [
  ['0', 0],
  ['1-2', 1],
  ['3-5', 3],
  ['6+', 6],
] as const;
const awarenessCategories = ['onderschat', 'gelijk', 'overschat', notMeasured] as const;

function bin(value: number, bins: ReadonlyArray<readonly [string, number]>): string {
  let label = bins[0]![0];
  for (const [name, lower] of bins) if (value >= lower) label = name;
  return label;
}

const labelsOf = (bins: ReadonlyArray<readonly [string, number]>) => bins.map(([label]) => label);

/**
 * Every dimension on offer, given the instruments scans can be pinned to and the years to show.
 * The list is fixed by the instruments: a request naming anything else is refused.
 */
export function researchDimensions(
  instruments: readonly Instrument[],
  years: readonly number[],
): Dimension[] {
  const scanInstruments = instruments.filter((i) => i.mode !== 'zelfscan');
  const newestFirst = [...scanInstruments].reverse();
  const themes = new Map<string, Dimension['title']>();
  const indicators = new Map<string, Dimension['title']>();
  for (const instrument of newestFirst) {
    for (const theme of instrument.themes) if (!themes.has(theme.id)) themes.set(theme.id, theme.title);
    for (const indicator of instrument.indicators)
      if (!indicators.has(indicator.id)) indicators.set(indicator.id, indicator.title);
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const fixed = (id: string, kind: DimensionKind, categories: readonly string[]): Dimension => ({
    id,
    kind,
    about: null,
    title: null,
    categories,
  });
  return [
    fixed('office', 'office', offices),
    fixed(
      'instrument',
      'instrument',
      [...new Set(scanInstruments.map((i) => `${i.id}@${i.version}`))].sort(byId),
    ),
    fixed('year', 'year', [...new Set(years)].sort((a, b) => a - b).map(String)),
    fixed('organisationType', 'organisationType', organisationTypes),
    fixed('measures', 'measures', labelsOf(measureBins)),
    fixed('network.size', 'networkSize', [noMap, ...labelsOf(sizeBins)]),
    fixed('network.contexts', 'networkContexts', [noMap, ...labelsOf(contextBins)]),
    fixed('network.multiplexity', 'networkMultiplexity', [noMap, undetermined, ...labelsOf(shareBins)]),
    fixed('network.density', 'networkDensity', [noMap, undetermined, ...labelsOf(densityBins)]),
    fixed('network.inclusiveness', 'networkInclusiveness', [noMap, undetermined, ...labelsOf(iqvBins)]),
    ...[...themes].map(([id, title]) => ({
      id: `theme.${id}`,
      kind: 'theme' as const,
      about: id,
      title,
      categories: [...levels, notMeasured],
    })),
    ...[...themes].map(([id, title]) => ({
      id: `awareness.${id}`,
      kind: 'awareness' as const,
      about: id,
      title,
      categories: awarenessCategories,
    })),
    ...[...indicators].map(([id, title]) => ({
      id: `indicator.${id}`,
      kind: 'indicator' as const,
      about: id,
      title,
      categories: [...levels, notMeasured],
    })),
  ];
}

/**
 * The years a table shows: a fixed range, from the first year of the platform to this one, so
 * that the row or column of a year does not itself say that someone took a scan then.
 */
export function researchYears(now: Date): number[] {
  const years: number[] = [];
  for (let year = 2024; year <= now.getUTCFullYear(); year++) years.push(year);
  return years;
}

/** The one category of `dimension` a scan with these facts falls into. */
export function categoryOf(dimension: Dimension, facts: ResearchFacts): string {
  const network = facts.network;
  const undefinedMeasure = (name: string) => facts.undefinedMeasures.includes(name);
  switch (dimension.kind) {
    case 'office':
      return facts.office;
    case 'instrument':
      return facts.instrument;
    case 'year':
      return String(facts.year);
    case 'organisationType':
      return facts.organisationType;
    case 'theme':
      return facts.themes[dimension.about ?? ''] ?? notMeasured;
    case 'indicator':
      return facts.indicators[dimension.about ?? ''] ?? notMeasured;
    case 'awareness': {
      const gap = facts.awareness[dimension.about ?? ''];
      if (gap === undefined) return notMeasured;
      return gap > 0 ? 'onderschat' : gap < 0 ? 'overschat' : 'gelijk';
    }
    case 'measures':
      return bin(facts.measures, measureBins);
    case 'networkSize':
      return network ? bin(network.contacts ?? 0, sizeBins) : noMap;
    case 'networkContexts':
      return network ? bin(network.contexts ?? 0, contextBins) : noMap;
    case 'networkMultiplexity': {
      if (!network) return noMap;
      const contacts = network.contacts ?? 0;
      if (contacts === 0) return undetermined;
      return bin((network.multiplexContacts ?? 0) / contacts, shareBins);
    }
    case 'networkDensity':
      if (!network) return noMap;
      return undefinedMeasure('density') ? undetermined : bin(network.density ?? 0, densityBins);
    case 'networkInclusiveness':
      if (!network) return noMap;
      return undefinedMeasure('iqv.sector') ? undetermined : bin(network['iqv.sector'] ?? 0, iqvBins);
  }
}

/** The filters a table may be narrowed by: the descriptive dimensions only, one value each. */
export interface ResearchFilters {
  office?: string | undefined;
  instrument?: string | undefined;
  year?: number | undefined;
  organisationType?: OrganisationType | undefined;
}

export function passesFilters(facts: ResearchFacts, filters: ResearchFilters): boolean {
  return (
    (filters.office === undefined || facts.office === filters.office) &&
    (filters.instrument === undefined || facts.instrument === filters.instrument) &&
    (filters.year === undefined || facts.year === filters.year) &&
    (filters.organisationType === undefined || facts.organisationType === filters.organisationType)
  );
}

/**
 * The counted table: rows × columns of the members (the caller's pseudonyms) in each cell. Every
 * category of both dimensions is a row or column, also an empty one, so the shape of a table
 * says nothing about who is in it.
 */
export function countTable<T extends { pseudonym: string; facts: ResearchFacts }>(
  rows: Dimension,
  columns: Dimension,
  scans: readonly T[],
): { rowLabels: string[]; columnLabels: string[]; members: string[][][] } {
  const rowLabels = [...rows.categories];
  const columnLabels = [...columns.categories];
  const members = rowLabels.map(() => columnLabels.map(() => [] as string[]));
  for (const scan of scans) {
    const r = rowLabels.indexOf(categoryOf(rows, scan.facts));
    const c = columnLabels.indexOf(categoryOf(columns, scan.facts));
    if (r >= 0 && c >= 0) members[r]![c]!.push(scan.pseudonym);
  }
  for (const row of members) for (const cell of row) cell.sort();
  return { rowLabels, columnLabels, members };
}
