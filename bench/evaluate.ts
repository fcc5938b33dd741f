// How long one evaluation of the bestuurder instrument takes for a maximal scan (every question
// answered, every group full), in Node and in Chromium, and what share of a 16 ms frame that is:
// the browser re-evaluates on every change, so it must fit well inside a frame.
//
//   npm run bench -- evaluate [--runs 300] [--instrument path/to/definition.yaml]
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { evaluate } from '../src/core/instrument/evaluate.ts';
import { loadInstrument } from '../src/core/instrument/load.ts';
import { analyseNetwork } from '../src/core/network/metrics.ts';
import { maximalAnswers } from '../test/support/maximal-answers.ts';
import { largeNetwork } from './large-network.ts';

const root = path.resolve(import.meta.dirname, '..');
const frameMs = 16;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(times: number[]) {
  const median = percentile(times, 50);
  const p95 = percentile(times, 95);
  return { medianMs: round(median), p95Ms: round(p95), p95FrameShare: round(p95 / frameMs, 4) };
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function run(args: string[]): Promise<void> {
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 300;
  const fileArg = args.indexOf('--instrument');
  const file =
    fileArg >= 0
      ? path.resolve(args[fileArg + 1]!)
      : path.join(root, 'instruments/weerbaarheidsscan-bestuurder/1.0.0.yaml');
  const loaded = loadInstrument(fs.readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error('the bestuurder instrument does not load');
  const instrument = loaded.instrument;
  const answers = maximalAnswers(instrument);
  // A maximal network as well: 300 contacts in 40 contexts with 1,000 ties, measured as the
  // browser does on every change (analysis + evaluation).
  const map = largeNetwork(instrument.network!, 300, 40, 1000);
  const network = analyseNetwork(map, instrument.network!).measures;
  const first = evaluate(instrument, { answers, network });
  const groupEntries = Object.values(answers)
    .filter(Array.isArray)
    .reduce((n, a) => n + a.length, 0);
  console.log(
    `Instrument ${instrument.id} ${instrument.version}: ${first.visibleItems.length} zichtbare vragen / visible items, ` +
      `${groupEntries} groepsregels / group entries, ${instrument.indicators.length} indicatoren, ${runs} runs`,
  );

  // Node: warm up, then measure.
  for (let i = 0; i < 20; i++) evaluate(instrument, { answers, network });
  const nodeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    evaluate(instrument, { answers, network });
    nodeTimes.push(performance.now() - started);
  }

  // Chromium: the same engine, bundled by Vite, timed inside the page.
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: path.join(root, 'bench/browser/evaluate-entry.ts'),
        formats: ['iife'],
        name: 'WeerbaarBench',
      },
    },
  });
  const chunk = (Array.isArray(output) ? output[0] : output) as {
    output: Array<{ type: string; code?: string }>;
  };
  const code = chunk.output.find((o) => o.type === 'chunk')?.code;
  if (!code) throw new Error('bundle failed');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  let browserTimes: number[];
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    browserTimes = await page.evaluate(
      ([inst, ans, net, n]) => {
        const bench = (globalThis as unknown as { WeerbaarBench: { run: (...a: unknown[]) => number[] } })
          .WeerbaarBench;
        bench.run(inst, ans, net, 20);
        return bench.run(inst, ans, net, n);
      },
      [instrument, answers, network, runs] as const,
    );
  } finally {
    await browser.close();
  }

  const result = {
    benchmark: 'evaluate',
    runs,
    node: summary(nodeTimes),
    chromium: summary(browserTimes),
    frameMs,
  };
  console.log('');
  console.log('              mediaan/median   p95      p95 / 16 ms frame');
  for (const [name, s] of [
    ['Node', result.node],
    ['Chromium', result.chromium],
  ] as const) {
    console.log(
      `  ${name.padEnd(10)}  ${`${s.medianMs} ms`.padEnd(15)}  ${`${s.p95Ms} ms`.padEnd(8)} ${(s.p95FrameShare * 100).toFixed(1)}%`,
    );
  }
  console.log(JSON.stringify(result));
}
