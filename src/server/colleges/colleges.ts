// What the college operations share: who can be chosen as a member (a person here with a submitted
// scan holding a network map, within the maker's reach), and how far a college's agreement is.
// Consent is a history (college_consents): the newest row per member is their choice now; no row
// is no.
import type { SessionInfo } from '../auth/session.ts';
import type { Tx } from '../db/transaction.ts';

/** Scans that count in a college: submitted, so the map is frozen, and not withdrawn or deleted. */
export const collegeScanStatuses = ['submitted', 'in-review', 'report-ready'] as const;

export interface EligiblePerson {
  membershipId: string;
  userId: string;
  displayName: string;
  /** The person's newest scan that counts. */
  scanId: string;
}

const activeIds = (session: SessionInfo, tenantId: string, role: string) =>
  session.memberships
    .filter((m) => m.tenantId === tenantId && m.status === 'active' && m.role === role)
    .map((m) => m.id);

/**
 * The people the maker may choose: a beheerder any kandidaat of the organisation with a scan that
 * counts; an opdrachtgever the candidates of their own procedures (optionally of one of them).
 */
export async function eligiblePeople(
  tx: Tx,
  session: SessionInfo,
  tenantId: string,
  options: { procedureId?: string } = {},
): Promise<EligiblePerson[]> {
  const beheerder = activeIds(session, tenantId, 'beheerder').length > 0 && options.procedureId === undefined;
  const opdrachtgever = activeIds(session, tenantId, 'opdrachtgever');
  if (!beheerder && opdrachtgever.length === 0) return [];
  let query = tx
    .selectFrom('scans')
    .innerJoin('memberships', 'memberships.id', 'scans.candidate_membership_id')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.id as membershipId',
      'users.id as userId',
      'users.display_name as displayName',
      'scans.id as scanId',
    ])
    .where('scans.tenant_id', '=', tenantId)
    .where('memberships.tenant_id', '=', tenantId)
    .where('scans.status', 'in', [...collegeScanStatuses])
    .where('scans.network_sealed', 'is not', null)
    .where('memberships.status', '=', 'active')
    .where('memberships.role', '=', 'kandidaat');
  if (!beheerder) {
    let own = tx
      .selectFrom('procedure_members')
      .select('procedure_members.procedure_id')
      .where('procedure_members.tenant_id', '=', tenantId)
      .where('procedure_members.role', '=', 'opdrachtgever')
      .where('procedure_members.membership_id', 'in', opdrachtgever);
    if (options.procedureId !== undefined)
      own = own.where('procedure_members.procedure_id', '=', options.procedureId);
    query = query.where('scans.procedure_id', 'in', own);
  }
  const rows = await query.orderBy('scans.submitted_at', 'desc').orderBy('scans.id').execute();
  const newest = new Map<string, EligiblePerson>();
  for (const row of rows) if (!newest.has(row.membershipId)) newest.set(row.membershipId, row);
  return [...newest.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
}

export interface Agreement {
  members: number;
  agreed: number;
}

/** Per college: how many members, and how many of them agree now (their newest consent is yes). */
export async function agreementOf(tx: Tx, tenantId: string, collegeIds: readonly string[]) {
  const result = new Map<string, Agreement>(collegeIds.map((id) => [id, { members: 0, agreed: 0 }]));
  if (collegeIds.length === 0) return result;
  const members = await tx
    .selectFrom('college_members')
    .select(['id', 'college_id'])
    .where('tenant_id', '=', tenantId)
    .where('college_id', 'in', [...collegeIds])
    .execute();
  const consents = await consentsOf(
    tx,
    tenantId,
    members.map((m) => m.id),
  );
  for (const m of members) {
    const entry = result.get(m.college_id)!;
    entry.members += 1;
    if (consents.get(m.id)?.consent === true) entry.agreed += 1;
  }
  return result;
}

/** Each member's newest consent (absent: never answered, which is no). */
export async function consentsOf(tx: Tx, tenantId: string, memberIds: readonly string[]) {
  const now = new Map<string, { consent: boolean; at: Date }>();
  if (memberIds.length === 0) return now;
  const rows = await tx
    .selectFrom('college_consents')
    .select(['college_member_id', 'consent', 'at'])
    .where('tenant_id', '=', tenantId)
    .where('college_member_id', 'in', [...memberIds])
    .orderBy('seq')
    .execute();
  for (const row of rows) now.set(row.college_member_id, { consent: row.consent, at: row.at });
  return now;
}
