import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { countFlops, nodeFeeds } from '../../scripts/count-flops';
import { validateManifest } from '../../src/lib/models/manifest';
import {
  BENCH_FORMAT,
  matmulReference,
  maxAbsError,
  measurement,
  median,
  quantile,
  seededFloats,
  simdReference,
  simdRun,
  summarize,
  timeRepeated,
  validateBenchResult,
  withRoofline,
  type BenchResult,
} from '../../src/lib/bench';

describe('bench statistics', () => {
  it('interpolates quantiles linearly between neighbours (as numpy does)', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(sorted, 0)).toBe(1);
    expect(quantile(sorted, 1)).toBe(10);
    expect(quantile(sorted, 0.5)).toBeCloseTo(5.5, 12);
    expect(quantile(sorted, 0.1)).toBeCloseTo(1.9, 12);
    expect(quantile(sorted, 0.9)).toBeCloseTo(9.1, 12);
    expect(quantile([42], 0.9)).toBe(42);
  });

  it('takes the median of unsorted samples without reordering them', () => {
    const samples = [9, 1, 5, 3];
    expect(median(samples)).toBe(4);
    expect(samples).toEqual([9, 1, 5, 3]);
  });

  it('drops warm-ups before summarising, so a slow first call does not move the figures', () => {
    const samples = [500, 400, 10, 12, 11, 13, 14];
    const s = summarize(samples, 2);
    expect(s.n).toBe(5);
    expect(s.min).toBe(10);
    expect(s.max).toBe(14);
    expect(s.mean).toBe(12);
    expect(s.p50).toBe(12);
    expect(s.p10).toBeCloseTo(10.4, 12);
    expect(s.p90).toBeCloseTo(13.6, 12);
    expect(s.spread).toBeCloseTo(3.2, 12);
    // Without dropping them the warm-ups dominate the mean and the slow end.
    expect(summarize(samples).max).toBe(500);
  });

  it('refuses what cannot be summarised', () => {
    expect(() => summarize([1, 2], 2)).toThrow(/no samples left after 2 warm-ups/);
    expect(() => summarize([1, Number.NaN])).toThrow(/finite/);
    expect(() => summarize([1], -1)).toThrow(/warm-up/);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('times warm-ups and repeats with the given clock', async () => {
    let clock = 0;
    let calls = 0;
    const samples = await timeRepeated(
      () => {
        calls++;
        clock += calls * 10;
      },
      1,
      3,
      () => clock,
    );
    expect(calls).toBe(4);
    expect(samples).toEqual([10, 20, 30, 40]);
  });
});

function sampleResult(): BenchResult {
  return {
    format: BENCH_FORMAT,
    startedAt: '2026-12-01T23:00:00.000Z',
    suite: 'native',
    environment: {
      browser: null,
      os: 'linux x64',
      cpuCores: 2,
      adapter: {
        vendor: 'google',
        architecture: 'swiftshader',
        device: '',
        description: 'SwiftShader',
        isFallbackAdapter: true,
        features: ['timestamp-query'],
        limits: { maxBufferSize: 268435456 },
      },
      executionProvider: 'cpu',
      wasmThreads: 2,
      crossOriginIsolated: false,
      model: { id: 'kinora-tiny', version: '1.2.0', sha256: 'a'.repeat(64) },
      appVersion: '0.1.0',
      gitCommit: '996fce3',
    },
    measurements: [
      measurement({ name: 'denoiser.student', backend: 'native', unit: 'ms', timing: 'wall-clock', warmup: 1, samples: [90, 30, 32, 31], params: { batch: 1 } }),
    ],
    notes: [],
  };
}

describe('kinora-bench/1 result format', () => {
  it('computes a measurement’s stats from its samples, after the warm-ups', () => {
    const [m] = sampleResult().measurements;
    if (!m) throw new Error('no measurement');
    expect(m.stats.n).toBe(3);
    expect(m.stats.p50).toBe(31);
    expect(m.derived).toEqual({});
  });

  it('accepts a produced result and survives a JSON round trip unchanged', () => {
    const result = sampleResult();
    expect(validateBenchResult(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it('names the first problem of an invalid result', () => {
    const wrongFormat = { ...sampleResult(), format: 'kinora-bench/2' };
    expect(() => validateBenchResult(wrongFormat)).toThrow('Benchmark result is invalid at result.format: expected "kinora-bench/1"');

    const badTiming = sampleResult();
    (badTiming.measurements[0] as { timing: string }).timing = 'guess';
    expect(() => validateBenchResult(badTiming)).toThrow(/result\.measurements\[0\]\.timing: expected one of "timestamp-query", "wall-clock"/);

    const noFallbackFlag = sampleResult();
    delete (noFallbackFlag.environment.adapter as Partial<NonNullable<BenchResult['environment']['adapter']>>).isFallbackAdapter;
    expect(() => validateBenchResult(noFallbackFlag)).toThrow(/result\.environment\.adapter\.isFallbackAdapter/);

    const badHash = sampleResult();
    badHash.environment.model.sha256 = 'xyz';
    expect(() => validateBenchResult(badHash)).toThrow(/result\.environment\.model\.sha256/);
  });

  it('refuses stats that do not account for the samples', () => {
    const result = sampleResult();
    result.measurements[0]!.samples.push(29);
    expect(() => validateBenchResult(result)).toThrow(/samples must hold the warm-ups and then stats\.n measured samples/);
  });
});

describe('micro-benchmark kernels (CPU side)', () => {
  it('the hand-written WASM SIMD module validates and computes exactly what the f32 reference does', async () => {
    for (const iterations of [0, 1, 7, 500]) expect(await simdRun(iterations)).toBe(simdReference(iterations));
    // The accumulators move, so a module that skipped the loop would be caught.
    expect(simdReference(500)).not.toBe(simdReference(0));
  });

  it('the matmul reference multiplies matrices', () => {
    const a = new Float32Array([1, 2, 3, 4]);
    const b = new Float32Array([5, 6, 7, 8]);
    expect([...matmulReference(a, b, 2)]).toEqual([19, 22, 43, 50]);
    expect(maxAbsError([1, 2.5], [1, 2])).toBe(0.5);
  });

  it('seeded inputs are reproducible, in [-1, 1), and differ by seed', () => {
    const x = seededFloats(1000, 1);
    expect(seededFloats(1000, 1)).toEqual(x);
    expect(seededFloats(1000, 2)).not.toEqual(x);
    expect(Math.min(...x)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...x)).toBeLessThan(1);
  });
});

describe('FLOP count of an ONNX graph', () => {
  const python = process.env.KINORA_PYTHON ?? '/usr/bin/python3';
  const hasOnnx = spawnSync(python, ['-c', 'import onnx'], { stdio: 'ignore' }).status === 0;

  // A graph whose count is known by hand: MatMul [2,3]x[3,4] (2*2*4*3 = 48), Gemm with transA
  // [3,2]^T x [3,5] (2*2*5*3 = 60), Conv 1->2 channels, 3x3 kernel, on 1x1x4x4, no padding
  // (output 1x2x2x2: 2*8*9 = 144). Total 252.
  it.skipIf(!hasOnnx)('counts Conv, MatMul and Gemm from the shapes the graph runs with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinora-flops-test-'));
    const path = join(dir, 'tiny.onnx');
    const build = String.raw`
import sys, numpy as np, onnx
from onnx import helper as h, TensorProto as T, numpy_helper as nh
w = nh.from_array(np.ones((2, 1, 3, 3), np.float32), 'w')
b = nh.from_array(np.ones((3, 4), np.float32), 'b')
g = nh.from_array(np.ones((3, 5), np.float32), 'g')
nodes = [h.make_node('MatMul', ['x', 'b'], ['y']), h.make_node('Gemm', ['a', 'g'], ['z'], transA=1), h.make_node('Conv', ['img', 'w'], ['c'])]
graph = h.make_graph(nodes, 't', [h.make_tensor_value_info('x', T.FLOAT, [2, 3]), h.make_tensor_value_info('a', T.FLOAT, [3, 2]), h.make_tensor_value_info('img', T.FLOAT, [1, 1, 4, 4])],
  [h.make_tensor_value_info(n, T.FLOAT, None) for n in ('y', 'z', 'c')], [w, b, g])
onnx.save(h.make_model(graph, opset_imports=[h.make_opsetid('', 17)], ir_version=8), sys.argv[1])`;
    try {
      execFileSync(python, ['-c', build, path]);
      const feeds = {
        x: new ort.Tensor('float32', new Float32Array(6), [2, 3]),
        a: new ort.Tensor('float32', new Float32Array(6), [3, 2]),
        img: new ort.Tensor('float32', new Float32Array(16), [1, 1, 4, 4]),
      };
      const count = await countFlops(path, feeds);
      expect(count).toEqual({ flops: 252, ops: 3, byOp: { MatMul: 48, Gemm: 60, Conv: 144 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!hasOnnx)('the bundled manifest stores each graph\'s count per batch item, and a call at batch 2 counts twice that', async () => {
    const dir = 'models/kinora-tiny';
    const manifest = validateManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
    const student = manifest.graphs[manifest.modes.fast.denoiser]!;
    const path = join(dir, student.variants[0]!.file.path);
    expect(student.flopsPerItem, 'stale: run `npm run flops`').toBe((await countFlops(path, nodeFeeds(student.inputs, 1))).flops);
    expect((await countFlops(path, nodeFeeds(student.inputs, 2))).flops).toBe(2 * student.flopsPerItem!);
    for (const [name, graph] of Object.entries(manifest.graphs)) expect(graph.flopsPerItem, name).toBeGreaterThan(0);
  }, 120_000);
});

describe('roofline of the model', () => {
  const latency = (backend: 'wasm' | 'webgpu' | 'native', batch: number, ms: number) =>
    measurement({ name: 'denoiser.student', backend, unit: 'ms', timing: 'wall-clock', warmup: 0, samples: [ms], params: { batch, threads: 2 } });
  const gflops = (name: string, backend: 'wasm' | 'webgpu', value: number, params: Record<string, number>) =>
    measurement({ name, backend, unit: 'GFLOP/s', timing: 'wall-clock', warmup: 0, samples: [value], params });

  it('derives achieved GFLOP/s from the manifest count and sets it against the peak of the same backend and threads', () => {
    const out = withRoofline(
      [gflops('simd.f32x4-mul-add', 'wasm', 10, { workers: 1 }), gflops('simd.f32x4-mul-add', 'wasm', 16, { workers: 2 }), gflops('matmul.f32.256', 'webgpu', 40, { n: 256 }), latency('wasm', 2, 1000), latency('webgpu', 1, 100), latency('native', 1, 10)],
      { student: 4e9 },
    );
    // 8 GFLOP in 1 s = 8 GFLOP/s against 16 on two workers.
    expect(out[3]!.derived).toEqual({ flopsPerCall: 8e9, gflops: 8, peakGflops: 16, rooflineFraction: 0.5 });
    expect(out[4]!.derived).toEqual({ flopsPerCall: 4e9, gflops: 40, peakGflops: 40, rooflineFraction: 1 });
    // Native runs measure no peak: GFLOP/s only.
    expect(out[5]!.derived).toEqual({ flopsPerCall: 4e9, gflops: 400 });
    expect(out.slice(0, 3).map((m) => m.derived)).toEqual([{}, {}, {}]);
  });

  it('leaves a graph without a count alone', () => {
    const m = latency('wasm', 1, 100);
    expect(withRoofline([m], { teacher: 1e9 })).toEqual([m]);
  });
});
