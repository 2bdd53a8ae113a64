/**
 * Reading results side by side: which measurements of two kinora-bench/1 results are the same case
 * (name, backend and params), how their medians compare, and the figures the Benchmark page plots.
 */
import type { BenchResult, Measurement } from './result';

/** Throughputs (GFLOP/s, GB/s, frames/s) are better higher; durations (ms), shares of time spent on overhead (%) and memory (MB) lower. */
export function higherIsBetter(unit: Measurement['unit']): boolean {
  return unit !== 'ms' && unit !== '%' && unit !== 'MB';
}

/** "batch=1 threads=2": params in key order, so the same case reads the same in every file. */
export function describeParams(params: Measurement['params']): string {
  return Object.keys(params)
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join(' ');
}

/** One case: the same name, backend and params are the same measurement in any result. */
export function measurementKey(m: Pick<Measurement, 'name' | 'backend' | 'params'>): string {
  return `${m.name} ${m.backend} ${describeParams(m.params)}`;
}

export interface ComparedFigure {
  p50: number;
  /** The other run's speed over this one's (p50s, turned so that above 1 means the other run was faster). */
  speed: number;
}

export interface ComparisonRow {
  key: string;
  measurement: Measurement;
  /** One per other result, in order; null where it has no such case. */
  others: (ComparedFigure | null)[];
}

export interface Comparison {
  rows: ComparisonRow[];
  /** Per other result: how many of its cases this result does not have. */
  unmatched: number[];
}

export function compareResults(base: BenchResult, others: readonly BenchResult[]): Comparison {
  const indexed = others.map((o) => new Map(o.measurements.map((m) => [measurementKey(m), m])));
  const keys = new Set(base.measurements.map(measurementKey));
  const rows = base.measurements.map((m) => {
    const key = measurementKey(m);
    const others = indexed.map((byKey) => {
      const o = byKey.get(key);
      if (!o || o.unit !== m.unit) return null;
      return { p50: o.stats.p50, speed: higherIsBetter(m.unit) ? o.stats.p50 / m.stats.p50 : m.stats.p50 / o.stats.p50 };
    });
    return { key, measurement: m, others };
  });
  return { rows, unmatched: others.map((o) => o.measurements.filter((m) => !keys.has(measurementKey(m))).length) };
}

export interface RooflinePoint {
  measurement: Measurement;
  /** p50 GFLOP/s of a micro-benchmark, or the model's achieved GFLOP/s where the result derived it. */
  achieved: number;
  /** The peak the result set it against (derived.peakGflops), else the best GFLOP/s measured on its backend; null when there is none. */
  peak: number | null;
}

/** Achieved against peak GFLOP/s, from whatever the result measured or derived in GFLOP/s. */
export function roofline(result: BenchResult): RooflinePoint[] {
  const peaks = new Map<string, number>();
  for (const m of result.measurements) if (m.unit === 'GFLOP/s') peaks.set(m.backend, Math.max(peaks.get(m.backend) ?? 0, m.stats.p50));
  return result.measurements.flatMap((m) => {
    const achieved = m.unit === 'GFLOP/s' ? m.stats.p50 : m.derived.gflops;
    return achieved === undefined ? [] : [{ measurement: m, achieved, peak: m.derived.peakGflops ?? peaks.get(m.backend) ?? null }];
  });
}

/**
 * Latency samples (after warm-ups) as a distribution: each case's sorted samples at their
 * percentile ranks, on one shared x axis (uPlot's aligned data; null where a case has no sample).
 */
export function latencyDistribution(measurements: readonly Measurement[]): { cases: Measurement[]; data: [number[], ...(number | null)[][]] } {
  const cases = measurements.filter((m) => m.unit === 'ms');
  const ranked = cases.map((m) => {
    const sorted = m.samples.slice(m.warmup).sort((a, b) => a - b);
    return new Map(sorted.map((x, i) => [(100 * (i + 0.5)) / sorted.length, x]));
  });
  const xs = [...new Set(ranked.flatMap((r) => [...r.keys()]))].sort((a, b) => a - b);
  return { cases, data: [xs, ...ranked.map((r) => xs.map((x) => r.get(x) ?? null))] };
}
