// The beheerder publishes the register for a half year: a snapshot of exactly the published
// fields, stored as the feed will serve it. It never changes afterwards (the app may only insert
// publications); publishing the same half year again is a correction with the next revision, and
// the earlier one stays in the history. A half year that has not started is refused.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { notAfter } from '../../core/nevenfuncties/period.ts';
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { previewOf } from '../nevenfuncties/publications.ts';
import { sentence } from '../texts.ts';

export async function publishNevenfuncties(deps: AppDeps, userId: string, tenantId: string, period: string) {
  const now = deps.now();
  if (!notAfter(period, now))
    throw conflict('nevenfuncties-period-future', sentence('errors', 'nevenfuncties-period-future'));
  return inTransaction(deps.database, { tenantId, userId }, async (tx) => {
    // One publisher at a time per organisation and half year, so two clicks get revisions 1 and 2.
    await sql`select pg_advisory_xact_lock(hashtext(${`nevenfuncties:${tenantId}:${period}`}))`.execute(tx);
    const last = await tx
      .selectFrom('nevenfunctie_publications')
      .select((eb) => eb.fn.max('revision').as('revision'))
      .where('tenant_id', '=', tenantId)
      .where('period', '=', period)
      .executeTakeFirst();
    const revision = (last?.revision ?? 0) + 1;
    const content = await previewOf(tx, tenantId, period);
    const id = randomUUID();
    await tx
      .insertInto('nevenfunctie_publications')
      .values({
        id,
        tenant_id: tenantId,
        period,
        revision,
        content: JSON.stringify(content),
        published_by: userId,
        published_at: now,
      })
      .execute();
    const count = content.officials.reduce((n, o) => n + o.nevenfuncties.length, 0);
    await recordAudit(tx, {
      action: 'nevenfuncties.published',
      tenantId,
      actorUserId: userId,
      subjectType: 'nevenfunctie_publication',
      subjectId: id,
      data: { period, revision, officials: content.officials.length, nevenfuncties: count },
    });
    return {
      period,
      revision,
      publishedAt: now.toISOString(),
      officials: content.officials.length,
      nevenfuncties: count,
    };
  });
}
