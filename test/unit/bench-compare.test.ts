import { describe, expect, it } from 'vitest';
import {
  BENCH_FORMAT,
  browserBenchResult,
  compareResults,
  fromUserAgent,
  latencyDistribution,
  measurement,
  measurementKey,
  pickBrand,
  roofline,
  type BenchResult,
  type Measurement,
} from '../../src/lib/bench';
import type { BrowserSuiteResult } from '../../src/lib/bench/suite';

const ms = (samples: number[], params: Measurement['params'], backend: Measurement['backend'] = 'wasm') =>
  measurement({ name: 'denoiser.student', backend, unit: 'ms', timing: 'wall-clock', warmup: 1, samples, params });
const gflops = (name: string, p50: number, params: Measurement['params'], backend: Measurement['backend']) =>
  measurement({ name, backend, unit: 'GFLOP/s', timing: 'wall-clock', warmup: 0, samples: [p50], params });

function run(measurements: Measurement[]): BrowserSuiteResult {
  return {
    measurements,
    adapter: null,
    wasmThreads: 2,
    crossOriginIsolated: true,
    userAgent: 'test',
    model: { id: 'kinora-tiny', version: '1.2.0', sha256: 'c'.repeat(64) },
    notes: ['no WebGPU adapter: WGSL micro-benchmarks skipped'],
  };
}

function result(measurements: Measurement[], commit = 'abc1234'): BenchResult {
  return browserBenchResult(run(measurements), {
    startedAt: '2026-12-02T01:00:00.000Z',
    suite: 'quick',
    backends: ['wasm'],
    identity: { browser: { name: 'Chromium', version: '156.0.0.0' }, os: 'Linux' },
    cpuCores: 2,
    appVersion: '0.1.0',
    commit,
  });
}

describe('a browser run as a kinora-bench/1 result', () => {
  it('fills the environment from the run and the build, and validates', () => {
    const r = result([ms([50, 20, 22], { batch: 1, threads: 2 })]);
    expect(r.format).toBe(BENCH_FORMAT);
    expect(r.environment).toMatchObject({ browser: { name: 'Chromium', version: '156.0.0.0' }, executionProvider: 'wasm', wasmThreads: 2, crossOriginIsolated: true, gitCommit: 'abc1234' });
    expect(r.notes).toEqual(['no WebGPU adapter: WGSL micro-benchmarks skipped']);
  });

  it('records a build without a commit hash ("unknown") as null rather than failing', () => {
    expect(result([ms([5, 4], { batch: 1 })], 'unknown').environment.gitCommit).toBeNull();
  });
});

describe('comparing results', () => {
  it('matches cases by name, backend and params, whatever the params’ order', () => {
    expect(measurementKey(ms([1, 1], { batch: 1, threads: 2 }))).toBe(measurementKey(ms([1, 1], { threads: 2, batch: 1 })));
    expect(measurementKey(ms([1, 1], { batch: 1 }))).not.toBe(measurementKey(ms([1, 1], { batch: 2 })));
    expect(measurementKey(ms([1, 1], { batch: 1 }, 'wasm'))).not.toBe(measurementKey(ms([1, 1], { batch: 1 }, 'webgpu')));
  });

  it('gives 1.00 for a result compared with itself', () => {
    const r = result([ms([50, 20, 22], { batch: 1 }), gflops('simd.f32x4-mul-add', 8, { workers: 1 }, 'wasm')]);
    const { rows, unmatched } = compareResults(r, [structuredClone(r)]);
    expect(rows.map((row) => row.others[0]?.speed)).toEqual([1, 1]);
    expect(unmatched).toEqual([0]);
  });

  it('turns every ratio so that above 1 means the other run was faster, for durations and throughputs alike', () => {
    const base = result([ms([0, 20], { batch: 1 }), gflops('simd.f32x4-mul-add', 8, { workers: 1 }, 'wasm')]);
    const other = result([ms([0, 10], { batch: 1 }), gflops('simd.f32x4-mul-add', 16, { workers: 1 }, 'wasm'), ms([0, 99], { batch: 2 })]);
    const { rows, unmatched } = compareResults(base, [other, result([ms([0, 40], { batch: 1 })])]);
    expect(rows.map((row) => row.others.map((o) => o && { p50: o.p50, speed: o.speed }))).toEqual([
      [
        { p50: 10, speed: 2 },
        { p50: 40, speed: 0.5 },
      ],
      [{ p50: 16, speed: 2 }, null],
    ]);
    expect(unmatched).toEqual([1, 0]);
  });

  it('reads a lower share of overhead (%) and less memory (MB) as the better run, like a duration', () => {
    const overhead = (p50: number) => measurement({ name: 'generation.overhead', backend: 'wasm', unit: '%', timing: 'wall-clock', warmup: 0, samples: [p50], params: { mode: 'fast' } });
    const memory = (p50: number) => measurement({ name: 'memory.wasm-heap', backend: 'wasm', unit: 'MB', timing: 'wall-clock', warmup: 0, samples: [p50], params: { after: 'denoiser on wasm' } });
    const { rows } = compareResults(result([overhead(10), memory(200)]), [result([overhead(5), memory(100)])]);
    expect(rows.map((row) => row.others[0]!.speed)).toEqual([2, 2]);
  });
});

describe('what the Benchmark page plots', () => {
  it('sets each GFLOP/s figure against the best one on its backend, and model GFLOP/s against the peak the result derived for them', () => {
    const native = ms([0, 30], { batch: 1 }, 'native');
    native.derived.gflops = 12;
    const browser = ms([0, 60], { batch: 1, threads: 1 });
    Object.assign(browser.derived, { gflops: 2, peakGflops: 4 });
    const r = result([
      gflops('simd.f32x4-mul-add', 4, { workers: 1 }, 'wasm'),
      gflops('simd.f32x4-mul-add', 7, { workers: 2 }, 'wasm'),
      gflops('matmul.f32.128', 3, { n: 128 }, 'webgpu'),
      ms([0, 20], { batch: 1 }),
      browser,
      native,
    ]);
    expect(roofline(r).map((p) => [p.measurement.name, p.measurement.backend, p.achieved, p.peak])).toEqual([
      ['simd.f32x4-mul-add', 'wasm', 4, 7],
      ['simd.f32x4-mul-add', 'wasm', 7, 7],
      ['matmul.f32.128', 'webgpu', 3, 3],
      ['denoiser.student', 'wasm', 2, 4],
      ['denoiser.student', 'native', 12, null],
    ]);
  });

  it('lays latency samples (after warm-ups) out sorted at their percentile ranks on one shared axis', () => {
    const cases = [ms([99, 30, 10], { batch: 1 }), gflops('x', 1, {}, 'wasm'), ms([99, 5], { batch: 2 })];
    const { cases: plotted, data } = latencyDistribution(cases);
    expect(plotted).toEqual([cases[0], cases[2]]);
    expect(data).toEqual([
      [25, 50, 75],
      [10, null, 30],
      [null, 5, null],
    ]);
  });
});

describe('browser identity', () => {
  it('prefers the most specific real brand of Client Hints', () => {
    const chrome = [
      { brand: 'Not)A;Brand', version: '99' },
      { brand: 'Chromium', version: '156.0.7000.1' },
      { brand: 'Google Chrome', version: '156.0.7000.1' },
    ];
    expect(pickBrand(chrome)).toEqual({ brand: 'Google Chrome', version: '156.0.7000.1' });
    expect(pickBrand(chrome.slice(0, 2))).toEqual({ brand: 'Chromium', version: '156.0.7000.1' });
    expect(pickBrand([{ brand: 'Not_A Brand', version: '8' }])).toBeNull();
  });

  it('reads browser and OS from user-agent strings where there are no Client Hints', () => {
    expect(fromUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toEqual({ browser: { name: 'Firefox', version: '140.0' }, os: 'Linux' });
    expect(fromUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15')).toEqual({
      browser: { name: 'Safari', version: '26.1' },
      os: 'macOS 10.15.7',
    });
    expect(fromUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1')).toEqual({
      browser: { name: 'Safari', version: '18.5' },
      os: 'iOS 18.5',
    });
    expect(fromUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0').browser).toEqual({
      name: 'Microsoft Edge',
      version: '140.0.0.0',
    });
    expect(fromUserAgent('curl/8.0')).toEqual({ browser: { name: 'unknown browser', version: 'unknown' }, os: 'unknown OS' });
  });
});
