// Evidence in words: which question, which answer, which entries of a group (by their name, not
// their number alone). Data from the network map is named as such.
import type { TFunction } from 'i18next';
import type { Answers, GroupEntry } from '../../core/instrument/answers.ts';
import type { Evidence } from '../../core/instrument/conditions.ts';
import { indexInstrument } from '../../core/instrument/index-instrument.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import { networkMeasureLabel } from '../../core/report/evidence-text.ts';
import { displayAnswer, entryName, entryTitle, type Say } from './text.ts';

export interface EvidenceLine {
  key: string;
  /** The question, or the kind of network data. */
  subject: string;
  /** The answer, the matching entries, or the measured value. */
  detail: string;
}

export function evidenceLines(
  instrument: Instrument,
  evidence: readonly Evidence[],
  answers: Answers,
  sayText: Say,
  t: TFunction,
): EvidenceLine[] {
  const index = indexInstrument(instrument);
  return evidence.map((e, i) => {
    const key = `${i}-${e.item ?? e.network ?? ''}`;
    if (e.network !== undefined) {
      return {
        key,
        // The measure in plain words, never its formula name (a candidate reads this).
        subject: t('results.networkData', { name: sayText(networkMeasureLabel(e.network)) }),
        detail: e.measure !== undefined ? String(e.measure) : t('results.networkMissing'),
      };
    }
    const item = e.item ? index.items.get(e.item)?.item : undefined;
    if (!item) return { key, subject: e.item ?? '', detail: '' };
    if (item.kind === 'group' && e.entries) {
      const entries = (Array.isArray(answers[item.id]) ? answers[item.id] : []) as GroupEntry[];
      const names = e.entries.map((n) => {
        const name = entryName(item, entries[n], sayText, t);
        return name ? `${entryTitle(item, n, sayText)}: ${name}` : entryTitle(item, n, sayText);
      });
      return {
        key,
        subject: sayText(item.text),
        detail: names.length > 0 ? names.join('; ') : t('results.noEntries'),
      };
    }
    const shown = e.value !== undefined ? displayAnswer(item, e.value, sayText, t) : '';
    return { key, subject: sayText(item.text), detail: shown || t('results.notAnswered') };
  });
}
