// Fault: PostgreSQL stops and starts again while a candidate's answers are being autosaved.
//
// Real parts throughout: a throw-away PostgreSQL cluster of our own (so it can be stopped without
// disturbing other tests), the server as a real process (src/server/main.ts) with an owner and a
// separate app login role, and the web app's own save engine (src/web/scan/autosave.ts on
// save-queue.ts) driven in Node, its requests sent with fetch as the browser would. While the
// database is away, requests get a 503 problem+json with Retry-After (not a hang, not a crash) and
// the engine retries the same saveId; once it is back the same process answers again — no
// restart — and afterwards every change is there, read back and decrypted by the server, each save
// applied once, and the audit chain verifies.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/instrument/answers.ts';
import { openPostgres } from '../../src/server/db/database.ts';
import { inTransaction } from '../../src/server/db/transaction.ts';
import { ApiError, type Problem } from '../../src/web/api.ts';
import { Autosaver, DEBOUNCE_MS } from '../../src/web/scan/autosave.ts';
import {
  findPostgresBinaries,
  type PostgresCluster,
  startPostgresCluster,
} from '../support/postgres-cluster.ts';
import { cli, type RunningServer, signInAsCandidate, startServer, until } from './support.ts';

const binaries = findPostgresBinaries();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-fault-pg-'));
let cluster: PostgresCluster | null = null;
let server: RunningServer | null = null;
let env: NodeJS.ProcessEnv = {};

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (!binaries) return;
  cluster = await startPostgresCluster(binaries);
  const ownerPassword = randomBytes(12).toString('hex');
  const appPassword = randomBytes(12).toString('hex');
  await admin(cluster.url, async (client) => {
    await client.query(`create role weerbaar_owner login createrole password '${ownerPassword}'`);
    await client.query(`create role weerbaar_login login password '${appPassword}'`);
    await client.query('create role weerbaar_app nologin');
    await client.query('grant weerbaar_app to weerbaar_login');
    await client.query('create database weerbaar owner weerbaar_owner');
  });
  const at = (user: string, password: string) => {
    const url = new URL(cluster!.url);
    url.username = user;
    url.password = password;
    url.pathname = '/weerbaar';
    return url.toString();
  };
  env = {
    WEERBAAR_DATA_DIR: dataDir,
    DATABASE_URL: at('weerbaar_login', appPassword),
    DATABASE_MIGRATION_URL: at('weerbaar_owner', ownerPassword),
    WEERBAAR_DEMO: 'true',
  };
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The save engine's transport, as src/web/api.ts request() does it, against the real server. */
function engineFor(call: Awaited<ReturnType<typeof signInAsCandidate>>['call'], url: string) {
  const acknowledged: Array<{ saveId: string; revision: number; changes: Record<string, unknown> }> = [];
  const refusals: number[] = [];
  const send = async (method: string, path: string, body?: unknown) => {
    let reply: Awaited<ReturnType<typeof call>>;
    try {
      reply = await call(method, path, body);
    } catch {
      throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'network' });
    }
    if (reply.status >= 400) {
      refusals.push(reply.status);
      throw new ApiError(
        (reply.body as Problem | null) ?? { type: 'about:blank', title: 'x', status: reply.status },
      );
    }
    return reply.body!;
  };
  return {
    acknowledged,
    refusals,
    deps: {
      async save(input: { saveId: string; baseRevision: number; changes: Record<string, unknown> }) {
        const body = await send('PUT', `${url}/answers`, input);
        acknowledged.push({ saveId: input.saveId, revision: body.revision, changes: input.changes });
        return { revision: body.revision as number };
      },
      async reload() {
        const body = await send('GET', url);
        return { revision: body.revision, answers: body.answers, editable: body.editable ?? true };
      },
      check: () => null,
      onFrozen: () => {},
      renewSession: async () => false,
      uuid: () => randomUUID(),
      now: () => new Date(),
    },
  };
}

describe.skipIf(!binaries)('fault: PostgreSQL restarted during a stream of autosaves', () => {
  it('answers 503 while it is away, loses nothing acknowledged and recovers without a restart', async () => {
    server = await startServer({ env });
    const pid = server.child.pid;
    const { call, url } = await signInAsCandidate(server.port, dataDir);
    const before = (await call('GET', url)).body!;
    const engine = engineFor(call, url);
    const saver = new Autosaver(engine.deps as never, {
      revision: before.revision as number,
      answers: before.answers as Answers,
    });

    // A stream of changes, each one left to the engine's debounce, as a person typing in bursts.
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    let last = '';
    const type = async (i: number) => {
      last = `Toelichting versie ${i} ${'•'.repeat(i % 7)}`;
      saver.change('cv_toelichting', last);
      await wait(DEBOUNCE_MS + 150); // each change its own save
    };
    for (let i = 0; i < 8; i++) await type(i);
    await until('the first saves', () => engine.acknowledged.length >= 3);

    // PostgreSQL goes away while the stream goes on.
    await cluster!.stopServer();
    let outage: { status: number; type: string | null; retryAfter: string | null; body: unknown } | null =
      null;
    for (let i = 8; i < 16; i++) {
      await type(i);
      if (!outage) {
        const response = await fetch(`http://127.0.0.1:${server.port}/api/health`).catch(() => null);
        outage = response
          ? {
              status: response.status,
              type: response.headers.get('content-type'),
              retryAfter: response.headers.get('retry-after'),
              body: await response.json().catch(() => null),
            }
          : { status: 0, type: null, retryAfter: null, body: `no answer; server output: ${server.output()}` };
      }
    }
    await until('the engine to meet the outage', () => engine.refusals.includes(503));
    expect(outage).toMatchObject({
      status: 503,
      retryAfter: expect.stringMatching(/^\d+$/),
      body: {
        status: 503,
        code: 'database-unavailable',
        message: { nl: expect.any(String), en: expect.any(String) },
      },
    });
    expect(outage!.type).toContain('application/problem+json');
    expect(server.child.exitCode).toBeNull();
    expect(saver.getSnapshot().state.kind).toBe('offline');
    expect(saver.getSnapshot().unsaved).toBe(true);

    // Back: the same process, no restart, picks up.
    await cluster!.startServer();
    for (let i = 16; i < 24; i++) await type(i);
    // The page's "save now" (and the browser's "online" event) ask the engine to try at once.
    await until(
      'everything saved',
      async () => (await saver.flush()) && !saver.getSnapshot().unsaved,
      120_000,
      500,
    );
    expect(server.child.pid).toBe(pid);
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`http://127.0.0.1:${server.port}/api/health`)).status).toBe(200);

    // Read back (the server decrypts) and compare with what the engine was told is saved.
    const after = (await call('GET', url)).body!;
    expect(after.answers.cv_toelichting).toBe(last);
    expect(saver.getSnapshot().answers.cv_toelichting).toBe(last);
    // Every acknowledged save counted once: distinct saveIds, consecutive revisions, no gaps.
    const bySaveId = new Map<string, number>();
    for (const ack of engine.acknowledged) {
      const seen = bySaveId.get(ack.saveId);
      if (seen !== undefined) expect(ack.revision).toBe(seen); // a retry answered as before
      bySaveId.set(ack.saveId, ack.revision);
    }
    const revisions = [...bySaveId.values()].sort((a, b) => a - b);
    expect(revisions).toEqual(revisions.map((_, i) => (before.revision as number) + 1 + i));
    expect(after.revision).toBe((before.revision as number) + bySaveId.size);

    await server.stop();
    server = null;
    const verify = cli(['audit', 'verify'], env);
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/Auditlog intact/);
  }, 300_000);

  it('survives a connection dropped in the middle of a transaction, and drops it from the pool', async () => {
    // The same thing a restart does to one connection, at a chosen moment: between two queries of
    // a transaction, when the client is checked out of the pool and the pool does not listen to it.
    // Without a listener on the client, its 'error' event is thrown and takes the process down.
    const database = await openPostgres(env.DATABASE_URL!, env.DATABASE_MIGRATION_URL!);
    try {
      const scope = { tenantId: null, userId: null };
      const failed = inTransaction(database, scope, async (tx) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(tx);
        const pid = rows[0]!.pid;
        await admin(cluster!.url, (client) => client.query('select pg_terminate_backend($1)', [pid]));
        await until('the backend to be gone', () =>
          admin(cluster!.url, async (client) => {
            const left = await client.query('select 1 from pg_stat_activity where pid = $1', [pid]);
            return left.rowCount === 0;
          }),
        );
        await new Promise((r) => setTimeout(r, 200)); // let the client read the news
        await sql`select 1`.execute(tx);
      });
      await expect(failed).rejects.toThrow();
      // The next transactions get fresh connections.
      for (let i = 0; i < 3; i++) {
        const { rows } = await inTransaction(database, scope, (tx) =>
          sql<{ one: number }>`select 1 as one`.execute(tx),
        );
        expect(rows[0]?.one).toBe(1);
      }
    } finally {
      await database.close();
    }
  }, 120_000);
});
