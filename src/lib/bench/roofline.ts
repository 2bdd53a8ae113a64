/**
 * The model's achieved GFLOP/s against the peak the same run measured: the roofline fraction.
 * FLOPs per call come from the model manifest (`flopsPerItem` x batch, a lower bound: Conv, MatMul
 * and Gemm only). The peak of a WASM figure is the SIMD multiply-add throughput with as many
 * workers as onnxruntime had threads (else the best SIMD figure); of a WebGPU figure, the best
 * WGSL matmul. Native runs measure no peak here, so they get GFLOP/s only.
 */
import type { Measurement } from './result';

/** A graph's call latency is named "<role>.<graph>" ("denoiser.student") with its batch as a parameter. */
const graphOf = (m: Measurement): string | undefined => (m.unit === 'ms' && typeof m.params.batch === 'number' ? m.name.split('.')[1] : undefined);

function peakFor(m: Measurement, all: readonly Measurement[]): number | undefined {
  const best = (xs: Measurement[]) => (xs.length > 0 ? Math.max(...xs.map((x) => x.stats.p50)) : undefined);
  if (m.backend === 'wasm') {
    const simd = all.filter((x) => x.name.startsWith('simd.') && x.unit === 'GFLOP/s');
    const sameThreads = simd.filter((x) => x.params.workers === m.params.threads);
    return best(sameThreads.length > 0 ? sameThreads : simd);
  }
  if (m.backend === 'webgpu') return best(all.filter((x) => x.name.startsWith('matmul.') && x.backend === 'webgpu' && x.unit === 'GFLOP/s'));
  return undefined;
}

/**
 * The measurements with `flopsPerCall`, `gflops` and, where a peak was measured, `peakGflops` and
 * `rooflineFraction` added to each graph latency whose graph has a count in `flopsPerItem`
 * (the manifest's `graphs[name].flopsPerItem`).
 */
export function withRoofline(measurements: readonly Measurement[], flopsPerItem: Readonly<Record<string, number | undefined>>): Measurement[] {
  return measurements.map((m) => {
    const graph = graphOf(m);
    const perItem = graph === undefined ? undefined : flopsPerItem[graph];
    if (!perItem) return m;
    const flopsPerCall = perItem * (m.params.batch as number);
    const gflops = flopsPerCall / (m.stats.p50 * 1e6);
    const peak = peakFor(m, measurements);
    return { ...m, derived: { ...m.derived, flopsPerCall, gflops, ...(peak ? { peakGflops: peak, rooflineFraction: gflops / peak } : {}) } };
  });
}
