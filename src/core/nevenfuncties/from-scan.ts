// The nevenfuncties a person gave in their own scan, as register entries they may take over.
// Pure: the server opens the answers (sealed under the scan's key) and hands them here with the
// instrument the scan is pinned to. Only what the person answered and could see counts: an answer
// to a hidden question (they said "no nevenfuncties" afterwards) is not offered.
import type { GroupEntry } from '../instrument/answers.ts';
import { evaluate } from '../instrument/evaluate.ts';
import type { Instrument } from '../instrument/schema.ts';

/** The group question that asks for nevenfuncties, in every instrument that asks for them. */
export const nevenfunctiesItemId = 'nevenfuncties';

export interface ScanNevenfunctie {
  /** Its place in the scan's list: what the person ticks to take it over. */
  index: number;
  function: string;
  organisation: string;
  paid: boolean;
  /** The person said in the scan they will lay it down: offered, but not ticked in advance. */
  layingDown: boolean;
}

type Field = {
  id: string;
  kind: string;
  options?: Array<{ value: string; label: { nl: string; en?: string } }>;
};

function groupFields(instrument: Instrument): Field[] | null {
  for (const part of instrument.parts)
    for (const section of part.sections)
      for (const item of section.items)
        if (item.id === nevenfunctiesItemId && item.kind === 'group') return item.fields as Field[];
  return null;
}

/** Whether the instrument asks for nevenfuncties at all. */
export function asksForNevenfuncties(instrument: Instrument): boolean {
  return groupFields(instrument) !== null;
}

const textOf = (value: GroupEntry[string] | undefined) => (typeof value === 'string' ? value.trim() : '');

/**
 * The nevenfuncties in the answers: organisation from `organisatie`, the function as the Dutch
 * words of the chosen `rol` (or `functie` when typed), paid when `betaald` is "ja".
 */
export function nevenfunctiesFromAnswers(
  instrument: Instrument,
  answers: Record<string, unknown>,
): ScanNevenfunctie[] {
  const fields = groupFields(instrument);
  if (!fields) return [];
  const evaluation = evaluate(instrument, { answers: answers as never });
  if (!evaluation.visibleItems.includes(nevenfunctiesItemId)) return [];
  const entries = answers[nevenfunctiesItemId];
  if (!Array.isArray(entries)) return [];
  const role = fields.find((f) => f.id === 'rol');
  const found: ScanNevenfunctie[] = [];
  entries.forEach((raw, index) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return;
    const entry = raw as GroupEntry;
    const organisation = textOf(entry.organisatie).slice(0, 200);
    if (!organisation) return;
    const typed = textOf(entry.functie);
    const chosen = role?.options?.find((o) => o.value === entry.rol)?.label.nl ?? '';
    const fn = (typed || chosen || 'nevenfunctie').slice(0, 200);
    found.push({
      index,
      function: fn,
      organisation,
      paid: entry.betaald === 'ja',
      layingDown: entry.behouden === 'neerleggen',
    });
  });
  return found;
}
