import { describe, expect, it } from 'vitest';
import { alphaSigma, applyGuidance, ddimStep, makePlan, PreparedNoise, runSteps, sample, SeededRandom, timeGrid, MAX_SEED } from '../../src/lib/sampler';
import { bundledManifest, reference } from './fixtures';

const schedule = bundledManifest().schedule;

describe('seeded noise', () => {
  it('matches the noise the exporter computed with its port of the same generator', () => {
    const ref = reference();
    const noise = new SeededRandom(ref.seed).fillNormal(new Float32Array(3 * 16 * 64 * 64));
    expect(Array.from(noise.subarray(0, 16))).toEqual(ref.noiseHead.map((v) => Math.fround(v)));
    let sum = 0;
    for (const v of noise) sum += v;
    expect(sum).toBeCloseTo(ref.noiseSum, 2);
  });

  it('is repeatable per seed and differs between seeds', () => {
    const a = new SeededRandom(7).fillNormal(new Float32Array(1000));
    const b = new SeededRandom(7).fillNormal(new Float32Array(1000));
    const c = new SeededRandom(8).fillNormal(new Float32Array(1000));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('made ahead is the same noise, handed over once, and is made anew for another seed or size', () => {
    const fresh = (seed: number, n: number) => new SeededRandom(seed).fillNormal(new Float32Array(n));
    const noise = new PreparedNoise();
    expect(noise.take(7, 1000)).toEqual(fresh(7, 1000)); // nothing prepared yet
    noise.prepare(7, 1000);
    expect(noise.has(7, 1000)).toBe(true);
    const first = noise.take(7, 1000);
    expect(first).toEqual(fresh(7, 1000));
    expect(noise.has(7, 1000)).toBe(false); // the sampler writes into what it takes
    first.fill(0);
    expect(noise.take(7, 1000)).toEqual(fresh(7, 1000));
    expect(noise.has(8, 1000) || noise.has(7, 999)).toBe(false);
    expect(noise.take(8, 1000)).toEqual(fresh(8, 1000));
    expect(noise.take(7, 999)).toEqual(fresh(7, 999));
    noise.prepare(8, 1000);
    expect([noise.has(7, 1000), noise.has(8, 1000)]).toEqual([false, true]);
  });

  it('is standard normal', () => {
    const x = new SeededRandom(123).fillNormal(new Float32Array(200_000));
    const mean = x.reduce((s, v) => s + v, 0) / x.length;
    const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.01);
  });

  it('rejects seeds outside 0..2^32-1', () => {
    expect(() => new SeededRandom(-1)).toThrow(/Seed must be a whole number/);
    expect(() => new SeededRandom(MAX_SEED + 1)).toThrow(RangeError);
    expect(() => new SeededRandom(1.5)).toThrow(RangeError);
  });
});

describe('noise schedule', () => {
  it('matches the training schedule at the exported reference times', () => {
    const ref = reference().schedule;
    ref.times.forEach((t, i) => {
      const { alpha, sigma } = alphaSigma(schedule, t);
      expect(alpha).toBeCloseTo(ref.alphas[i]!, 9);
      expect(sigma).toBeCloseTo(ref.sigmas[i]!, 9);
    });
  });

  it('goes from clean to pure noise, keeping alpha^2 + sigma^2 = 1', () => {
    let last = -1;
    for (let t = 0; t <= 1; t += 0.05) {
      const { alpha, sigma } = alphaSigma(schedule, t);
      expect(alpha ** 2 + sigma ** 2).toBeCloseTo(1, 9);
      expect(sigma).toBeGreaterThan(last);
      last = sigma;
    }
    expect(alphaSigma(schedule, 1)).toEqual({ alpha: 0, sigma: 1 });
  });

  it('spaces steps evenly from 1 to 0', () => {
    expect(timeGrid(4)).toEqual([1, 0.75, 0.5, 0.25, 0]);
  });
});

describe('DDIM and guidance', () => {
  it('recovers the clean signal exactly when the velocity is exact', () => {
    const x = Float32Array.from([0.5, -0.25, 1, 0]);
    const eps = Float32Array.from([1, 0.5, -2, 0.3]);
    const t = 0.6;
    const { alpha, sigma } = alphaSigma(schedule, t);
    const z = x.map((xi, i) => alpha * xi + sigma * eps[i]!);
    const v = x.map((xi, i) => alpha * eps[i]! - sigma * xi);
    const x0 = new Float32Array(4);
    ddimStep(schedule, z, v, t, 0, x0);
    for (let i = 0; i < 4; i++) {
      expect(x0[i]).toBeCloseTo(x[i]!, 5);
      expect(z[i]).toBeCloseTo(x[i]!, 3); // t=0 is clamped to 1e-5, as in training: within noise of the clean signal
    }
  });

  it('applies classifier-free guidance as u + w (c - u)', () => {
    const out = applyGuidance(Float32Array.from([1, 2]), Float32Array.from([0, 1]), 3);
    expect(Array.from(out)).toEqual([3, 4]);
    expect(() => applyGuidance(new Float32Array(2), new Float32Array(3), 1)).toThrow(RangeError);
  });

  it('runs one model call per step, reports each step and stops when cancelled', async () => {
    const calls: number[] = [];
    const steps: number[] = [];
    const x0 = await sample({
      plan: makePlan(schedule, 4, null),
      noise: new Float32Array(8).fill(1),
      predict: async (z, t) => {
        calls.push(t);
        return new Float32Array(z.length);
      },
      onStep: (s) => steps.push(s.step),
    });
    expect(calls).toEqual([1, 0.75, 0.5, 0.25]);
    expect(steps).toEqual([1, 2, 3, 4]);
    expect(x0.length).toBe(8);

    const controller = new AbortController();
    const run = sample({
      plan: makePlan(schedule, 4, null),
      noise: new Float32Array(8),
      predict: async (z) => {
        controller.abort();
        return new Float32Array(z.length);
      },
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow();
  });
});

describe('the step loop', () => {
  it('reads the estimate back only on the steps a preview is wanted, and once at the end otherwise', async () => {
    const manifest = bundledManifest();
    const plan = makePlan(manifest.schedule, 4, null);
    let reads = 0;
    let stepsRun = 0;
    const stepper = {
      step: async () => void stepsRun++,
      x0: async () => Float32Array.of(++reads),
    };
    // The preview is hidden during steps 2 and 3 (e.g. the tab went to the background).
    const wanted = [true, false, false, true];
    const seen: (number | null)[] = [];
    const x0 = await runSteps({ plan, stepper, readEveryStep: () => wanted[stepsRun - 1]!, onStep: (_, __, estimate) => seen.push(estimate ? estimate[0]! : null) });
    expect(seen).toEqual([1, null, null, 2]);
    expect(reads).toBe(2);
    expect(x0[0]).toBe(2);

    reads = 0;
    stepsRun = 0;
    const last = await runSteps({ plan, stepper, readEveryStep: () => false });
    expect(reads).toBe(1); // only the final estimate
    expect(last[0]).toBe(1);
  });
});
