import { alphaSigma, type NoiseSchedule } from './schedule';

/** Classifier-free guidance: unconditional + scale * (conditional - unconditional), in place into `out`. */
export function applyGuidance(cond: Float32Array, uncond: Float32Array, scale: number, out = new Float32Array(cond.length)): Float32Array {
  if (cond.length !== uncond.length) throw new RangeError('Guidance needs two predictions of the same size');
  for (let i = 0; i < cond.length; i++) {
    const u = uncond[i]!;
    out[i] = u + scale * (cond[i]! - u);
  }
  return out;
}

/**
 * One deterministic DDIM step in v-parameterisation from t to tNext. Writes the next latent into
 * `z` in place and the current clean estimate into `x0`.
 */
export function ddimStep(schedule: NoiseSchedule, z: Float32Array, v: Float32Array, t: number, tNext: number, x0: Float32Array): void {
  const { alpha, sigma } = alphaSigma(schedule, t);
  const next = alphaSigma(schedule, tNext);
  for (let i = 0; i < z.length; i++) {
    const zi = z[i]!;
    const vi = v[i]!;
    const x = alpha * zi - sigma * vi;
    const eps = sigma * zi + alpha * vi;
    x0[i] = x;
    z[i] = next.alpha * x + next.sigma * eps;
  }
}
