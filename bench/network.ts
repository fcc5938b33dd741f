// Network measures for 300 contacts and 1,000 ties: median and p95 in Node and in Chromium (the
// browser recomputes them while the candidate draws), beside the share of a 16 ms frame.
// The layout (drawNetwork, run in a Web Worker by the web app) in Node. And the canvas: frame
// times in Chromium while a contact is dragged across the picture with all 300 contacts and
// 1,000 ties on screen, beside a baseline in the same page (the same picture, nothing moving).
//
//   npm run bench -- network [--runs 200] [--frames 300] [--layout-runs 10]
import fs from 'node:fs';
import path from 'node:path';
import { loadInstrument } from '../src/core/instrument/load.ts';
import { drawNetwork } from '../src/core/network/drawing.ts';
import { analyseNetwork } from '../src/core/network/metrics.ts';
import { validateNetwork } from '../src/core/network/model.ts';
import { timeCanvasInChromium } from './browser/canvas-timing.ts';
import { frameMs, printFrameTable, summary, timeInChromium, timeInNode } from './frame-timing.ts';
import { largeNetwork } from './large-network.ts';

const root = path.resolve(import.meta.dirname, '..');
export async function run(args: string[]): Promise<void> {
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 200;
  const framesArg = args.indexOf('--frames');
  const frames = framesArg >= 0 ? Number(args[framesArg + 1]) : 300;
  const layoutArg = args.indexOf('--layout-runs');
  const layoutRuns = layoutArg >= 0 ? Number(args[layoutArg + 1]) : 10;
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
  const layoutTimes = timeInNode(() => drawNetwork(network, catalogue), layoutRuns, 2);
  const canvas = await timeCanvasInChromium(network, catalogue, frames);
  if (!canvas.dragActive) throw new Error('the drag did not run: no drag layer on screen');
  const result = {
    benchmark: 'network',
    contacts: network.contacts.length,
    ties: network.ties.length,
    runs,
    node: summary(nodeTimes),
    chromium: summary(browserTimes),
    nodeValidate: summary(validateTimes),
    layoutNode: summary(layoutTimes),
    canvas: {
      frames,
      firstDrawMs: Math.round(canvas.firstDrawMs),
      baseline: summary(canvas.baseline),
      drag: summary(canvas.drag),
      moveWork: summary(canvas.moveWork),
      busyPerFrameMs: canvas.busyPerFrameMs,
      idleMoveWork: summary(canvas.idleMoveWork),
      dragUnder16ms: summary(canvas.drag).p95Ms < frameMs,
      moveWorkUnder16ms: summary(canvas.moveWork).p95Ms < frameMs,
    },
    frameMs,
  };
  printFrameTable([
    ['meten Node', result.node],
    ['meten Chromium', result.chromium],
    ['valideren Node', result.nodeValidate],
    ['tekenen Node', result.layoutNode],
    ['frame, stil', result.canvas.baseline],
    ['frame, slepen', result.canvas.drag],
    ['beweging los', result.canvas.idleMoveWork],
    ['beweging slepen', result.canvas.moveWork],
  ]);
  console.log(
    `\n  Beeld: ${network.contacts.length} contacten en ${network.ties.length} banden op het scherm; eerste tekening ${result.canvas.firstDrawMs} ms (hoofdthread). ` +
      `Slepen: frame p95 ${result.canvas.drag.p95Ms} ms naast stil ${result.canvas.baseline.p95Ms} ms; ` +
      `werk per beweging p95 ${result.canvas.moveWork.p95Ms} ms naast ${result.canvas.idleMoveWork.p95Ms} ms zonder slepen; ` +
      `hoofdthread bezig per frame gemiddeld ${result.canvas.busyPerFrameMs.drag} ms slepend, ${result.canvas.busyPerFrameMs.baseline} ms stil (doel < ${frameMs} ms).`,
  );
  console.log('');
  console.log(JSON.stringify(result));
}
