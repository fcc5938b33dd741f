// Fixed-window rate limits kept in the database, so every app process counts together.
// Bucket keys are hashed: the table never holds an address or e-mail in the clear.
//
// Two uses: the sign-in routes call `enforceRateLimit` with their own keys (address, e-mail,
// person); expensive routes name a `rateLimit` kind in their definition (routes as data) and the
// registrar counts each call per person — per network address for a public route — before the
// handler runs (`enforceRouteLimit`). The limits are settings (env.ts).
import { sql } from 'kysely';
import type { Language } from '../../core/vocabulary.ts';
import type { AppDeps } from '../context.ts';
import { sha256Hex } from '../crypto/tokens.ts';
import { inTransaction } from '../db/transaction.ts';
import { DomainError, rateLimited } from '../domain-error.ts';
import type { Settings } from '../env.ts';
import { t } from '../texts.ts';

export async function enforceRateLimit(
  deps: AppDeps,
  scope: string,
  keys: readonly string[],
  limit: number,
  windowSeconds = 15 * 60,
  refusal: (retryAfterSeconds: number) => DomainError = rateLimited,
): Promise<void> {
  const now = deps.now();
  const windowStart = new Date(now.getTime() - windowSeconds * 1000);
  for (const key of keys) {
    const bucket = `${scope}:${sha256Hex(key.toLowerCase())}`;
    const row = await inTransaction(deps.database, { tenantId: null, userId: null }, async (tx) => {
      // One statement: start a new window when the old one is over, otherwise count.
      const result = await sql<{ hits: number; window_start: Date }>`
        insert into rate_limits (bucket, window_start, hits) values (${bucket}, ${now}, 1)
        on conflict (bucket) do update set
          hits = case when rate_limits.window_start < ${windowStart} then 1 else rate_limits.hits + 1 end,
          window_start = case when rate_limits.window_start < ${windowStart} then ${now} else rate_limits.window_start end
        returning hits, window_start`.execute(tx);
      return result.rows[0];
    });
    if (row && row.hits > limit) {
      const retryAfter = Math.max(
        1,
        windowSeconds - (now.getTime() - new Date(row.window_start).getTime()) / 1000,
      );
      throw refusal(retryAfter);
    }
  }
}

/** The kinds of expensive request a route can be limited as; each has its own setting and count. */
export const routeLimits = {
  pdf: {
    setting: 'WEERBAAR_RATE_LIMIT_PDF',
    what: (language: Language) => t('errors', 'rate-limit-what.pdf', undefined, language),
  },
  export: {
    setting: 'WEERBAAR_RATE_LIMIT_EXPORT',
    what: (language: Language) => t('errors', 'rate-limit-what.export', undefined, language),
  },
  evaluate: {
    setting: 'WEERBAAR_RATE_LIMIT_EVALUATE',
    what: (language: Language) => t('errors', 'rate-limit-what.evaluate', undefined, language),
  },
  leidraad: {
    setting: 'WEERBAAR_RATE_LIMIT_LEIDRAAD',
    what: (language: Language) => t('errors', 'rate-limit-what.leidraad', undefined, language),
  },
  register: {
    setting: 'WEERBAAR_RATE_LIMIT_REGISTER',
    what: (language: Language) => t('errors', 'rate-limit-what.register', undefined, language),
  },
} as const satisfies Record<string, { setting: keyof Settings; what: (language: Language) => string }>;

export type RouteLimitKind = keyof typeof routeLimits;

/** The refusal of an expensive route: how many are allowed, and when to try again. */
function tooMany(kind: RouteLimitKind, limit: number, windowMinutes: number) {
  return (retryAfterSeconds: number) => {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    const { what } = routeLimits[kind];
    return new DomainError(
      'rate-limited',
      'rate-limited',
      {
        nl: t(
          'errors',
          'rate-limited-route',
          { what: what('nl'), limit, window: windowMinutes, count: minutes },
          'nl',
        ),
        en: t(
          'errors',
          'rate-limited-route',
          { what: what('en'), limit, window: windowMinutes, count: minutes },
          'en',
        ),
      },
      { retryAfterSeconds },
    );
  };
}

/**
 * Counts one call of a route limited as `kind`: per person when signed in, per network address
 * otherwise (the public zelfscan). Throws a rate-limited DomainError (429, Retry-After) past the limit.
 */
export async function enforceRouteLimit(
  deps: AppDeps,
  kind: RouteLimitKind,
  who: { userId: string } | null,
  clientAddress: string,
): Promise<void> {
  const limit = deps.settings[routeLimits[kind].setting];
  const windowMinutes = deps.settings.WEERBAAR_RATE_LIMIT_WINDOW_MINUTES;
  const key = who ? `user:${who.userId}` : `ip:${clientAddress}`;
  await enforceRateLimit(
    deps,
    `route-${kind}`,
    [key],
    limit,
    windowMinutes * 60,
    tooMany(kind, limit, windowMinutes),
  );
}
