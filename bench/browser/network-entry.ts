// Bundled by bench/network.ts for Chromium: the same measures the web app and server use.
import { analyseNetwork } from '../../src/core/network/metrics.ts';
import type { Network, NetworkCatalogue } from '../../src/core/network/model.ts';

export function run(network: Network, catalogue: NetworkCatalogue, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    analyseNetwork(network, catalogue);
    times.push(performance.now() - started);
  }
  return times;
}
