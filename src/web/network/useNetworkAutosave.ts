// The network autosave (network-autosave.ts) wired to the page: the API and the browser's events
// (hidden, closed, back online, leaving while offline) — the same wiring as the answers' hook.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { NetworkOp } from '../../core/network/edit.ts';
import type { Network, NetworkCatalogue } from '../../core/network/model.ts';
import { api } from '../api.ts';
import { newSaveId } from '../scan/useAutosave.ts';
import { useSession } from '../session.tsx';
import { NetworkAutosaver, type NetworkSnapshot } from './network-autosave.ts';

export interface UseNetworkAutosave {
  snapshot: NetworkSnapshot;
  apply: (...ops: NetworkOp[]) => void;
  flush: () => Promise<boolean>;
}

export function useNetworkAutosave(options: {
  tenantId: string;
  scanId: string;
  catalogue: NetworkCatalogue;
  initial: { revision: number; network: Network | null };
  onFrozen: () => void;
}): UseNetworkAutosave {
  const { tenantId, scanId, catalogue, initial, onFrozen } = options;
  const { refresh } = useSession();
  const [saver] = useState(
    () =>
      new NetworkAutosaver(
        {
          save: (input, keepalive) => api.scans.saveNetwork(tenantId, scanId, input, { keepalive }),
          reload: async () => {
            const scan = await api.scans.read(tenantId, scanId);
            return {
              revision: scan.revision,
              network: scan.network,
              editable: scan.status === 'invited' || scan.status === 'started',
            };
          },
          onFrozen: () => onFrozen(),
          renewSession: async () => (await refresh()) !== null,
          uuid: newSaveId,
          now: () => new Date(),
        },
        initial,
        catalogue,
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

  const atRisk = snapshot.unsaved && (snapshot.state.kind === 'offline' || snapshot.state.kind === 'failed');
  useEffect(() => {
    if (!atRisk) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [atRisk]);

  const apply = useCallback((...ops: NetworkOp[]) => saver.apply(...ops), [saver]);
  const flush = useCallback(() => saver.flush(), [saver]);
  return { snapshot, apply, flush };
}
