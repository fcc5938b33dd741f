// The autosave (autosave.ts) wired to the page: the API and the pinned instrument's answer rules;
// the browser's events (hidden, closed, back online, leaving while offline) in useSaveQueue.ts.
import { useCallback, useMemo } from 'react';
import type { Answer, Answers } from '../../core/instrument/answers.ts';
import { validateAnswer } from '../../core/instrument/answers.ts';
import { indexInstrument } from '../../core/instrument/index-instrument.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import { call } from '../client.ts';
import { Autosaver, type AutosaveSnapshot } from './autosave.ts';
import { useSaveQueue } from './useSaveQueue.ts';

export interface UseAutosave {
  snapshot: AutosaveSnapshot;
  change: (item: string, value: Answer | undefined) => void;
  flush: () => Promise<boolean>;
}

export function useAutosave(options: {
  tenantId: string;
  scanId: string;
  instrument: Instrument;
  initial: { revision: number; answers: Answers };
  onFrozen: () => void;
}): UseAutosave {
  const { tenantId, scanId, instrument, initial, onFrozen } = options;
  const index = useMemo(() => indexInstrument(instrument), [instrument]);
  const { saver, snapshot } = useSaveQueue(
    (page) =>
      new Autosaver(
        {
          ...page,
          save: (input, keepalive) =>
            call('scans.saveAnswers', { params: { tenantId, scanId }, body: input }, { keepalive }),
          reload: async () => {
            const scan = await call('scans.readOwn', { params: { tenantId, scanId } });
            return { revision: scan.revision, answers: scan.answers, editable: scan.may.includes('answer') };
          },
          check: (item, value) => {
            const place = index.items.get(item);
            if (!place) return 'unknown';
            const errors = validateAnswer(place.item, value).filter((e) => e.code !== 'required');
            return errors[0]?.message.nl ?? null;
          },
        },
        initial,
      ),
    onFrozen,
  );

  const change = useCallback((item: string, value: Answer | undefined) => saver.change(item, value), [saver]);
  const flush = useCallback(() => saver.flush(), [saver]);
  return { snapshot, change, flush };
}
