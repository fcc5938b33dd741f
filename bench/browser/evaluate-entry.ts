// Bundled by bench/evaluate.ts for Chromium: the same engine the web app uses, timed in the page.
import { evaluate } from '../../src/core/instrument/evaluate.ts';
import type { Instrument } from '../../src/core/instrument/schema.ts';

export function run(
  instrument: Instrument,
  answers: never,
  network: Record<string, number>,
  runs: number,
): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    evaluate(instrument, { answers, network });
    times.push(performance.now() - started);
  }
  return times;
}
