/**
 * The browser side of `npm run bench`: runs the micro-benchmarks and the denoiser latency in the
 * page and returns kinora-bench/1 measurements plus what the page knows of its environment.
 */
import type { ModelManifest } from '../models';
import { benchGraphLatency } from './denoiser';
import { benchCopy, benchMatmul, describeAdapter, requestBenchAdapter } from './gpu';
import { measurement, type BenchAdapter, type Measurement } from './result';
import { simdThroughput } from './simd';

export interface BrowserSuiteOptions {
  suite: 'quick' | 'full';
  repeat: number;
  backends: ('webgpu' | 'wasm')[];
  modelBase: string;
}

export interface BrowserSuiteResult {
  measurements: Measurement[];
  adapter: BenchAdapter | null;
  wasmThreads: number;
  crossOriginIsolated: boolean;
  userAgent: string;
  notes: string[];
}

const WARMUP = 1;

export async function runBrowserSuite(options: BrowserSuiteOptions): Promise<BrowserSuiteResult> {
  const measurements: Measurement[] = [];
  const notes: string[] = [];
  const cores = navigator.hardwareConcurrency || 1;
  const wasmThreads = crossOriginIsolated ? Math.min(cores, 8) : 1;

  // WASM SIMD roofline: each sample is one timed run; GFLOP/s per sample.
  const simdIterations = options.suite === 'full' ? 20_000_000 : 5_000_000;
  for (const workers of [...new Set([1, cores])]) {
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + options.repeat; i++) samples.push((await simdThroughput(workers, simdIterations)).gflops);
    measurements.push(measurement({ name: 'simd.f32x4-mul-add', backend: 'wasm', unit: 'GFLOP/s', timing: 'wall-clock', warmup: WARMUP, samples, params: { workers, iterations: simdIterations } }));
  }

  let adapter: BenchAdapter | null = null;
  const gpuAdapter = navigator.gpu ? await requestBenchAdapter(navigator.gpu) : null;
  if (gpuAdapter) {
    adapter = describeAdapter(gpuAdapter);
    if (adapter.isFallbackAdapter) notes.push('WebGPU adapter is a software fallback (CPU emulation): its figures are not a GPU roofline');
    notes.push('WebGPU figures are wall-clock around submit + onSubmittedWorkDone (timestamp queries not used yet)');
    const device = await gpuAdapter.requestDevice();
    try {
      for (const n of options.suite === 'full' ? [128, 256, 512, 1024] : [128, 256]) {
        const run = await benchMatmul(device, n, WARMUP, options.repeat);
        const samples = run.samples.map((ms) => run.flops / (ms * 1e6));
        measurements.push(measurement({ name: `matmul.f32.${n}`, backend: 'webgpu', unit: 'GFLOP/s', timing: 'wall-clock', warmup: WARMUP, samples, params: { n }, derived: { maxAbsError: run.maxAbsError } }));
      }
      const copy = await benchCopy(device, 64 << 20, WARMUP, options.repeat);
      if (!copy.intact) throw new Error('the storage-buffer copy did not arrive intact');
      const samples = copy.samples.map((ms) => copy.bytes / (ms * 1e6));
      measurements.push(measurement({ name: 'copy.storage', backend: 'webgpu', unit: 'GB/s', timing: 'wall-clock', warmup: WARMUP, samples, params: { bytes: copy.bytes } }));
    } finally {
      device.destroy();
    }
  } else notes.push('no WebGPU adapter: WGSL micro-benchmarks skipped');

  const manifest = (await (await fetch(`${options.modelBase}manifest.json`)).json()) as ModelManifest;
  const graphName = manifest.modes.fast.denoiser;
  const graph = manifest.graphs[graphName];
  const file = graph?.variants.find((x) => x.precision === 'fp32')?.file;
  if (!graph || !file) throw new Error(`the manifest has no fp32 graph "${graphName}"`);
  const model = new Uint8Array(await (await fetch(`${options.modelBase}${file.path}`)).arrayBuffer());
  for (const backend of options.backends) {
    if (backend === 'webgpu' && !gpuAdapter) continue;
    const runs = await benchGraphLatency(model, graph.inputs, backend, wasmThreads, [1, 2], WARMUP, options.repeat);
    for (const r of runs)
      measurements.push(
        measurement({ name: `denoiser.${graphName}`, backend, unit: 'ms', timing: 'wall-clock', warmup: WARMUP, samples: r.samples, params: { batch: r.batch, threads: wasmThreads }, derived: { sessionCreateMs: r.sessionCreateMs } }),
      );
  }
  return { measurements, adapter, wasmThreads, crossOriginIsolated, userAgent: navigator.userAgent, notes };
}
