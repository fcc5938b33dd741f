// The beheerder sets the disclosure threshold (never below 5), the organisation type, and which
// research organisations may count this organisation's consented scans in their tables.
import { checkDisclosureSettings, defaultDisclosureSettings } from '../../core/aggregate/index.ts';
import type { OrganisationType } from '../../core/vocabulary.ts';
import { recordAudit } from '../audit/record.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { invalidInput } from '../domain-error.ts';
import { researchSettingsOf } from '../research/pseudonyms.ts';
import { type ResearchSettingsView, selectResearchSettings } from '../research/settings.ts';
import { sentence } from '../texts.ts';

export async function updateResearchSettings(
  deps: AppDeps,
  actorUserId: string,
  tenantId: string,
  input: { threshold: number; organisationType: OrganisationType; admits: string[] },
): Promise<ResearchSettingsView> {
  const checked = checkDisclosureSettings({ ...defaultDisclosureSettings, threshold: input.threshold });
  if (!checked.ok || input.threshold > 1000)
    throw invalidInput('research-settings', sentence('errors', 'research-settings'), [
      { path: ['threshold'], message: sentence('errors', 'research-settings') },
    ]);
  return inTransaction(deps.database, { tenantId, userId: actorUserId }, async (tx) => {
    await researchSettingsOf(tx, tenantId);
    const slugs = [...new Set(input.admits)];
    const found =
      slugs.length === 0
        ? []
        : await tx.selectFrom('tenants').select(['id', 'slug']).where('slug', 'in', slugs).execute();
    // A name that is no organisation, or the organisation itself, is refused at its place.
    const wrong = slugs.findIndex((slug) => {
      const match = found.find((f) => f.slug === slug);
      return !match || match.id === tenantId;
    });
    if (wrong >= 0)
      throw invalidInput(
        'research-unknown-organisation',
        sentence('errors', 'research-unknown-organisation'),
        [{ path: ['admits', wrong], message: sentence('errors', 'research-unknown-organisation') }],
      );
    await tx
      .updateTable('research_settings')
      .set({ threshold: input.threshold, organisation_type: input.organisationType, updated_at: deps.now() })
      .where('tenant_id', '=', tenantId)
      .execute();
    await tx.deleteFrom('research_admissions').where('tenant_id', '=', tenantId).execute();
    if (found.length > 0)
      await tx
        .insertInto('research_admissions')
        .values(
          found.map((f) => ({
            tenant_id: tenantId,
            research_tenant_id: f.id,
            admitted_by: actorUserId,
            admitted_at: deps.now(),
          })),
        )
        .execute();
    await recordAudit(tx, {
      action: 'research.settings_changed',
      tenantId,
      actorUserId,
      subjectType: 'tenant',
      subjectId: tenantId,
      data: { threshold: input.threshold, organisationType: input.organisationType, admits: found.length },
    });
    return selectResearchSettings(tx, tenantId);
  });
}
