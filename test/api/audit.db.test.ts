// The audit log: written in the same transaction as the change, ids only, append-only, and a
// hash chain whose verification names the first event that was changed, removed or moved.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src/server/audit/verify.ts';
import { runScoped } from '../../src/server/db/transaction.ts';
import { inviteMember } from '../../src/server/operations/invite-member.ts';
import { createTestApp, makeTenant, signedIn, type TestApp } from '../support/api.ts';

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

async function someHistory(app: TestApp) {
  const tenant = await makeTenant(app);
  const admin = await signedIn(app, tenant, 'beheerder');
  await admin.client.patch(`/api/organisations/${tenant}/settings`, { candidateSecondFactorRequired: true });
  await admin.client.post(`/api/organisations/${tenant}/invitations`, {
    email: 'nieuw@test.nl',
    displayName: 'Nieuw',
    role: 'expert',
  });
  return { tenant, admin };
}

/** Tampering needs the owner and the append-only trigger switched off: what an attacker with the keys to the database would do. */
async function tamper(app: TestApp, statement: string) {
  const owner = app.deps.database.owner;
  await sql.raw('alter table audit_events disable trigger audit_events_no_update').execute(owner);
  await sql.raw(statement).execute(owner);
  await sql.raw('alter table audit_events enable trigger audit_events_no_update').execute(owner);
}

describe('audit log', () => {
  it('records each change with ids and action names, never personal content', async () => {
    t = await createTestApp();
    await someHistory(t);
    const events = await t.deps.database.owner
      .selectFrom('audit_events')
      .selectAll()
      .orderBy('seq')
      .execute();
    const actions = events.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'tenant.created',
        'membership.invited',
        'membership.activated',
        'session.started',
        'totp.enrolled',
        'recovery_codes.generated',
        'session.second_factor_verified',
        'organisation.settings_changed',
      ]),
    );
    const text = JSON.stringify(events);
    expect(text).not.toContain('@test.nl');
    expect(text).not.toContain('Nieuw');
    expect(text).not.toContain('Test beheerder');
    expect(await verifyAuditLog(t.deps.database)).toMatchObject({ ok: true, count: events.length });
  });

  it('refuses personal content in audit data', async () => {
    t = await createTestApp();
    const { recordAudit } = await import('../../src/server/audit/record.ts');
    await expect(
      runScoped(t.deps.database.db, { tenantId: null, userId: null }, (tx) =>
        recordAudit(tx, {
          action: 'session.started',
          tenantId: null,
          actorUserId: null,
          subjectType: null,
          subjectId: null,
          data: { email: 'iemand@test.nl' },
        }),
      ),
    ).rejects.toThrow(/identifiers only/);
  });

  it('a change that fails leaves no audit event (same transaction)', async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t);
    await inviteMember(t.deps, null, {
      tenantId: tenant,
      email: 'dubbel@test.nl',
      displayName: 'D',
      role: 'expert',
    });
    const before = await t.deps.database.owner.selectFrom('audit_events').select('seq').execute();
    await expect(
      inviteMember(t.deps, null, {
        tenantId: tenant,
        email: 'dubbel@test.nl',
        displayName: 'D',
        role: 'expert',
      }),
    ).rejects.toThrow();
    const after = await t.deps.database.owner.selectFrom('audit_events').select('seq').execute();
    expect(after.length).toBe(before.length);
  });

  it('the app cannot update or delete audit events, and the table refuses even its owner', async () => {
    t = await createTestApp();
    await someHistory(t);
    const asApp = (statement: string) =>
      runScoped(t.deps.database.db, { tenantId: null, userId: null }, (tx) => sql.raw(statement).execute(tx));
    await expect(asApp(`update audit_events set action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(asApp('delete from audit_events')).rejects.toThrow(/permission denied/);
    await expect(
      sql.raw(`update audit_events set action = 'x'`).execute(t.deps.database.owner),
    ).rejects.toThrow(/append-only/);
    await expect(sql.raw('delete from audit_events').execute(t.deps.database.owner)).rejects.toThrow(
      /append-only/,
    );
    if (t.deps.database.kind === 'postgres') {
      // The runtime login role itself (not only weerbaar_app) has no such right.
      await expect(
        sql.raw(`update audit_events set action = 'x'`).execute(t.deps.database.db),
      ).rejects.toThrow(/permission denied/);
    }
  });

  it('names a changed event', async () => {
    t = await createTestApp();
    await someHistory(t);
    await tamper(t, `update audit_events set data = '{"role":"beheerder"}' where seq = 3`);
    expect(await verifyAuditLog(t.deps.database)).toMatchObject({ ok: false, problem: 'changed', seq: 3 });
  });

  it('names a changed event whose hash was recomputed', async () => {
    t = await createTestApp();
    await someHistory(t);
    await tamper(t, `update audit_events set hash = repeat('a', 64) where seq = 4`);
    expect(await verifyAuditLog(t.deps.database)).toMatchObject({ ok: false, problem: 'changed', seq: 4 });
  });

  it('names a removed event', async () => {
    t = await createTestApp();
    await someHistory(t);
    await tamper(t, 'delete from audit_events where seq = 5');
    expect(await verifyAuditLog(t.deps.database)).toMatchObject({ ok: false, problem: 'removed', seq: 5 });
  });

  it('notices removal of the newest event through the chain head', async () => {
    t = await createTestApp();
    await someHistory(t);
    const last = await t.deps.database.owner
      .selectFrom('audit_events')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    await tamper(t, `delete from audit_events where seq = ${Number(last.seq)}`);
    expect(await verifyAuditLog(t.deps.database)).toMatchObject({
      ok: false,
      problem: 'removed',
      seq: Number(last.seq),
    });
  });

  it('names a moved event', async () => {
    t = await createTestApp();
    await someHistory(t);
    await tamper(t, 'update audit_events set seq = -1 where seq = 6');
    await tamper(t, 'update audit_events set seq = 6 where seq = 7');
    await tamper(t, 'update audit_events set seq = 7 where seq = -1');
    const result = await verifyAuditLog(t.deps.database);
    expect(result).toMatchObject({ ok: false, problem: 'moved', seq: 6 });
  });
});
