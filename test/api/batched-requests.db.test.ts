// Requests that arrive together share a statement (db/batch.ts, migration 0022): the session
// lookups of one turn of the event loop are one load_sessions call, the autosaves one
// answers_append_many call. What must hold: every request still gets exactly its own outcome —
// its own session, its own scan's revision and answers, its own refusal — and a save that makes
// the shared statement fail fails alone, the others are saved.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsJson } from '../../src/server/audit/record.ts';
import { sha256 } from '../../src/server/crypto/tokens.ts';
import { inTransaction } from '../../src/server/db/transaction.ts';
import { type AppendInput, appendAnswerChanges } from '../../src/server/scans/answer-changes.ts';
import { createTestApp, makeTenant, type SignedIn, signedIn, type TestApp } from '../support/api.ts';
import { type InvitedScan, invitedCandidate } from '../support/scan-setup.ts';

describe('requests that arrive together', () => {
  let t: TestApp;
  let tenant: string;
  let opener: SignedIn;
  let scans: InvitedScan[];

  beforeAll(async () => {
    t = await createTestApp({ WEERBAAR_SIGN_IN_RATE_LIMIT: '10000' });
    tenant = await makeTenant(t);
    opener = await signedIn(t, tenant, 'opdrachtgever');
    const expert = await signedIn(t, tenant, 'expert');
    scans = [];
    for (let i = 0; i < 8; i++) scans.push(await invitedCandidate(t, tenant, opener, expert));
  });
  afterAll(() => t.cleanup());

  const saveAll = (values: (i: number) => string, base: number) =>
    Promise.all(
      scans.map((scan, i) =>
        scan.candidate.call('PUT', `${scan.own}/answers`, {
          baseRevision: base,
          saveId: randomUUID(),
          changes: { cv_toelichting: values(i) },
        }),
      ),
    );

  it('each candidate saving at the same moment gets their own revision, and their own answers are kept', async () => {
    const first = await saveAll((i) => `Eerste antwoord van kandidaat ${i}`, 0);
    expect(first.map((r) => [r.status, r.body])).toEqual(scans.map(() => [200, { revision: 1 }]));
    // Half of them again on revision 1, the other half on a revision they do not have.
    const second = await Promise.all(
      scans.map((scan, i) =>
        scan.candidate.call('PUT', `${scan.own}/answers`, {
          baseRevision: i % 2 === 0 ? 1 : 7,
          saveId: randomUUID(),
          changes: { cv_toelichting: `Tweede antwoord van kandidaat ${i}` },
        }),
      ),
    );
    second.forEach((reply, i) => {
      if (i % 2 === 0) expect([reply.status, reply.body], `kandidaat ${i}`).toEqual([200, { revision: 2 }]);
      else expect([reply.status, reply.body.code], `kandidaat ${i}`).toEqual([409, 'revision-conflict']);
    });
    const own = await Promise.all(scans.map((scan) => scan.candidate.get(scan.own)));
    own.forEach((reply, i) => {
      expect(reply.status).toBe(200);
      expect(reply.body.revision, `kandidaat ${i}`).toBe(i % 2 === 0 ? 2 : 1);
      expect(reply.body.answers.cv_toelichting, `kandidaat ${i}`).toBe(
        `${i % 2 === 0 ? 'Tweede' : 'Eerste'} antwoord van kandidaat ${i}`,
      );
    });
    // One scan.saved event per taken save, on the scan it was taken for.
    const saved = await t.deps.database.owner
      .selectFrom('audit_events')
      .select(['subject_id'])
      .where('action', '=', 'scan.saved')
      .where('tenant_id', '=', tenant)
      .execute();
    for (const [i, scan] of scans.entries()) {
      expect(
        saved.filter((e) => e.subject_id === scan.scanId),
        `kandidaat ${i}`,
      ).toHaveLength(i % 2 === 0 ? 2 : 1);
    }
  });

  it('each request at the same moment is signed in as its own person; a signed-out one is not', async () => {
    const gone = scans[3]!.candidate;
    const outsider = t.client();
    outsider.cookie = gone.cookie;
    expect((await gone.post('/api/auth/sign-out')).status).toBe(204);
    const replies = await Promise.all([
      ...scans.map((scan) => scan.candidate.get('/api/auth/session')),
      outsider.get('/api/auth/session'),
      opener.client.get('/api/auth/session'),
    ]);
    const emails = replies.map((r) => (r.status === 200 ? r.body.user.email : r.status));
    const expected = await Promise.all(
      scans.map(async (scan, i) => (i === 3 ? 401 : ((await sessionEmail(scan.candidate)) ?? 'onbekend'))),
    );
    expect(emails).toEqual([...expected, 401, (await sessionEmail(opener.client)) ?? 'onbekend']);
    expect(new Set(emails.filter((e) => typeof e === 'string')).size).toBe(scans.length);
  });

  it('the sessions of a batch read each person their own memberships, and leave none readable after', async () => {
    // load_sessions names the persons it found for its own statement only (migration 0027).
    const people = [scans[0]!.candidate, scans[1]!.candidate, opener.client];
    const hashes = people.map((client) => `\\\\x${sha256(client.cookie!.split('=')[1]!).toString('hex')}`);
    const { rows, readableAfter } = await inTransaction(
      t.deps.database,
      { tenantId: null, userId: null },
      async (tx) => {
        const found = await sql<{ ord: number; email: string; memberships: Array<{ role: string }> }>`
        select ord, email, memberships from load_sessions(${`{${hashes.map((h) => `"${h}"`).join(',')}}`}::bytea[],
          now(), now() - interval '1 hour') order by ord`.execute(tx);
        const after = await sql<{ n: number }>`select count(*)::integer as n from memberships`.execute(tx);
        return { rows: found.rows, readableAfter: after.rows[0]!.n };
      },
    );
    expect(rows.map((r) => [r.ord, r.email])).toEqual(
      await Promise.all(people.map(async (client, i) => [i + 1, await sessionEmail(client)])),
    );
    expect(rows.map((r) => r.memberships.map((m) => m.role))).toEqual([
      ['kandidaat'],
      ['kandidaat'],
      ['opdrachtgever'],
    ]);
    expect(readableAfter).toBe(0);
  });

  async function sessionEmail(client: SignedIn['client']): Promise<string | null> {
    const reply = await client.get('/api/auth/session');
    return reply.status === 200 ? (reply.body.user.email as string) : null;
  }

  it('a save that makes the shared statement fail fails alone; the saves beside it are kept', async () => {
    const scan = (i: number) => scans[i]!;
    const userOf = (s: InvitedScan) =>
      inTransaction(t.deps.database, { tenantId: tenant, userId: null }, (tx) =>
        tx
          .selectFrom('scans')
          .innerJoin('procedures', 'procedures.id', 'scans.procedure_id')
          .select(['scans.candidate_user_id', 'scans.revision', 'procedures.instrument_hash'])
          .where('scans.id', '=', s.scanId)
          .executeTakeFirstOrThrow(),
      );
    const base = async (i: number): Promise<AppendInput> => {
      const row = await userOf(scan(i));
      return {
        tenantId: tenant,
        userId: row.candidate_user_id!,
        scanId: scan(i).scanId,
        hash: row.instrument_hash,
        fromStatuses: ['invited', 'started'],
        toStatus: 'started',
        baseRevision: row.revision,
        saveId: randomUUID(),
        sealed: Buffer.from('not read by this test'),
        at: new Date(),
        events: auditEventsJson([
          {
            action: 'scan.saved',
            tenantId: tenant,
            actorUserId: row.candidate_user_id,
            subjectType: 'scan',
            subjectId: scan(i).scanId,
            data: { revision: row.revision + 1, items: 1 },
          },
        ]),
        startEvents: null,
      };
    };
    const good = [await base(4), await base(5)];
    // A save without its audit event: answers_append raises, which fails the whole statement.
    const bad = { ...(await base(6)), events: '[]' };
    const outcomes = await Promise.allSettled([
      appendAnswerChanges(t.deps, good[0]!),
      appendAnswerChanges(t.deps, bad),
      appendAnswerChanges(t.deps, good[1]!),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    for (const [i, input] of good.entries()) {
      const outcome = outcomes[i === 0 ? 0 : 2] as PromiseFulfilledResult<
        Awaited<ReturnType<typeof appendAnswerChanges>>
      >;
      expect(outcome.value).toMatchObject({ outcome: 'saved', revision: input.baseRevision + 1 });
      expect((await userOf(scan(i + 4))).revision).toBe(input.baseRevision + 1);
    }
    expect((await userOf(scan(6))).revision).toBe(bad.baseRevision);

    // Two tabs: saves of one scan in the same statement end as they would one after the other —
    // the first is saved, a second on the same revision is refused, a resend of the first is a retry.
    const first = await base(7);
    const savedEvents = () =>
      t.deps.database.owner
        .selectFrom('audit_events')
        .select('id')
        .where('action', '=', 'scan.saved')
        .where('subject_id', '=', scan(7).scanId)
        .execute();
    const eventsBefore = (await savedEvents()).length;
    const outcomesOfOne = await Promise.all([
      appendAnswerChanges(t.deps, first),
      appendAnswerChanges(t.deps, { ...first, saveId: randomUUID() }),
      appendAnswerChanges(t.deps, first),
    ]);
    expect(outcomesOfOne.map((o) => [o?.outcome, o?.revision])).toEqual([
      ['saved', first.baseRevision + 1],
      ['refused', first.baseRevision + 1],
      ['retry', first.baseRevision + 1],
    ]);
    expect((await userOf(scan(7))).revision).toBe(first.baseRevision + 1);
    expect(await savedEvents()).toHaveLength(eventsBefore + 1);
  });
  it('a save whose scan another transaction holds waits alone; the saves beside it go through (PostgreSQL)', async () => {
    // PGlite has one connection: a transaction held open there holds up everything, by design.
    if (t.deps.database.kind !== 'postgres') return;
    const [held, ...others] = scans.slice(0, 3);
    const revisionOf = async (scan: InvitedScan) =>
      (await scan.candidate.get(scan.own)).body.revision as number;
    const bases = await Promise.all([held!, ...others].map(revisionOf));
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    // Another transaction (as a submit would) holds the first scan's row.
    const holder = inTransaction(t.deps.database, { tenantId: tenant, userId: null }, async (tx) => {
      await tx.selectFrom('scans').select('id').where('id', '=', held!.scanId).forUpdate().execute();
      locked();
      await released;
    });
    await isLocked;
    const save = (scan: InvitedScan, base: number) =>
      scan.candidate.call('PUT', `${scan.own}/answers`, {
        baseRevision: base,
        saveId: randomUUID(),
        changes: { cv_toelichting: 'terwijl een ander de scan vasthoudt' },
      });
    const heldSave = save(held!, bases[0]!);
    const otherSaves = await Promise.all(others.map((scan, i) => save(scan, bases[i + 1]!)));
    expect(otherSaves.map((r) => [r.status, r.body])).toEqual(
      others.map((_, i) => [200, { revision: bases[i + 1]! + 1 }]),
    );
    let heldDone = false;
    void heldSave.then(() => {
      heldDone = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heldDone).toBe(false);
    release();
    await holder;
    const reply = await heldSave;
    expect([reply.status, reply.body]).toEqual([200, { revision: bases[0]! + 1 }]);
  });
});
