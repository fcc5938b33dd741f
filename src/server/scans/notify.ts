// Mail about the scan flow: who is told what. Queued in the caller's transaction, sent after
// commit. Notices carry the organisation and the procedure's name, never content or a candidate.
import type { AppDeps } from '../context.ts';
import type { Tx } from '../db/transaction.ts';
import type { MailTemplate } from '../mail/outbox.ts';
import { queueMail } from '../mail/outbox.ts';

export type Audience = 'candidate' | 'experts' | 'opdrachtgevers' | 'commissie';

export async function notify(
  tx: Tx,
  deps: AppDeps,
  input: {
    tenantId: string;
    procedureId: string;
    scanId: string;
    audience: Audience;
    template: MailTemplate;
  },
): Promise<void> {
  const procedure = await tx
    .selectFrom('procedures')
    .innerJoin('tenants', 'tenants.id', 'procedures.tenant_id')
    .select(['procedures.name', 'tenants.name as organisation'])
    .where('procedures.id', '=', input.procedureId)
    .where('procedures.tenant_id', '=', input.tenantId)
    .executeTakeFirstOrThrow();
  const recipients =
    input.audience === 'candidate'
      ? await tx
          .selectFrom('scans')
          .innerJoin('users', 'users.id', 'scans.candidate_user_id')
          .select(['users.email', 'users.preferred_language'])
          .where('scans.id', '=', input.scanId)
          .where('scans.tenant_id', '=', input.tenantId)
          .execute()
      : await tx
          .selectFrom('procedure_members')
          .innerJoin('memberships', 'memberships.id', 'procedure_members.membership_id')
          .innerJoin('users', 'users.id', 'memberships.user_id')
          .select(['users.email', 'users.preferred_language'])
          .where('procedure_members.procedure_id', '=', input.procedureId)
          .where('procedure_members.tenant_id', '=', input.tenantId)
          .where(
            'procedure_members.role',
            '=',
            input.audience === 'experts'
              ? 'expert'
              : input.audience === 'commissie'
                ? 'commissie'
                : 'opdrachtgever',
          )
          .where('memberships.status', '=', 'active')
          .execute();
  // Straight to the page the notice is about; after signing in the person lands there.
  const base = `/o/${input.tenantId}`;
  const where =
    input.audience === 'candidate'
      ? input.template === 'report-ready'
        ? `${base}/mijn-scans/${input.scanId}/rapport`
        : `${base}/mijn-scans/${input.scanId}`
      : input.audience === 'experts'
        ? `${base}/procedures/${input.procedureId}/scans/${input.scanId}/beoordeling`
        : input.audience === 'commissie'
          ? `${base}/kandidatenlijsten/${input.procedureId}`
          : `${base}/procedures/${input.procedureId}`;
  const link = new URL(where, deps.settings.publicUrl).toString();
  for (const r of recipients) {
    await queueMail(tx, deps.keys, {
      to: r.email,
      template: input.template,
      language: r.preferred_language,
      variables: { link, organisation: procedure.organisation, procedure: procedure.name },
    });
  }
}
