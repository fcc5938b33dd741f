// Autosave under load: N concurrent simulated candidates (default 200), each signed in with a
// session of their own, saving their own scan over real HTTP (keep-alive, like a browser), each
// save based on the revision the previous one returned. Against embedded PGlite and against a
// throw-away PostgreSQL cluster. Beside it, in the same run and through the same database driver
// (the same Kysely instance and pool as the app): a plain single-row insert at the same
// concurrency. The figure is autosave requests per second / baseline rows per second.
//
// The load generator runs in a worker thread, so the server's event loop is the app's alone, and
// speaks HTTP through a lean client (lean-http.ts: Node's own client cost it more CPU per save than
// the server spent on PostgreSQL, on the same two cores); it prints what it still costs.
//
//   npm run bench -- autosave [--seconds 15] [--concurrency 200]
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance as nodePerformance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Answer } from '../src/core/instrument/answers.ts';
import type { Field, Item } from '../src/core/instrument/schema.ts';
import type { AppDeps } from '../src/server/context.ts';
import { headerLines, LeanConnection } from './lean-http.ts';

const instrumentId = 'weerbaarheidscheck-raadslid';
const warmupMs = 2_000;

// ── HTTP, shared by the setup (main thread) and the load generator (worker) ────────────────────

export interface HttpReply {
  status: number;
  text: string;
  setCookie: string[];
}

export function request(
  agent: http.Agent,
  port: number,
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: string,
  /** Give up on a request after this long (the load benchmark's overloaded server). */
  timeoutMs?: number,
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        agent,
        headers:
          body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            setCookie: res.headers['set-cookie'] ?? [],
          }),
        );
      },
    );
    if (timeoutMs !== undefined) req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

// ── Figures ───────────────────────────────────────────────────────────────────────────────────

export interface Measured {
  /** Completed operations per second inside the measured window. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  count: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function measured(latencies: Float64Array, windowMs: number): Measured {
  const sorted = Float64Array.from(latencies).sort();
  return {
    perSecond: round((sorted.length / windowMs) * 1000, 1),
    p50Ms: round(percentile(sorted, 50), 2),
    p99Ms: round(percentile(sorted, 99), 2),
    count: sorted.length,
  };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Collects latencies of operations that start and complete inside [start, end]: one that started
 * during the warm-up (a scan's first save, plans made for the first time) is not counted, even if
 * it ends inside the window — such a request ending two seconds in once made the p99.
 */
export class Window {
  readonly start: number;
  readonly end: number;
  private values = new Float64Array(1 << 16);
  private n = 0;
  constructor(start: number, lengthMs: number) {
    this.start = start;
    this.end = start + lengthMs;
  }
  record(startedAt: number, endedAt: number): void {
    if (startedAt < this.start || endedAt > this.end) return;
    if (this.n === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.n++] = endedAt - startedAt;
  }
  latencies(): Float64Array {
    return this.values.slice(0, this.n);
  }
}

// ── The load generator (worker thread) ───────────────────────────────────────────────────────

interface Candidate {
  cookie: string;
  csrf: string;
  scanId: string;
}

interface LoadSpec {
  kind: 'weerbaar-autosave-load';
  port: number;
  tenantId: string;
  candidates: Candidate[];
  /** Valid [itemId, answer] pairs for the pinned instrument. */
  answers: Array<[string, Answer]>;
  warmupMs: number;
  durationMs: number;
}

interface LoadResult {
  latencies: Float64Array;
  /** Saves answered 200 in the whole run, warm-up included. */
  total: number;
  ok: number;
  conflicts: number;
  errors: number;
  errorSamples: string[];
  /** CPU time of the load generator's thread over the whole run, µs (it shares the machine). */
  cpuUs: number;
}

async function generateLoad(spec: LoadSpec): Promise<LoadResult> {
  const cpuAtStart = process.threadCpuUsage();
  const window = new Window(performance.now() + spec.warmupMs, spec.durationMs);
  const result = { ok: 0, total: 0, conflicts: 0, errors: 0, errorSamples: [] as string[] };
  const noteError = (what: string) => {
    result.errors += 1;
    if (result.errorSamples.length < 5) result.errorSamples.push(what.slice(0, 300));
  };
  const changeSet = (): Record<string, Answer> => {
    const changes: Record<string, Answer> = {};
    const size = Math.random() < 0.5 ? 1 : 2;
    while (Object.keys(changes).length < size) {
      const [itemId, answer] = spec.answers[Math.floor(Math.random() * spec.answers.length)]!;
      changes[itemId] = answer;
    }
    return changes;
  };

  async function candidateLoop(candidate: Candidate): Promise<void> {
    const url = `/api/organisations/${spec.tenantId}/my-scans/${candidate.scanId}`;
    const connection = new LeanConnection(spec.port);
    const headers = headerLines({
      cookie: candidate.cookie,
      'x-csrf-token': candidate.csrf,
      'content-type': 'application/json',
    });
    const resync = async (): Promise<number> => {
      const reply = await connection.request('GET', url, headerLines({ cookie: candidate.cookie }));
      return (JSON.parse(reply.text) as { revision: number }).revision;
    };
    let revision = 0;
    while (performance.now() < window.end) {
      const body = JSON.stringify({ baseRevision: revision, saveId: randomUUID(), changes: changeSet() });
      const started = performance.now();
      try {
        const reply = await connection.request('PUT', `${url}/answers`, headers, body);
        const ended = performance.now();
        if (reply.status === 200) {
          revision = (JSON.parse(reply.text) as { revision: number }).revision;
          window.record(started, ended);
          if (started >= window.start && ended <= window.end) result.ok += 1;
          result.total += 1;
          continue;
        }
        if (reply.status === 409) result.conflicts += 1;
        else noteError(`HTTP ${reply.status}: ${reply.text}`);
      } catch (error) {
        noteError((error as Error).message);
        await new Promise((r) => setTimeout(r, 50));
      }
      try {
        revision = await resync();
      } catch (error) {
        noteError(`resync: ${(error as Error).message}`);
      }
    }
    connection.close();
  }

  await Promise.all(spec.candidates.map(candidateLoop));
  const cpu = process.threadCpuUsage(cpuAtStart);
  return { latencies: window.latencies(), ...result, cpuUs: cpu.user + cpu.system };
}

if (!isMainThread && (workerData as { kind?: string } | null)?.kind === 'weerbaar-autosave-load') {
  const result = await generateLoad(workerData as LoadSpec);
  parentPort!.postMessage(result, [result.latencies.buffer as ArrayBuffer]);
}

function loadInWorker(spec: LoadSpec): { done: Promise<LoadResult>; stop(): Promise<void> } {
  const worker = new Worker(new URL(import.meta.url), { workerData: spec });
  const done = new Promise<LoadResult>((resolve, reject) => {
    worker.once('message', (message: LoadResult) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`load worker exited (${code}) without a result`)));
  });
  return {
    done,
    async stop() {
      await worker.terminate();
    },
  };
}

// ── Answers that fit the instrument ──────────────────────────────────────────────────────────

function candidateValues(field: Field | Item): Answer[] {
  switch (field.kind) {
    case 'singleChoice':
      return field.options.map((o) => o.value);
    case 'multiChoice':
      return [[field.options[0]!.value], field.options.slice(0, 2).map((o) => o.value)];
    case 'yesNoUnknown':
      return ['ja', 'nee', 'onbekend'];
    case 'scale':
      return field.points.map((p) => p.value);
    case 'number':
      return [field.min ?? 0, Math.min(field.max ?? 3, (field.min ?? 0) + 3)];
    case 'date':
      return [field.min ?? '2020-01-01'];
    case 'shortText':
      return ['Stichting Dorpshuis', 'Voetbalvereniging'];
    case 'longText':
      return ['Ik ben penningmeester geweest van de buurtvereniging en heb dat in 2022 neergelegd.'];
    case 'group': {
      const entry = Object.fromEntries(field.fields.map((f) => [f.id, candidateValues(f)[0]!]));
      return [[entry] as Answer];
    }
  }
}

export async function answerPool(deps: AppDeps): Promise<Array<[string, Answer]>> {
  const { indexInstrument } = await import('../src/core/instrument/index-instrument.ts');
  const { validateAnswer } = await import('../src/core/instrument/answers.ts');
  const loaded = deps.instruments.latest(instrumentId);
  if (!loaded) throw new Error(`instrument ${instrumentId} is missing`);
  const pool: Array<[string, Answer]> = [];
  for (const [itemId, place] of indexInstrument(loaded.instrument).items) {
    for (const value of candidateValues(place.item)) {
      if (validateAnswer(place.item, value).length === 0) pool.push([itemId, value]);
    }
  }
  if (pool.length === 0) throw new Error('no valid answers for the instrument');
  return pool;
}

// ── PostgreSQL: a throw-away cluster, a database with an owner and a runtime login role ──────

export interface PostgresTarget {
  database: string;
  runtimeUrl: string;
  ownerUrl: string;
  runtimeRole: string;
  adminUrl: string;
}

function connectionUrl(base: string, user: string, password: string, database: string): string {
  const url = new URL(base);
  url.username = user;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdmin<T>(
  adminUrl: string,
  work: (client: import('pg').Client) => Promise<T>,
): Promise<T> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(adminUrl: string): Promise<PostgresTarget> {
  const name = `bench_${randomBytes(6).toString('hex')}`;
  const owner = `${name}_owner`;
  const runtime = `${name}_app`;
  const ownerPassword = randomBytes(12).toString('hex');
  const runtimePassword = randomBytes(12).toString('hex');
  await withAdmin(adminUrl, async (client) => {
    await client.query(`create role ${owner} login createrole password '${ownerPassword}'`);
    await client.query(`create role ${runtime} login password '${runtimePassword}'`);
    await client.query(`create database ${name} owner ${owner}`);
  });
  return {
    database: name,
    runtimeUrl: connectionUrl(adminUrl, runtime, runtimePassword, name),
    ownerUrl: connectionUrl(adminUrl, owner, ownerPassword, name),
    runtimeRole: runtime,
    adminUrl,
  };
}

// ── One engine ───────────────────────────────────────────────────────────────────────────────

interface LockWaits {
  /** Mean number of the database's client backends running a statement, sampled every 100 ms. */
  avgActive: number;
  /** Mean number of those waiting for a lock (heavyweight: row, tuple, transaction id). */
  avgWaitingOnLock: number;
  /** Mean number of backends inside a transaction but idle: waiting for the app's next statement. */
  avgIdleInTransaction: number;
  /** The statements seen waiting on a lock most often, with how many samples saw them. */
  top: Array<{ query: string; samples: number }>;
}

interface EngineResult {
  autosave: Measured & {
    conflicts: number;
    errors: number;
    serverEventLoopBusy: number;
    serverCpuUsPerOp: number;
    loadGeneratorCpuUsPerOp: number;
    databaseCpuUsPerOp?: number;
  };
  baseline: Measured & { serverEventLoopBusy: number; serverCpuUsPerOp: number; databaseCpuUsPerOp?: number };
  ratio: number;
  /** Server CPU per insert ÷ server CPU per autosave: the ratio without the machine's other load. */
  cpuRatio: number;
  setupSeconds: number;
  lockWaits?: LockWaits;
}

/** Samples pg_stat_activity of one database from the superuser connection until stopped. */
function sampleLockWaits(adminUrl: string, database: string): { stop(): Promise<LockWaits> } {
  let running = true;
  const samples: Array<{ active: number; waiting: number; idle: number }> = [];
  const waitingQueries = new Map<string, number>();
  const done = withAdmin(adminUrl, async (client) => {
    while (running) {
      const result = await client.query<{
        state: string | null;
        wait_event_type: string | null;
        query: string;
      }>(
        `select state, wait_event_type, query from pg_stat_activity
          where datname = $1 and backend_type = 'client backend' and pid <> pg_backend_pid()`,
        [database],
      );
      const active = result.rows.filter((r) => r.state === 'active');
      const waiting = active.filter((r) => r.wait_event_type === 'Lock');
      const idle = result.rows.filter((r) => r.state === 'idle in transaction').length;
      samples.push({ active: active.length, waiting: waiting.length, idle });
      for (const row of waiting) {
        const query = row.query.replace(/\s+/g, ' ').trim().slice(0, 90);
        waitingQueries.set(query, (waitingQueries.get(query) ?? 0) + 1);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  return {
    async stop() {
      running = false;
      await done;
      const mean = (f: (s: { active: number; waiting: number; idle: number }) => number) =>
        samples.length ? round(samples.reduce((n, s) => n + f(s), 0) / samples.length, 2) : 0;
      return {
        avgActive: mean((s) => s.active),
        avgWaitingOnLock: mean((s) => s.waiting),
        avgIdleInTransaction: mean((s) => s.idle),
        top: [...waitingQueries]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([query, n]) => ({ query, samples: n })),
      };
    },
  };
}

/** CPU time of the server's thread (user + system) per completed operation, in µs. */
function cpuPerOp(used: NodeJS.CpuUsage, operations: number): number {
  return operations > 0 ? round((used.user + used.system) / operations, 1) : Number.NaN;
}

/**
 * The CPU time (µs) of a PostgreSQL cluster's processes — the postmaster and every child, backends
 * and background workers — read from /proc (Linux; null elsewhere). The database's share of the
 * machine per operation: on two shared cores it competes with the app for the same CPU.
 */
export async function postgresCpu(adminUrl: string): Promise<(() => number) | null> {
  if (process.platform !== 'linux') return null;
  const stat = (pid: number | string): string[] | null => {
    try {
      const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command may hold spaces and parentheses: the fields start after the last ')'.
      return text.slice(text.lastIndexOf(')') + 2).split(' ');
    } catch {
      return null;
    }
  };
  // The postmaster is the parent of a backend: asked while that backend is still there.
  const postmaster = await withAdmin(adminUrl, async (client) => {
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    return Number(stat(rows[0]!.pid)?.[1]);
  });
  if (!Number.isInteger(postmaster)) return null;
  const tick = 1e6 / 100; // USER_HZ is 100 on Linux
  return () => {
    let used = 0;
    for (const pid of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const fields = stat(pid);
      if (!fields || (Number(pid) !== postmaster && Number(fields[1]) !== postmaster)) continue;
      // utime, stime: fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the command).
      used += (Number(fields[11]) + Number(fields[12])) * tick;
    }
    return used;
  };
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function inParallel<T, R>(items: T[], limit: number, work: (item: T, i: number) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!, i);
      }
    }),
  );
  return results;
}

export function tokenOf(url: string): string {
  return new URL(url).hash.replace('#token=', '');
}

/**
 * An organisation with an opdrachtgever, an expert and a procedure for the raadslid check, made
 * through the operations (staff would need a second factor over HTTP). Shared by `autosave` and `load`.
 */
export async function benchProcedure(app: AppDeps, label: string, purpose: string) {
  // Imported here, as in the runs: the server's modules load after the benchmark set its settings.
  const { createTenant } = await import('../src/server/operations/create-tenant.ts');
  const { inviteMember } = await import('../src/server/operations/invite-member.ts');
  const { openProcedure } = await import('../src/server/operations/open-procedure.ts');
  const { redeemSignInLink } = await import('../src/server/operations/redeem-sign-in-link.ts');
  const { loadSession } = await import('../src/server/auth/session.ts');
  const tenantId = (await createTenant(app, { slug: `${label}-${Date.now()}`, name: `Gemeente ${purpose}` }))
    .id;
  const staff = async (role: 'opdrachtgever' | 'expert') => {
    const invited = await inviteMember(app, null, {
      tenantId,
      email: `${role}@${label}.test`,
      displayName: `${label} ${role}`,
      role,
    });
    const { sessionToken } = await redeemSignInLink(app, tokenOf(invited.invitationUrl));
    const session = await loadSession(app, sessionToken);
    if (!session) throw new Error(`no session for the ${role}`);
    return { session, membershipId: invited.membershipId };
  };
  const opdrachtgever = await staff('opdrachtgever');
  const expert = await staff('expert');
  const { id: procedureId } = await openProcedure(app, opdrachtgever.session, {
    tenantId,
    name: `Raad 2026 (${purpose})`,
    office: 'raadslid',
    instrumentId,
    retentionDays: 90,
    expertMembershipIds: [expert.membershipId],
  });
  return { tenantId, procedureId, opdrachtgever, expert };
}

async function runEngine(
  label: string,
  postgres: PostgresTarget | null,
  concurrency: number,
  durationMs: number,
): Promise<EngineResult> {
  const { boot, shutdown } = await import('../src/server/boot.ts');
  const { readSettings } = await import('../src/server/env.ts');
  const { createLogger } = await import('../src/server/logger.ts');
  const { createApp } = await import('../src/server/app.ts');
  const { serve } = await import('@hono/node-server');
  const { sql } = await import('kysely');
  const { inviteCandidate } = await import('../src/server/operations/invite-candidate.ts');
  const { sessionCookieName } = await import('../src/server/auth/session.ts');
  const { autovacuumOnce } = await import('../src/server/db/pglite-autovacuum.ts');

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-autosave-'));
  let deps: AppDeps | null = null;
  let server: http.Server | null = null;
  let load: { stop(): Promise<void> } | null = null;
  let lockWaits: LockWaits | undefined;
  const setupStarted = performance.now();
  try {
    const settings = readSettings({
      WEERBAAR_DATA_DIR: dataDir,
      WEERBAAR_DEMO: 'false',
      WEERBAAR_PUBLIC_URL: 'http://localhost:3000',
      WEERBAAR_SIGN_IN_RATE_LIMIT: '10000',
      LOG_LEVEL: 'silent',
      ...(postgres ? { DATABASE_URL: postgres.runtimeUrl, DATABASE_MIGRATION_URL: postgres.ownerUrl } : {}),
    });
    deps = await boot(settings, createLogger('silent'), { printMailNotices: false });
    if (postgres) {
      await withAdmin(postgres.adminUrl, (client) =>
        client.query(`grant weerbaar_app to ${postgres.runtimeRole}`),
      );
    }
    const app = deps;

    // People and a procedure, through the operations (staff would need a second factor over HTTP).
    const { tenantId, procedureId, opdrachtgever } = await benchProcedure(app, 'bench', 'benchmark');

    const httpServer = serve({ fetch: createApp(app).fetch, port: 0, hostname: '127.0.0.1' }) as http.Server;
    server = httpServer;
    // As src/server/main.ts: idle keep-alive connections are not closed under the client's feet.
    httpServer.keepAliveTimeout = 65_000;
    httpServer.headersTimeout = 66_000;
    if (!httpServer.listening) await new Promise((resolve) => httpServer.once('listening', resolve));
    const port = (httpServer.address() as AddressInfo).port;

    // Candidates: invited by the opdrachtgever, each signing in through the invitation link.
    const setupAgent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const candidates = await inParallel(
      Array.from({ length: concurrency }, (_, i) => i),
      4,
      async (i): Promise<Candidate> => {
        const invited = await inviteCandidate(app, opdrachtgever.session, {
          tenantId,
          procedureId,
          email: `kandidaat-${i}@bench.test`,
          displayName: `Kandidaat ${i}`,
        });
        const reply = await request(
          setupAgent,
          port,
          'POST',
          '/api/auth/redeem',
          { 'content-type': 'application/json' },
          JSON.stringify({ token: tokenOf(invited.invitationUrl) }),
        );
        if (reply.status !== 200) throw new Error(`redeem: HTTP ${reply.status} ${reply.text}`);
        const cookie = reply.setCookie
          .map((c) => c.split(';')[0]!)
          .find((c) => c.startsWith(`${sessionCookieName}=`));
        if (!cookie) throw new Error('redeem set no session cookie');
        const csrf = (JSON.parse(reply.text) as { csrfToken: string }).csrfToken;
        return { cookie, csrf, scanId: invited.scanId };
      },
    );
    setupAgent.destroy();
    const answers = await answerPool(app);

    // The baseline's table, owned by the owner; the app's login role may insert (PGlite: one user).
    await sql`create table bench_rows (id uuid primary key, payload text not null)`.execute(
      app.database.owner,
    );
    if (postgres)
      await sql.raw(`grant insert on bench_rows to ${postgres.runtimeRole}`).execute(app.database.owner);
    const setupSeconds = round((performance.now() - setupStarted) / 1000, 1);
    process.stdout.write(
      `  ${label}: ${concurrency} kandidaten klaar in ${setupSeconds} s / candidates ready; ` +
        `${answers.length} geldige antwoorden / valid answers\n`,
    );

    // Baseline: a plain single-row insert through the app's own Kysely instance, same concurrency.
    const payload = JSON.stringify({ changes: { heeft_nevenfuncties: 'ja', bereid_openbaar: 'nee' } });
    const databaseCpu = postgres ? await postgresCpu(postgres.adminUrl) : null;
    const baselineDatabaseCpu = databaseCpu?.() ?? 0;
    const baselineWindow = new Window(performance.now() + warmupMs, durationMs);
    const baselineLoop = nodePerformance.eventLoopUtilization();
    const baselineCpu = process.threadCpuUsage();
    let baselineTotal = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < baselineWindow.end) {
          const started = performance.now();
          await sql`insert into bench_rows (id, payload) values (${randomUUID()}, ${payload})`.execute(
            app.database.db,
          );
          baselineWindow.record(started, performance.now());
          baselineTotal += 1;
        }
      }),
    );
    const baseline = {
      ...measured(baselineWindow.latencies(), durationMs),
      serverEventLoopBusy: round(nodePerformance.eventLoopUtilization(baselineLoop).utilization, 3),
      serverCpuUsPerOp: cpuPerOp(process.threadCpuUsage(baselineCpu), baselineTotal),
      ...(databaseCpu
        ? { databaseCpuUsPerOp: round((databaseCpu() - baselineDatabaseCpu) / Math.max(1, baselineTotal), 1) }
        : {}),
    };
    process.stdout.write(`  ${label}: insert ${baseline.perSecond}/s\n`);

    // The tables as a running server has them: an autovacuum analyzes a table soon after enough
    // of it changed (PostgreSQL's daemon within its naptime, a minute; PGlite's, the app's own
    // db/pglite-autovacuum.ts, within ten seconds), and the ANALYZE makes the plans cached while
    // the tables were small be planned again. The database here is seconds old, so the bench runs
    // that first round itself, after the baseline (whose table it analyzes too). Measured: without
    // it the PostgreSQL processes spent 470–490 µs per save instead of 305–355.
    if (postgres) await sql`analyze`.execute(app.database.owner);
    else await autovacuumOnce(app.database.owner);

    // Autosave: the candidates, from a worker thread, over HTTP.
    const locks = postgres ? sampleLockWaits(postgres.adminUrl, postgres.database) : null;
    const profiler = await startProfile(label);
    const autosaveLoop = nodePerformance.eventLoopUtilization();
    const autosaveCpu = process.threadCpuUsage();
    const autosaveDatabaseCpu = databaseCpu?.() ?? 0;
    const generator = loadInWorker({
      kind: 'weerbaar-autosave-load',
      port,
      tenantId,
      candidates,
      answers,
      warmupMs,
      durationMs,
    });
    load = generator;
    const outcome = await generator.done.finally(async () => {
      load = null;
      lockWaits = await locks?.stop();
      await profiler?.stop();
    });
    const autosave = {
      ...measured(outcome.latencies, durationMs),
      conflicts: outcome.conflicts,
      errors: outcome.errors,
      serverEventLoopBusy: round(nodePerformance.eventLoopUtilization(autosaveLoop).utilization, 3),
      serverCpuUsPerOp: cpuPerOp(process.threadCpuUsage(autosaveCpu), outcome.total),
      loadGeneratorCpuUsPerOp: round(outcome.cpuUs / Math.max(1, outcome.total), 1),
      ...(databaseCpu
        ? {
            databaseCpuUsPerOp: round((databaseCpu() - autosaveDatabaseCpu) / Math.max(1, outcome.total), 1),
          }
        : {}),
    };
    process.stdout.write(`  ${label}: autosave ${autosave.perSecond}/s\n`);
    if (outcome.errorSamples.length > 0) {
      process.stdout.write(
        `  ${label}: fouten / errors, e.g.:\n${outcome.errorSamples.map((e) => `    ${e}\n`).join('')}`,
      );
    }
    return {
      autosave,
      baseline,
      ratio: round(autosave.perSecond / baseline.perSecond, 4),
      cpuRatio: round(baseline.serverCpuUsPerOp / autosave.serverCpuUsPerOp, 4),
      setupSeconds,
      ...(lockWaits ? { lockWaits } : {}),
    };
  } finally {
    if (load) await load.stop().catch(() => {});
    if (server) {
      const s = server;
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
    if (deps) await shutdown(deps).catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// ── Where the server's time goes: `--profile <folder>` writes a CPU profile of the autosave part ──

let profileDir: string | null = null;

async function startProfile(label: string): Promise<{ stop(): Promise<void> } | null> {
  if (!profileDir) return null;
  const dir = profileDir;
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `autosave-${label.toLowerCase()}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(profile));
      process.stdout.write(`  ${label}: profiel / profile: ${file}\n`);
    },
  };
}

// ── The run ──────────────────────────────────────────────────────────────────────────────────

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number ≥ 1`);
  return value;
}

export async function run(args: string[]): Promise<void> {
  const concurrency = option(args, 'concurrency', 200);
  const seconds = option(args, 'seconds', 15);
  const durationMs = seconds * 1000;
  console.log(
    `Autosave: ${concurrency} gelijktijdige kandidaten / concurrent candidates, ${seconds} s gemeten per meting ` +
      `(na ${warmupMs / 1000} s opwarmen / after warm-up); node ${process.version}, ${os.cpus().length} cores\n`,
  );

  profileDir = args.includes('--profile')
    ? path.resolve(args[args.indexOf('--profile') + 1] ?? 'profiles')
    : null;
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const pglite: EngineResult | { skipped: string } =
    only === 'postgres'
      ? { skipped: '--only postgres' }
      : await runEngine('PGlite', null, concurrency, durationMs);

  let postgres: EngineResult | { skipped: string };
  const { findPostgresBinaries, startPostgresCluster } = await import('../test/support/postgres-cluster.ts');
  const binaries = findPostgresBinaries();
  if (only === 'pglite') {
    postgres = { skipped: '--only pglite' };
  } else if (!binaries) {
    postgres = { skipped: 'no PostgreSQL binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or on PATH' };
  } else {
    let cluster: Awaited<ReturnType<typeof startPostgresCluster>> | null = null;
    try {
      cluster = await startPostgresCluster(binaries);
      const target = await createPostgresDatabase(cluster.url);
      postgres = await runEngine('PostgreSQL', target, concurrency, durationMs);
    } catch (error) {
      if (cluster) throw error;
      postgres = { skipped: `the cluster did not start: ${(error as Error).message.split('\n')[0]}` };
    } finally {
      await cluster?.stop();
    }
  }

  const line = (label: string, m: Measured & { serverEventLoopBusy: number; serverCpuUsPerOp: number }) =>
    `${label.padEnd(40)}${String(m.perSecond).padStart(9)}${m.p50Ms.toFixed(1).padStart(10)}` +
    `${m.p99Ms.toFixed(1).padStart(10)}${String(m.count).padStart(8)}${`${Math.round(m.serverEventLoopBusy * 100)}%`.padStart(9)}` +
    `${String(m.serverCpuUsPerOp).padStart(10)}`;
  console.log(
    `\n${''.padEnd(40)}${'per s'.padStart(9)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}` +
      `${'n'.padStart(8)}${'loop¹'.padStart(9)}${'CPU µs²'.padStart(10)}`,
  );
  for (const [name, result] of [
    ['PGlite', pglite],
    ['PostgreSQL', postgres],
  ] as const) {
    if ('skipped' in result) {
      console.log(`${name}: overgeslagen / skipped: ${result.skipped}`);
      continue;
    }
    console.log(line(`${name} autosave (HTTP, ${concurrency} sessies)`, result.autosave));
    console.log(line(`${name} insert (zelfde driver / same driver)`, result.baseline));
    console.log(
      `${''.padEnd(4)}autosave ÷ insert = ${result.ratio}; CPU per insert ÷ CPU per autosave = ${result.cpuRatio}` +
        `   (409: ${result.autosave.conflicts}, fouten / errors: ${result.autosave.errors}, ` +
        `klaarzetten / setup ${result.setupSeconds} s)`,
    );
    console.log(
      `${''.padEnd(4)}lastgenerator / load generator: ${result.autosave.loadGeneratorCpuUsPerOp} µs CPU per autosave` +
        (result.autosave.databaseCpuUsPerOp !== undefined
          ? `; PostgreSQL-processen / processes: ${result.autosave.databaseCpuUsPerOp} µs CPU per autosave, ` +
            `${result.baseline.databaseCpuUsPerOp} per insert`
          : ''),
    );
    if (result.lockWaits) {
      const w = result.lockWaits;
      console.log(
        `${''.padEnd(4)}tijdens autosave / during autosave: gem. ${w.avgActive} actieve backends, ` +
          `${w.avgWaitingOnLock} daarvan wachtend op een lock / of which waiting on a lock; ` +
          `${w.avgIdleInTransaction} idle in transaction (wacht op de app / waiting for the app)`,
      );
      for (const t of w.top) console.log(`${''.padEnd(6)}${String(t.samples).padStart(5)}× ${t.query}`);
    }
  }
  console.log(
    '\n¹ server-eventloop bezet (incl. opwarmen) / server event loop busy (incl. warm-up); ' +
      'de belasting komt uit een worker thread / load comes from a worker thread',
  );
  console.log(
    'Voor de autosave-meting een ronde autovacuum (ANALYZE), zoals een draaiende server die al gehad heeft / ' +
      'before the autosave run one autovacuum round (ANALYZE), as a running server has had it',
  );
  console.log(
    '² CPU-tijd van de server-thread per afgeronde bewerking (opwarmen inbegrepen), los van andere belasting van de machine / ' +
      'CPU time of the server thread per completed operation (warm-up included), independent of other load on the machine',
  );
  if (!('skipped' in postgres)) {
    console.log(
      'PostgreSQL: wegwerpcluster met fsync=off, synchronous_commit=off / throw-away cluster, no durability',
    );
  }
  console.log('');
  console.log(
    JSON.stringify({
      benchmark: 'autosave',
      node: process.version,
      cpus: os.cpus().length,
      concurrency,
      seconds,
      pglite,
      postgres,
    }),
  );
}
