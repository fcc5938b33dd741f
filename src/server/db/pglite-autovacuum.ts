// PGlite has no autovacuum: nothing ever analyzes or vacuums its tables. On a PostgreSQL server the
// autovacuum daemon does both, by the rule below; embedded, this does it on a timer in the server's
// own process, with the same thresholds (PostgreSQL's defaults).
//
// Why it matters (issue #11): a plan that PL/pgSQL cached while a table was small — at start, when
// the first save of a scan planned answers_append_many against a nearly empty answers_changes — is
// only planned again once something invalidates it, and ANALYZE is what does. Without it the batch
// statement kept its early plans for good: measured on PGlite, a hundred saves took 41–73 ms before
// an ANALYZE and 13–14 ms after it. And without VACUUM the rows a fold deletes and the versions an
// update leaves behind are never reclaimed, so a long-running embedded server only grows.
//
// Unlike the daemon, this runs in the server's own thread: while a statement of it runs, every
// request waits. An ANALYZE reads a bounded sample (1–80 ms measured); a VACUUM reads the whole
// table and its indexes (audit_events, with its five indexes, 120–220 ms at 20,000 rows), and
// during a busy stretch that pause reached every candidate at once — the autosave benchmark's p99
// was that pause. So a VACUUM waits for a quiet moment (no statement for a second), unless a
// table's dead rows pass ten times the threshold: then it runs anyway, so a server that is never
// quiet still does not grow without end.

import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

/** PostgreSQL's autovacuum defaults: a table is analyzed or vacuumed once this much has changed. */
const analyzeThreshold = 50;
const analyzeScaleFactor = 0.1;
const vacuumThreshold = 50;
const vacuumScaleFactor = 0.2;

/** How often the counters are looked at: one small statement (autovacuum's naptime is a minute). */
export const autovacuumIntervalMs = 10_000;

/** A VACUUM waits for this much quiet, unless dead rows pass `overdueFactor` times the threshold. */
export const quietMsBeforeVacuum = 1_000;
const overdueFactor = 10;
/** The statistics target of a round's ANALYZE (a server's default is 100). */
const analyzeStatisticsTarget = 10;

export interface AutovacuumRun {
  analyzed: string[];
  vacuumed: string[];
}

interface Due {
  name: string;
  vacuum: boolean;
}

/**
 * One round: every table whose changes since its last ANALYZE, or whose dead rows, pass the
 * threshold is analyzed (and vacuumed). Not `quiet`: a VACUUM only where the dead rows pass ten
 * times the threshold. `stopped` is asked between statements, so a round in progress when the
 * database closes ends there.
 */
export async function autovacuumOnce(
  db: Kysely<DatabaseSchema>,
  options: { stopped?: () => boolean; quiet?: boolean } = {},
): Promise<AutovacuumRun> {
  const stopped = options.stopped ?? (() => false);
  const quiet = options.quiet ?? true;
  // The counters of this (the only) backend are published at the end of a transaction, at most once
  // a second; this makes the next one publish now, so the round sees what just happened.
  await sql`select pg_stat_force_next_flush()`.execute(db);
  const vacuumFactor = quiet ? 1 : overdueFactor;
  const { rows } = await sql<Due>`
    select name, to_vacuum as vacuum from (
      select format('%I.%I', schemaname, relname) as name, relname,
             n_dead_tup > ${sql.lit(vacuumFactor)}
                          * (${sql.lit(vacuumThreshold)} + ${sql.lit(vacuumScaleFactor)} * n_live_tup) as to_vacuum,
             n_mod_since_analyze > ${sql.lit(analyzeThreshold)} + ${sql.lit(analyzeScaleFactor)} * n_live_tup
               as to_analyze
        from pg_stat_user_tables) t
     where to_vacuum or to_analyze
     order by relname`.execute(db);
  const run: AutovacuumRun = { analyzed: [], vacuumed: [] };
  for (const table of rows) {
    if (stopped()) break;
    if (table.vacuum) {
      // VACUUM runs outside a transaction block: a statement of its own on PGlite's one
      // connection, between the app's transactions (the connection goes to one user at a time).
      await sql.raw(`vacuum (analyze) ${table.name}`).execute(db);
    } else {
      // A smaller sample than a server's (300 × the statistics target rows): ANALYZE of audit_events
      // with the default read 30,000 rows and paused the server for 105–150 ms; a tenth of that
      // still tells the planner a table's size and its common values, which is what the plans
      // cached while the table was small got wrong.
      await db.transaction().execute(async (tx) => {
        await sql.raw(`set local default_statistics_target = ${analyzeStatisticsTarget}`).execute(tx);
        await sql.raw(`analyze ${table.name}`).execute(tx);
      });
    }
    run.analyzed.push(table.name);
    if (table.vacuum) run.vacuumed.push(table.name);
  }
  return run;
}

/**
 * Runs `autovacuumOnce` every `intervalMs` until stopped; a failed round waits for the next one.
 * `quietForMs`: how long the database has had no statement (PGlite's connection knows).
 */
export function startAutovacuum(
  db: Kysely<DatabaseSchema>,
  options: { intervalMs?: number; quietForMs?: () => number } = {},
): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? autovacuumIntervalMs;
  const quietForMs = options.quietForMs ?? (() => Number.POSITIVE_INFINITY);
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => {
      if (stopped) return undefined;
      // Asked before the round's own first statement, which counts as activity too.
      const quiet = quietForMs() >= quietMsBeforeVacuum;
      return autovacuumOnce(db, { stopped: () => stopped, quiet }).catch(() => {});
    });
  }, intervalMs);
  // Not a reason to keep the process alive: a command-line run ends when its work does.
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
