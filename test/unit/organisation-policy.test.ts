// The organisation rules as a unit: deny by default, several roles add up, only active
// memberships of this very organisation count. The full route × role matrix is in
// test/api/access-matrix.db.test.ts.
import { describe, expect, it } from 'vitest';
import { organisationActions, type Role, roles } from '../../src/core/vocabulary.ts';
import type { ActiveMembership } from '../../src/server/auth/session.ts';
import { abilitiesIn, decideInOrganisation } from '../../src/server/policies/organisation.ts';

const here = '00000000-0000-4000-8000-000000000001';
const elsewhere = '00000000-0000-4000-8000-000000000002';

function membership(
  role: Role,
  tenantId = here,
  status: ActiveMembership['status'] = 'active',
): ActiveMembership {
  return {
    id: `${role}-${tenantId}-${status}`,
    tenantId,
    tenantName: 'Gemeente',
    tenantSlug: 'gemeente',
    role,
    status,
    candidateSecondFactorRequired: false,
  };
}

describe('organisation policy', () => {
  it('a beheerder manages people and settings but never reads scans or reports', () => {
    const may = abilitiesIn([membership('beheerder')], here);
    expect(may).toEqual(
      expect.arrayContaining(['members.list', 'members.invite', 'settings.update', 'instruments.preview']),
    );
    for (const action of ['scans.own', 'scans.review', 'reports.released', 'procedures.read'] as const) {
      expect(may).not.toContain(action);
      expect(decideInOrganisation([membership('beheerder')], here, action)).toBe('forbidden');
    }
  });

  it('two roles in one organisation add up', () => {
    const both = abilitiesIn([membership('kandidaat'), membership('expert')], here);
    expect(both).toContain('scans.own');
    expect(both).toContain('scans.review');
    expect(both).not.toContain('members.list');
  });

  it('an onderzoeker may only see the organisation itself and ask for protected research tables', () => {
    expect(abilitiesIn([membership('onderzoeker')], here)).toEqual(['organisation.read', 'research.tables']);
  });

  it('a membership elsewhere, invited or disabled gives nothing here, and says "not found"', () => {
    for (const m of [
      membership('beheerder', elsewhere),
      membership('beheerder', here, 'invited'),
      membership('beheerder', here, 'disabled'),
    ]) {
      expect(abilitiesIn([m], here)).toEqual([]);
      expect(decideInOrganisation([m], here, 'members.list')).toBe('not-found');
    }
  });

  it('every action is decided for every role (no action without a rule)', () => {
    for (const action of organisationActions) {
      const allowedToSomeone = roles.some(
        (role) => decideInOrganisation([membership(role)], here, action) === 'allow',
      );
      expect(allowedToSomeone, action).toBe(true);
    }
  });
});
