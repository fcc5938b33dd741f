// How long one evaluation of the bestuurder instrument takes for a maximal scan (every question
// answered, every group full), in Node and in Chromium, and what share of a 16 ms frame that is:
// the browser re-evaluates on every change, so it must fit well inside a frame.
//
//   npm run bench -- evaluate [--runs 300] [--instrument path/to/definition.yaml]
import fs from 'node:fs';
import path from 'node:path';
import { evaluate } from '../src/core/instrument/evaluate.ts';
import { loadInstrument } from '../src/core/instrument/load.ts';
import { analyseNetwork } from '../src/core/network/metrics.ts';
import { maximalAnswers } from '../test/support/maximal-answers.ts';
import { frameMs, printFrameTable, summary, timeInChromium, timeInNode } from './frame-timing.ts';
import { largeNetwork } from './large-network.ts';

const root = path.resolve(import.meta.dirname, '..');

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

  const nodeTimes = timeInNode(() => evaluate(instrument, { answers, network }), runs);
  // Chromium: the same engine, bundled by Vite, timed inside the page.
  const browserTimes = await timeInChromium(
    'bench/browser/evaluate-entry.ts',
    [instrument, answers, network],
    runs,
  );

  const result = {
    benchmark: 'evaluate',
    runs,
    node: summary(nodeTimes),
    chromium: summary(browserTimes),
    frameMs,
  };
  printFrameTable([
    ['Node', result.node],
    ['Chromium', result.chromium],
  ]);
  console.log(JSON.stringify(result));
}
