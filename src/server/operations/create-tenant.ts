// An operator creates an organisation (tenant) with the CLI. Platform work: there is no actor
// in the organisation yet.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { sentence } from '../texts.ts';

export async function createTenant(
  deps: AppDeps,
  input: { slug: string; name: string },
): Promise<{ id: string }> {
  const id = randomUUID();
  return inTransaction(deps.database, { tenantId: id, userId: null }, async (tx) => {
    const clash = await tx
      .selectFrom('tenants')
      .select('id')
      .where('slug', '=', input.slug)
      .executeTakeFirst();
    if (clash) throw conflict('slug-taken', sentence('errors', 'slug-taken', { slug: input.slug }));
    await tx
      .insertInto('tenants')
      .values({ id, slug: input.slug, name: input.name, created_at: deps.now() })
      .execute();
    await recordAudit(tx, {
      action: 'tenant.created',
      tenantId: id,
      actorUserId: null,
      subjectType: 'tenant',
      subjectId: id,
      data: { slug: input.slug },
    });
    return { id };
  });
}
