// The publications of an organisation's nevenfuncties register: the list (its history) and one
// publication as it went out. A publication is stored as the feed serves it and never changes.
import { periodBounds } from '../../core/nevenfuncties/period.ts';
import { buildPublication, type PublicationContent } from '../../core/nevenfuncties/publication.ts';
import type { Tx } from '../db/transaction.ts';
import { registerNow } from './register.ts';
import { registerContent } from './registry.ts';

/** The feed's schema name: a consumer can tell a later, changed schema apart. */
export const feedSchema = 'weerbaar.nevenfuncties/1';

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

/** What a publication of `period` would hold now: only the fields the content file lists. */
export async function previewOf(tx: Tx, tenantId: string, period: string): Promise<PublicationContent> {
  const bounds = periodBounds(period);
  if (!bounds) throw new Error(`not a period: ${period}`);
  const { holders, rows } = await registerNow(tx, tenantId);
  return buildPublication(
    bounds,
    registerContent().published.fields.map((f) => f.field),
    holders,
    rows,
  );
}
