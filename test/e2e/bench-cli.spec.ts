import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { validateBenchResult } from '../../src/lib/bench';
import { validateManifest } from '../../src/lib/models/manifest';
import { wasmStudent } from './helpers';

test('npm run bench -- --suite quick --repeat 1 writes a valid kinora-bench/1 result with browser and native figures side by side', async ({}, info) => {
  test.setTimeout(600_000);
  const startedAt = Date.now();
  const json = info.outputPath('bench.json');
  const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('npx', ['tsx', 'scripts/bench.ts', '--suite', 'quick', '--repeat', '1', '--backend', 'wasm', '--skip-build', '--json', json], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  expect(run.code, run.stderr).toBe(0);

  const result = validateBenchResult(JSON.parse(readFileSync(json, 'utf8')));
  expect(Date.parse(result.startedAt)).toBeGreaterThanOrEqual(startedAt - 1000);
  expect(result.suite).toBe('quick');
  expect(result.environment).toMatchObject({ browser: { name: 'Chromium' }, crossOriginIsolated: true, model: { id: 'kinora-tiny' } });
  expect(result.environment.wasmThreads).toBeGreaterThanOrEqual(2);
  const keys = result.measurements.map((m) => `${m.name} ${m.backend} batch=${m.params.batch ?? '-'}`);
  for (const backend of ['wasm', 'native']) for (const batch of [1, 2]) expect(keys).toContain(`denoiser.student ${backend} batch=${batch}`);
  expect(keys).toContain('simd.f32x4-mul-add wasm batch=-');
  // --repeat 1: one warm-up, one measured sample each (page load to ready is measured once).
  // Snapshots (page load to ready, the WebAssembly heap) are taken once.
  for (const m of result.measurements) expect([m.warmup, m.stats.n, m.samples.length], m.name).toEqual(['app.ready-to-generate', 'memory.wasm-heap'].includes(m.name) ? [0, 1, 1] : [1, 1, 2]);
  expect(result.measurements.filter((m) => m.name === 'app.ready-to-generate').map((m) => m.params.visit)).toEqual(['first', 'repeat']);
  // Whole clips through the app: each stage of fast mode, 4 steps, on WASM.
  for (const stage of ['text', 'denoise', 'decode', 'encode', 'frame-prep', 'mux-seal', 'save', 'total', 'overhead', 'longest-main-thread-task'])
    expect(keys.filter((k) => k === `generation.${stage} wasm batch=-`), stage).toHaveLength(1);
  const byName = (name: string) => result.measurements.find((m) => m.name === name)!;
  // The encoder's parts are parts of it; the guardrails' cost where they run (the learned check loads its classifier).
  expect(byName('generation.frame-prep').stats.p50 + byName('generation.mux-seal').stats.p50).toBeLessThan(byName('generation.encode').stats.p50);
  for (const name of ['guard.start.rules', 'guard.start.learned', 'guard.check']) expect(byName(name).stats.p50, name).toBeGreaterThan(0);
  // onnxruntime's WebAssembly heap holds at least the denoiser's own weights (12.7 MB of fp32) once it has run.
  expect(byName('memory.wasm-heap')).toMatchObject({ unit: 'MB', backend: 'wasm' });
  expect(byName('memory.wasm-heap').stats.p50).toBeGreaterThan(12.7);
  expect(byName('guard.check').derived.p95).toBeGreaterThan(0);
  // WebCodecs encode as the app encodes, in frames/s; WebNN reported as absent (Chromium on Linux has none).
  expect(byName('encode.avc')).toMatchObject({ backend: 'webcodecs', unit: 'frames/s', params: { size: 512, frames: 16 } });
  expect(byName('encode.avc').stats.p50).toBeGreaterThan(0);
  expect(result.notes).toContain('WebNN (navigator.ml) is not available in this browser');
  expect(byName('generation.denoise').params).toEqual({ mode: 'fast', steps: 4 });
  expect(byName('generation.total').stats.p50).toBeGreaterThan(byName('generation.denoise').stats.p50);
  expect(byName('generation.overhead').stats.p50).toBeGreaterThan(0);
  expect(byName('generation.overhead').stats.p50).toBeLessThan(100);
  // The table shows the browser/native ratio of the denoiser rows.
  expect(run.stdout).toMatch(new RegExp(`denoiser\\.student\\s+wasm\\s+batch=1 precision=${wasmStudent().precision} threads=\\d+\\s+ms(\\s+[\\d.]+){3}\\s+[\\d.]+`));
  // Achieved GFLOP/s from the manifest's FLOP count, against the SIMD peak measured in the same run with as many workers as threads.
  const manifest = validateManifest(JSON.parse(readFileSync('models/kinora-tiny/manifest.json', 'utf8')));
  const wasm1 = result.measurements.find((m) => m.name === 'denoiser.student' && m.backend === 'wasm' && m.params.batch === 1 && m.params.precision === wasmStudent().precision)!;
  const simd = result.measurements.find((m) => m.name.startsWith('simd.') && m.params.workers === wasm1.params.threads)!;
  expect(wasm1.derived.gflops).toBeCloseTo(manifest.graphs.student!.flopsPerItem! / (wasm1.stats.p50 * 1e6), 6);
  expect(wasm1.derived.peakGflops).toBe(simd.stats.p50);
  expect(wasm1.derived.rooflineFraction).toBeGreaterThan(0);
  // Session creation and the cold first call, beside the warm figures.
  expect(wasm1.derived.sessionCreateMs).toBeGreaterThan(0);
  expect(wasm1.derived.firstCallMs).toBe(wasm1.samples[0]);
});
