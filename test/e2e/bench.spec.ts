import { expect, test } from '@playwright/test';
import type { ViteDevServer } from 'vite';
import { startBenchServer } from '../../scripts/bench-server';
import { summarize } from '../../src/lib/bench';

// The micro-benchmarks run in a real browser: WASM SIMD in workers, WGSL on whatever adapter
// Chromium offers (a software one on machines without a GPU), the denoiser in onnxruntime-web.
const BENCH_MODULE = '/src/lib/bench/index.ts';
const DENOISER_MODULE = '/src/lib/bench/denoiser.ts';
let server: ViteDevServer;
let pageUrl: string;

test.beforeAll(async () => {
  ({ server, pageUrl } = await startBenchServer());
});

test.afterAll(async () => {
  await server?.close();
});

test('WASM SIMD multiply-add runs the arithmetic it claims, in one worker and in one per core', async ({ page }) => {
  await page.goto(pageUrl);
  const out = await page.evaluate(async (path) => {
    const bench = (await import(/* @vite-ignore */ path)) as typeof import('../../src/lib/bench');
    const iterations = 5_000_000;
    const cores = navigator.hardwareConcurrency || 1;
    return { reference: bench.simdReference(iterations), one: await bench.simdThroughput(1, iterations), all: await bench.simdThroughput(cores, iterations), cores };
  }, BENCH_MODULE);
  expect(out.one.values).toEqual([out.reference]);
  expect(out.all.values).toEqual(Array(out.cores).fill(out.reference));
  for (const run of [out.one, out.all]) expect(run.gflops).toBeGreaterThan(0);
  console.log(`WASM SIMD f32x4 mul+add: ${out.one.gflops.toFixed(2)} GFLOP/s on 1 worker, ${out.all.gflops.toFixed(2)} GFLOP/s on ${out.cores}`);
});

test('WGSL tiled (and, where the adapter has subgroups, subgroup-shuffle) matmuls match the CPU reference at every size, and a buffer copy arrives intact', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(pageUrl);
  const out = await page.evaluate(async (path) => {
    const bench = (await import(/* @vite-ignore */ path)) as typeof import('../../src/lib/bench');
    const adapter = navigator.gpu ? await bench.requestBenchAdapter(navigator.gpu) : null;
    if (!adapter) return null;
    const device = await bench.requestBenchDevice(adapter);
    const matmuls = [];
    for (const n of [64, 128, 256]) matmuls.push(await bench.benchMatmul(device, n, 1, 3));
    // The subgroup variant where the device has subgroups (SwiftShader does).
    if (device.features.has('subgroups')) for (const n of [64, 128]) matmuls.push(await bench.benchMatmul(device, n, 1, 3, 'subgroups'));
    const copy = await bench.benchCopy(device, 16 << 20, 1, 3);
    device.destroy();
    return { adapter: bench.describeAdapter(adapter), matmuls, copy };
  }, BENCH_MODULE);
  expect(out, 'Chromium here offers a WebGPU adapter (software or not)').not.toBeNull();
  const { adapter, matmuls, copy } = out!;
  const p50 = (samples: number[]) => summarize(samples, 1).p50;
  for (const m of matmuls) {
    // Inputs in [-1, 1): sums of n products stay small, so f32 accumulation errs well under 1e-3.
    expect(m.maxAbsError, `${m.kernel} matmul ${m.n}`).toBeLessThan(1e-3);
    expect(m.samples).toHaveLength(4);
  }
  expect(copy.intact).toBe(true);
  expect(matmuls.filter((m) => m.kernel === 'subgroups')).toHaveLength(adapter.features.includes('subgroups') ? 2 : 0);
  // GPU timestamps wherever the adapter has them (a 256³ matmul on any adapter lasts well over their resolution).
  expect(matmuls.at(-1)!.timing).toBe(adapter.features.includes('timestamp-query') ? 'timestamp-query' : 'wall-clock');
  const figures = matmuls.map((m) => `${m.kernel} ${m.n}: ${(m.flops / (p50(m.samples) * 1e6)).toFixed(2)} GFLOP/s (err ${m.maxAbsError.toExponential(1)})`);
  console.log(`adapter ${adapter.vendor}/${adapter.architecture}/${adapter.description} fallback=${adapter.isFallbackAdapter}`);
  console.log(`WGSL matmul (${matmuls.map((m) => m.timing).join(', ')}) ${figures.join(', ')}; copy ${(copy.bytes / (p50(copy.samples) * 1e6)).toFixed(2)} GB/s`);
});

// Not a benchmark: the WebGPU sampler's WGSL step (guidance + DDIM) checked against the CPU
// sampler's applyGuidance + ddimStep on fixed inputs, on the same page and adapter.
test('the GPU DDIM step equals the CPU one, with and without guidance, over steps of the real schedule', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(pageUrl);
  const out = await page.evaluate(
    async ({ samplerPath, gpuPath, seededPath }) => {
      const sampler = (await import(/* @vite-ignore */ samplerPath)) as typeof import('../../src/lib/sampler');
      const { readBack, requestBenchAdapter } = (await import(/* @vite-ignore */ gpuPath)) as typeof import('../../src/lib/bench/gpu');
      const { seededFloats } = (await import(/* @vite-ignore */ seededPath)) as typeof import('../../src/lib/bench/seeded');
      const adapter = navigator.gpu ? await requestBenchAdapter(navigator.gpu) : null;
      if (!adapter) return null;
      const device = await adapter.requestDevice();
      const manifest = (await (await fetch('/models/kinora-tiny/manifest.json')).json()) as import('../../src/lib/models').ModelManifest;
      const schedule = manifest.schedule;
      // One clip of the bundled model's size plus a remainder, so the last workgroup is partly idle.
      const size = 3 * 16 * 64 * 64 + 77;
      const times = sampler.timeGrid(4);
      /** Largest |gpu - cpu| / max(1, |cpu|). */
      const error = (gpu: Float32Array, cpu: Float32Array) => {
        if (gpu.length !== cpu.length) return Infinity;
        let max = 0;
        for (let i = 0; i < cpu.length; i++) max = Math.max(max, Math.abs(gpu[i]! - cpu[i]!) / Math.max(1, Math.abs(cpu[i]!)));
        return max;
      };
      const cases = [];
      for (const guidance of [null, 3.5]) {
        const batch = guidance === null ? 1 : 2;
        const gpu = await sampler.GpuDdim.create(device, { size, guidance });
        const noise = seededFloats(size, 11);
        gpu.writeLatent(noise);
        const z = Float32Array.from(noise);
        const x0 = new Float32Array(size);
        // From pure noise (t = 1: alpha 0), then a step in the middle of the schedule.
        for (const [i, j] of [[0, 1], [2, 3]] as const) {
          const t = times[i]!;
          const tNext = times[j]!;
          const v = seededFloats(batch * size, 100 + i);
          const velocity = device.createBuffer({ size: v.byteLength, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST });
          device.queue.writeBuffer(velocity, 0, v);
          await gpu.step(schedule, velocity, t, tNext);
          const gpuX0 = await gpu.readX0();
          const gpuZ = await readBack(device, gpu.latent, batch * size * 4);
          velocity.destroy();
          const guided = guidance === null ? v : sampler.applyGuidance(v.subarray(0, size), v.subarray(size), guidance);
          sampler.ddimStep(schedule, z, guided, t, tNext, x0);
          let moved = 0;
          for (let k = 0; k < size; k++) moved = Math.max(moved, Math.abs(z[k]! - noise[k]!));
          cases.push({
            guidance,
            t,
            tNext,
            x0Error: error(gpuX0, x0),
            zErrors: Array.from({ length: batch }, (_, half) => error(gpuZ.subarray(half * size, (half + 1) * size), z)),
            moved,
          });
        }
        gpu.destroy();
      }
      device.destroy();
      return cases;
    },
    { samplerPath: '/src/lib/sampler/index.ts', gpuPath: '/src/lib/bench/gpu.ts', seededPath: '/src/lib/bench/seeded.ts' },
  );
  expect(out, 'Chromium here offers a WebGPU adapter (software or not)').not.toBeNull();
  expect(out!.map((c) => [c.guidance, c.t, c.tNext, c.zErrors.length])).toEqual([
    [null, 1, 0.75, 1],
    [null, 0.5, 0.25, 1],
    [3.5, 1, 0.75, 2],
    [3.5, 0.5, 0.25, 2],
  ]);
  for (const c of out!) {
    const name = `guidance ${c.guidance}, t ${c.t} -> ${c.tNext}`;
    expect(c.x0Error, `${name}: clean estimate`).toBeLessThan(1e-5);
    for (const e of c.zErrors) expect(e, `${name}: next latent`).toBeLessThan(1e-5);
    // The step did something: the latent moved away from the noise.
    expect(c.moved, name).toBeGreaterThan(0.01);
  }
  console.log(`GPU vs CPU DDIM step, largest relative error: ${out!.map((c) => `g=${c.guidance} t=${c.t}: x0 ${c.x0Error.toExponential(1)}, z ${Math.max(...c.zErrors).toExponential(1)}`).join('; ')}`);
});

test('the student denoiser runs in onnxruntime-web WASM at batch 1 and 2 with the bench inputs', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(pageUrl);
  const out = await page.evaluate(async (path) => {
    const { benchGraphLatency } = (await import(/* @vite-ignore */ path)) as typeof import('../../src/lib/bench/denoiser');
    const manifest = (await (await fetch('/models/kinora-tiny/manifest.json')).json()) as import('../../src/lib/models').ModelManifest;
    const graph = manifest.graphs[manifest.modes.fast.denoiser]!;
    const file = graph.variants.find((x) => x.precision === 'fp32')!.file;
    const model = new Uint8Array(await (await fetch(`/models/kinora-tiny/${file.path}`)).arrayBuffer());
    const threads = crossOriginIsolated ? Math.min(navigator.hardwareConcurrency || 1, 2) : 1;
    return { threads, isolated: crossOriginIsolated, runs: await benchGraphLatency(model, graph.inputs, 'wasm', threads, [1, 2], 1, 5) };
  }, DENOISER_MODULE);
  expect(out.isolated).toBe(true);
  expect(out.runs.map((r) => [r.batch, r.samples.length])).toEqual([
    [1, 6],
    [2, 6],
  ]);
  for (const r of out.runs) expect(Math.min(...r.samples)).toBeGreaterThan(0);
  console.log(`student denoiser, onnxruntime-web WASM, ${out.threads} threads: ${out.runs.map((r) => `batch ${r.batch} p50 ${summarize(r.samples, 1).p50.toFixed(1)} ms`).join(', ')}; session ${out.runs[0]!.sessionCreateMs.toFixed(0)} ms`);
});

test('WebCodecs encode throughput: every frame encoded, for each codec Chromium can encode at 256 and 512', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(pageUrl);
  const out = await page.evaluate(async (path) => {
    const { benchEncode, canEncodeAt } = (await import(/* @vite-ignore */ path)) as typeof import('../../src/lib/bench/encode');
    const runs = [];
    for (const codec of ['avc', 'vp9', 'av1'] as const)
      for (const size of [256, 512]) if (await canEncodeAt(codec, size)) runs.push({ codec, size, ...(await benchEncode(codec, size, 16, 1, 2)) });
    return runs;
  }, '/src/lib/bench/encode.ts');
  // Chromium encodes H.264 (OpenH264) and VP9 (libvpx) in software everywhere.
  expect(out.map((r) => `${r.codec}@${r.size}`)).toEqual(expect.arrayContaining(['avc@256', 'avc@512', 'vp9@256', 'vp9@512']));
  for (const r of out) {
    expect(r.samples).toHaveLength(3);
    expect(Math.min(...r.samples)).toBeGreaterThan(0);
  }
  console.log(`WebCodecs encode: ${out.map((r) => `${r.codec}@${r.size} ${summarize(r.samples, 1).p50.toFixed(1)} fps${r.hardware ? ' (hw)' : ''}`).join(', ')}`);
});
