// Network measures for 300 contacts and 1,000 ties: median and p95 in Node and in Chromium (the
// browser recomputes them while the candidate draws), beside the share of a 16 ms frame.
// The canvas part of this benchmark (frame time while dragging) comes with the network map UI.
//
//   npm run bench -- network [--runs 200]
import fs from 'node:fs';
import path from 'node:path';
import { loadInstrument } from '../src/core/instrument/load.ts';
import { analyseNetwork } from '../src/core/network/metrics.ts';
import { validateNetwork } from '../src/core/network/model.ts';
import { frameMs, printFrameTable, summary, timeInChromium, timeInNode } from './frame-timing.ts';
import { largeNetwork } from './large-network.ts';

const root = path.resolve(import.meta.dirname, '..');
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

  const nodeTimes = timeInNode(() => analyseNetwork(network, catalogue), runs);
  const validateTimes = timeInNode(() => validateNetwork(network, catalogue), runs);
  const browserTimes = await timeInChromium('bench/browser/network-entry.ts', [network, catalogue], runs);
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
  printFrameTable([
    ['meten Node', result.node],
    ['meten Chromium', result.chromium],
    ['valideren Node', result.nodeValidate],
  ]);
  console.log(JSON.stringify(result));
}
