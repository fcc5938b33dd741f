// A short-lived, bounded cache of unwrapped scan data keys in front of the key store, so an
// autosave does not read and unwrap the scan's key file (or ask the key database) every time.
//
// The rule (ARCHITECTURE.md "Keys"): an entry lives at most `ttlMs` (WEERBAAR_SCAN_KEY_CACHE_SECONDS,
// default 30 s, at most 60 s; 0 turns the cache off) and the cache holds at most `max` keys, the
// least recently used going first. Destroying a key through this process drops it here before the
// store destroys it, and a read that was under way while a key was destroyed is not cached. Another
// process (WEERBAAR_WORKERS, a second host) may keep a destroyed key for at most `ttlMs`: the scan's
// rows are deleted in the same removal, so that key opens nothing that still exists and no save can
// write under it (the save finds no row); a restore, which could bring old rows back, runs with the
// app stopped, and so with every cache empty. Failures are never cached: a store that cannot be read
// answers as before for every key not in the cache.
import type { ScanKeyStore } from './scan-keys.ts';

export interface ScanKeyCacheOptions {
  ttlMs: number;
  max: number;
  now?: () => number;
}

export function cachedScanKeyStore(store: ScanKeyStore, options: ScanKeyCacheOptions): ScanKeyStore {
  if (options.ttlMs <= 0 || options.max <= 0) return store;
  const now = options.now ?? (() => performance.now());
  const entries = new Map<string, { key: Buffer; until: number }>();
  // Raised by every destroy: a read that started before it does not fill the cache.
  let destroys = 0;
  const id = (tenantId: string, scanId: string) => `${tenantId}/${scanId}`;
  return {
    create: (tenantId, scanId) => store.create(tenantId, scanId),
    async get(tenantId, scanId) {
      const name = id(tenantId, scanId);
      const entry = entries.get(name);
      if (entry) {
        entries.delete(name);
        if (entry.until > now()) {
          entries.set(name, entry);
          return entry.key;
        }
      }
      const seenDestroys = destroys;
      const key = await store.get(tenantId, scanId);
      if (seenDestroys === destroys) {
        entries.set(name, { key, until: now() + options.ttlMs });
        if (entries.size > options.max) entries.delete(entries.keys().next().value as string);
      }
      return key;
    },
    async destroy(tenantId, scanId) {
      destroys += 1;
      entries.delete(id(tenantId, scanId));
      await store.destroy(tenantId, scanId);
    },
    ...(store.close
      ? {
          close: async () => {
            entries.clear();
            await store.close?.();
          },
        }
      : {}),
  };
}
