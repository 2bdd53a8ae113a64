/** Benchmark suite: statistics, the `kinora-bench/1` result format, the browser micro-benchmarks, and comparing results. */
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
export { compareResults, describeParams, higherIsBetter, latencyDistribution, measurementKey, roofline, type Comparison, type ComparedFigure, type ComparisonRow, type RooflinePoint } from './compare';
export { browserBenchResult, browserIdentity, fromUserAgent, pickBrand, type BrowserResultInfo } from './environment';
// denoiser.ts, suite.ts and client.ts (the Benchmark page's worker) are imported on their own: they pull in
// onnxruntime-web, which node scripts using this index do not need.
export { SIMD_FLOPS_PER_ITERATION, simdModuleBytes, simdReference, simdRun, simdThroughput, type SimdThroughput } from './simd';
export { MATMUL_WGSL, benchCopy, benchMatmul, describeAdapter, matmulReference, maxAbsError, requestBenchAdapter, requestBenchDevice, type CopyRun, type MatmulRun } from './gpu';
