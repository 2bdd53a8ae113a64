/**
 * The noise schedule and step grids. The schedule's shape comes from the model manifest, so the
 * sampler stays model-agnostic; only the "shifted-cosine" family is implemented (it is what
 * kinora-tiny was trained with, and a shift of 0 is the plain cosine schedule).
 */
export interface NoiseSchedule {
  kind: 'shifted-cosine';
  /** Added to the cosine schedule's log signal-to-noise ratio. */
  logsnrShift: number;
}

export interface AlphaSigma {
  alpha: number;
  sigma: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Signal and noise scales at time t in [0, 1]; alpha^2 + sigma^2 = 1. Mirrors model.py. */
export function alphaSigma(schedule: NoiseSchedule, t: number): AlphaSigma {
  if (t >= 1) return { alpha: 0, sigma: 1 };
  const tc = Math.min(Math.max(t, 1e-5), 1 - 1e-5);
  const logsnr = -2 * Math.log(Math.tan((Math.PI * tc) / 2)) + schedule.logsnrShift;
  return { alpha: Math.sqrt(sigmoid(logsnr)), sigma: Math.sqrt(sigmoid(-logsnr)) };
}

/** Evenly spaced times from 1 (pure noise) down to 0 (clean): steps + 1 entries. */
export function timeGrid(steps: number): number[] {
  return Array.from({ length: steps + 1 }, (_, i) => 1 - i / steps);
}
