// The publications of an organisation's nevenfuncties register: the list (its history) and one
// publication as it went out. A publication is stored as the feed serves it and never changes.
import type { PublicationContent } from '../../core/nevenfuncties/publication.ts';
import type { Tx } from '../db/transaction.ts';

export interface PublicationRef {
  period: string;
  revision: number;
  publishedAt: string;
}

export interface StoredPublication extends PublicationRef, PublicationContent {}

export async function publicationList(tx: Tx, tenantId: string): Promise<PublicationRef[]> {
  const rows = await tx
    .selectFrom('nevenfunctie_publications')
    .select(['period', 'revision', 'published_at'])
    .where('tenant_id', '=', tenantId)
    .orderBy('period', 'desc')
    .orderBy('revision', 'desc')
    .execute();
  return rows.map((r) => ({
    period: r.period,
    revision: r.revision,
    publishedAt: new Date(r.published_at).toISOString(),
  }));
}

/** The newest revision of `period`, or of the newest period when none is named. */
export async function publicationOf(
  tx: Tx,
  tenantId: string,
  period: string | undefined,
): Promise<StoredPublication | null> {
  let query = tx
    .selectFrom('nevenfunctie_publications')
    .select(['period', 'revision', 'published_at', 'content'])
    .where('tenant_id', '=', tenantId);
  if (period) query = query.where('period', '=', period);
  const row = await query.orderBy('period', 'desc').orderBy('revision', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  const content = row.content as PublicationContent;
  return {
    period: row.period,
    revision: row.revision,
    publishedAt: new Date(row.published_at).toISOString(),
    fields: content.fields,
    officials: content.officials,
  };
}
