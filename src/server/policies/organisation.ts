// Who may do what inside an organisation. Deny by default: an action not listed here is allowed
// to nobody, and a role not listed for an action is refused. Content of scans is never granted
// to beheerder (issue: "users and settings; never sees scan content").

import { type OrganisationAction, organisationActions, type Role } from '../../core/vocabulary.ts';
import type { ActiveMembership } from '../auth/session.ts';

export const organisationRules = {
  'organisation.read': ['beheerder', 'opdrachtgever', 'expert', 'kandidaat', 'onderzoeker', 'commissie'],
  'settings.read': ['beheerder'],
  'settings.update': ['beheerder'],
  // The instruments on offer: the beheerder's catalogue, and the opdrachtgever's choice when
  // opening a procedure. Reading a whole definition and trying it out is the beheerder's preview;
  // a candidate and an expert get the one version their scan or procedure pinned, through the
  // scan's and the procedure's own routes (scans.own, procedures.read). The zelfscan is public.
  'instruments.list': ['beheerder', 'opdrachtgever'],
  'instruments.preview': ['beheerder'],
  'members.list': ['beheerder'],
  'members.invite': ['beheerder'],
  'members.update': ['beheerder'],
  // Procedures: the role opens the door; the procedure's own member list decides which ones
  // (policies/procedure.ts). Beheerder never: managing people is not seeing candidates.
  'procedures.open': ['opdrachtgever'],
  // To assign experts to a procedure, the opdrachtgever sees the organisation's experts (names only).
  // The kandidatencommissie assigns the party's expert to an election list the same way.
  'experts.list': ['opdrachtgever', 'commissie'],
  'procedures.read': ['opdrachtgever', 'expert'],
  'procedures.manage': ['opdrachtgever'],
  // A candidate's own scan; policies/procedure.ts checks that it is theirs.
  'scans.own': ['kandidaat'],
  // The assigned expert's review; the opdrachtgever's reading of a released report.
  'scans.review': ['expert'],
  'reports.released': ['opdrachtgever'],
  // The college view (policies/college.ts decides which college): a beheerder or opdrachtgever makes
  // one; its members (people with a scan) agree or not; members and the chosen opdrachtgever read it.
  'colleges.manage': ['beheerder', 'opdrachtgever'],
  'colleges.own': ['kandidaat'],
  'colleges.view': ['opdrachtgever', 'kandidaat'],
  // The organisation's own wording of the vuistregels integriteit (every member reads them).
  'vuistregels.adjust': ['beheerder'],
  // Research tables: counts behind disclosure control, never a scan (operations/release-research-table.ts).
  'research.tables': ['onderzoeker'],
  // The nevenfuncties register: an official (the person's own membership that holds their scans)
  // keeps their own entries; the beheerder publishes the half year. The public pages need no one.
  'nevenfuncties.own': ['kandidaat'],
  'nevenfuncties.publish': ['beheerder'],
  // A party's kandidatencommissie: its election lists (policies/committee.ts decides which), the
  // candidates' progress without content, and the committee view of what a candidate released.
  'committee.lists': ['commissie'],
} as const satisfies Record<OrganisationAction, readonly Role[]>;

export type { OrganisationAction };

export type Decision = 'allow' | 'forbidden' | 'not-found';

/**
 * Someone who is no (active) member of the organisation gets "not found": they learn nothing
 * about whether it exists. A member without the right role gets "forbidden".
 */
export function decideInOrganisation(
  memberships: readonly ActiveMembership[],
  tenantId: string,
  action: OrganisationAction,
): Decision {
  const roles = memberships
    .filter((m) => m.tenantId === tenantId && m.status === 'active')
    .map((m) => m.role);
  if (roles.length === 0) return 'not-found';
  const allowed: readonly Role[] = organisationRules[action] ?? [];
  return roles.some((r) => allowed.includes(r)) ? 'allow' : 'forbidden';
}

/**
 * Everything the person may do in one organisation, decided by the same rule as every request:
 * sent with the session so the web shows exactly what the server will allow.
 */
export function abilitiesIn(
  memberships: readonly ActiveMembership[],
  tenantId: string,
): OrganisationAction[] {
  return organisationActions.filter(
    (action) => decideInOrganisation(memberships, tenantId, action) === 'allow',
  );
}
