// `npm test`: every check in order, continuing past failures, then one summary.
//   1. typecheck   tsc --noEmit
//   2. lint        biome check .
//   3. vitest      unit tests + database tests on PGlite and PostgreSQL (vitest.config.ts)
//   4. build       vite build (when vite.config.ts exists)
//   5. e2e         playwright test (the browser journeys in e2e/)
// Output of each step streams through; the test counts come from the JSON reports in .tmp/.
// The last line is always "N passed, N failed"; the exit code is 1 when anything failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'node_modules', '.bin');
const tmp = path.join(root, '.tmp');
const vitestReport = path.join(tmp, 'vitest.json');
const playwrightReport = path.join(tmp, 'playwright.json');
/**
 * Kill a step that hangs. On the 2-core machine vitest took ~9 minutes and the 26 browser journeys
 * ~14.5; 15 minutes left the e2e half a minute of room, so a hang guard of 20. CI stops at 30
 * minutes for everything. Since then the journeys run the CLI inside their server and copy a
 * migrated data folder, and the database tests copy a migrated template instead of migrating
 * each time (ARCHITECTURE.md, "Test suite speed").
 */
const stepTimeoutMs = Number(process.env.WEERBAAR_TEST_STEP_TIMEOUT_MS ?? 20 * 60_000);

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface StepResult {
  name: string;
  status: 'ok' | 'failed' | 'skipped';
  ms: number;
  note?: string;
  counts?: Counts;
}

// Children find the project's Node 24 (node_modules/.bin/node) before the machine's.
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
  FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
};

/** Set by Ctrl-C (or SIGTERM): the running step is stopped and no further step starts. */
let interrupted = false;
let currentChild: number | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true;
    killGroup(currentChild, 'SIGTERM');
  });
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; note?: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(bin, command), args, {
      cwd: root,
      env: { ...childEnv, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, 'SIGTERM');
      setTimeout(() => killGroup(child.pid, 'SIGKILL'), 10_000).unref();
    }, stepTimeoutMs);
    currentChild = child.pid;
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 127, note: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      currentChild = undefined;
      if (interrupted) resolve({ code: code ?? 1, note: 'afgebroken / interrupted' });
      else if (timedOut)
        resolve({ code: 124, note: `stopped after ${Math.round(stepTimeoutMs / 60_000)} min` });
      else resolve({ code: code ?? 1, ...(signal ? { note: `ended by ${signal}` } : {}) });
    });
  });
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function banner(title: string): void {
  process.stdout.write(`\n━━━ ${title} ${'━'.repeat(Math.max(3, 72 - title.length))}\n\n`);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitestCounts(): Counts | undefined {
  const report = readJson(vitestReport) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
    numTodoTests?: number;
    testResults?: Array<{ status?: string; assertionResults?: Array<{ status?: string }> }>;
  } | null;
  if (!report || typeof report.numPassedTests !== 'number') return undefined;
  // A test file that fails before any test runs (an import or set-up error) has no failed
  // test in numFailedTests; it still is a failure, so it counts as one.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts(): Counts | undefined {
  const report = readJson(playwrightReport) as {
    stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  } | null;
  if (!report?.stats) return undefined;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  // No retries are configured, so "flaky" should not happen; if it does it is not a pass.
  return { passed: expected, failed: unexpected + flaky, skipped };
}

async function step(
  name: string,
  work: () => Promise<{ code: number; note?: string }>,
  counts?: () => Counts | undefined,
): Promise<StepResult> {
  if (interrupted) return skipped(name, 'afgebroken / interrupted');
  banner(name);
  const started = performance.now();
  const { code, note } = await work();
  const ms = performance.now() - started;
  const result: StepResult = { name, status: code === 0 ? 'ok' : 'failed', ms };
  if (note) result.note = note;
  const counted = counts?.();
  if (counted) {
    result.counts = counted;
    // Tests failed although the tool exited 0, or the other way round: trust the failure.
    if (counted.failed > 0) result.status = 'failed';
  } else if (counts && code !== 0 && !note) {
    result.note = 'geen testrapport / no test report';
  }
  return result;
}

function skipped(name: string, note: string): StepResult {
  return { name, status: 'skipped', ms: 0, note };
}

async function main(): Promise<void> {
  fs.mkdirSync(tmp, { recursive: true });
  const results: StepResult[] = [];

  results.push(await step('typecheck', () => run('tsc', ['--noEmit', '-p', 'tsconfig.json'])));
  results.push(await step('lint', () => run('biome', ['check', '.'])));

  fs.rmSync(vitestReport, { force: true });
  results.push(
    await step(
      'vitest',
      () =>
        run('vitest', [
          'run',
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${path.relative(root, vitestReport)}`,
        ]),
      vitestCounts,
    ),
  );

  let buildOk = true;
  if (fs.existsSync(path.join(root, 'vite.config.ts'))) {
    const build = await step('build', () => run('vite', ['build']));
    buildOk = build.status === 'ok';
    results.push(build);
  } else {
    results.push(skipped('build', 'geen / no vite.config.ts'));
  }

  const hasSpecs = fs.existsSync(path.join(root, 'e2e')) && listSpecs(path.join(root, 'e2e')).length > 0;
  if (!hasSpecs) {
    results.push(skipped('e2e', 'geen / no e2e/*.spec.ts'));
  } else if (interrupted) {
    results.push(skipped('e2e', 'afgebroken / interrupted'));
  } else if (!buildOk) {
    results.push({
      name: 'e2e',
      status: 'failed',
      ms: 0,
      note: 'niet gedraaid: build mislukt / not run: build failed',
    });
  } else {
    fs.rmSync(playwrightReport, { force: true });
    results.push(
      await step(
        'e2e',
        () =>
          run('playwright', ['test', '--reporter=list,json'], {
            PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
          }),
        playwrightCounts,
      ),
    );
  }

  const passed = results.reduce((n, r) => n + (r.counts?.passed ?? 0), 0);
  // A failed step without test counts (typecheck, lint, build) counts as one failure, so the
  // last line never says "0 failed" while the exit code is 1.
  const failed = results.reduce(
    (n, r) => n + (r.counts ? r.counts.failed : r.status === 'failed' ? 1 : 0),
    0,
  );
  const anyFailed = results.some((r) => r.status === 'failed');

  banner('samenvatting / summary');
  for (const r of results) {
    const counts = r.counts
      ? `  ${r.counts.passed} passed, ${r.counts.failed} failed${r.counts.skipped ? `, ${r.counts.skipped} skipped` : ''}`
      : '';
    const note = r.note ? `  (${r.note})` : '';
    process.stdout.write(
      `${r.name.padEnd(10)} ${r.status.padEnd(7)} ${seconds(r.ms).padStart(7)}${counts}${note}\n`,
    );
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exitCode = interrupted ? 130 : anyFailed ? 1 : 0;
}

function listSpecs(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.spec\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

await main();
