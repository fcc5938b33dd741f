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
import { sql } from 'kysely';
import type { Database } from './database.ts';

/** PostgreSQL's autovacuum defaults: a table is analyzed or vacuumed once this much has changed. */
const analyzeThreshold = 50;
const analyzeScaleFactor = 0.1;
const vacuumThreshold = 50;
const vacuumScaleFactor = 0.2;

/** How often the counters are looked at: one small statement (autovacuum's naptime is a minute). */
export const autovacuumIntervalMs = 10_000;

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
 * threshold is analyzed (and vacuumed). `stopped` is asked between statements, so a round in
 * progress when the database closes ends there.
 */
export async function autovacuumOnce(database: Database, stopped = () => false): Promise<AutovacuumRun> {
  const db = database.owner;
  // The counters of this (the only) backend are published at the end of a transaction, at most once
  // a second; this makes the next one publish now, so the round sees what just happened.
  await sql`select pg_stat_force_next_flush()`.execute(db);
  const { rows } = await sql<Due>`
    select format('%I.%I', schemaname, relname) as name,
           n_dead_tup > ${sql.lit(vacuumThreshold)} + ${sql.lit(vacuumScaleFactor)} * n_live_tup as vacuum
      from pg_stat_user_tables
     where n_mod_since_analyze > ${sql.lit(analyzeThreshold)} + ${sql.lit(analyzeScaleFactor)} * n_live_tup
        or n_dead_tup > ${sql.lit(vacuumThreshold)} + ${sql.lit(vacuumScaleFactor)} * n_live_tup
     order by relname`.execute(db);
  const run: AutovacuumRun = { analyzed: [], vacuumed: [] };
  for (const table of rows) {
    if (stopped()) break;
    // VACUUM runs outside a transaction block: a statement of its own on PGlite's one connection,
    // between the app's transactions (the connection is handed to one user at a time).
    await sql.raw(`${table.vacuum ? 'vacuum (analyze)' : 'analyze'} ${table.name}`).execute(db);
    run.analyzed.push(table.name);
    if (table.vacuum) run.vacuumed.push(table.name);
  }
  return run;
}

/** Runs `autovacuumOnce` every `intervalMs` until stopped; a failed round waits for the next one. */
export function startAutovacuum(
  database: Database,
  intervalMs = autovacuumIntervalMs,
): { stop(): Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() =>
      stopped ? undefined : autovacuumOnce(database, () => stopped).catch(() => {}),
    );
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
