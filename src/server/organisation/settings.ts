// An organisation's settings as the beheerder reads and changes them.
import type { Tx } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';

export interface OrganisationSettings {
  name: string;
  slug: string;
  candidateSecondFactorRequired: boolean;
}

export async function selectOrganisationSettings(tx: Tx, tenantId: string): Promise<OrganisationSettings> {
  const row = await tx
    .selectFrom('tenants')
    .select(['name', 'slug', 'candidate_second_factor_required'])
    .where('id', '=', tenantId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return {
    name: row.name,
    slug: row.slug,
    candidateSecondFactorRequired: row.candidate_second_factor_required,
  };
}
