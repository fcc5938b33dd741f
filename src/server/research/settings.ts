// An organisation's research settings as the beheerder sees them: the disclosure threshold, the
// organisation type, and the research organisations it admits (by short name).
import type { OrganisationType } from '../../core/vocabulary.ts';
import type { Tx } from '../db/transaction.ts';
import { researchSettingsOf } from './pseudonyms.ts';

export interface ResearchSettingsView {
  threshold: number;
  organisationType: OrganisationType;
  admits: Array<{ slug: string; name: string }>;
}

export async function selectResearchSettings(tx: Tx, tenantId: string): Promise<ResearchSettingsView> {
  const settings = await researchSettingsOf(tx, tenantId);
  const admits = await tx
    .selectFrom('research_admissions')
    .innerJoin('tenants', 'tenants.id', 'research_admissions.research_tenant_id')
    .select(['tenants.slug', 'tenants.name'])
    .where('research_admissions.tenant_id', '=', tenantId)
    .orderBy('tenants.slug')
    .execute();
  return { threshold: settings.threshold, organisationType: settings.organisationType, admits };
}
