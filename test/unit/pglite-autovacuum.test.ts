// PGlite has no autovacuum of its own; src/server/db/pglite-autovacuum.ts does its job with
// PostgreSQL's thresholds. On a real (in-memory) PGlite: a table that changed enough is analyzed
// and, with enough dead rows, vacuumed; one that did not is left alone; the job runs on its timer
// and stops. (What the ANALYZE does to plans cached while a table was small is measured in the
// autosave benchmark, not timed here.)
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Database, openPGlite } from '../../src/server/db/database.ts';
import { autovacuumOnce, startAutovacuum } from '../../src/server/db/pglite-autovacuum.ts';

let database: Database | null = null;
afterEach(async () => {
  await database?.close();
  database = null;
});

async function tableStats(db: Database, table: string) {
  const { rows } = await sql<{ last_analyze: Date | null; last_vacuum: Date | null; n_dead_tup: number }>`
    select last_analyze, last_vacuum, n_dead_tup from pg_stat_user_tables where relname = ${table}`.execute(
    db.owner,
  );
  return rows[0]!;
}

describe('PGlite autovacuum', () => {
  it('analyzes a table that changed and vacuums one with dead rows, by the thresholds', async () => {
    database = await openPGlite(null);
    const db = database.owner;
    await sql`create table busy (id integer primary key, note text)`.execute(db);
    await sql`create table quiet (id integer primary key)`.execute(db);
    await sql`insert into busy select g, 'x' from generate_series(1, 1000) g`.execute(db);
    await sql`insert into quiet select g from generate_series(1, 10) g`.execute(db);

    const first = await autovacuumOnce(database.owner);
    expect(first.analyzed).toEqual(['public.busy']);
    expect(first.vacuumed).toEqual([]);
    expect((await tableStats(database, 'busy')).last_analyze).not.toBeNull();
    expect((await tableStats(database, 'quiet')).last_analyze).toBeNull();

    // 900 of 1,000 rows deleted: past 50 + 20 % of the live rows.
    await sql`delete from busy where id > 100`.execute(db);
    const second = await autovacuumOnce(database.owner);
    expect(second.vacuumed).toEqual(['public.busy']);
    const after = await tableStats(database, 'busy');
    expect(after.last_vacuum).not.toBeNull();
    expect(Number(after.n_dead_tup)).toBe(0);

    // Nothing changed since: nothing to do.
    expect(await autovacuumOnce(database.owner)).toEqual({ analyzed: [], vacuumed: [] });
  });

  it('while the database is busy, vacuums only a table far past the threshold', async () => {
    database = await openPGlite(null);
    const db = database.owner;
    await sql`create table busy (id integer primary key)`.execute(db);
    await sql`insert into busy select g from generate_series(1, 1000) g`.execute(db);
    await autovacuumOnce(database.owner);
    // 300 dead of 1,000: past 50 + 20 % of the live rows, not past ten times that.
    await sql`delete from busy where id <= 300`.execute(db);
    expect(await autovacuumOnce(database.owner, { quiet: false })).toEqual({
      analyzed: ['public.busy'],
      vacuumed: [],
    });
    expect(Number((await tableStats(database, 'busy')).n_dead_tup)).toBe(300);
    // 995 dead of 5: far past it — vacuumed even so.
    await sql`delete from busy where id <= 995`.execute(db);
    expect((await autovacuumOnce(database.owner, { quiet: false })).vacuumed).toEqual(['public.busy']);
    expect(Number((await tableStats(database, 'busy')).n_dead_tup)).toBe(0);
  });

  it('runs on a timer until stopped', async () => {
    database = await openPGlite(null);
    const db = database.owner;
    await sql`create table busy (id integer primary key)`.execute(db);
    await sql`insert into busy select g from generate_series(1, 500) g`.execute(db);
    const job = startAutovacuum(database.owner, { intervalMs: 50 });
    try {
      await vi.waitFor(
        async () => expect((await tableStats(database!, 'busy')).last_analyze).not.toBeNull(),
        {
          timeout: 5000,
          interval: 50,
        },
      );
    } finally {
      await job.stop();
    }
    // Stopped: changes after it are left for the next job.
    await sql`insert into busy select g from generate_series(501, 1500) g`.execute(db);
    const analyzedAt = (await tableStats(database, 'busy')).last_analyze;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await tableStats(database, 'busy')).last_analyze).toEqual(analyzedAt);
  });
});
