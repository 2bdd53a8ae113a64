/**
 * The benchmark suite from the command line: serves the bench page, runs the browser suite (WASM
 * SIMD roofline, WGSL matmul and copy, denoiser latency per backend) in headless Chromium, then
 * builds and serves the app and makes whole clips through its UI in the same browser session
 * (stage breakdown per backend and mode: fast, and quality in the full suite), runs the same graphs
 * natively in onnxruntime-node with the same threads, prints a table with browser/native ratios
 * and writes a kinora-bench/1 result.
 *
 *   npm run bench [-- --suite quick|full --repeat N --backend webgpu,wasm --json out.json --skip-build]
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { browserBenchResult, describeParams, type Measurement } from '../src/lib/bench';
import type { BrowserSuiteResult } from '../src/lib/bench/suite';
import { appVersion, gitCommit, osName, printTable, runNative } from './bench-native';
import { BENCH_MODEL_BASE, startBenchServer } from './bench-server';
import { benchGenerations, type GenerationBackend } from './bench-generation';

function fail(message: string): never {
  process.stderr.write(`kinora bench: ${message}\n`);
  process.exit(1);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        suite: { type: 'string', default: 'quick' },
        repeat: { type: 'string', default: '5' },
        backend: { type: 'string', default: 'webgpu,wasm' },
        json: { type: 'string' },
        'skip-build': { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.suite !== 'quick' && values.suite !== 'full') fail(`--suite must be quick or full (got "${values.suite}")`);
  const suite: 'quick' | 'full' = values.suite;
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) fail(`--repeat must be a whole number of at least 1 (got "${values.repeat}")`);
  const backends = values.backend.split(',').map((b) => b.trim());
  for (const b of backends) if (b !== 'webgpu' && b !== 'wasm') fail(`--backend takes webgpu and/or wasm (got "${b}")`);

  const startedAt = new Date().toISOString();
  if (!values['skip-build']) await build({ logLevel: 'error' });
  const { server, pageUrl } = await startBenchServer();
  const browser = await chromium.launch({ headless: true, args: CHROMIUM_ARGS, ...(CHROMIUM ? { executablePath: CHROMIUM } : {}) });
  let page: BrowserSuiteResult;
  let generations: Measurement[];
  try {
    const tab = await browser.newPage();
    await tab.goto(pageUrl);
    page = await tab.evaluate(
      async ({ module, options }) => {
        const { runBrowserSuite } = (await import(/* @vite-ignore */ module)) as typeof import('../src/lib/bench/suite');
        return runBrowserSuite(options);
      },
      { module: '/src/lib/bench/suite.ts', options: { suite, repeat, backends: backends as ('webgpu' | 'wasm')[], modelBase: BENCH_MODEL_BASE } },
    );
    generations = await benchGenerations(browser, { backends: backends as GenerationBackend[], modes: suite === 'full' ? ['fast', 'quality'] : ['fast'], warmup: 1, repeat });
  } finally {
    await browser.close();
    await server.close();
  }
  // Native with the threads the browser's WASM had, so the ratio compares like with like.
  const native = await runNative({ threads: page.wasmThreads, warmup: 1, repeat });

  const result = browserBenchResult(
    {
      ...page,
      // The browser suite and runNative each derive their rows' GFLOP/s and roofline fraction.
      measurements: [...page.measurements, ...generations, ...native.measurements],
      notes: [...page.notes, 'generation.* come from the app\'s own stage timings, one clip per sample, through its UI on the production build', ...native.notes],
    },
    {
      startedAt,
      suite,
      backends,
      identity: { browser: { name: 'Chromium', version: browser.version() }, os: osName() },
      cpuCores: cpus().length,
      appVersion: appVersion(),
      commit: gitCommit() ?? 'unknown',
    },
  );

  // Against native fp32, the fastest native run (its int8 variant is slower natively).
  const nativeP50 = (m: Measurement) =>
    native.measurements.find((n) => n.name === m.name && n.params.batch === m.params.batch && (n.params.precision ?? 'fp32') === 'fp32')?.stats.p50;
  printTable(
    ['case', 'backend', 'params', 'unit', 'p10', 'p50', 'p90', 'x native', 'GFLOP/s', '% peak'],
    result.measurements.map((m) => {
      const ref = m.backend !== 'native' && m.unit === 'ms' ? nativeP50(m) : undefined;
      return [m.name, m.backend, describeParams(m.params), m.unit, m.stats.p10.toFixed(2), m.stats.p50.toFixed(2), m.stats.p90.toFixed(2), ref ? (m.stats.p50 / ref).toFixed(1) : '', m.derived.gflops?.toFixed(1) ?? '', m.derived.rooflineFraction ? (100 * m.derived.rooflineFraction).toFixed(0) : ''];
    }),
  );
  for (const note of result.notes) process.stdout.write(`note: ${note}\n`);
  if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 1) + '\n');
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
