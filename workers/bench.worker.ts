/// <reference lib="webworker" />
/**
 * The Benchmark page's worker: runs the browser suite off the main thread (the suite starts its
 * own SIMD workers, onnxruntime its threads) and answers with a validated kinora-bench/1 result.
 * Cancel is the page terminating this worker, which ends the workers it started with it.
 */
import { browserBenchResult, browserIdentity, type BenchResult } from '../src/lib/bench';
import { runBrowserSuite, type BrowserSuiteOptions, type SuiteProgress } from '../src/lib/bench/suite';
import { serve } from '../src/lib/bridge/serve';
import { BUNDLED_MODEL_URL } from '../src/lib/models/bundled';

export type BenchRunOptions = Pick<BrowserSuiteOptions, 'suite' | 'repeat' | 'backends'>;

const api = {
  async run(options: BenchRunOptions, onProgress: (p: SuiteProgress) => void): Promise<BenchResult> {
    const startedAt = new Date().toISOString();
    const run = await runBrowserSuite({ ...options, modelBase: new URL('.', new URL(BUNDLED_MODEL_URL, self.location.href)).href, onProgress });
    return browserBenchResult(run, {
      startedAt,
      suite: options.suite,
      backends: options.backends,
      identity: await browserIdentity(),
      cpuCores: navigator.hardwareConcurrency || 1,
      appVersion: __APP_VERSION__,
      commit: __APP_COMMIT__,
    });
  },
};

export type BenchApi = typeof api;

serve(api);
