/**
 * The bundled model's graphs in onnxruntime-node on this machine: the native side of the
 * browser-vs-native comparison. Runs the text encoder and the student denoiser at batch 1 and 2
 * (2 is the classifier-free-guidance batch) with the same thread count the browser gets, drops
 * warm-ups, prints a table and writes a kinora-bench/1 result.
 *
 *   npm run bench:native [-- --threads 2 --warmup 2 --repeat 10 --json out.json]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-node';
import { BENCH_FORMAT, measurement, withRoofline, timeRepeated, validateBenchResult, type BenchResult, type Measurement } from '../src/lib/bench';
import { pickVariant } from '../src/lib/models/load';
import { validateManifest, type ModelManifest } from '../src/lib/models/manifest';
import { nodeFeeds } from './count-flops';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODEL_DIR = join(ROOT, 'models/kinora-tiny');

function fail(message: string): never {
  process.stderr.write(`kinora bench:native: ${message}\n`);
  process.exit(1);
}

function wholeArg(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number of at least ${min} (got "${value}")`);
  return n;
}

function feedsFor(manifest: ModelManifest, graph: string, batch: number): Record<string, ort.Tensor> {
  const spec = manifest.graphs[graph];
  if (!spec) fail(`the manifest has no graph "${graph}"`);
  return nodeFeeds(spec.inputs, batch);
}

export function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

export interface NativeRun {
  measurements: Measurement[];
  notes: string[];
  manifest: ModelManifest;
  /** sha256 of the denoiser graph the run timed (the model's identity in results). */
  denoiserSha256: string;
}

export function loadBundledManifest(): ModelManifest {
  return validateManifest(JSON.parse(readFileSync(join(MODEL_DIR, 'manifest.json'), 'utf8')));
}

/** Times the text encoder and the fast mode's denoiser (the distilled student the app runs by default) at batch 1 and 2. */
export async function runNative(options: { threads: number; warmup: number; repeat: number }): Promise<NativeRun> {
  const { threads, warmup, repeat } = options;
  const manifest = loadBundledManifest();
  const denoiser = manifest.modes.fast.denoiser;
  const fp32 = (graph: string) => pickVariant(manifest, graph, 'fp32');
  const measurements: Measurement[] = [];
  const notes = [`onnxruntime-node ${ort.env.versions.common}, CPU execution provider, intraOpNumThreads ${threads}, inter-op 1`];
  // Every variant of the denoiser the browser suite times on WASM (int8 too), though natively fp32 is faster.
  const runs = [{ graph: manifest.textEncoder, variant: fp32(manifest.textEncoder) }, ...manifest.graphs[denoiser]!.variants.map((variant) => ({ graph: denoiser, variant }))];
  for (const { graph, variant } of runs) {
    const createStart = performance.now();
    const session = await ort.InferenceSession.create(join(MODEL_DIR, variant.file.path), { intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential' });
    const createMs = performance.now() - createStart;
    for (const batch of [1, 2]) {
      const feeds = feedsFor(manifest, graph, batch);
      const samples = await timeRepeated(() => session.run(feeds), warmup, repeat);
      measurements.push(
        measurement({
          name: `${graph === denoiser ? 'denoiser' : 'text-encoder'}.${graph}`,
          backend: 'native',
          unit: 'ms',
          timing: 'wall-clock',
          warmup,
          samples,
          params: { batch, threads, precision: variant.precision },
          derived: { sessionCreateMs: createMs },
        }),
      );
    }
    await session.release();
  }
  return { measurements: withRoofline(measurements, flopsPerItem(manifest)), notes, manifest, denoiserSha256: fp32(denoiser).file.sha256 };
}

/** Each graph's FLOPs per batch item, as the manifest stores them (`npm run flops`). */
function flopsPerItem(manifest: ModelManifest): Record<string, number | undefined> {
  return Object.fromEntries(Object.entries(manifest.graphs).map(([name, graph]) => [name, graph.flopsPerItem]));
}

export function appVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export function osName(): string {
  return `${platform()} ${release()} ${arch()}`;
}

/** Right-aligned columns, header first. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  for (const row of [header, ...rows]) process.stdout.write(row.map((c, i) => c.padStart(widths[i]!)).join('  ') + '\n');
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        threads: { type: 'string', default: '2' },
        warmup: { type: 'string', default: '2' },
        repeat: { type: 'string', default: '10' },
        json: { type: 'string' },
      },
      strict: true,
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  const threads = wholeArg('threads', values.threads, 1);
  const warmup = wholeArg('warmup', values.warmup, 0);
  const repeat = wholeArg('repeat', values.repeat, 1);

  const startedAt = new Date().toISOString();
  const run = await runNative({ threads, warmup, repeat });
  const result: BenchResult = validateBenchResult({
    format: BENCH_FORMAT,
    startedAt,
    suite: 'native',
    environment: {
      browser: null,
      os: osName(),
      cpuCores: cpus().length,
      adapter: null,
      executionProvider: 'cpu',
      wasmThreads: threads,
      crossOriginIsolated: false,
      model: { id: run.manifest.id, version: run.manifest.version, sha256: run.denoiserSha256 },
      appVersion: appVersion(),
      gitCommit: gitCommit(),
    },
    measurements: run.measurements,
    notes: run.notes,
  });

  printTable(
    ['case', 'batch', 'p10 ms', 'p50 ms', 'p90 ms', 'GFLOP/call', 'GFLOP/s'],
    result.measurements.map((m) => [
      m.name,
      String(m.params.batch),
      m.stats.p10.toFixed(2),
      m.stats.p50.toFixed(2),
      m.stats.p90.toFixed(2),
      m.derived.flopsPerCall ? (m.derived.flopsPerCall / 1e9).toFixed(3) : '',
      m.derived.gflops ? m.derived.gflops.toFixed(1) : '',
    ]),
  );
  process.stdout.write(`${run.notes.join('; ')}; ${warmup} warm-ups, ${repeat} repeats\n`);
  if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 1) + '\n');
}

// Run as a command, not when bench.ts imports runNative.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
