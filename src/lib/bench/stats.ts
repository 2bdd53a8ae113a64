/**
 * Summary statistics for benchmark samples. Warm-up samples (first calls that pay for shader
 * compilation, JIT and allocation) are dropped before summarising, so a figure describes the
 * steady state; the warm-up count is kept with the result so a reader knows what was dropped.
 */

export interface SampleStats {
  /** Samples summarised (after the warm-ups). */
  n: number;
  min: number;
  max: number;
  mean: number;
  p10: number;
  /** The median. */
  p50: number;
  p90: number;
  /** p90 - p10: how far apart the typical fast and slow runs are. */
  spread: number;
}

/** The q-quantile (0..1) of ascending `sorted`, interpolating linearly between neighbours (numpy's default). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no samples');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile ${q} is outside [0, 1]`);
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  // In range: sorted is non-empty and 0 <= below <= above < length.
  const low = sorted[below]!;
  return low + (sorted[above]! - low) * (at - below);
}

export function median(samples: readonly number[]): number {
  return quantile([...samples].sort((a, b) => a - b), 0.5);
}

/** Stats of `samples` once the first `warmup` are dropped; at least one sample must remain. */
export function summarize(samples: readonly number[], warmup = 0): SampleStats {
  if (!Number.isInteger(warmup) || warmup < 0) throw new RangeError(`warm-up count ${warmup} is not a whole number >= 0`);
  const kept = samples.slice(warmup);
  if (kept.length === 0) throw new RangeError(`no samples left after ${warmup} warm-ups (got ${samples.length})`);
  if (kept.some((x) => !Number.isFinite(x))) throw new RangeError('a sample is not a finite number');
  const sorted = [...kept].sort((a, b) => a - b);
  const p10 = quantile(sorted, 0.1);
  const p90 = quantile(sorted, 0.9);
  return {
    n: sorted.length,
    min: quantile(sorted, 0),
    max: quantile(sorted, 1),
    mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length,
    p10,
    p50: quantile(sorted, 0.5),
    p90,
    spread: p90 - p10,
  };
}

/** Times `run` `warmup + repeat` times with `now` (ms); returns every sample, warm-ups first. */
export async function timeRepeated(run: () => unknown, warmup: number, repeat: number, now: () => number = () => performance.now()): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + repeat; i++) {
    const start = now();
    await run();
    samples.push(now() - start);
  }
  return samples;
}
