// The relationship rules (src/server/policies/procedure.ts) against a real database: a procedure
// loads for its own opdrachtgevers and assigned experts only (with every part the person has in
// it), a scan for its own candidate or through its own procedure, never across organisations;
// what a member may do with the procedure (procedureRules); and the recent-authentication rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSession, type SessionInfo } from '../../src/server/auth/session.ts';
import { runScoped } from '../../src/server/db/transaction.ts';
import { DomainError } from '../../src/server/domain-error.ts';
import { inviteMember } from '../../src/server/operations/invite-member.ts';
import { mayList } from '../../src/server/policies/may.ts';
import {
  assertRecentlyAuthenticated,
  loadOwnScan,
  loadProcedureFor,
  loadScanOfProcedure,
  procedureOfScan,
  procedureRules,
  recentAuthenticationMs,
} from '../../src/server/policies/procedure.ts';
import {
  createTestApp,
  makeTenant,
  type SignedIn,
  signedIn,
  type TestApp,
  tokenOf,
  totpCode,
} from '../support/api.ts';
import { type InvitedScan, invitedCandidate } from '../support/scan-setup.ts';

describe('procedure policy', () => {
  let t: TestApp;
  let tenant: string;
  let otherTenant: string;
  let client: SignedIn;
  let expert: SignedIn;
  let scan: InvitedScan;

  /** The session behind a signed-in test client, as the route would load it. */
  async function sessionOf(who: { client: { cookie: string | null } }): Promise<SessionInfo> {
    const session = await loadSession(t.deps, who.client.cookie?.split('=')[1]);
    if (!session) throw new Error('not signed in');
    return session;
  }

  /** Sessions are loaded before a transaction: PGlite has one connection, held by the transaction. */
  const sessions = new Map<SignedIn, SessionInfo>();

  const inTenant = <T>(tenantId: string, work: Parameters<typeof runScoped<T>>[2]) =>
    runScoped(t.deps.database.db, { tenantId, userId: null }, work);

  async function refusal(work: Promise<unknown>): Promise<string> {
    try {
      await work;
    } catch (error) {
      if (error instanceof DomainError) return error.kind;
      throw error;
    }
    return 'allowed';
  }

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t, 'Gemeente Eigen');
    otherTenant = await makeTenant(t, 'Gemeente Ander');
    client = await signedIn(t, tenant, 'opdrachtgever');
    expert = await signedIn(t, tenant, 'expert');
    scan = await invitedCandidate(t, tenant, client, expert);
    for (const who of [client, expert]) sessions.set(who, await sessionOf(who));
  });
  afterAll(() => t.cleanup());

  it('loads a procedure for its opdrachtgever and its expert, with their part in it', async () => {
    const asClient = await inTenant(tenant, (tx) =>
      loadProcedureFor(tx, sessions.get(client)!, tenant, scan.procedureId, ['opdrachtgever', 'expert']),
    );
    expect(asClient).toMatchObject({ id: scan.procedureId, as: 'opdrachtgever', roles: ['opdrachtgever'] });
    const asExpert = await inTenant(tenant, (tx) =>
      loadProcedureFor(tx, sessions.get(expert)!, tenant, scan.procedureId, ['opdrachtgever', 'expert']),
    );
    expect(asExpert).toMatchObject({ as: 'expert', roles: ['expert'] });
  });

  it('someone with both parts gets both, the first asked as their part', async () => {
    // An expert who is an opdrachtgever of the organisation too opens a procedure with themselves as its expert.
    const asExpert = await signedIn(t, tenant, 'expert');
    const invited = await inviteMember(t.deps, null, {
      tenantId: tenant,
      email: asExpert.email,
      displayName: 'Beide',
      role: 'opdrachtgever',
    });
    const both = { client: t.client() };
    expect(
      (await both.client.post('/api/auth/redeem', { token: tokenOf(invited.invitationUrl) })).status,
    ).toBe(200);
    t.advance(30_000); // each code is accepted once: the next one
    const code = totpCode(asExpert.totpSecret!, t.deps.now());
    expect((await both.client.post('/api/auth/totp/verify', { code })).status).toBe(200);
    const opened = await both.client.post(`/api/organisations/${tenant}/procedures`, {
      name: 'Beide',
      office: 'wethouder',
      instrumentId: 'weerbaarheidsscan-bestuurder',
      retentionDays: 30,
      expertMembershipIds: [asExpert.membershipId],
    });
    expect(opened.status).toBe(201);
    const session = await sessionOf(both);
    const loaded = await inTenant(tenant, (tx) =>
      loadProcedureFor(tx, session, tenant, opened.body.id, ['expert', 'opdrachtgever']),
    );
    expect(loaded).toMatchObject({ as: 'expert', roles: ['expert', 'opdrachtgever'] });
    const asClientFirst = await inTenant(tenant, (tx) =>
      loadProcedureFor(tx, session, tenant, opened.body.id, ['opdrachtgever', 'expert']),
    );
    expect(asClientFirst).toMatchObject({ as: 'opdrachtgever', roles: ['opdrachtgever', 'expert'] });
  });

  it('is "not found" for another member of the organisation, the wrong part, and across organisations', async () => {
    const stranger = await signedIn(t, tenant, 'opdrachtgever');
    sessions.set(stranger, await sessionOf(stranger));
    expect(
      await refusal(
        inTenant(tenant, (tx) =>
          loadProcedureFor(tx, sessions.get(stranger)!, tenant, scan.procedureId, ['opdrachtgever']),
        ),
      ),
    ).toBe('not-found');
    expect(
      await refusal(
        inTenant(tenant, (tx) =>
          loadProcedureFor(tx, sessions.get(expert)!, tenant, scan.procedureId, ['opdrachtgever']),
        ),
      ),
    ).toBe('not-found');
    expect(
      await refusal(
        inTenant(otherTenant, (tx) =>
          loadProcedureFor(tx, sessions.get(client)!, otherTenant, scan.procedureId, ['opdrachtgever']),
        ),
      ),
    ).toBe('not-found');
  });

  it('loads a scan for its own candidate only, and through its own procedure only', async () => {
    const candidateSession = await sessionOf({ client: scan.candidate });
    const own = await inTenant(tenant, (tx) => loadOwnScan(tx, candidateSession, tenant, scan.scanId));
    expect(own.id).toBe(scan.scanId);
    expect((await inTenant(tenant, (tx) => procedureOfScan(tx, own))).id).toBe(scan.procedureId);
    expect(
      await refusal(inTenant(tenant, (tx) => loadOwnScan(tx, sessions.get(client)!, tenant, scan.scanId))),
    ).toBe('not-found');
    const procedure = await inTenant(tenant, (tx) =>
      loadProcedureFor(tx, sessions.get(client)!, tenant, scan.procedureId, ['opdrachtgever']),
    );
    expect((await inTenant(tenant, (tx) => loadScanOfProcedure(tx, procedure, scan.scanId))).id).toBe(
      scan.scanId,
    );
    // The same scan id through another procedure of the same opdrachtgever is not found.
    const other = await client.client.post(`/api/organisations/${tenant}/procedures`, {
      name: 'Ander',
      office: 'wethouder',
      instrumentId: 'weerbaarheidsscan-bestuurder',
      retentionDays: 30,
      expertMembershipIds: [expert.membershipId],
    });
    expect(
      await refusal(
        inTenant(tenant, (tx) =>
          loadScanOfProcedure(tx, { id: other.body.id, tenant_id: tenant }, scan.scanId),
        ),
      ),
    ).toBe('not-found');
  });

  it('lets the opdrachtgever invite and close while open, and follow up always; the expert none of these', () => {
    expect(mayList(procedureRules, { roles: ['opdrachtgever'], status: 'open' })).toEqual([
      'invite',
      'close',
      'followUp',
    ]);
    expect(mayList(procedureRules, { roles: ['opdrachtgever'], status: 'closed' })).toEqual(['followUp']);
    expect(mayList(procedureRules, { roles: ['expert'], status: 'open' })).toEqual([]);
    expect(procedureRules.close({ roles: ['opdrachtgever'], status: 'closed' })?.code).toBe(
      'procedure-closed',
    );
    expect(procedureRules.invite({ roles: ['expert'], status: 'open' })?.kind).toBe('not-found');
  });

  it('asks for a recent proof of presence after ten minutes', async () => {
    const session = await sessionOf(client);
    const last = Math.max(session.createdAt.getTime(), session.secondFactorAt?.getTime() ?? 0);
    expect(() => assertRecentlyAuthenticated(session, new Date(last + recentAuthenticationMs))).not.toThrow();
    expect(() => assertRecentlyAuthenticated(session, new Date(last + recentAuthenticationMs + 1))).toThrow(
      DomainError,
    );
  });
});
