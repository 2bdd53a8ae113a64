/**
 * The Benchmark page's door to the bench worker (workers/bench.worker.ts), over the app's bridge:
 * every run settles with a result, a readable error when the worker dies, or Cancelled.
 */
import * as Comlink from 'comlink';
import type { BenchApi, BenchRunOptions } from '../../../workers/bench.worker';
import { WorkerBridge } from '../bridge';
import type { BenchResult } from './result';
import type { SuiteProgress } from './suite';

export type { BenchRunOptions };

export class BenchRunner {
  private readonly bridge = new WorkerBridge<BenchApi>({
    label: 'benchmark',
    spawn: (name) => new Worker(new URL('../../../workers/bench.worker.ts', import.meta.url), { type: 'module', name }),
  });

  async run(options: BenchRunOptions, { signal, onProgress }: { signal?: AbortSignal; onProgress: (p: SuiteProgress) => void }): Promise<BenchResult> {
    try {
      return await this.bridge.call('run', [options, Comlink.proxy(onProgress)], signal ? { signal } : {});
    } finally {
      // The worker ends with its run, however it settled: a measurement has no step to stop at, so
      // Cancel (which settles the call at once) terminates it, its SIMD workers and onnxruntime's
      // threads; and every run starts equally cold, with onnxruntime's memory handed back in between.
      this.bridge.restart('The benchmark run is over.');
    }
  }
}
