// Shared by the benchmarks that ask "does this fit in a frame?": time a pure function in Node,
// time the same code bundled by Vite inside the system Chromium, and summarise against 16 ms.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';

export const frameMs = 16;
const root = path.resolve(import.meta.dirname, '..');
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

export interface FrameSummary {
  medianMs: number;
  p95Ms: number;
  p95FrameShare: number;
}

export function summary(times: number[]): FrameSummary {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { medianMs: round(at(50)), p95Ms: round(at(95)), p95FrameShare: round(at(95) / frameMs, 4) };
}

/** Warm up, then time `runs` calls. */
export function timeInNode(work: () => unknown, runs: number, warmUp = 20): number[] {
  for (let i = 0; i < warmUp; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * Bundles `entry` (relative to the repository; it exports `run(...args, runs): number[]` that times
 * itself in the page) and runs it in Chromium: 20 warm-up runs, then `runs` measured ones.
 */
export async function timeInChromium(
  entry: string,
  args: readonly unknown[],
  runs: number,
): Promise<number[]> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(root, entry), formats: ['iife'], name: 'WeerbaarBench' },
    },
  });
  const chunk = (Array.isArray(output) ? output[0] : output) as {
    output: Array<{ type: string; code?: string }>;
  };
  const code = chunk.output.find((o) => o.type === 'chunk')?.code;
  if (!code) throw new Error(`bundling ${entry} failed`);
  const browser = await chromium.launch({
    executablePath: process.env.WEERBAAR_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    return await page.evaluate(
      ([values, n]) => {
        const bench = (globalThis as unknown as { WeerbaarBench: { run: (...a: unknown[]) => number[] } })
          .WeerbaarBench;
        bench.run(...values, 20);
        return bench.run(...values, n);
      },
      [args as unknown[], runs] as const,
    );
  } finally {
    await browser.close();
  }
}

export function printFrameTable(rows: ReadonlyArray<readonly [string, FrameSummary]>): void {
  console.log('');
  console.log(`${''.padEnd(20)}mediaan/median   p95        p95 / 16 ms frame`);
  for (const [name, s] of rows) {
    console.log(
      `  ${name.padEnd(18)}${`${s.medianMs} ms`.padEnd(17)}${`${s.p95Ms} ms`.padEnd(11)}${(s.p95FrameShare * 100).toFixed(1)}%`,
    );
  }
}
