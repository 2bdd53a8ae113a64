/** Benchmark suite: statistics, the `kinora-bench/1` result format, and the browser micro-benchmarks. */
export { median, quantile, summarize, timeRepeated, type SampleStats } from './stats';
export {
  BACKENDS,
  BENCH_FORMAT,
  BENCH_RESULT_PARTS,
  BenchResultSchema,
  TIMING_SOURCES,
  UNITS,
  measurement,
  validateBenchResult,
  type BenchAdapter,
  type BenchBackend,
  type BenchEnvironment,
  type BenchResult,
  type Measurement,
  type TimingSource,
} from './result';
export { seededFloats } from './seeded';
export { withRoofline } from './roofline';
export { benchInputs, type BenchInput } from './inputs';
// denoiser.ts is imported on its own: it pulls in onnxruntime-web, which node scripts using this index do not need.
export { SIMD_FLOPS_PER_ITERATION, simdModuleBytes, simdReference, simdRun, simdThroughput, type SimdThroughput } from './simd';
export { MATMUL_WGSL, benchCopy, benchMatmul, describeAdapter, matmulReference, maxAbsError, requestBenchAdapter, type CopyRun, type MatmulRun } from './gpu';
