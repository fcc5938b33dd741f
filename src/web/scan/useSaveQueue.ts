// A save queue (save-queue.ts) wired to the page, for both autosaves (useAutosave.ts and
// network/useNetworkAutosave.ts): one saver for the page's lifetime, its snapshot as React state,
// the browser's events (hidden, closed, back online, leaving the page within the app) and the
// warning when closing the page while changes cannot be saved.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useSession } from '../session.tsx';
import type { SaveQueueDeps, SaveQueueSnapshot } from './save-queue.ts';

export function newSaveId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Outside a secure context (never in production, which is HTTPS): a v4 UUID by hand.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What the page gives every saver: the session, the saveIds and the clock. */
export type PageDeps = Pick<SaveQueueDeps<unknown, unknown>, 'onFrozen' | 'renewSession' | 'uuid' | 'now'>;

interface PageSaver<TSnapshot> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): TSnapshot;
  pageHidden(): void;
  pageUnloading(): void;
  online(): void;
  leave(): void;
}

/** `create` runs once; `onFrozen` is the one given at the first render. */
export function useSaveQueue<TSaver extends PageSaver<SaveQueueSnapshot>>(
  create: (page: PageDeps) => TSaver,
  onFrozen: () => void,
): { saver: TSaver; snapshot: ReturnType<TSaver['getSnapshot']> } {
  const { refresh } = useSession();
  const [saver] = useState(() =>
    create({
      onFrozen: () => onFrozen(),
      renewSession: async () => (await refresh()) !== null,
      uuid: newSaveId,
      now: () => new Date(),
    }),
  );
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot) as ReturnType<
    TSaver['getSnapshot']
  >;

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

  return { saver, snapshot };
}
