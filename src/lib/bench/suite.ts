/**
 * The browser side of the benchmark, shared by `npm run bench` (a bare page) and the app's
 * Benchmark page (a worker): runs the micro-benchmarks and the denoiser latency and returns
 * kinora-bench/1 measurements plus what the page knows of its environment.
 */
import { fetchGraph, fetchManifest, pickVariant, variantFor } from '../models';
import { CODEC_PREFERENCE } from '../stages';
import { benchGraphLatency } from './denoiser';
import { benchGuard } from './guard';
import { wasmMemoryBytes, watchWasmMemory } from './memory';
import { benchEncode, canEncodeAt } from './encode';
import { benchCopy, benchMatmul, describeAdapter, MATMUL_MULTIPLE, requestBenchAdapter, requestBenchDevice, type MatmulKernel } from './gpu';
import { measurement, type BenchAdapter, type Measurement } from './result';
import { withRoofline } from './roofline';
import { simdThroughput } from './simd';

export interface BrowserSuiteOptions {
  suite: 'quick' | 'full';
  repeat: number;
  /** WGSL micro-benchmarks run only when webgpu is among them (they are slow on software adapters). */
  backends: ('webgpu' | 'wasm')[];
  /** The bundled model's folder (absolute, or relative to the page). */
  modelBase: string;
  /** Called before each measurement starts: `step` of `steps` (1-based). */
  onProgress?: (progress: SuiteProgress) => void;
}

export interface SuiteProgress {
  step: number;
  steps: number;
  label: string;
}

export interface BrowserSuiteResult {
  measurements: Measurement[];
  adapter: BenchAdapter | null;
  wasmThreads: number;
  crossOriginIsolated: boolean;
  userAgent: string;
  /** The model the denoiser figures come from; sha256 of the denoiser graph, checked against the manifest. */
  model: { id: string; version: string; sha256: string };
  notes: string[];
}

const WARMUP = 1;

export async function runBrowserSuite(options: BrowserSuiteOptions): Promise<BrowserSuiteResult> {
  watchWasmMemory(); // before onnxruntime makes its heap
  const measurements: Measurement[] = [];
  const notes: string[] = [];
  const cores = navigator.hardwareConcurrency || 1;
  const wasmThreads = crossOriginIsolated ? Math.min(cores, 8) : 1;

  const gpuAdapter = navigator.gpu ? await requestBenchAdapter(navigator.gpu) : null;
  const adapter = gpuAdapter ? describeAdapter(gpuAdapter) : null;
  const gpu = gpuAdapter && options.backends.includes('webgpu') ? gpuAdapter : null;
  const simdWorkers = [...new Set([1, cores])];
  const matmulSizes = options.suite === 'full' ? [128, 256, 512, 1024] : [128, 256];
  const denoiserBackends = options.backends.filter((b) => b === 'wasm' || gpu);
  const encodeSizes = options.suite === 'full' ? [256, 512] : [512];
  // The tiled kernel at every size; the subgroup one where the adapter has subgroups, at the sizes it takes.
  const matmuls: [MatmulKernel, number][] = [
    ...matmulSizes.map((n): [MatmulKernel, number] => ['tiled', n]),
    ...(gpu?.features.has('subgroups') ? matmulSizes.filter((n) => n % MATMUL_MULTIPLE.subgroups === 0).map((n): [MatmulKernel, number] => ['subgroups', n]) : []),
  ];
  const steps = simdWorkers.length + (gpu ? matmuls.length + 1 : 0) + denoiserBackends.length + 1 + CODEC_PREFERENCE.length * encodeSizes.length;
  let step = 0;
  const starting = (label: string) => options.onProgress?.({ step: ++step, steps, label });

  // WASM SIMD roofline: each sample is one timed run; GFLOP/s per sample.
  const simdIterations = options.suite === 'full' ? 20_000_000 : 5_000_000;
  for (const workers of simdWorkers) {
    starting(`WASM SIMD multiply-add, ${workers} worker${workers === 1 ? '' : 's'}`);
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + options.repeat; i++) samples.push((await simdThroughput(workers, simdIterations)).gflops);
    measurements.push(measurement({ name: 'simd.f32x4-mul-add', backend: 'wasm', unit: 'GFLOP/s', timing: 'wall-clock', warmup: WARMUP, samples, params: { workers, iterations: simdIterations } }));
  }

  if (gpu) {
    if (adapter?.isFallbackAdapter) notes.push('WebGPU adapter is a software fallback (CPU emulation): its figures are not a GPU roofline');
    const device = await requestBenchDevice(gpu);
    notes.push(
      device.features.has('timestamp-query')
        ? 'WGSL matmul timed by GPU timestamp queries; the buffer copy and the denoiser on WebGPU on the wall clock'
        : 'no timestamp-query on this adapter: WebGPU figures are wall-clock around submit + onSubmittedWorkDone',
    );
    try {
      for (const [kernel, n] of matmuls) {
        starting(`WGSL matmul ${n}×${n}${kernel === 'subgroups' ? ', subgroup shuffles' : ''}`);
        const run = await benchMatmul(device, n, WARMUP, options.repeat, kernel);
        const samples = run.samples.map((ms) => run.flops / (ms * 1e6));
        const name = kernel === 'tiled' ? `matmul.f32.${n}` : `matmul.f32.${kernel}.${n}`;
        measurements.push(measurement({ name, backend: 'webgpu', unit: 'GFLOP/s', timing: run.timing, warmup: WARMUP, samples, params: { n }, derived: { maxAbsError: run.maxAbsError } }));
      }
      if (!matmuls.some(([kernel]) => kernel === 'subgroups')) notes.push('no subgroups on this adapter: the subgroup matmul is skipped');
      notes.push('no fp16 matmul: the suite has no shader-f16 kernel yet');
      starting('WGSL storage-buffer copy');
      const copy = await benchCopy(device, 64 << 20, WARMUP, options.repeat);
      if (!copy.intact) throw new Error('the storage-buffer copy did not arrive intact');
      const samples = copy.samples.map((ms) => copy.bytes / (ms * 1e6));
      measurements.push(measurement({ name: 'copy.storage', backend: 'webgpu', unit: 'GB/s', timing: 'wall-clock', warmup: WARMUP, samples, params: { bytes: copy.bytes } }));
    } finally {
      device.destroy();
    }
  } else notes.push(gpuAdapter ? 'WebGPU not selected: WGSL micro-benchmarks skipped' : 'no WebGPU adapter: WGSL micro-benchmarks skipped');

  // The graph is checked against the manifest's sha256 before it runs, as generation does.
  const modelBase = new URL(options.modelBase, self.location.href).href;
  const manifest = await fetchManifest(new URL('manifest.json', modelBase).href);
  const graphName = manifest.modes.fast.denoiser;
  const graph = manifest.graphs[graphName];
  if (!graph) throw new Error(`the manifest has no graph "${graphName}"`);
  const variant = pickVariant(manifest, graphName, 'fp32');
  for (const backend of denoiserBackends)
    // fp32 on every backend, every variant the model lists on WASM (int8 too, whether or not the app
    // picks it at this thread count), and the one the app runs there.
    for (const run of new Set([variant, ...(backend === 'wasm' ? graph.variants : []), variantFor(manifest, graphName, backend, wasmThreads)])) {
      const { model } = await fetchGraph(modelBase, run);
      starting(`denoiser ${graphName} (${run.precision}) on ${backend}, batch 1 and 2`);
      const runs = await benchGraphLatency(model, graph.inputs, backend, wasmThreads, [1, 2], WARMUP, options.repeat);
      // Cold and warm: the first call at each batch (kernels prepared, memory grown) beside the warm p50.
      for (const r of runs)
        measurements.push(
          measurement({ name: `denoiser.${graphName}`, backend, unit: 'ms', timing: 'wall-clock', warmup: WARMUP, samples: r.samples, params: { batch: r.batch, threads: wasmThreads, precision: run.precision }, derived: { sessionCreateMs: r.sessionCreateMs, firstCallMs: r.samples[0]! } }),
        );
    }
  // onnxruntime's WebAssembly heap after the denoiser ran at batch 1 and 2: its high-water mark (it only grows).
  const heap = wasmMemoryBytes();
  if (heap > 0) measurements.push(measurement({ name: 'memory.wasm-heap', backend: 'wasm', unit: 'MB', timing: 'wall-clock', warmup: 0, samples: [heap / 1e6], params: { after: `denoiser on ${denoiserBackends.join(', ')}` } }));
  else notes.push('no WebAssembly heap figure: onnxruntime made no WebAssembly.Memory from script (not cross-origin isolated, so no threads?)');

  // The guardrails where they run: start-up of each layer (the warm-up round is the cold start), and one check.
  starting('guardrails: start-up and one check');
  const guard = await benchGuard(new URL(import.meta.env.BASE_URL, self.location.href).href, WARMUP + options.repeat);
  const guardMeasure = (name: string, samples: number[], derived: Record<string, number>) =>
    measurements.push(measurement({ name, backend: 'wasm', unit: 'ms', timing: 'wall-clock', warmup: WARMUP, samples, params: { prompts: guard.prompts }, derived }));
  guardMeasure('guard.start.rules', guard.rulesStartMs, { coldMs: guard.rulesStartMs[0]! });
  guardMeasure('guard.start.learned', guard.learnedStartMs, { coldMs: guard.learnedStartMs[0]! });
  guardMeasure('guard.check', guard.meanCheckMs, { p95: guard.p95CheckMs, max: guard.maxCheckMs });

  // WebCodecs encode, as the encode stage drives it, for each codec the app may pick.
  for (const codec of CODEC_PREFERENCE)
    for (const size of encodeSizes) {
      starting(`WebCodecs ${codec} encode at ${size}×${size}`);
      if (!(await canEncodeAt(codec, size))) {
        notes.push(`WebCodecs cannot encode ${codec} at ${size}×${size} here`);
        continue;
      }
      const run = await benchEncode(codec, size, 16, WARMUP, options.repeat);
      measurements.push(measurement({ name: `encode.${codec}`, backend: 'webcodecs', unit: 'frames/s', timing: 'wall-clock', warmup: WARMUP, samples: run.samples, params: { size, frames: 16, hardware: run.hardware } }));
    }

  notes.push('navigator' in globalThis && 'ml' in navigator ? 'WebNN (navigator.ml) is offered by this browser; the suite does not run it yet' : 'WebNN (navigator.ml) is not available in this browser');
  return {
    // Achieved GFLOP/s of the denoiser against this run's peaks, from the manifest's FLOP count.
    measurements: withRoofline(measurements, { [graphName]: graph.flopsPerItem }),
    adapter,
    wasmThreads,
    crossOriginIsolated,
    userAgent: navigator.userAgent,
    model: { id: manifest.id, version: manifest.version, sha256: variant.file.sha256 },
    notes,
  };
}
