// An opdrachtgever invites a candidate into an open procedure. The candidate gets (or reuses) a
// kandidaat membership and a scan of their own, whose data key is made now in the key store.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record.ts';
import { createLink } from '../auth/links.ts';
import type { SessionInfo } from '../auth/session.ts';
import type { AppDeps } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { conflict } from '../domain-error.ts';
import { queueMail } from '../mail/outbox.ts';
import { inviteMemberInTransaction } from '../organisation/membership-invitation.ts';
import { assertMay } from '../policies/may.ts';
import { loadProcedureFor, procedureRules } from '../policies/procedure.ts';
import { earlierScanFor } from '../scans/follow-up.ts';
import { sentence } from '../texts.ts';

export async function inviteCandidate(
  deps: AppDeps,
  session: SessionInfo,
  input: {
    tenantId: string;
    procedureId: string;
    email: string;
    displayName: string;
    language?: 'nl' | 'en';
    /** Invited by an election list's kandidatencommissie (routes/committee.ts), not its opdrachtgever. */
    by?: 'opdrachtgever' | 'commissie';
  },
): Promise<{ scanId: string; invitationUrl: string }> {
  const scanId = randomUUID();
  // The key first: if the transaction fails, an unused key file is harmless; a scan row without
  // a key would not be.
  await deps.scanKeys.create(input.tenantId, scanId);
  const result = await inTransaction(
    deps.database,
    { tenantId: input.tenantId, userId: session.userId },
    async (tx) => {
      const procedure = await loadProcedureFor(tx, session, input.tenantId, input.procedureId, [
        input.by ?? 'opdrachtgever',
      ]);
      assertMay(procedureRules, procedure, 'invite');
      const email = input.email.trim().toLowerCase();
      const user = await tx
        .selectFrom('users')
        .select(['id', 'preferred_language'])
        .where('email', '=', email)
        .executeTakeFirst();
      const membership = user
        ? await tx
            .selectFrom('memberships')
            .select(['id', 'status'])
            .where('tenant_id', '=', input.tenantId)
            .where('user_id', '=', user.id)
            .where('role', '=', 'kandidaat')
            .executeTakeFirst()
        : undefined;
      let userId: string;
      let membershipId: string;
      let invitationUrl: string;
      if (user && membership) {
        if (membership.status === 'disabled') {
          throw conflict('member-disabled', sentence('errors', 'member-disabled'));
        }
        const already = await tx
          .selectFrom('scans')
          .select('id')
          .where('procedure_id', '=', input.procedureId)
          .where('candidate_user_id', '=', user.id)
          .executeTakeFirst();
        if (already) {
          throw conflict('already-candidate', sentence('errors', 'already-candidate'), [
            { path: ['email'], message: sentence('errors', 'fields.already-invited') },
          ]);
        }
        userId = user.id;
        membershipId = membership.id;
        const link =
          membership.status === 'invited'
            ? await createLink(tx, deps, { userId, purpose: 'invitation', membershipId })
            : await createLink(tx, deps, { userId, purpose: 'sign-in' });
        invitationUrl = link.url;
        const tenant = await tx
          .selectFrom('tenants')
          .select('name')
          .where('id', '=', input.tenantId)
          .executeTakeFirstOrThrow();
        await queueMail(tx, deps.keys, {
          to: email,
          template: 'invitation',
          language: input.language ?? user.preferred_language,
          variables: {
            link: link.url,
            organisation: tenant.name,
            role: 'kandidaat',
            days: String(deps.settings.WEERBAAR_INVITATION_DAYS),
          },
        });
      } else {
        const invited = await inviteMemberInTransaction(tx, deps, session.userId, {
          tenantId: input.tenantId,
          email,
          displayName: input.displayName,
          role: 'kandidaat',
          ...(input.language ? { language: input.language } : {}),
        });
        userId = invited.userId;
        membershipId = invited.membershipId;
        invitationUrl = invited.invitationUrl;
      }
      const now = deps.now();
      await tx
        .insertInto('scans')
        .values({
          id: scanId,
          tenant_id: input.tenantId,
          procedure_id: input.procedureId,
          candidate_user_id: userId,
          candidate_membership_id: membershipId,
          status: 'invited',
          last_save_id: null,
          answers_sealed: null,
          network_sealed: null,
          evaluation_sealed: null,
          report_sealed: null,
          notes_sealed: null,
          created_at: now,
          updated_at: now,
          earlier_scan_id: await earlierScanFor(tx, procedure, userId),
        })
        .execute();
      await recordAudit(tx, {
        action: 'scan.invited',
        tenantId: input.tenantId,
        actorUserId: session.userId,
        subjectType: 'scan',
        subjectId: scanId,
        data: { procedureId: input.procedureId },
      });
      return { scanId, invitationUrl };
    },
  ).catch(async (error) => {
    await deps.scanKeys.destroy(input.tenantId, scanId);
    throw error;
  });
  await deps.mailer.deliverPending();
  return result;
}
