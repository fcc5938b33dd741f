// The one way a page loads its data: `useResource(load, deps)` gives loading, error or ready,
// with the data, the error as thrown, and `reload`. Each load gets an AbortSignal; a newer load
// (or leaving the page) aborts the older one, and a reply that arrives late is ignored, so a slow
// answer for an earlier id never overwrites the page.
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export type ResourceState<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'error'; data: undefined; error: unknown }
  | { status: 'ready'; data: T; error: undefined };

export interface ReloadOptions {
  /** Keep showing the current data while loading again (after a change made on the page). */
  quiet?: boolean;
}

export type Resource<T> = ResourceState<T> & {
  /** Counts completed loads: a key that changes each time the data was read again. */
  version: number;
  reload: (options?: ReloadOptions) => Promise<void>;
  /** Changes the loaded data in place (after a change the server confirmed). */
  update: (change: (data: T) => T) => void;
};

const LOADING = { status: 'loading', data: undefined, error: undefined } as const;

export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Resource<T> {
  const [state, setState] = useState<ResourceState<T>>(LOADING);
  const latest = useRef(load);
  latest.current = load;
  const current = useRef<AbortController | null>(null);
  const [version, setVersion] = useState(0);

  const reload = useCallback(async (options: ReloadOptions = {}) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    if (!options.quiet) setState(LOADING);
    try {
      const data = await latest.current(controller.signal);
      if (current.current !== controller) return;
      setState({ status: 'ready', data, error: undefined });
      setVersion((count) => count + 1);
    } catch (error) {
      if (current.current !== controller) return;
      setState({ status: 'error', data: undefined, error });
    }
  }, []);

  const start = () => {
    void reload();
    return () => {
      current.current?.abort();
      current.current = null;
    };
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to load again
  useEffect(start, deps);

  const update = useCallback((change: (data: T) => T) => {
    setState((now) => (now.status === 'ready' ? { ...now, data: change(now.data) } : now));
  }, []);

  return { ...state, version, reload, update };
}

/**
 * For a page whose loader answers with a state of its own ("not released", "not submitted"):
 * loading and error come from the resource, everything else from the data.
 */
export function pageState<S>(resource: Resource<S>): S | { status: 'loading' } | { status: 'error' } {
  if (resource.status === 'ready') return resource.data;
  return { status: resource.status };
}
