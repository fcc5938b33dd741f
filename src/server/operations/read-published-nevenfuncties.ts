// The public register: an organisation's publication of a half year, by its short name, with the
// list of its publications (the history). Reads publications only — never the register itself —
// so nothing leaves but what was published. Not audited (public, like the zelfscan); rate-limited.
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import { feedSchema, publicationList, publicationOf } from '../nevenfuncties/publications.ts';
import { sentence } from '../texts.ts';

const missing = () => notFound(sentence('errors', 'not-found.nevenfuncties-publication'));

export async function readPublishedNevenfuncties(deps: AppDeps, slug: string, period: string | undefined) {
  const tenant = await inTransaction(deps.database, { tenantId: null, userId: null }, (tx) =>
    tx.selectFrom('tenants').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst(),
  );
  if (!tenant) throw missing();
  return inTransaction(deps.database, { tenantId: tenant.id, userId: null }, async (tx) => {
    const publication = await publicationOf(tx, tenant.id, period);
    if (!publication) throw missing();
    return {
      schema: feedSchema,
      organisation: { slug: tenant.slug, name: tenant.name },
      ...publication,
      publications: await publicationList(tx, tenant.id),
    };
  });
}
