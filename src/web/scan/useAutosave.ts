// The autosave (autosave.ts) wired to the page: the API, the pinned instrument's answer rules,
// and the browser's events (hidden, closed, back online, leaving while offline).
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Answer, Answers } from '../../core/instrument/answers.ts';
import { validateAnswer } from '../../core/instrument/answers.ts';
import { indexInstrument } from '../../core/instrument/index-instrument.ts';
import type { Instrument } from '../../core/instrument/schema.ts';
import { api } from '../api.ts';
import { useSession } from '../session.tsx';
import { Autosaver, type AutosaveSnapshot } from './autosave.ts';

export function newSaveId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Outside a secure context (never in production, which is HTTPS): a v4 UUID by hand.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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
  const { refresh } = useSession();
  const [saver] = useState(
    () =>
      new Autosaver(
        {
          save: (input, keepalive) => api.scans.saveAnswers(tenantId, scanId, input, { keepalive }),
          reload: async () => {
            const scan = await api.scans.read(tenantId, scanId);
            return {
              revision: scan.revision,
              answers: scan.answers,
              editable: scan.status === 'invited' || scan.status === 'started',
            };
          },
          check: (item, value) => {
            const place = index.items.get(item);
            if (!place) return 'unknown';
            const errors = validateAnswer(place.item, value).filter((e) => e.code !== 'required');
            return errors[0]?.message.nl ?? null;
          },
          onFrozen: () => onFrozen(),
          renewSession: async () => (await refresh()) !== null,
          uuid: newSaveId,
          now: () => new Date(),
        },
        initial,
      ),
  );
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saver.pageHidden();
    };
    const onPageHide = () => saver.pageUnloading();
    const onOnline = () => saver.online();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('online', onOnline);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('online', onOnline);
      saver.leave();
    };
  }, [saver]);

  // While changes cannot be saved (offline), closing the page asks first.
  const atRisk = snapshot.unsaved && (snapshot.state.kind === 'offline' || snapshot.state.kind === 'failed');
  useEffect(() => {
    if (!atRisk) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [atRisk]);

  const change = useCallback((item: string, value: Answer | undefined) => saver.change(item, value), [saver]);
  const flush = useCallback(() => saver.flush(), [saver]);
  return { snapshot, change, flush };
}
