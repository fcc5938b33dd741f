// Lookup tables over an instrument definition, built once and shared by the engine and checker.
import { conditionReferences } from './conditions.ts';
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

/**
 * Every item an indicator can depend on: the items its rules and evidence name, and, since a
 * hidden item reads as unanswered, the items that decide whether those are visible (transitively).
 */
export function indicatorDependencies(instrument: Instrument, indicatorId: string): Set<string> {
  const index = indexInstrument(instrument);
  const indicator = index.indicators.get(indicatorId);
  const result = new Set<string>();
  if (!indicator) return result;
  const queue: string[] = [...indicator.evidence];
  for (const rule of indicator.rules) queue.push(...conditionReferences(rule.when).items);
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    const place = index.items.get(id);
    if (!place) continue;
    queue.push(
      ...conditionReferences(place.item.visibleIf).items,
      ...conditionReferences(place.section.visibleIf).items,
    );
  }
  return result;
}
