// Global setup of the `postgres` test project. Finds a PostgreSQL for the database tests:
//   1. TEST_DATABASE_URL (a superuser, or a role with CREATEDB and CREATEROLE), else
//   2. a throw-away cluster from the PostgreSQL server programs on this machine, else
//   3. nothing: the project's tests are reported as skipped (see postgres-runner.ts), with the reason.
// WEERBAAR_TEST_POSTGRES=skip skips on purpose.
// It also makes a migrated template database once (makeTemplate): each test database is a copy
// (CREATE DATABASE … TEMPLATE, database.ts) instead of an empty one that runs every migration.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { findPostgresBinaries, type PostgresCluster, startPostgresCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin connection for creating test databases; null when PostgreSQL tests are skipped. */
    postgresAdminUrl: string | null;
    postgresSkipReason: string | null;
    /**
     * The migrated template database and the role that owns it and its tables (and that the
     * migrations' backup policies name), with its password; null: each test database migrates.
     */
    postgresTemplate: { database: string; owner: string; password: string } | null;
  }
}

function skip(project: TestProject, reason: string): void {
  console.log(`\nPostgreSQL-tests overgeslagen / skipped: ${reason}\n`);
  project.provide('postgresAdminUrl', null);
  project.provide('postgresSkipReason', reason);
  project.provide('postgresTemplate', null);
}

/**
 * A database migrated by a login role of its own, as a test database is (database.ts), under a
 * name unique to this run. Copies of it keep that owner: the tables, and the backup policies that
 * name the migrating role (`to current_user`), belong to one role in every copy, as they would
 * after `weerbaar migrate`. Returns a drop for the teardown. Null (with a note) when it cannot be
 * made: the tests then migrate each database, as before.
 */
async function makeTemplate(project: TestProject, adminUrl: string): Promise<(() => Promise<void>) | null> {
  const name = `template_${randomBytes(6).toString('hex')}`;
  const owner = `${name}_owner`;
  const password = randomBytes(12).toString('hex');
  const admin = async (work: (client: pg.Client) => Promise<void>) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  };
  const drop = () =>
    admin(async (client) => {
      await client.query(`drop database if exists ${name} with (force)`);
      await client.query(`drop role if exists ${owner}`);
    });
  try {
    await admin(async (client) => {
      await client.query(`create role ${owner} login createrole password '${password}'`);
      await client.query(`create database ${name} owner ${owner}`);
    });
    const url = new URL(adminUrl);
    url.username = owner;
    url.password = password;
    url.pathname = `/${name}`;
    const database = await openPostgres(url.toString(), url.toString());
    try {
      await migrate(database);
    } finally {
      await database.close();
    }
  } catch (error) {
    console.log(`\nPostgreSQL: geen sjabloondatabase / no template database: ${(error as Error).message}\n`);
    await drop().catch(() => {});
    project.provide('postgresTemplate', null);
    return null;
  }
  project.provide('postgresTemplate', { database: name, owner, password });
  return drop;
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
    const dropTemplate = await makeTemplate(project, given);
    return dropTemplate ?? undefined;
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
  // The cluster goes away afterwards, and the template with it.
  await makeTemplate(project, cluster.url);
  return () => cluster.stop();
}
