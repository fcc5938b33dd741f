// Row-level security: a transaction set to one organisation sees and writes only that
// organisation's rows, whatever the query forgets to say.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScoped } from '../../src/server/db/transaction.ts';
import { createTestApp, makeTenant, signedIn, type TestApp } from '../support/api.ts';

describe('tenancy', () => {
  let t: TestApp;
  let a: string;
  let b: string;
  let personInA: string;
  beforeAll(async () => {
    t = await createTestApp();
    a = await makeTenant(t, 'A');
    b = await makeTenant(t, 'B');
    personInA = (await signedIn(t, a, 'expert')).userId;
    await signedIn(t, b, 'expert');
    await signedIn(t, b, 'kandidaat');
  });
  afterAll(() => t.cleanup());

  const scoped = <T>(tenantId: string | null, work: Parameters<typeof runScoped<T>>[2]) =>
    runScoped(t.deps.database.db, { tenantId, userId: null }, work);

  it('a query without a tenant filter sees only its own organisation', async () => {
    const rows = await scoped(a, (tx) => tx.selectFrom('memberships').select('tenant_id').execute());
    expect(rows.length).toBe(1);
    expect(new Set(rows.map((r) => r.tenant_id))).toEqual(new Set([a]));
    expect(await scoped(null, (tx) => tx.selectFrom('memberships').selectAll().execute())).toEqual([]);
  });

  it('writing into another organisation is refused', async () => {
    await expect(
      scoped(a, (tx) =>
        tx
          .insertInto('memberships')
          .values({
            id: randomUUID(),
            tenant_id: b,
            user_id: personInA,
            role: 'expert',
            invited_by: null,
            created_at: new Date(),
          })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const moved = await scoped(a, (tx) =>
      tx.updateTable('memberships').set({ status: 'disabled' }).where('tenant_id', '=', b).execute(),
    );
    expect(Number(moved[0]?.numUpdatedRows ?? 0)).toBe(0);
  });

  // On PGlite the process's own session user is the superuser, so SET ROLE could be undone by
  // code that tried; there RLS guards against forgotten filters, not against hostile code.
  it.runIf(process.env.TEST_DATABASE === 'postgres')(
    'the app cannot switch itself out of its role',
    async () => {
      const owner = await sql<{
        owner: string;
      }>`select tableowner as owner from pg_tables where tablename = 'memberships'`.execute(
        t.deps.database.owner,
      );
      const role = owner.rows[0]!.owner;
      await expect(scoped(a, (tx) => sql.raw(`set role "${role}"`).execute(tx))).rejects.toThrow(
        /permission denied/,
      );
    },
  );

  it.runIf(process.env.TEST_DATABASE === 'postgres')(
    'on a real server the app connects as a role that owns no tables',
    async () => {
      const owned = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_tables where schemaname = 'public' and tableowner = current_user`.execute(
        t.deps.database.db,
      );
      expect(owned.rows[0]?.n).toBe(0);
      const super_ = await sql<{
        rolsuper: boolean;
        rolbypassrls: boolean;
      }>`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`.execute(
        t.deps.database.db,
      );
      expect(super_.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
      // Even outside our transaction helper, RLS applies to this connection.
      const rows = await t.deps.database.db.selectFrom('memberships').selectAll().execute();
      expect(rows).toEqual([]);
    },
  );
});
