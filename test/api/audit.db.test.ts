// The audit log: written in the same transaction as the change, ids only, append-only, and a
// hash chain — sealed after commit by the sealer — whose verification names the first event that
// was changed, removed or moved.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/server/audit/record.ts';
import { sealAuditLog, startAuditSealer } from '../../src/server/audit/sealer.ts';
import { verifyAuditLog } from '../../src/server/audit/verify.ts';
import { type Database, openPostgres } from '../../src/server/db/database.ts';
import { runScoped } from '../../src/server/db/transaction.ts';
import { createLogger } from '../../src/server/logger.ts';
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
  // What the running app's sealer does shortly after each commit.
  await sealAuditLog(app.deps.database.db);
  return { tenant, admin };
}

/** Tampering needs the owner and the append-only trigger switched off: what an attacker with the keys to the database would do. */
async function tamper(app: TestApp, statement: string) {
  const owner = app.deps.database.owner;
  await sql.raw('alter table audit_events disable trigger audit_events_no_update').execute(owner);
  await sql.raw(statement).execute(owner);
  await sql.raw('alter table audit_events enable trigger audit_events_no_update').execute(owner);
}

// Every test starts its own database (PGlite: in-process start and migrations, slow on a busy shared
// machine), hence the longer limit.
describe('audit log', { timeout: 60_000 }, () => {
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
    const third = await eventAt(t, 3);
    await tamper(t, `update audit_events set data = '{"role":"beheerder"}' where chain_seq = 3`);
    expect(await verifyAuditLog(t.deps.database)).toMatchObject({
      ok: false,
      problem: 'changed',
      position: 3,
      id: third.id,
      seq: third.seq,
    });
  });

  it('names a changed event whose hash was recomputed', async () => {
    t = await createTestApp();
    await someHistory(t);
    const fourth = await eventAt(t, 4);
    await tamper(t, `update audit_events set hash = repeat('a', 64) where chain_seq = 4`);
    expect(await verifyAuditLog(t.deps.database)).toMatchObject({
      ok: false,
      problem: 'changed',
      position: 4,
      id: fourth.id,
    });
  });

  it('names a removed event', async () => {
    t = await createTestApp();
    await someHistory(t);
    await tamper(t, 'delete from audit_events where chain_seq = 5');
    expect(await verifyAuditLog(t.deps.database)).toMatchObject({
      ok: false,
      problem: 'removed',
      position: 5,
      id: null,
    });
  });

  it('notices removal of the newest event through the chain head', async () => {
    t = await createTestApp();
    await someHistory(t);
    const last = await t.deps.database.owner
      .selectFrom('audit_events')
      .select((eb) => eb.fn.max('chain_seq').as('position'))
      .executeTakeFirstOrThrow();
    await tamper(t, `delete from audit_events where chain_seq = ${Number(last.position)}`);
    expect(await verifyAuditLog(t.deps.database)).toMatchObject({
      ok: false,
      problem: 'removed',
      position: Number(last.position),
    });
  });

  it('names a moved event', async () => {
    t = await createTestApp();
    await someHistory(t);
    const seventh = await eventAt(t, 7);
    await tamper(t, 'update audit_events set chain_seq = -1 where chain_seq = 6');
    await tamper(t, 'update audit_events set chain_seq = 6 where chain_seq = 7');
    await tamper(t, 'update audit_events set chain_seq = 7 where chain_seq = -1');
    const result = await verifyAuditLog(t.deps.database);
    expect(result).toMatchObject({ ok: false, problem: 'moved', position: 6, id: seventh.id });
  });

  it('names an event taken out of the chain (its seal wiped)', async () => {
    t = await createTestApp();
    await someHistory(t);
    await tamper(
      t,
      'update audit_events set chain_seq = null, prev_hash = null, hash = null where chain_seq = 2',
    );
    expect(await verifyAuditLog(t.deps.database)).toMatchObject({
      ok: false,
      problem: 'removed',
      position: 2,
    });
  });
});

async function eventAt(app: TestApp, position: number): Promise<{ id: string; seq: number }> {
  const row = await app.deps.database.owner
    .selectFrom('audit_events')
    .select(['id', 'seq'])
    .where('chain_seq', '=', position)
    .executeTakeFirstOrThrow();
  return { id: row.id, seq: Number(row.seq) };
}

/** One audited transaction as the app makes them; `fail` rolls it back after the insert. */
function audited(db: Database['db'], n: number, fail = false) {
  return runScoped(db, { tenantId: null, userId: null }, async (tx) => {
    await recordAudit(tx, {
      action: 'session.started',
      tenantId: null,
      actorUserId: null,
      subjectType: 'session',
      subjectId: `s${n}`,
      data: { n },
    });
    if (fail) throw new Error('rolled back on purpose');
  });
}

async function sealedState(app: TestApp) {
  const rows = await app.deps.database.owner
    .selectFrom('audit_events')
    .select(['seq', 'chain_seq', 'subject_id'])
    .orderBy('chain_seq')
    .execute();
  return {
    unsealed: rows.filter((r) => r.chain_seq === null).length,
    positions: rows.map((r) => Number(r.chain_seq)),
    subjects: rows.map((r) => r.subject_id),
    seqs: rows.map((r) => Number(r.seq)),
  };
}

describe('the sealer', { timeout: 60_000 }, () => {
  it('seals only once: the seal columns are filled once, and only through audit_seal', async () => {
    t = await createTestApp();
    await someHistory(t);
    const owner = t.deps.database.owner;
    // Sealed events: even the owner cannot seal again or touch a seal.
    await expect(
      sql.raw(`update audit_events set hash = repeat('b', 64) where chain_seq = 1`).execute(owner),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql.raw('update audit_events set chain_seq = 999 where chain_seq = 2').execute(owner),
    ).rejects.toThrow(/append-only/);
    const asApp = (statement: string) =>
      runScoped(t.deps.database.db, { tenantId: null, userId: null }, (tx) => sql.raw(statement).execute(tx));
    // The app appends unsealed events only, and cannot move the chain head itself.
    await expect(
      asApp(
        `insert into audit_events (id, at, action, data, chain_seq, prev_hash, hash)
         values (gen_random_uuid(), now(), 'session.started', '{}', 1000, repeat('0', 64), repeat('1', 64))`,
      ),
    ).rejects.toThrow(/arrive unsealed/);
    await expect(asApp(`update audit_chain_head set seq = 0`)).rejects.toThrow(/permission denied/);
    // audit_seal refuses a batch that does not link to the head.
    await audited(t.deps.database.db, 1);
    const head = await owner.selectFrom('audit_chain_head').select('seq').executeTakeFirstOrThrow();
    const [unsealed] = await owner
      .selectFrom('audit_events')
      .select('seq')
      .where('chain_seq', 'is', null)
      .execute();
    await expect(
      asApp(
        `select audit_seal(${Number(head.seq)}, '{${Number(unsealed!.seq)}}'::bigint[], array[repeat('c', 64)], array[repeat('d', 64)])`,
      ),
    ).rejects.toThrow(/does not link/);
    // …and a batch for a head that has moved on (a second sealer that lost the race).
    await expect(
      asApp(
        `select audit_seal(${Number(head.seq) - 1}, '{${Number(unsealed!.seq)}}'::bigint[], array[repeat('c', 64)], array[repeat('d', 64)])`,
      ),
    ).rejects.toThrow(/head moved/);
    expect(await sealAuditLog(t.deps.database.db)).toEqual({ sealed: 1, skipped: false });
    expect(await sealAuditLog(t.deps.database.db)).toEqual({ sealed: 0, skipped: false });
  });

  it('reports the unsealed tail, and seals it', async () => {
    t = await createTestApp();
    await someHistory(t);
    await audited(t.deps.database.db, 1);
    await audited(t.deps.database.db, 2);
    const before = await verifyAuditLog(t.deps.database);
    expect(before).toMatchObject({ ok: true, unsealed: 2 });
    expect(before.ok && before.oldestUnsealedAt).toBeInstanceOf(Date);
    await sealAuditLog(t.deps.database.db);
    expect(await verifyAuditLog(t.deps.database)).toMatchObject({
      ok: true,
      unsealed: 0,
      oldestUnsealedAt: null,
    });
  });

  it('a running sealer seals after each commit', async () => {
    t = await createTestApp();
    const sealer = startAuditSealer(t.deps.database, createLogger('silent'), {
      delayMs: 1,
      intervalMs: 60_000,
    });
    try {
      await someHistory(t);
      await audited(t.deps.database.db, 1);
      // No timer will run within this test (60 s): only the after-commit nudge can seal it.
      for (let i = 0; i < 500 && (await sealedState(t)).unsealed > 0; i++)
        await new Promise((r) => setTimeout(r, 10));
      expect((await sealedState(t)).unsealed).toBe(0);
    } finally {
      await sealer.stop();
    }
    expect(await verifyAuditLog(t.deps.database)).toMatchObject({ ok: true, unsealed: 0 });
  });

  it('concurrent appends (some rolled back) and racing sealers on two connections: every committed event sealed exactly once', async () => {
    t = await createTestApp();
    const first = t.deps.database.db;
    // On PostgreSQL a second pool: another process's connections. PGlite has one connection.
    let second: Database | null = null;
    if (t.deps.database.kind === 'postgres') {
      const settings = t.deps.settings.database;
      if (settings.kind !== 'postgres') throw new Error('expected postgres settings');
      second = await openPostgres(settings.url);
    }
    try {
      const connections = [first, second?.db ?? first];
      const appends = Array.from({ length: 120 }, (_, n) =>
        audited(connections[n % 2]!, n, n % 7 === 3).catch((error: Error) => {
          if (!/on purpose/.test(error.message)) throw error;
        }),
      );
      let sealing = true;
      const sealers = connections.map(async (db) => {
        let sealed = 0;
        while (sealing) sealed += (await sealAuditLog(db, { batch: 7 })).sealed;
        return sealed;
      });
      await Promise.all(appends);
      sealing = false;
      const sealedBySealers = (await Promise.all(sealers)).reduce((a, b) => a + b, 0);
      const last = await sealAuditLog(first);
      const state = await sealedState(t);
      const committed = Array.from({ length: 120 }, (_, n) => n).filter((n) => n % 7 !== 3);
      expect(state.unsealed).toBe(0);
      expect(sealedBySealers + last.sealed).toBe(committed.length);
      expect(state.positions).toEqual(committed.map((_, i) => i + 1));
      expect([...state.subjects].sort()).toEqual(committed.map((n) => `s${n}`).sort());
      expect(new Set(state.seqs).size).toBe(committed.length);
      expect(await verifyAuditLog(t.deps.database)).toMatchObject({
        ok: true,
        count: committed.length,
        unsealed: 0,
      });
    } finally {
      await second?.close();
    }
  });
});
