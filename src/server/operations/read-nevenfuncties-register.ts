// The beheerder's publication page: what a publication of a half year would hold now (only the
// published fields — hours and approval are not read), and the publications made so far.
import { periodBounds, periodOf } from '../../core/nevenfuncties/period.ts';
import { buildPublication, type PublicationContent } from '../../core/nevenfuncties/publication.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { type PublicationRef, publicationList } from '../nevenfuncties/publications.ts';
import { registerNow } from '../nevenfuncties/register.ts';
import { registerContent } from '../nevenfuncties/registry.ts';

export interface NevenfunctiesRegisterView {
  slug: string;
  /** The half year the preview is for (this half year unless asked). */
  period: string;
  current: string;
  preview: PublicationContent;
  publications: PublicationRef[];
}

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

export async function readNevenfunctiesRegister(
  deps: AppDeps,
  userId: string,
  tenantId: string,
  period: string | undefined,
): Promise<NevenfunctiesRegisterView> {
  const current = periodOf(deps.now());
  const asked = period ?? current;
  return inTransaction(deps.database, { tenantId, userId }, async (tx) => {
    const tenant = await tx
      .selectFrom('tenants')
      .select('slug')
      .where('id', '=', tenantId)
      .executeTakeFirstOrThrow();
    return {
      slug: tenant.slug,
      period: asked,
      current,
      preview: await previewOf(tx, tenantId, asked),
      publications: await publicationList(tx, tenantId),
    };
  });
}
