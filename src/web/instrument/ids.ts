// Element ids for questions, so that an error summary (or a test) can point at them.
import type { AnswerError } from '../../core/instrument/answers.ts';
import type { Evaluation } from '../../core/instrument/evaluate.ts';
import { indexInstrument } from '../../core/instrument/index-instrument.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import type { SummaryError } from '../ui/forms.tsx';
import { fieldFocusId } from './fields.tsx';
import { entryTitle, type Say } from './text.ts';

export const DEFAULT_ID_PREFIX = 'q';

/** The id of a question's input, or of a field inside a group entry. */
export function questionId(prefix: string, item: string, entry?: number, field?: string): string {
  return entry === undefined ? `${prefix}-${item}` : `${prefix}-${item}__${entry}__${field ?? ''}`;
}

export function entryLegendId(prefix: string, item: string, entry: number): string {
  return `${prefix}-${item}__${entry}__legend`;
}

export function addEntryButtonId(prefix: string, item: string): string {
  return `${prefix}-${item}__add`;
}

/** The touched-state key of an error: the question, or the field in an entry. */
export function errorKey(error: Pick<AnswerError, 'item' | 'entry' | 'field'>): string {
  return error.entry === undefined ? error.item : `${error.item}#${error.entry}#${error.field ?? ''}`;
}

/**
 * The engine's errors as an error summary: each names its question (and entry) and links to the
 * element to focus. Only errors of the given items (e.g. the visible part), in document order.
 */
export function errorSummary(
  instrument: Instrument,
  evaluation: Evaluation,
  sayText: Say,
  language: 'nl' | 'en',
  options: { prefix?: string; items?: ReadonlySet<string> } = {},
): SummaryError[] {
  const prefix = options.prefix ?? DEFAULT_ID_PREFIX;
  const index = indexInstrument(instrument);
  const seen = new Set<string>();
  const result: Array<SummaryError & { order: number }> = [];
  for (const error of evaluation.errors) {
    const place = index.items.get(error.item);
    if (!place || (options.items && !options.items.has(error.item))) continue;
    const item = place.item;
    const message = language === 'en' ? (error.message.en ?? error.message.nl) : error.message.nl;
    let field: string;
    let text: string;
    if (item.kind === 'group' && error.entry !== undefined) {
      const inner = item.fields.find((f) => f.id === error.field);
      if (!inner) continue;
      field = fieldFocusId(inner, questionId(prefix, item.id, error.entry, inner.id));
      text = `${entryTitle(item, error.entry, sayText)}, ${sayText(inner.text)}: ${message}`;
    } else if (item.kind === 'group') {
      field = addEntryButtonId(prefix, item.id);
      text = `${sayText(item.text)} ${message}`;
    } else {
      field = fieldFocusId(item, questionId(prefix, item.id));
      text = `${sayText(item.text)} ${message}`;
    }
    if (seen.has(field)) continue;
    seen.add(field);
    result.push({ field, message: text, order: place.order * 10_000 + (error.entry ?? 0) * 100 });
  }
  return result.sort((a, b) => a.order - b.order).map(({ field, message }) => ({ field, message }));
}
