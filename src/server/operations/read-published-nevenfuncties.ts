// The public register: an organisation's publication of a half year, by its short name, with the
// list of its publications (the history). Reads publications only — never the register itself —
// so nothing leaves but what was published. Not audited (public, like the zelfscan); rate-limited.
import { publicationRows } from '../../core/nevenfuncties/publication.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import { publicationList, publicationOf } from '../nevenfuncties/publications.ts';
import { csvOf } from '../research/spreadsheet.ts';
import { sentence } from '../texts.ts';

/** The feed's schema name: a consumer can tell a later, changed schema apart. */
export const feedSchema = 'weerbaar.nevenfuncties/1';

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

/** The same publication as CSV (RFC 4180, UTF-8, formula-safe cells), one row per nevenfunctie. */
export async function publishedNevenfunctiesCsv(
  deps: AppDeps,
  slug: string,
  period: string | undefined,
): Promise<{ bytes: Uint8Array; contentType: string; filename: string }> {
  const feed = await readPublishedNevenfuncties(deps, slug, period);
  const text = csvOf(publicationRows(feed));
  return {
    bytes: new TextEncoder().encode(text),
    contentType: 'text/csv; charset=utf-8',
    filename: `nevenfuncties-${feed.organisation.slug}-${feed.period}.csv`,
  };
}
