// The audit vocabulary. Events hold ids and action names, never personal content: `data` only
// takes short identifier-like values (ids, role names, counts), which an e-mail address or a
// name cannot pass, so personal data cannot slip into the log by accident.
import { z } from 'zod';

export const auditActions = [
  'tenant.created',
  'organisation.settings_changed',
  'membership.invited',
  'membership.activated',
  'membership.role_changed',
  'membership.status_changed',
  'sign_in_link.requested',
  'sign_in_link.redeemed',
  'session.started',
  'session.second_factor_verified',
  'session.ended',
  'session.ended_everywhere',
  'totp.enrolled',
  'passkey.registered',
  'recovery_codes.generated',
  'recovery_code.used',
  'demo.created',
  'procedure.opened',
  'procedure.closed',
  'scan.invited',
  'scan.started',
  'scan.saved',
  'scan.network_saved',
  'scan.submitted',
  'scan.withdrawn',
  'scan.deleted',
  'scan.review_started',
  'scan.reopened',
  'scan.notes_saved',
  'scan.judged',
  'scan.finalised',
  'release.created',
  'release.revoked',
  'scan.agenda_saved',
  'scan.earlier_consent_changed',
  // Operator actions (src/server/maintenance): no tenant, no subject.
  'database.restored',
  'keys.rotated',
  // The college view: made, a member's consent given or revoked, the stacked view read.
  'college.created',
  'college.consent_changed',
  'college.view_read',
  // The antecedentenonderzoek (issue 13): ids, versions and counts only.
  'screening.declaration_signed',
  'screening.declaration_revoked',
  'screening.check_run',
  'screening.hit_decided',
  'screening.source_recorded',
  'screening.list_imported',
  // An organisation's own vuistregels (data: the set id and the number of rules).
  'vuistregels.adjusted',
  'vuistregels.reset',
  // Research tables (issue 12): ids and counts only.
  'research.consent_changed',
  'research.settings_changed',
  'research.table_asked',
  'research.table_released',
  'research.table_refused',
  'research.table_exported',
  'nevenfuncties.office_set',
  'nevenfunctie.added',
  'nevenfunctie.changed',
  'nevenfuncties.taken_over',
  'nevenfuncties.published',
] as const;

export type AuditAction = (typeof auditActions)[number];

const identifierLike = z
  .string()
  .max(80)
  .regex(/^[A-Za-z0-9_.:-]*$/, 'audit data holds identifiers only');

export const auditEventInput = z.strictObject({
  action: z.enum(auditActions),
  tenantId: z.uuid().nullable(),
  actorUserId: z.uuid().nullable(),
  subjectType: z
    .enum([
      'tenant',
      'user',
      'membership',
      'session',
      'sign_in_link',
      'passkey',
      'procedure',
      'scan',
      'release',
      'college',
      'screening_list',
      'research_release',
      'nevenfunctie',
      'nevenfunctie_publication',
    ])
    .nullable(),
  subjectId: identifierLike.nullable(),
  data: z.record(
    z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/),
    z.union([identifierLike, z.number(), z.boolean()]),
  ),
});

export type AuditEventInput = z.input<typeof auditEventInput>;
