// Network measures for 300 contacts and 1,000 ties: median and p95 in Node and in Chromium (the
// browser recomputes them while the candidate draws), beside the share of a 16 ms frame.
// The canvas part of this benchmark (frame time while dragging) comes with the network map UI.
//
//   npm run bench -- network [--runs 200]
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { loadInstrument } from '../src/core/instrument/load.ts';
import { analyseNetwork } from '../src/core/network/metrics.ts';
import { validateNetwork } from '../src/core/network/model.ts';
import { largeNetwork } from './large-network.ts';

const root = path.resolve(import.meta.dirname, '..');
const frameMs = 16;
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { medianMs: round(at(50)), p95Ms: round(at(95)), p95FrameShare: round(at(95) / frameMs, 4) };
}

export async function run(args: string[]): Promise<void> {
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 200;
  const loaded = loadInstrument(
    fs.readFileSync(path.join(root, 'instruments/weerbaarheidsscan-bestuurder/1.0.0.yaml'), 'utf8'),
  );
  if (!loaded.ok || !loaded.instrument.network) throw new Error('the bestuurder instrument does not load');
  const catalogue = loaded.instrument.network;
  const network = largeNetwork(catalogue, 300, 40, 1000);
  const checked = validateNetwork(network, catalogue);
  if (!checked.ok)
    throw new Error(`generated network is invalid: ${JSON.stringify(checked.issues.slice(0, 3))}`);
  console.log(
    `Netwerk / network: ${network.contacts.length} contacten, ${network.contexts.length} contexten, ${network.ties.length} banden; ${runs} runs`,
  );

  for (let i = 0; i < 20; i++) analyseNetwork(network, catalogue);
  const nodeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    analyseNetwork(network, catalogue);
    nodeTimes.push(performance.now() - started);
  }
  const validateTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    validateNetwork(network, catalogue);
    validateTimes.push(performance.now() - started);
  }

  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: path.join(root, 'bench/browser/network-entry.ts'),
        formats: ['iife'],
        name: 'WeerbaarNetwork',
      },
    },
  });
  const chunk = (Array.isArray(output) ? output[0] : output) as {
    output: Array<{ type: string; code?: string }>;
  };
  const code = chunk.output.find((o) => o.type === 'chunk')?.code;
  if (!code) throw new Error('bundle failed');
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
  let browserTimes: number[];
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    browserTimes = await page.evaluate(
      ([net, cat, n]) => {
        const bench = (globalThis as unknown as { WeerbaarNetwork: { run: (...a: unknown[]) => number[] } })
          .WeerbaarNetwork;
        bench.run(net, cat, 20);
        return bench.run(net, cat, n);
      },
      [network, catalogue, runs] as const,
    );
  } finally {
    await browser.close();
  }
  const result = {
    benchmark: 'network',
    contacts: network.contacts.length,
    ties: network.ties.length,
    runs,
    node: summary(nodeTimes),
    chromium: summary(browserTimes),
    nodeValidate: summary(validateTimes),
    frameMs,
  };
  console.log('');
  console.log('                      mediaan/median   p95      p95 / 16 ms frame');
  for (const [name, s] of [
    ['meten Node', result.node],
    ['meten Chromium', result.chromium],
    ['valideren Node', result.nodeValidate],
  ] as const) {
    console.log(
      `  ${name.padEnd(18)}  ${`${s.medianMs} ms`.padEnd(15)}  ${`${s.p95Ms} ms`.padEnd(8)} ${(s.p95FrameShare * 100).toFixed(1)}%`,
    );
  }
  console.log(JSON.stringify(result));
}
