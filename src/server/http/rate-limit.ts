// Fixed-window rate limits kept in the database, so every app process counts together.
// Bucket keys are hashed: the table never holds an address or e-mail in the clear.
import { sql } from 'kysely';
import type { AppDeps } from '../context.ts';
import { sha256Hex } from '../crypto/tokens.ts';
import { inTransaction } from '../db/transaction.ts';
import { rateLimited } from '../domain-error.ts';

export async function enforceRateLimit(
  deps: AppDeps,
  scope: string,
  keys: readonly string[],
  limit: number,
  windowSeconds = 15 * 60,
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
      throw rateLimited(retryAfter);
    }
  }
}
