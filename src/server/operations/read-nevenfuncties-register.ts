// The beheerder's publication page: what a publication of a half year would hold now (only the
// published fields — hours and approval are not read), and the publications made so far.
import { periodOf } from '../../core/nevenfuncties/period.ts';
import type { PublicationContent } from '../../core/nevenfuncties/publication.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { type PublicationRef, previewOf, publicationList } from '../nevenfuncties/publications.ts';

export interface NevenfunctiesRegisterView {
  slug: string;
  /** The half year the preview is for (this half year unless asked). */
  period: string;
  current: string;
  preview: PublicationContent;
  publications: PublicationRef[];
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
