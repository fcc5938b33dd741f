// The public register's publication of a half year as CSV: the same publication the JSON feed
// serves (read-published-nevenfuncties.ts), one row per nevenfunctie.
import { publicationRows } from '../../core/nevenfuncties/publication.ts';
import type { AppDeps } from '../context.ts';
import { csvOf } from '../research/spreadsheet.ts';
import { readPublishedNevenfuncties } from './read-published-nevenfuncties.ts';

/** The same publication as CSV (RFC 4180, UTF-8, formula-safe cells), one row per nevenfunctie. */
export async function readPublishedNevenfunctiesCsv(
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
