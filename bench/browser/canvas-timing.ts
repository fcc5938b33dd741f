// Node side of the canvas benchmark: bundles canvas-entry.tsx (React, the picture and its CSS)
// with Vite, opens it in the system Chromium without the frame rate limit, and returns the frame
// times of an idle baseline and of a drag, measured in the same page.
import path from 'node:path';
import { chromium } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { NetworkBlock } from '../../src/core/instrument/schema.ts';
import type { Network } from '../../src/core/network/model.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface CanvasTimes {
  /** Time from mounting to all contacts on screen (layout on the main thread in this page). */
  firstDrawMs: number;
  baseline: number[];
  drag: number[];
  /** The drag layer was on screen while measuring. */
  dragActive: boolean;
  /** Main-thread work per pointermove while dragging, and the same moves with nothing pressed. */
  moveWork: number[];
  idleMoveWork: number[];
  /** Mean main-thread busy time per frame (CDP TaskDuration: script, style, layout, paint, GC). */
  busyPerFrameMs: { baseline: number; drag: number };
}

export async function timeCanvasInChromium(
  network: Network,
  catalogue: NetworkBlock,
  frames: number,
): Promise<CanvasTimes> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      cssCodeSplit: false,
      lib: {
        entry: path.join(root, 'bench/browser/canvas-entry.tsx'),
        formats: ['iife'],
        name: 'WeerbaarCanvas',
      },
    },
  });
  const bundle = (Array.isArray(output) ? output[0] : output) as {
    output: Array<{ type: string; fileName: string; code?: string; source?: string | Uint8Array }>;
  };
  const code = bundle.output.find((o) => o.type === 'chunk')?.code;
  if (!code) throw new Error('bundling the canvas entry failed');
  const css = bundle.output
    .filter((o) => o.type === 'asset' && o.fileName.endsWith('.css'))
    .map((o) => (typeof o.source === 'string' ? o.source : new TextDecoder().decode(o.source)))
    .join('\n');

  const browser = await chromium.launch({
    executablePath: process.env.WEERBAAR_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Frames as fast as they can be made: an idle frame is then short, a busy one shows its cost.
      '--disable-frame-rate-limit',
      '--disable-gpu-vsync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent(
      '<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body></body></html>',
    );
    // The layout runs on the main thread here (a bundled library cannot start the app's worker
    // file); the benchmark is about frames while dragging, after the picture is there.
    await page.addScriptTag({ content: 'window.Worker = undefined;' });
    await page.addStyleTag({ content: css });
    await page.addScriptTag({ content: code });
    type Api = {
      mount(n: Network, c: NetworkBlock): Promise<number>;
      baseline(frames: number): Promise<number[]>;
      drag(frames: number): Promise<{ times: number[]; active: boolean }>;
      moveWork(moves: number, pressed: boolean): Promise<{ times: number[]; active: boolean }>;
    };
    const firstDrawMs = await page.evaluate(
      ([n, c]) => (globalThis as unknown as { WeerbaarCanvas: Api }).WeerbaarCanvas.mount(n, c),
      [network, catalogue] as const,
    );
    const run = <T>(fn: 'baseline' | 'drag', n: number): Promise<T> =>
      page.evaluate(
        ([f, k]) =>
          (globalThis as unknown as { WeerbaarCanvas: Api }).WeerbaarCanvas[f](k) as Promise<unknown>,
        [fn, n] as const,
      ) as Promise<T>;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: Array<{ name: string; value: number }>;
      };
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    };
    // Warm up both paths, then measure: baseline, drag, baseline again (the two baselines together).
    await run('baseline', 30);
    await run('drag', 30);
    const t0 = await busy();
    const before = await run<number[]>('baseline', frames);
    const t1 = await busy();
    const dragged = await run<{ times: number[]; active: boolean }>('drag', frames);
    const t2 = await busy();
    const after = await run<number[]>('baseline', frames);
    const t3 = await busy();
    const work = (pressed: boolean) =>
      page.evaluate(
        ([k, p]) => (globalThis as unknown as { WeerbaarCanvas: Api }).WeerbaarCanvas.moveWork(k, p),
        [frames, pressed] as const,
      );
    await work(false);
    const idleMoves = await work(false);
    const moves = await work(true);
    return {
      firstDrawMs,
      baseline: [...before, ...after],
      drag: dragged.times,
      dragActive: dragged.active && moves.active,
      moveWork: moves.times,
      idleMoveWork: idleMoves.times,
      busyPerFrameMs: {
        baseline: Math.round(((t1 - t0 + (t3 - t2)) / (before.length + after.length)) * 100) / 100,
        drag: Math.round(((t2 - t1) / dragged.times.length) * 100) / 100,
      },
    };
  } finally {
    await browser.close();
  }
}
