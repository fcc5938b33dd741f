// Pseudonyms of the scans a released table counted: HMAC-SHA-256 of tenant and scan id under the
// releasing organisation's own random key (research_settings.pseudonym_key). Only these are kept
// with a release, so the record of what was published names no scan; the key stays in the same
// database, so it hides scan ids from a reader of the release rows, not from one of the database.
import { createHmac, randomBytes } from 'node:crypto';
import type { OrganisationType } from '../../core/vocabulary.ts';
import type { Tx } from '../db/transaction.ts';

export function pseudonym(key: Uint8Array, tenantId: string, scanId: string): string {
  return createHmac('sha256', key).update(`${tenantId}:${scanId}`).digest('base64url').slice(0, 22);
}

export interface ResearchSettingsRow {
  threshold: number;
  organisationType: OrganisationType;
  pseudonymKey: Uint8Array;
}

/** The organisation's research settings, made with the defaults on first use. */
export async function researchSettingsOf(tx: Tx, tenantId: string): Promise<ResearchSettingsRow> {
  const found = await tx
    .selectFrom('research_settings')
    .select(['threshold', 'organisation_type', 'pseudonym_key'])
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (found)
    return {
      threshold: found.threshold,
      organisationType: found.organisation_type,
      pseudonymKey: found.pseudonym_key,
    };
  await tx
    .insertInto('research_settings')
    .values({ tenant_id: tenantId, pseudonym_key: randomBytes(32), updated_at: new Date() })
    .onConflict((oc) => oc.column('tenant_id').doNothing())
    .execute();
  return researchSettingsOf(tx, tenantId);
}
