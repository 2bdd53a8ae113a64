/**
 * The benchmark result file, `kinora-bench/1`: one run of the suite (in a browser or native) with
 * the environment it ran in, so results from different machines can be compared and published.
 * Defined once here; scripts/schemas.ts can export it as JSON Schema.
 */
import * as v from 'valibot';
import { finiteNumber, formatTag, list, numberIn, object, oneOf, parseOrFail, record, text, wholeNumberIn } from '../validation';
import { summarize, type SampleStats } from './stats';

export const BENCH_FORMAT = 'kinora-bench/1';

/** Where a figure was measured; `webcodecs` for the browser's video encoders. */
export const BACKENDS = ['webgpu', 'wasm', 'native', 'webnn', 'webcodecs'] as const;
export type BenchBackend = (typeof BACKENDS)[number];

/** Where a duration came from: GPU timestamps (adapter has `timestamp-query`) or the wall clock around a submit/await. */
export const TIMING_SOURCES = ['timestamp-query', 'wall-clock'] as const;
export type TimingSource = (typeof TIMING_SOURCES)[number];

export const UNITS = ['ms', 'GFLOP/s', 'GB/s', 'frames/s', '%', 'MB'] as const;

const nullable = <const T extends v.GenericSchema>(schema: T) => v.nullable(schema);
const nonNegative = numberIn(0, Number.MAX_VALUE);

const StatsSchema = object({
  n: wholeNumberIn(1),
  min: finiteNumber,
  max: finiteNumber,
  mean: finiteNumber,
  p10: finiteNumber,
  p50: finiteNumber,
  p90: finiteNumber,
  spread: nonNegative,
});

const AdapterSchema = object({
  vendor: v.string(),
  architecture: v.string(),
  device: v.string(),
  description: v.string(),
  isFallbackAdapter: v.boolean(),
  features: list(text),
  limits: record(finiteNumber),
});

const EnvironmentSchema = object({
  /** null for native runs. */
  browser: nullable(object({ name: text, version: text })),
  os: text,
  cpuCores: wholeNumberIn(1),
  /** null: no WebGPU adapter (or not asked for, as in native runs). */
  adapter: nullable(AdapterSchema),
  /** onnxruntime execution provider the model ran on ("webgpu", "wasm", "cpu" for onnxruntime-node). */
  executionProvider: text,
  /** Threads onnxruntime used on the CPU (wasm numThreads / native intraOpNumThreads). */
  wasmThreads: wholeNumberIn(1),
  /** Without cross-origin isolation the browser gives WASM no threads (no SharedArrayBuffer). */
  crossOriginIsolated: v.boolean(),
  model: object({ id: text, version: text, sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits')) }),
  appVersion: text,
  /** null when not run from a git checkout. */
  gitCommit: nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{7,40}$/, 'expected a git commit hash'))),
});

const MeasurementSchema = v.pipe(
  object({
    /** What was measured: "denoiser.student", "matmul.256", "copy", "simd.fma"... */
    name: text,
    backend: oneOf(BACKENDS),
    unit: oneOf(UNITS),
    timing: oneOf(TIMING_SOURCES),
    /** Samples dropped before `stats` (first calls: compilation, allocation). */
    warmup: wholeNumberIn(0),
    /** Every sample, warm-ups first, in `unit`. */
    samples: list(finiteNumber),
    stats: StatsSchema,
    /** Named parameters of the case: batch, size, threads, bytes... */
    params: v.optional(record(v.union([finiteNumber, v.string(), v.boolean()])), () => ({})),
    /** Figures the case derives once (flops per call, max abs error against the CPU reference). */
    derived: v.optional(record(finiteNumber), () => ({})),
  }),
  v.check((m) => m.samples.length === m.warmup + m.stats.n, 'samples must hold the warm-ups and then stats.n measured samples'),
);

export const BenchResultSchema = object({
  format: formatTag(BENCH_FORMAT),
  /** ISO 8601 time the run started. */
  startedAt: v.pipe(v.string(), v.isoTimestamp('expected an ISO 8601 timestamp')),
  suite: oneOf(['quick', 'full', 'native'] as const),
  environment: EnvironmentSchema,
  measurements: list(MeasurementSchema),
  /** Things the reader must know (software adapter, wall-clock timing, skipped cases and why). */
  notes: v.optional(list(text), () => []),
});

/** Named parts of the result schema, for the JSON Schema's $defs (scripts/schemas.ts). */
export const BENCH_RESULT_PARTS = { Environment: EnvironmentSchema, Adapter: AdapterSchema, Measurement: MeasurementSchema, Stats: StatsSchema };

export type BenchResult = v.InferOutput<typeof BenchResultSchema>;
export type BenchEnvironment = BenchResult['environment'];
export type BenchAdapter = NonNullable<BenchEnvironment['adapter']>;
export type Measurement = BenchResult['measurements'][number];

/** A parsed `kinora-bench/1` result; throws an Error naming its first problem. */
export function validateBenchResult(value: unknown): BenchResult {
  return parseOrFail(BenchResultSchema, value, 'result', (where, message) => {
    throw new Error(`Benchmark result is invalid at ${where}: ${message}`);
  });
}

/** A measurement from raw samples (warm-ups first): the stats are always computed from the samples, never supplied. */
export function measurement(
  fields: Omit<Measurement, 'stats' | 'params' | 'derived'> & Partial<Pick<Measurement, 'params' | 'derived'>>,
): Measurement {
  const stats: SampleStats = summarize(fields.samples, fields.warmup);
  return { ...fields, params: fields.params ?? {}, derived: fields.derived ?? {}, stats };
}
