// Load: N concurrent candidates (default 500) autosaving for S seconds (default 60) against the real
// server start (`node src/server/main.ts`) with WEERBAAR_WORKERS=2 — two app processes behind one
// port (node:cluster) — on a throw-away PostgreSQL cluster. Loopback only; every loop stops at the
// deadline and every request times out after 30 s.
//
// Printed: saves per second, latency, errors and conflicts, the RSS and the heap in use after a
// forced full GC of each process at the start and at the end of the load and every 10 s between
// (asked over the server's debug-only IPC channel, WEERBAAR_MEMORY_PROBE; see
// src/server/memory-probe.ts), a verdict on the heap — the slope of each worker's post-GC heap over
// the second half of the load against a stated bound — and afterwards the proof: every acknowledged
// save is in the database (each scan's answers decrypted and compared with what the client was told
// was saved, and its revision with the last acknowledged one), and the audit log is sealed and
// intact. Ends with one line of JSON.
//
// A soak: `--seconds 300`. With `--snapshots` each worker also writes a heap snapshot early (after
// a fifth of the load; that worker pauses a few seconds meanwhile) and at the end, and the bench
// prints what grew between them and what holds it (bench/heap-diff.ts); `--keep-snapshots` keeps
// the files.
//
//   npm run bench -- load [--seconds 60] [--concurrency 500] [--workers 2] [--snapshots] [--keep-snapshots]
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Answer, Answers } from '../src/core/instrument/answers.ts';
import { canonicalJson } from '../src/core/util/canonical-json.ts';
import type { MemoryAnswer, MemoryFigures, MemoryQuestion } from '../src/server/memory-probe.ts';
import {
  answerPool,
  benchProcedure,
  createPostgresDatabase,
  type HttpReply,
  inParallel,
  type Measured,
  measured,
  request as sharedRequest,
  tokenOf,
  Window,
  withAdmin,
} from './autosave.ts';
import { type Growth, heapGrowth, printGrowth } from './heap-diff.ts';

const warmupMs = 2_000;
const requestTimeoutMs = 30_000;
const repoRoot = path.resolve(import.meta.dirname, '..');

/** One request with the load benchmark's time limit (bench/autosave.ts `request`). */
function request(
  agent: http.Agent,
  port: number,
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: string,
): Promise<HttpReply> {
  return sharedRequest(agent, port, method, urlPath, headers, body, requestTimeoutMs);
}

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number ≥ 1`);
  return value;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Memory is called flat when each worker's post-GC heap grows less than this over the second half. */
const flatBoundMiBPerMinute = 1;

/** Least-squares slope of y over x. */
function slope(points: Array<[number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

/** Asks the server (over its IPC channel) for every process's RSS and post-GC heap. */
function memoryAsker(child: ChildProcess) {
  let next = 1;
  return (snapshot?: string): Promise<MemoryFigures[]> => {
    const id = next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.off('message', listen);
        reject(new Error('no memory answer within 180 s'));
      }, 180_000);
      const listen = (message: unknown) => {
        const answer = message as MemoryAnswer;
        if (answer?.type !== 'weerbaar:memory-answer' || answer.id !== id) return;
        clearTimeout(timer);
        child.off('message', listen);
        resolve(answer.processes);
      };
      child.on('message', listen);
      const question: MemoryQuestion = { type: 'weerbaar:memory', id, ...(snapshot ? { snapshot } : {}) };
      child.send(question);
    });
  };
}

function childPids(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

async function waitForHealth(port: number, server: ChildProcess, output: () => string): Promise<void> {
  const agent = new http.Agent({ keepAlive: false });
  const deadline = Date.now() + 180_000;
  try {
    while (Date.now() < deadline) {
      if (server.exitCode !== null) throw new Error(`the server stopped at start:\n${output()}`);
      try {
        const reply = await request(agent, port, 'GET', '/api/health', {});
        if (reply.status === 200) return;
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the server did not answer /api/health within 180 s:\n${output()}`);
  } finally {
    agent.destroy();
  }
}

interface Candidate {
  cookie: string;
  csrf: string;
  scanId: string;
  /** What the server acknowledged, applied in order: what must be in the database afterwards. */
  expected: Answers;
  revision: number;
  /** A save sent but not acknowledged (error or timeout): it may or may not have gone through. */
  pending?: Record<string, Answer>;
}

export async function run(args: string[]): Promise<void> {
  const concurrency = option(args, 'concurrency', 500);
  const seconds = option(args, 'seconds', 60);
  const workers = option(args, 'workers', 2);
  const snapshots = args.includes('--snapshots') || args.includes('--keep-snapshots');
  const keepSnapshots = args.includes('--keep-snapshots');
  const durationMs = seconds * 1000;
  console.log(
    `Load: ${concurrency} gelijktijdige kandidaten / concurrent candidates, ${seconds} s ` +
      `(na ${warmupMs / 1000} s opwarmen / after warm-up), ${workers} app-processen achter één poort / ` +
      `app processes behind one port; node ${process.version}, ${os.cpus().length} cores\n`,
  );
  const { findPostgresBinaries, startPostgresCluster, freePort } = await import(
    '../test/support/postgres-cluster.ts'
  );
  const binaries = findPostgresBinaries();
  if (!binaries) {
    const skipped = 'no PostgreSQL binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or on PATH';
    console.log(`overgeslagen / skipped: ${skipped}\n`);
    console.log(JSON.stringify({ benchmark: 'load', skipped }));
    return;
  }

  const { boot, shutdown } = await import('../src/server/boot.ts');
  const { readSettings } = await import('../src/server/env.ts');
  const { createLogger } = await import('../src/server/logger.ts');
  const { inviteCandidate } = await import('../src/server/operations/invite-candidate.ts');
  const { sessionCookieName } = await import('../src/server/auth/session.ts');
  const { inTransaction } = await import('../src/server/db/transaction.ts');
  const { readAnswers } = await import('../src/server/scans/content.ts');
  const { sealAuditLog } = await import('../src/server/audit/sealer.ts');
  const { verifyAuditLog } = await import('../src/server/audit/verify.ts');

  const cluster = await startPostgresCluster(binaries);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-load-'));
  let deps: Awaited<ReturnType<typeof boot>> | null = null;
  let server: ChildProcess | null = null;
  try {
    const target = await createPostgresDatabase(cluster.url);
    const env: Record<string, string> = {
      WEERBAAR_DATA_DIR: dataDir,
      WEERBAAR_DEMO: 'false',
      WEERBAAR_PUBLIC_URL: 'http://localhost:3000',
      WEERBAAR_SIGN_IN_RATE_LIMIT: '10000',
      WEERBAAR_MASTER_KEY: randomBytes(32).toString('base64'),
      DATABASE_URL: target.runtimeUrl,
      DATABASE_MIGRATION_URL: target.ownerUrl,
      LOG_LEVEL: 'warn',
    };
    // ── Set-up through the operations, in this process (the server processes share database,
    //    master key and key folder) ──
    const setupStarted = performance.now();
    deps = await boot(readSettings(env), createLogger('silent'), { printMailNotices: false });
    await withAdmin(target.adminUrl, (client) => client.query(`grant weerbaar_app to ${target.runtimeRole}`));
    const app = deps;
    const { tenantId, procedureId, opdrachtgever } = await benchProcedure(app, 'load', 'belasting');
    const invitations = await inParallel(
      Array.from({ length: concurrency }, (_, i) => i),
      8,
      async (i) => {
        const invited = await inviteCandidate(app, opdrachtgever.session, {
          tenantId,
          procedureId,
          email: `kandidaat-${i}@load.test`,
          displayName: `Kandidaat ${i}`,
        });
        return { token: tokenOf(invited.invitationUrl), scanId: invited.scanId };
      },
    );
    const answers = await answerPool(app);

    // ── The server: the real start, two processes behind one port ──
    const port = await freePort();
    let output = '';
    const child = spawn(process.execPath, [path.join(repoRoot, 'src/server/main.ts')], {
      cwd: repoRoot,
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        WEERBAAR_WORKERS: String(workers),
        WEERBAAR_MEMORY_PROBE: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    server = child;
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    await waitForHealth(port, child, () => output);
    for (let i = 0; i < 100 && childPids(child.pid!).length < workers; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const processes = [
      { role: 'primary', pid: child.pid! },
      ...childPids(child.pid!).map((pid, i) => ({ role: `worker ${i + 1}`, pid })),
    ];

    // Candidates sign in through their invitation over HTTP.
    const setupAgent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const candidates = await inParallel(invitations, 8, async (invitation): Promise<Candidate> => {
      const reply = await request(
        setupAgent,
        port,
        'POST',
        '/api/auth/redeem',
        { 'content-type': 'application/json' },
        JSON.stringify({ token: invitation.token }),
      );
      if (reply.status !== 200) throw new Error(`redeem: HTTP ${reply.status} ${reply.text}`);
      const cookie = reply.setCookie
        .map((c) => c.split(';')[0]!)
        .find((c) => c.startsWith(`${sessionCookieName}=`));
      if (!cookie) throw new Error('redeem set no session cookie');
      const csrf = (JSON.parse(reply.text) as { csrfToken: string }).csrfToken;
      return { cookie, csrf, scanId: invitation.scanId, expected: {}, revision: 0 };
    });
    setupAgent.destroy();
    const setupSeconds = round((performance.now() - setupStarted) / 1000, 1);
    const askMemory = memoryAsker(child);
    const memoryStart = await askMemory();
    const snapshotDir = snapshots ? fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-load-heap-')) : null;
    console.log(
      `  klaar in / ready in ${setupSeconds} s: ${concurrency} kandidaten / candidates, processen / processes ` +
        `${processes.map((p) => `${p.role} ${p.pid}`).join(', ')}`,
    );

    // ── The load ──
    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency + 8 });
    const window = new Window(performance.now() + warmupMs, durationMs);
    const counts = { acknowledged: 0, conflicts: 0, errors: 0, errorSamples: [] as string[] };
    const noteError = (what: string) => {
      counts.errors += 1;
      if (counts.errorSamples.length < 5) counts.errorSamples.push(what.slice(0, 300));
    };
    const changeSet = (): Record<string, Answer> => {
      const changes: Record<string, Answer> = {};
      const size = Math.random() < 0.5 ? 1 : 2;
      while (Object.keys(changes).length < size) {
        const [itemId, answer] = answers[Math.floor(Math.random() * answers.length)]!;
        changes[itemId] = answer;
      }
      return changes;
    };
    const loadStarted = performance.now();
    // Memory every 10 s during the load: growth that levels off is warm-up, growth that goes on is a
    // leak. The post-GC heap tells them apart; RSS alone also holds pages the allocator keeps.
    const memorySeries: Array<{ second: number; inFlight: number; processes: MemoryFigures[] }> = [];
    let loadOver = false;
    // A heap snapshot stops a worker for seconds (longer on a busy machine), long enough for its
    // pool's connection timeouts to fire: the load pauses for it, after the requests in flight.
    let inFlight = 0;
    let pause: PromiseWithResolvers<void> | null = null;
    let pausedMs = 0;
    const duringPause = async <T>(work: () => Promise<T>): Promise<T> => {
      const began = performance.now();
      pause = Promise.withResolvers<void>();
      try {
        while (inFlight > 0 && performance.now() - began < 60_000)
          await new Promise((r) => setTimeout(r, 50));
        return await work();
      } finally {
        pause.resolve();
        pause = null;
        pausedMs += performance.now() - began;
      }
    };
    let earlySnapshotTaken = false;
    const earlySnapshotSecond = Math.max(10, Math.round(seconds / 5));
    const sampling = (async () => {
      for (;;) {
        // The next whole 10 s (after a pause for a snapshot: the next one from now).
        const due = loadStarted + (Math.floor((performance.now() - loadStarted) / 10_000) + 1) * 10_000;
        while (!loadOver && performance.now() < due) await new Promise((r) => setTimeout(r, 200));
        if (loadOver) return;
        const second = Math.round((performance.now() - loadStarted) / 1000);
        // Requests waiting for an answer: the live heap at a peak grows with them.
        const waiting = inFlight;
        const takeSnapshot = snapshotDir !== null && !earlySnapshotTaken && second >= earlySnapshotSecond;
        if (takeSnapshot) earlySnapshotTaken = true;
        const figures = takeSnapshot
          ? await duringPause(() => askMemory(path.join(snapshotDir, 'early')))
          : await askMemory();
        memorySeries.push({ second, inFlight: waiting, processes: figures });
      }
    })();
    await Promise.all(
      candidates.map(async (candidate) => {
        const url = `/api/organisations/${tenantId}/my-scans/${candidate.scanId}`;
        const headers = {
          cookie: candidate.cookie,
          'x-csrf-token': candidate.csrf,
          'content-type': 'application/json',
        };
        while (performance.now() < window.end) {
          if (pause) await pause.promise;
          const changes = changeSet();
          const body = JSON.stringify({ baseRevision: candidate.revision, saveId: randomUUID(), changes });
          const started = performance.now();
          try {
            inFlight += 1;
            const reply = await request(agent, port, 'PUT', `${url}/answers`, headers, body).finally(() => {
              inFlight -= 1;
            });
            const ended = performance.now();
            if (reply.status === 200) {
              candidate.revision = (JSON.parse(reply.text) as { revision: number }).revision;
              Object.assign(candidate.expected, changes);
              counts.acknowledged += 1;
              window.record(started, ended);
              continue;
            }
            if (reply.status === 409) counts.conflicts += 1;
            else noteError(`HTTP ${reply.status}: ${reply.text}`);
            candidate.pending = changes;
          } catch (error) {
            noteError((error as Error).message);
            candidate.pending = changes;
          }
          // Not acknowledged: this candidate stops here. The save may have gone through without its
          // answer arriving, so the check below accepts exactly that one save on top, nothing else.
          break;
        }
      }),
    );
    loadOver = true;
    await sampling;
    const loadSeconds = round((performance.now() - loadStarted) / 1000, 1);
    agent.destroy();
    const memoryEnd = await askMemory(snapshotDir ? path.join(snapshotDir, 'late') : undefined);
    memorySeries.push({ second: Math.round(loadSeconds), inFlight: 0, processes: memoryEnd });
    const saves: Measured = measured(window.latencies(), durationMs);

    // ── Stop the server (each worker seals its audit events as it stops) ──
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const exitCode = await Promise.race([
      exited,
      new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 60_000)),
    ]);
    if (exitCode === 'timeout') child.kill('SIGKILL');
    server = null;

    // ── Every acknowledged save present: decrypt each scan and compare ──
    let present = 0;
    const missing: string[] = [];
    for (const candidate of candidates) {
      const { row, stored } = await inTransaction(app.database, { tenantId, userId: null }, async (tx) => {
        const row = await tx
          .selectFrom('scans')
          .select(['id', 'tenant_id', 'revision'])
          .where('id', '=', candidate.scanId)
          .executeTakeFirstOrThrow();
        return { row, stored: await readAnswers(app, tx, row) };
      });
      const asAcknowledged =
        row.revision === candidate.revision && canonicalJson(stored) === canonicalJson(candidate.expected);
      const withPending =
        candidate.pending !== undefined &&
        row.revision === candidate.revision + 1 &&
        canonicalJson(stored) === canonicalJson({ ...candidate.expected, ...candidate.pending });
      if (asAcknowledged || withPending) {
        present += 1;
      } else if (missing.length < 5) {
        missing.push(`${candidate.scanId}: revision ${row.revision} vs ${candidate.revision} acknowledged`);
      }
    }
    // ── The audit log: sealed by the servers, intact ──
    const before = await verifyAuditLog(app.database);
    const unsealedAfterStop = before.ok ? before.unsealed : null;
    await sealAuditLog(app.database.db);
    const audit = await verifyAuditLog(app.database);

    // ── Memory: the series, the verdict, and what grew between the snapshots ──
    const roleOf = (pid: number) => processes.find((p) => p.pid === pid)?.role ?? `${pid}`;
    const memoryLine = (list: MemoryFigures[]) =>
      list
        .map(
          (p) =>
            `${roleOf(p.pid)} RSS ${p.rssMiB} MiB, heap ${p.heapUsedMiB} MiB (V8 heap total ${p.heapTotalMiB} MiB), external ${p.externalMiB} MiB`,
        )
        .join('; ');
    const seriesOf = (pid: number, figure: 'rssMiB' | 'heapUsedMiB') =>
      memorySeries
        .map((s) => [s.second, s.processes.find((p) => p.pid === pid)?.[figure]] as const)
        .filter((point): point is readonly [number, number] => point[1] !== undefined);
    const secondHalf = loadSeconds / 2;
    const verdicts = memoryEnd
      .filter((p) => p.role !== 'primary')
      .map((p) => {
        const perMinute = (figure: 'rssMiB' | 'heapUsedMiB') =>
          round(
            slope(
              seriesOf(p.pid, figure)
                .filter(([second]) => second >= secondHalf)
                .map(([second, mib]) => [second / 60, mib]),
            ),
            2,
          );
        const heapSlope = perMinute('heapUsedMiB');
        return {
          process: roleOf(p.pid),
          heapSlopeMiBPerMinute: heapSlope,
          rssSlopeMiBPerMinute: perMinute('rssMiB'),
          flat: heapSlope <= flatBoundMiBPerMinute,
        };
      });
    const memoryFlat = verdicts.length > 0 && verdicts.every((v) => v.flat);
    let growth: Array<{ process: string; growth: Growth[] }> = [];
    if (snapshotDir) {
      growth = memoryEnd
        .filter((p) => p.role !== 'primary')
        .flatMap((p) => {
          const early = path.join(snapshotDir, `early-${p.pid}.heapsnapshot`);
          const late = path.join(snapshotDir, `late-${p.pid}.heapsnapshot`);
          if (!fs.existsSync(early) || !fs.existsSync(late)) return [];
          return [{ process: roleOf(p.pid), growth: heapGrowth(early, late) }];
        });
      if (!keepSnapshots) fs.rmSync(snapshotDir, { recursive: true, force: true });
    }
    console.log('');
    console.log(
      `${''.padEnd(34)}${'per s'.padStart(9)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'n'.padStart(9)}`,
    );
    console.log(
      `${`autosave (HTTP, ${concurrency} sessies)`.padEnd(34)}${String(saves.perSecond).padStart(9)}` +
        `${saves.p50Ms.toFixed(1).padStart(10)}${saves.p99Ms.toFixed(1).padStart(10)}${String(saves.count).padStart(9)}`,
    );
    console.log(
      `    bevestigd / acknowledged ${counts.acknowledged} in ${loadSeconds} s, ` +
        `409: ${counts.conflicts}, fouten / errors: ${counts.errors}` +
        (pausedMs > 0
          ? `; gepauzeerd voor de vroege heap-snapshot / paused for the early heap snapshot: ${round(pausedMs / 1000, 1)} s ` +
            '(RSS daarna bevat wat het schrijven ervan achterliet / RSS after it holds what writing it left behind)'
          : ''),
    );
    for (const e of counts.errorSamples) console.log(`      ${e}`);
    console.log(`    geheugen begin / memory start (heap na GC / after GC): ${memoryLine(memoryStart)}`);
    console.log(`    geheugen eind / memory end:                           ${memoryLine(memoryEnd)}`);
    const pids = memoryStart.map((p) => p.pid);
    const figureNames = {
      rssMiB: 'RSS',
      heapUsedMiB: 'heap na GC / after GC',
      heapTotalMiB: 'V8 heap total (toegewezen / committed)',
    } as const;
    for (const figure of ['rssMiB', 'heapUsedMiB', 'heapTotalMiB'] as const) {
      console.log(
        `    ${figureNames[figure]} per 10 s (MiB; ${pids.map(roleOf).join(' / ')}): ` +
          [{ second: 0, processes: memoryStart }, ...memorySeries]
            .map(
              (s) =>
                `${s.second}s ${pids.map((pid) => s.processes.find((p) => p.pid === pid)?.[figure] ?? '?').join('/')}`,
            )
            .join(', '),
      );
    }
    console.log(
      `    verzoeken onderweg / requests in flight per 10 s: ${memorySeries.map((s) => `${s.second}s ${s.inFlight}`).join(', ')}`,
    );
    console.log(
      `    oordeel / verdict: heap na GC in de tweede helft / post-GC heap over the second half ` +
        `(grens / bound ${flatBoundMiBPerMinute} MiB/min): ` +
        verdicts
          .map((v) => `${v.process} ${v.heapSlopeMiBPerMinute} MiB/min (RSS ${v.rssSlopeMiBPerMinute})`)
          .join(', ') +
        ` → ${memoryFlat ? 'vlak / flat' : 'GROEIT / GROWING'}`,
    );
    for (const g of growth) {
      console.log(
        `    gegroeid tussen de snapshots / grown between the snapshots, ${g.process} (aantal, eigen grootte / count, own size):`,
      );
      printGrowth(g.growth, '      ');
    }
    if (snapshotDir && keepSnapshots) console.log(`    snapshots: ${snapshotDir}`);
    console.log(
      `    in de database / in the database: ${present} van / of ${candidates.length} scans precies zoals bevestigd / ` +
        'exactly as acknowledged (ontsleuteld en vergeleken / decrypted and compared)',
    );
    for (const m of missing) console.log(`      ${m}`);
    console.log(
      `    auditlog: ${audit.ok ? `intact, ${audit.count} events verzegeld / sealed` : `NIET intact / NOT intact: ${audit.problem} at ${audit.position}`}` +
        `; niet verzegeld na het stoppen / unsealed after stop: ${unsealedAfterStop ?? '?'}`,
    );
    console.log(
      '\nPostgreSQL: wegwerpcluster met fsync=off, synchronous_commit=off / throw-away cluster, no durability\n',
    );
    console.log(
      JSON.stringify({
        benchmark: 'load',
        node: process.version,
        cpus: os.cpus().length,
        loadAverage: os.loadavg().map((n) => round(n, 2)),
        concurrency,
        seconds,
        workers,
        setupSeconds,
        saves,
        acknowledged: counts.acknowledged,
        conflicts: counts.conflicts,
        errors: counts.errors,
        pausedForSnapshotSeconds: round(pausedMs / 1000, 1),
        memoryStart,
        memoryEnd,
        memoryEvery10s: memorySeries.map((s) => ({
          second: s.second,
          inFlight: s.inFlight,
          rssMiB: s.processes.map((p) => p.rssMiB),
          heapUsedMiB: s.processes.map((p) => p.heapUsedMiB),
          heapTotalMiB: s.processes.map((p) => p.heapTotalMiB),
        })),
        memoryVerdict: { boundMiBPerMinute: flatBoundMiBPerMinute, flat: memoryFlat, workers: verdicts },
        heapGrowth: growth.map((g) => ({ process: g.process, top: g.growth.slice(0, 5) })),
        scansChecked: candidates.length,
        scansAsAcknowledged: present,
        audit: audit.ok
          ? { ok: true, sealed: audit.count, unsealedAfterStop }
          : { ok: false, problem: audit.problem, position: audit.position },
      }),
    );
    if (counts.errors > 0 || present !== candidates.length || !audit.ok) process.exitCode = 1;
  } finally {
    if (server) {
      server.kill('SIGKILL');
    }
    if (deps) await shutdown(deps).catch(() => {});
    await cluster.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
