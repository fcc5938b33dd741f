// Lookup tables over an instrument definition, built once and shared by the engine and checker.
import type { GroupItem, Indicator, Instrument, Item, Part, Section } from './schema.ts';

export interface ItemPlace {
  item: Item;
  section: Section;
  part: Part;
  /** Position in document order, for stable output. */
  order: number;
}

export interface InstrumentIndex {
  instrument: Instrument;
  items: Map<string, ItemPlace>;
  sections: Map<string, { section: Section; part: Part }>;
  indicators: Map<string, Indicator>;
  groups: Map<string, GroupItem>;
}

const cache = new WeakMap<Instrument, InstrumentIndex>();

export function indexInstrument(instrument: Instrument): InstrumentIndex {
  const cached = cache.get(instrument);
  if (cached) return cached;
  const items = new Map<string, ItemPlace>();
  const sections = new Map<string, { section: Section; part: Part }>();
  const groups = new Map<string, GroupItem>();
  let order = 0;
  for (const part of instrument.parts) {
    for (const section of part.sections) {
      sections.set(section.id, { section, part });
      for (const item of section.items) {
        items.set(item.id, { item, section, part, order: order++ });
        if (item.kind === 'group') groups.set(item.id, item);
      }
    }
  }
  const index: InstrumentIndex = {
    instrument,
    items,
    sections,
    indicators: new Map(instrument.indicators.map((i) => [i.id, i])),
    groups,
  };
  cache.set(instrument, index);
  return index;
}
