// Organisation routes for the beheerder: members, invitations, settings.
import { z } from 'zod';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../domain-error.ts';
import { defineRoute } from '../http/route.ts';
import { inviteMember } from '../operations/invite-member.ts';
import { listMembers } from '../operations/list-members.ts';
import { readOrganisationSettings } from '../operations/read-organisation-settings.ts';
import { resendInvitation } from '../operations/resend-invitation.ts';
import { updateMember } from '../operations/update-member.ts';
import { updateOrganisationSettings } from '../operations/update-organisation-settings.ts';
import { selectMembers } from '../organisation/members.ts';
import { inputMessage } from '../texts.ts';
import { email, language, member, memberSchema, role, sentSchema, tenantParams } from './schemas.ts';

const tag = 'organisatie';

const memberParams = tenantParams.extend({
  membershipId: z.uuid({ error: inputMessage('unknown-member') }),
});

const settingsSchema = z.object({
  name: z.string(),
  slug: z.string(),
  candidateSecondFactorRequired: z.boolean(),
});

export const listMembersRoute = defineRoute({
  id: 'organisation.listMembers',
  method: 'get',
  path: '/api/organisations/{tenantId}/members',
  summary: 'People in the organisation and their roles',
  tag,
  ...member('members.list', tenantParams),
  responses: { 200: z.object({ members: z.array(memberSchema) }) },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: { members: await listMembers(deps, requireSession().userId, params.tenantId) },
  }),
});

export const inviteMemberRoute = defineRoute({
  id: 'organisation.inviteMember',
  method: 'post',
  path: '/api/organisations/{tenantId}/invitations',
  summary: 'Invite a person with a role; they receive a one-time link by mail',
  tag,
  ...member('members.invite', tenantParams),
  body: z.strictObject({
    email,
    displayName: z.string().trim().min(1, inputMessage('name')).max(200, inputMessage('too-long')),
    role,
    language: language.optional(),
  }),
  responses: { 201: z.object({ member: memberSchema }) },
  handler: async ({ deps, params, body, requireSession }) => {
    const actor = requireSession().userId;
    const invited = await inviteMember(deps, actor, { tenantId: params.tenantId, ...body });
    const [member] = await inTransaction(deps.database, { tenantId: params.tenantId, userId: actor }, (tx) =>
      selectMembers(tx, params.tenantId, invited.membershipId),
    );
    if (!member) throw notFound();
    return { status: 201, body: { member } };
  },
});

export const updateMemberRoute = defineRoute({
  id: 'organisation.updateMember',
  method: 'patch',
  path: '/api/organisations/{tenantId}/members/{membershipId}',
  summary: "Change a member's role, or disable / enable the membership",
  tag,
  ...member('members.update', memberParams),
  body: z
    .strictObject({ role: role.optional(), status: z.enum(['active', 'disabled']).optional() })
    .refine((b) => b.role !== undefined || b.status !== undefined, inputMessage('role-or-status')),
  responses: { 200: z.object({ member: memberSchema }) },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: { member: await updateMember(deps, requireSession().userId, { ...params, ...body }) },
  }),
});

export const resendInvitationRoute = defineRoute({
  id: 'organisation.resendInvitation',
  method: 'post',
  path: '/api/organisations/{tenantId}/members/{membershipId}/invitation',
  summary: 'Send the invitation again with a fresh link',
  tag,
  ...member('members.invite', memberParams),
  responses: { 202: sentSchema },
  handler: async ({ deps, params, requireSession }) => {
    await resendInvitation(deps, requireSession().userId, params);
    return { status: 202, body: { sent: true } };
  },
});

export const readSettingsRoute = defineRoute({
  id: 'organisation.readSettings',
  method: 'get',
  path: '/api/organisations/{tenantId}/settings',
  summary: "The organisation's settings",
  tag,
  ...member('settings.read', tenantParams),
  responses: { 200: settingsSchema },
  handler: async ({ deps, params, requireSession }) => ({
    status: 200,
    body: await readOrganisationSettings(deps, requireSession().userId, params.tenantId),
  }),
});

export const updateSettingsRoute = defineRoute({
  id: 'organisation.updateSettings',
  method: 'patch',
  path: '/api/organisations/{tenantId}/settings',
  summary: "Change the organisation's settings",
  tag,
  ...member('settings.update', tenantParams),
  body: z.strictObject({ candidateSecondFactorRequired: z.boolean().optional() }),
  responses: { 200: settingsSchema },
  handler: async ({ deps, params, body, requireSession }) => ({
    status: 200,
    body: await updateOrganisationSettings(deps, requireSession().userId, params.tenantId, body),
  }),
});

export const organisationRoutes = [
  listMembersRoute,
  inviteMemberRoute,
  updateMemberRoute,
  resendInvitationRoute,
  readSettingsRoute,
  updateSettingsRoute,
] as const;
