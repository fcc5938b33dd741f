// Global setup of the `postgres` test project. Finds a PostgreSQL for the database tests:
//   1. TEST_DATABASE_URL (a superuser, or a role with CREATEDB and CREATEROLE), else
//   2. a throw-away cluster from the PostgreSQL server programs on this machine, else
//   3. nothing: the project's tests are reported as skipped (see postgres-runner.ts), with the reason.
// WEERBAAR_TEST_POSTGRES=skip skips on purpose.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { findPostgresBinaries, type PostgresCluster, startPostgresCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin connection for creating test databases; null when PostgreSQL tests are skipped. */
    postgresAdminUrl: string | null;
    postgresSkipReason: string | null;
  }
}

function skip(project: TestProject, reason: string): void {
  console.log(`\nPostgreSQL-tests overgeslagen / skipped: ${reason}\n`);
  project.provide('postgresAdminUrl', null);
  project.provide('postgresSkipReason', reason);
}

/** The app role exists once per cluster; creating it up front keeps parallel migrations from racing. */
async function prepareCluster(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`do $$ begin
      create role weerbaar_app nologin;
    exception when duplicate_object then null; when unique_violation then null;
    end $$`);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.WEERBAAR_TEST_POSTGRES === 'skip') {
    skip(project, 'WEERBAAR_TEST_POSTGRES=skip');
    return undefined;
  }
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    await prepareCluster(given);
    project.provide('postgresAdminUrl', given);
    project.provide('postgresSkipReason', null);
    return undefined;
  }
  const binaries = findPostgresBinaries();
  if (!binaries) {
    skip(
      project,
      'geen TEST_DATABASE_URL en geen PostgreSQL-serverprogramma’s (initdb, pg_ctl) gevonden / ' +
        'no TEST_DATABASE_URL and no PostgreSQL server programs (initdb, pg_ctl) found',
    );
    return undefined;
  }
  const started = Date.now();
  let cluster: PostgresCluster;
  try {
    cluster = await startPostgresCluster(binaries);
  } catch (error) {
    // Programs present but the cluster does not start: that is a fault to fix, not a reason to skip.
    throw new Error(
      `Tijdelijke PostgreSQL start niet / throw-away PostgreSQL did not start (${binaries.dir})`,
      {
        cause: error,
      },
    );
  }
  console.log(`PostgreSQL (${binaries.dir}) gestart / started in ${Date.now() - started} ms`);
  try {
    await prepareCluster(cluster.url);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  project.provide('postgresAdminUrl', cluster.url);
  project.provide('postgresSkipReason', null);
  return () => cluster.stop();
}
