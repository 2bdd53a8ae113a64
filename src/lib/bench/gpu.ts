/**
 * WGSL micro-benchmarks: the practical roofline of a WebGPU device. A tiled fp32 matmul (16x16
 * workgroup tiles staged in workgroup memory, one output per invocation) at several sizes, and,
 * where the adapter has `subgroups`, a variant that shares A through subgroup shuffles instead of
 * workgroup memory (no barriers), each checked against a CPU reference; and storage-buffer copy
 * bandwidth, checked by reading the copy back.
 * The matmul is timed by GPU timestamp queries around its compute pass where the device has
 * `timestamp-query` (requestBenchDevice asks for it), else on the wall clock around submit +
 * onSubmittedWorkDone, which includes submission overhead; each run says which (`timing`). The copy
 * is not a pass, so it is always wall-clock.
 */
import type { BenchAdapter, TimingSource } from './result';
import { seededFloats } from './seeded';

const TILE = 16;

export const MATMUL_WGSL = /* wgsl */ `
struct Dims { n: u32 }
@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<f32>;
@group(0) @binding(2) var<storage, read_write> c: array<f32>;
@group(0) @binding(3) var<uniform> dims: Dims;
var<workgroup> tileA: array<array<f32, ${TILE}>, ${TILE}>;
var<workgroup> tileB: array<array<f32, ${TILE}>, ${TILE}>;

@compute @workgroup_size(${TILE}, ${TILE})
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(local_invocation_id) lid: vec3u) {
  let n = dims.n;
  let row = gid.y;
  let col = gid.x;
  var acc = 0.0;
  for (var t = 0u; t < n; t += ${TILE}u) {
    tileA[lid.y][lid.x] = a[row * n + t + lid.x];
    tileB[lid.y][lid.x] = b[(t + lid.y) * n + col];
    workgroupBarrier();
    for (var k = 0u; k < ${TILE}u; k++) {
      acc += tileA[lid.y][k] * tileB[k][lid.x];
    }
    workgroupBarrier();
  }
  c[row * n + col] = acc;
}`;

/** Subgroup width the kernel below supports at most: one row of 64 invocations per workgroup. */
const SUBGROUP_ROW = 64;

/**
 * Each lane loads one A value of its row per step and the subgroup passes them round by shuffles:
 * every lane then has the subgroup's run of A for its own column of B. Needs n to be a multiple of
 * the subgroup size (sizes are powers of two up to 64 here, n a multiple of 64).
 */
export const MATMUL_SUBGROUPS_WGSL = /* wgsl */ `
enable subgroups;
struct Dims { n: u32 }
@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<f32>;
@group(0) @binding(2) var<storage, read_write> c: array<f32>;
@group(0) @binding(3) var<uniform> dims: Dims;

@compute @workgroup_size(${SUBGROUP_ROW}, 1)
fn main(@builtin(global_invocation_id) gid: vec3u, @builtin(subgroup_invocation_id) lane: u32, @builtin(subgroup_size) width: u32) {
  let n = dims.n;
  let row = gid.y;
  let col = gid.x;
  var acc = 0.0;
  for (var t = 0u; t < n; t += width) {
    let mine = a[row * n + t + lane];
    for (var k = 0u; k < width; k++) {
      acc += subgroupShuffle(mine, k) * b[(t + k) * n + col];
    }
  }
  c[row * n + col] = acc;
}`;

export type MatmulKernel = 'tiled' | 'subgroups';

/** The sizes each kernel takes are multiples of this (its workgroup's tile or row). */
export const MATMUL_MULTIPLE: Record<MatmulKernel, number> = { tiled: TILE, subgroups: SUBGROUP_ROW };

/** C = A x B for square n x n row-major matrices, in f64 (the reference the GPU is checked against). */
export function matmulReference(a: Float32Array, b: Float32Array, n: number): Float64Array {
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k]!;
      for (let j = 0; j < n; j++) c[i * n + j]! += aik * b[k * n + j]!;
    }
  return c;
}

export function maxAbsError(got: ArrayLike<number>, want: ArrayLike<number>): number {
  if (got.length !== want.length) throw new RangeError(`lengths differ: ${got.length} vs ${want.length}`);
  let max = 0;
  for (let i = 0; i < got.length; i++) max = Math.max(max, Math.abs(got[i]! - want[i]!));
  return max;
}

/** The core adapter, or the compatibility-tier one where there is no core adapter (as the app does). */
export async function requestBenchAdapter(gpu: GPU): Promise<GPUAdapter | null> {
  return (await gpu.requestAdapter()) ?? (await gpu.requestAdapter({ featureLevel: 'compatibility' } as GPURequestAdapterOptions));
}

/** Adapter info, features and limits as the result file records them. */
export function describeAdapter(adapter: GPUAdapter): BenchAdapter {
  const info = adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
  const limits: Record<string, number> = {};
  // GPUSupportedLimits keeps its fields on the prototype: enumerate with for-in.
  for (const key in adapter.limits) {
    const value = (adapter.limits as unknown as Record<string, unknown>)[key];
    if (typeof value === 'number') limits[key] = value;
  }
  return {
    vendor: info.vendor,
    architecture: info.architecture,
    device: info.device,
    description: info.description,
    isFallbackAdapter: info.isFallbackAdapter ?? false,
    features: [...adapter.features].sort(),
    limits,
  };
}

/** A device with GPU timestamps and subgroups where the adapter offers them. */
export function requestBenchDevice(adapter: GPUAdapter): Promise<GPUDevice> {
  const wanted = ['timestamp-query', 'subgroups'] as GPUFeatureName[];
  return adapter.requestDevice({ requiredFeatures: wanted.filter((f) => adapter.features.has(f)) });
}

async function timeSubmit(device: GPUDevice, encode: (encoder: GPUCommandEncoder) => void): Promise<number> {
  const encoder = device.createCommandEncoder();
  encode(encoder);
  const start = performance.now();
  device.queue.submit([encoder.finish()]);
  await device.queue.onSubmittedWorkDone();
  return performance.now() - start;
}

/** One compute pass: its GPU time from timestamp queries (null without `timestamp-query`) and its wall-clock time. */
async function timePass(device: GPUDevice, record: (pass: GPUComputePassEncoder) => void): Promise<{ gpuMs: number | null; wallMs: number }> {
  if (!device.features.has('timestamp-query')) return { gpuMs: null, wallMs: await timeSubmit(device, (encoder) => endPass(encoder.beginComputePass(), record)) };
  const querySet = device.createQuerySet({ type: 'timestamp', count: 2 });
  const resolved = device.createBuffer({ size: 16, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC });
  const staging = device.createBuffer({ size: 16, usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.MAP_READ });
  try {
    const wallMs = await timeSubmit(device, (encoder) => {
      endPass(encoder.beginComputePass({ timestampWrites: { querySet, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 } }), record);
      encoder.resolveQuerySet(querySet, 0, 2, resolved, 0);
      encoder.copyBufferToBuffer(resolved, 0, staging, 0, 16);
    });
    await staging.mapAsync(GPUMapMode.READ);
    const [begin, end] = new BigUint64Array(staging.getMappedRange());
    return { gpuMs: Number(end! - begin!) / 1e6, wallMs };
  } finally {
    staging.destroy();
    resolved.destroy();
    querySet.destroy();
  }
}

function endPass(pass: GPUComputePassEncoder, record: (pass: GPUComputePassEncoder) => void): void {
  record(pass);
  pass.end();
}

/** Copies `bytes` of a buffer (with COPY_SRC) to the CPU. */
export async function readBack(device: GPUDevice, source: GPUBuffer, bytes: number): Promise<Float32Array> {
  const staging = device.createBuffer({ size: bytes, usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.MAP_READ });
  const encoder = device.createCommandEncoder();
  encoder.copyBufferToBuffer(source, 0, staging, 0, bytes);
  device.queue.submit([encoder.finish()]);
  await staging.mapAsync(GPUMapMode.READ);
  const out = new Float32Array(staging.getMappedRange().slice(0));
  staging.destroy();
  return out;
}

function storage(device: GPUDevice, data: Float32Array<ArrayBuffer>, extra = 0): GPUBuffer {
  const buffer = device.createBuffer({ size: data.byteLength, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST | extra });
  device.queue.writeBuffer(buffer, 0, data);
  return buffer;
}

export interface MatmulRun {
  n: number;
  /** ms of each dispatch, warm-ups first, from `timing`. */
  samples: number[];
  /**
   * GPU timestamps where the device has them and every pass measured above zero (browsers may
   * quantise timestamps, e.g. to 100 µs, which a small kernel on a fast GPU can fall under); else the wall clock.
   */
  timing: TimingSource;
  flops: number;
  /** Largest |GPU - CPU reference| over C. */
  maxAbsError: number;
  kernel: MatmulKernel;
}

/**
 * Times `warmup + repeat` dispatches of an n x n x n matmul and checks the result: the tiled kernel
 * (n a multiple of 16), or the subgroup one (n a multiple of 64; the device needs `subgroups`).
 */
export async function benchMatmul(device: GPUDevice, n: number, warmup: number, repeat: number, kernel: MatmulKernel = 'tiled'): Promise<MatmulRun> {
  const multiple = MATMUL_MULTIPLE[kernel];
  if (n % multiple !== 0 || n <= 0) throw new RangeError(`matmul size ${n} must be a positive multiple of ${multiple} for the ${kernel} kernel`);
  if (kernel === 'subgroups' && !device.features.has('subgroups')) throw new Error('the subgroup matmul needs a device with the "subgroups" feature');
  const a = seededFloats(n * n, 1);
  const b = seededFloats(n * n, 2);
  const bufA = storage(device, a);
  const bufB = storage(device, b);
  const bufC = storage(device, new Float32Array(n * n));
  const uniform = device.createBuffer({ size: 16, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
  device.queue.writeBuffer(uniform, 0, new Uint32Array([n, 0, 0, 0]));
  const code = kernel === 'tiled' ? MATMUL_WGSL : MATMUL_SUBGROUPS_WGSL;
  const pipeline = device.createComputePipeline({ layout: 'auto', compute: { module: device.createShaderModule({ code }), entryPoint: 'main' } });
  const bindGroup = device.createBindGroup({
    layout: pipeline.getBindGroupLayout(0),
    entries: [bufA, bufB, bufC, uniform].map((buffer, binding) => ({ binding, resource: { buffer } })),
  });
  try {
    const runs = [];
    for (let i = 0; i < warmup + repeat; i++)
      runs.push(
        await timePass(device, (pass) => {
          pass.setPipeline(pipeline);
          pass.setBindGroup(0, bindGroup);
          if (kernel === 'tiled') pass.dispatchWorkgroups(n / TILE, n / TILE);
          else pass.dispatchWorkgroups(n / SUBGROUP_ROW, n);
        }),
      );
    const gpu = runs.every((r) => r.gpuMs !== null && r.gpuMs > 0);
    const c = await readBack(device, bufC, n * n * 4);
    return {
      n,
      samples: runs.map((r) => (gpu ? r.gpuMs! : r.wallMs)),
      timing: gpu ? 'timestamp-query' : 'wall-clock',
      flops: 2 * n * n * n,
      maxAbsError: maxAbsError(c, matmulReference(a, b, n)),
      kernel,
    };
  } finally {
    [bufA, bufB, bufC, uniform].forEach((x) => x.destroy());
  }
}

export interface CopyRun {
  bytes: number;
  samples: number[];
  /** Whether the destination read back equal to the source. */
  intact: boolean;
}

/** Times storage-buffer to storage-buffer copies of `bytes` (a multiple of 4); GB/s = bytes / time. */
export async function benchCopy(device: GPUDevice, bytes: number, warmup: number, repeat: number): Promise<CopyRun> {
  const data = seededFloats(bytes / 4, 3);
  const source = storage(device, data);
  const target = storage(device, new Float32Array(bytes / 4));
  try {
    const samples: number[] = [];
    for (let i = 0; i < warmup + repeat; i++) samples.push(await timeSubmit(device, (encoder) => encoder.copyBufferToBuffer(source, 0, target, 0, bytes)));
    const copied = await readBack(device, target, bytes);
    return { bytes, samples, intact: maxAbsError(copied, data) === 0 };
  } finally {
    source.destroy();
    target.destroy();
  }
}
