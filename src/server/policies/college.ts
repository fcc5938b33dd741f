// Who may do what with one college (the college view, issue 12). Under the organisation rules
// (`colleges.*` in organisation.ts): a college is visible to its members (by their own user id) and
// to the one opdrachtgever the college names; to anyone else it is "not found", never a hint that it
// exists. Deny by default: `collegeRules` lists every action, each a refusal or null.
//
// The stacked view is shown only when every member's newest consent is yes: until then a reader
// learns how many of how many agreed, never who did not.

import type { Selectable } from 'kysely';
import type { SessionInfo } from '../auth/session.ts';
import type { CollegesTable } from '../db/schema.ts';
import type { Tx } from '../db/transaction.ts';
import { conflict, notFound } from '../domain-error.ts';
import { sentence } from '../texts.ts';
import { actionsOf, type Rules } from './may.ts';

/** A person's part in a college: one of its members, or the opdrachtgever the college names. */
export type CollegePart = 'member' | 'viewer';

export interface LoadedCollege {
  college: Selectable<CollegesTable>;
  parts: CollegePart[];
  /** The reader's own member row, when they are a member. */
  memberId: string | null;
}

/** The person's active opdrachtgever memberships in this organisation. */
function viewerMembershipIds(session: SessionInfo, tenantId: string): string[] {
  return session.memberships
    .filter((m) => m.tenantId === tenantId && m.status === 'active' && m.role === 'opdrachtgever')
    .map((m) => m.id);
}

/** Whether the person is an active kandidaat here (the role a member reads their college with). */
function isCandidateHere(session: SessionInfo, tenantId: string): boolean {
  return session.memberships.some(
    (m) => m.tenantId === tenantId && m.status === 'active' && m.role === 'kandidaat',
  );
}

/** The college by id AND tenant AND the reader's part in it; otherwise not found. */
export async function loadCollegeFor(
  tx: Tx,
  session: SessionInfo,
  tenantId: string,
  collegeId: string,
  parts: readonly CollegePart[],
): Promise<LoadedCollege> {
  const college = await tx
    .selectFrom('colleges')
    .selectAll()
    .where('id', '=', collegeId)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (!college) throw notFound();
  const held: CollegePart[] = [];
  let memberId: string | null = null;
  if (parts.includes('member') && isCandidateHere(session, tenantId)) {
    const row = await tx
      .selectFrom('college_members')
      .select('id')
      .where('college_id', '=', college.id)
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', session.userId)
      .executeTakeFirst();
    if (row) {
      held.push('member');
      memberId = row.id;
    }
  }
  if (
    parts.includes('viewer') &&
    viewerMembershipIds(session, tenantId).includes(college.viewer_membership_id)
  )
    held.push('viewer');
  if (held.length === 0) throw notFound();
  return { college, parts: held, memberId };
}

export interface CollegeSubject {
  parts: readonly CollegePart[];
  members: number;
  agreed: number;
  /** Every member's scan still holds its network map (none withdrawn or deleted since). */
  mapsAvailable: boolean;
}

export const collegeRules = {
  /** Agree or decline: a member only, for themselves. */
  consent: (s) => (s.parts.includes('member') ? null : notFound()),
  /** The stacked view: members and the chosen opdrachtgever, once everyone agreed and every map is there. */
  stack: (s) =>
    s.parts.length === 0
      ? notFound()
      : s.agreed < s.members
        ? conflict('college-waiting', sentence('errors', 'college-waiting'))
        : !s.mapsAvailable
          ? conflict('college-unavailable', sentence('errors', 'college-unavailable'))
          : null,
} as const satisfies Rules<string, CollegeSubject>;

export type CollegeAction = keyof typeof collegeRules;
export const collegeActions = actionsOf<CollegeAction>(collegeRules);
