/**
 * WASM SIMD roofline: the practical f32 GFLOP/s of 128-bit f32x4 multiply + add on this CPU, in
 * one worker and in one worker per core. The module is written here as bytes (no toolchain): a
 * loop of 12 independent accumulators, unrolled twice, each step `acc = acc * m + c`. Twelve
 * chains keep two multiply and two add pipes busy through a mul+add latency of ~6 cycles and,
 * with m and c, still fit x86's 16 vector registers (8 chains measured 32 GFLOP/s per core here,
 * 12 measured 44; 14 spill and measured 35). `run(iterations)` returns the sum of lane 0 of the accumulators,
 * which `simdReference` recomputes in JS to check the module did the arithmetic it claims.
 */

const ACCUMULATORS = 12;
const UNROLL = 2;
/** FLOPs of one loop iteration: accumulators x unroll x 4 lanes x (mul + add). */
export const SIMD_FLOPS_PER_ITERATION = ACCUMULATORS * UNROLL * 4 * 2;
const MULTIPLIER = 0.999;
const ADDEND = 0.001;
const accumulatorStart = (k: number) => 1 + k / 8;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

function f32Const(x: number): number[] {
  return [0x43, ...new Uint8Array(new Float32Array([x]).buffer)];
}

const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];

const OP = {
  localGet: 0x20,
  localSet: 0x21,
  f32Add: 0x92,
  i32Const: 0x41,
  i32Sub: 0x6b,
  i32Eqz: 0x45,
  block: 0x02,
  loop: 0x03,
  br: 0x0c,
  brIf: 0x0d,
  end: 0x0b,
  voidType: 0x40,
  simd: 0xfd,
} as const;
const F32X4_SPLAT = [OP.simd, ...uleb(19)];
const F32X4_EXTRACT_LANE_0 = [OP.simd, ...uleb(31), 0];
const F32X4_ADD = [OP.simd, ...uleb(228)];
const F32X4_MUL = [OP.simd, ...uleb(230)];

/** The module's bytes: exports `run(i32) -> f32`. Locals: 0 the count, 1..12 accumulators, 13 m, 14 c. */
export function simdModuleBytes(): Uint8Array<ArrayBuffer> {
  const m = ACCUMULATORS + 1;
  const c = ACCUMULATORS + 2;
  const code: number[] = [];
  for (let k = 0; k < ACCUMULATORS; k++) code.push(...f32Const(accumulatorStart(k)), ...F32X4_SPLAT, OP.localSet, k + 1);
  code.push(...f32Const(MULTIPLIER), ...F32X4_SPLAT, OP.localSet, m);
  code.push(...f32Const(ADDEND), ...F32X4_SPLAT, OP.localSet, c);
  code.push(OP.block, OP.voidType, OP.loop, OP.voidType);
  code.push(OP.localGet, 0, OP.i32Eqz, OP.brIf, 1);
  for (let u = 0; u < UNROLL; u++)
    for (let k = 1; k <= ACCUMULATORS; k++) code.push(OP.localGet, k, OP.localGet, m, ...F32X4_MUL, OP.localGet, c, ...F32X4_ADD, OP.localSet, k);
  code.push(OP.localGet, 0, OP.i32Const, 1, OP.i32Sub, OP.localSet, 0, OP.br, 0, OP.end, OP.end);
  code.push(OP.localGet, 1, ...F32X4_EXTRACT_LANE_0);
  for (let k = 2; k <= ACCUMULATORS; k++) code.push(OP.localGet, k, ...F32X4_EXTRACT_LANE_0, OP.f32Add);
  code.push(OP.end);
  const body = [1, ACCUMULATORS + 2, 0x7b /* v128 */, ...code];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 1, 0x7f, 1, 0x7d]), // type: (i32) -> f32
    ...section(3, [1, 0]),
    ...section(7, [1, 3, ...new TextEncoder().encode('run'), 0x00, 0]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

/** What `run(iterations)` must return, computed in f32 arithmetic in JS. */
export function simdReference(iterations: number): number {
  const f = Math.fround;
  let sum = 0;
  for (let k = 0; k < ACCUMULATORS; k++) {
    let acc = f(accumulatorStart(k));
    for (let i = 0; i < iterations * UNROLL; i++) acc = f(f(acc * f(MULTIPLIER)) + f(ADDEND));
    sum = k === 0 ? acc : f(sum + acc);
  }
  return sum;
}

export async function simdRun(iterations: number): Promise<number> {
  const { instance } = await WebAssembly.instantiate(simdModuleBytes());
  return (instance.exports.run as (n: number) => number)(iterations);
}

/**
 * Worker source: compile, warm up, say ready, run on "go", reply with the result. Plain JS so no
 * bundler is needed. V8 first runs WASM in its baseline compiler and swaps in optimised code only
 * at a later call, once the background compile is done: one long call would stay baseline all
 * along (a third of the speed), so the warm-up makes short calls with pauses in between.
 */
const WORKER_SOURCE = `
onmessage = async ({ data }) => {
  const { instance } = await WebAssembly.instantiate(data.bytes);
  const run = instance.exports.run;
  for (let i = 0; i < 20; i++) { run(1000); await new Promise((r) => setTimeout(r, 5)); }
  postMessage('ready');
  onmessage = () => { const value = run(data.iterations); postMessage({ value }); };
};`;

export interface SimdThroughput {
  workers: number;
  iterations: number;
  ms: number;
  gflops: number;
  /** Each worker's result; all must equal simdReference(iterations). */
  values: number[];
}

/** One timed run of `workers` workers at once, each doing `iterations`; the clock spans the slowest. */
export async function simdThroughput(workers: number, iterations: number): Promise<SimdThroughput> {
  const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  const pool = Array.from({ length: workers }, () => new Worker(url));
  try {
    const bytes = simdModuleBytes();
    await Promise.all(pool.map((w) => new Promise<void>((ready) => ((w.onmessage = () => ready()), w.postMessage({ bytes, iterations })))));
    const start = performance.now();
    const values = await Promise.all(pool.map((w) => new Promise<number>((done) => ((w.onmessage = (e: MessageEvent<{ value: number }>) => done(e.data.value)), w.postMessage('go')))));
    const ms = performance.now() - start;
    return { workers, iterations, ms, gflops: (workers * iterations * SIMD_FLOPS_PER_ITERATION) / (ms * 1e6), values };
  } finally {
    pool.forEach((w) => w.terminate());
    URL.revokeObjectURL(url);
  }
}
