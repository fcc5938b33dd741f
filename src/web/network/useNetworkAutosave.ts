// The network autosave (network-autosave.ts) wired to the page: the API; the browser's events
// (hidden, closed, back online, leaving while offline) in the answers' helper, scan/useSaveQueue.ts.
import { useCallback } from 'react';
import type { NetworkOp } from '../../core/network/edit.ts';
import type { Network, NetworkCatalogue } from '../../core/network/model.ts';
import { call } from '../client.ts';
import { useSaveQueue } from '../scan/useSaveQueue.ts';
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
  const { saver, snapshot } = useSaveQueue(
    (page) =>
      new NetworkAutosaver(
        {
          ...page,
          save: (input, keepalive) =>
            call('scans.saveNetwork', { params: { tenantId, scanId }, body: input }, { keepalive }),
          reload: async () => {
            const scan = await call('scans.readOwn', { params: { tenantId, scanId } });
            return { revision: scan.revision, network: scan.network, editable: scan.may.includes('answer') };
          },
        },
        initial,
        catalogue,
      ),
    onFrozen,
  );

  const apply = useCallback((...ops: NetworkOp[]) => saver.apply(...ops), [saver]);
  const flush = useCallback(() => saver.flush(), [saver]);
  return { snapshot, apply, flush };
}
