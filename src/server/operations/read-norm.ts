// The organisation's norm of the term: the session (steps, prompts, referral texts), the working
// draft (or the first one: the agressieprotocol's starting texts) and the agreed versions. Every
// member reads it; the beheerder and the opdrachtgever edit and agree it.

import { firstNormDraft } from '../../core/norm/load.ts';
import type { NormContent, NormSession } from '../../core/norm/schema.ts';
import { municipalGuides } from '../afwegingskader/registry.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { type NormVersionSummary, normVersions } from '../norm/versions.ts';
import { decideInOrganisation } from '../policies/organisation.ts';

export interface NormView {
  session: NormSession;
  draft: { content: NormContent; revision: number; updatedAt: string | null; updatedBy: string | null };
  versions: NormVersionSummary[];
  mayEdit: boolean;
}

export async function readNorm(deps: AppDeps, session: SessionInfo, tenantId: string): Promise<NormView> {
  const normSession = municipalGuides().norm;
  return inTransaction(deps.database, { tenantId, userId: session.userId }, async (tx) => {
    const draft = await tx
      .selectFrom('norm_drafts')
      .innerJoin('users', 'users.id', 'norm_drafts.updated_by')
      .select(['norm_drafts.content', 'norm_drafts.revision', 'norm_drafts.updated_at', 'users.display_name'])
      .where('norm_drafts.tenant_id', '=', tenantId)
      .executeTakeFirst();
    return {
      session: normSession,
      draft: draft
        ? {
            content: draft.content,
            revision: draft.revision,
            updatedAt: draft.updated_at.toISOString(),
            updatedBy: draft.display_name,
          }
        : {
            content: firstNormDraft(normSession, session.language),
            revision: 0,
            updatedAt: null,
            updatedBy: null,
          },
      versions: await normVersions(tx, tenantId),
      mayEdit: decideInOrganisation(session.memberships, tenantId, 'norm.edit') === 'allow',
    };
  });
}
