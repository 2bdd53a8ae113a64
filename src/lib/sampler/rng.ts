/**
 * Seeded Gaussian noise. xoshiro128** seeded through splitmix32, Box-Muller for normals:
 * the same seed gives the same noise on every platform, so the same seed and settings give the
 * same clip on the same backend.
 */
export const MAX_SEED = 0xffffffff;

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class SeededRandom {
  /** xoshiro128** state: a typed array keeps every word an unsigned 32-bit integer. */
  private readonly state = new Uint32Array(4);

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
      throw new RangeError(`Seed must be a whole number from 0 to ${MAX_SEED}, got ${seed}`);
    }
    const next = splitmix32(seed);
    for (let i = 0; i < 4; i++) this.state[i] = next();
  }

  /** Next uniform 32-bit unsigned integer. */
  nextUint32(): number {
    return xoshiroNext(this.state);
  }

  /** Uniform in (0, 1): never exactly 0, so log() in Box-Muller is finite. */
  nextUniform(): number {
    return uniform(this.state);
  }

  /** Fills `out` with standard normal samples. */
  fillNormal<T extends Float32Array>(out: T): T {
    const state = this.state;
    for (let i = 0; i < out.length; i += 2) {
      const r = Math.sqrt(-2 * Math.log(uniform(state)));
      const theta = 2 * Math.PI * uniform(state);
      out[i] = r * Math.cos(theta);
      if (i + 1 < out.length) out[i + 1] = r * Math.sin(theta);
    }
    return out;
  }
}

/** The next xoshiro128** draw as a uniform number in (0, 1). */
function uniform(s: Uint32Array): number {
  return (xoshiroNext(s) + 0.5) / 4294967296;
}

/** One xoshiro128** step on `s`, in place. */
function xoshiroNext(s: Uint32Array): number {
  const result = Math.imul(rotl(Math.imul(s[1]!, 5) >>> 0, 7), 9) >>> 0;
  const t = s[1]! << 9;
  s[2]! ^= s[0]!;
  s[3]! ^= s[1]!;
  s[1]! ^= s[2]!;
  s[0]! ^= s[3]!;
  s[2]! ^= t;
  s[3] = rotl(s[3]!, 11);
  return result;
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** A fresh seed for users who don't pick one. */
export function randomSeed(): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return buf[0]!;
}

/**
 * Seeded noise made ahead of time. Filling a clip's noise takes 5-30 ms in a browser worker; the
 * inference worker fills it for the seed the form shows while the person is still typing, so
 * Generate does not wait for it.
 */
export class PreparedNoise {
  private prepared: { seed: number; noise: Float32Array<ArrayBuffer> } | null = null;

  /** Fills the noise for this seed and length, unless it is the one already prepared. */
  prepare(seed: number, length: number): void {
    if (!this.has(seed, length)) this.prepared = { seed, noise: new SeededRandom(seed).fillNormal(new Float32Array(length)) };
  }

  has(seed: number, length: number): boolean {
    return this.prepared?.seed === seed && this.prepared.noise.length === length;
  }

  /**
   * The noise for this seed, the sampler's own to write into: the prepared buffer itself when it
   * matches (handed over, not copied: a copy cost 3-10 ms in the worker), else made now.
   */
  take(seed: number, length: number): Float32Array<ArrayBuffer> {
    if (!this.has(seed, length)) return new SeededRandom(seed).fillNormal(new Float32Array(length));
    const { noise } = this.prepared!;
    this.prepared = null;
    return noise;
  }
}
