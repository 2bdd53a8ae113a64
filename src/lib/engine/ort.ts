/**
 * The onnxruntime-web edge: which build to load, session creation and typed runs. Everything else
 * in the engine talks to models through these few functions.
 *
 * Each backend loads only the build it needs, on first use: WASM the plain build (denoiser steps
 * in the app are 2-4x faster than on the WebGPU-capable JSEP build's CPU kernels on our 2-core
 * test machine, and it is half the download), WebGPU the JSEP build. Each build carries its own
 * copy of onnxruntime-common, so a session only takes tensors made by its own build: callers pass
 * plain arrays and the edge wraps them.
 */
import type { InferenceSession, Tensor } from 'onnxruntime-web';
import plainWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import jsepWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.jsep.wasm?url';
import type { GraphBytes, TensorSpec } from '../models';
import type { Backend } from './backend';

type OrtBuild = typeof import('onnxruntime-web');

const builds = new Map<Backend, Promise<OrtBuild>>();

function loadBuild(backend: Backend): Promise<OrtBuild> {
  let build = builds.get(backend);
  if (!build) {
    // The package's default export is the JSEP build (its `/webgpu` export is the asyncify build of the newer WebGPU EP).
    build = (backend === 'wasm' ? import('onnxruntime-web/wasm') : import('onnxruntime-web')).then((ort) => {
      // Serve ORT's WASM from our own origin: no CDN, and the service worker can cache it.
      ort.env.wasm.wasmPaths = { wasm: new URL(backend === 'wasm' ? plainWasmUrl : jsepWasmUrl, self.location.href).href };
      ort.env.logLevel = 'error';
      return ort;
    });
    // A failed import (e.g. offline before the chunk was cached) is tried again on the next call.
    build.catch(() => builds.delete(backend));
    builds.set(backend, build);
  }
  return build;
}

/** Loads the build for a backend and sets its threads (and, for WebGPU, the device to run on). */
export async function configureOrt(backend: Backend, threads: number, device?: GPUDevice): Promise<void> {
  const ort = await loadBuild(backend);
  ort.env.wasm.numThreads = threads;
  // ORT pins its WebGPU device once its WebGPU backend starts (the property becomes read-only);
  // until then, hand it the device made from the adapter we chose.
  const desc = Object.getOwnPropertyDescriptor(ort.env.webgpu, 'device');
  if (device && (!desc || desc.writable || desc.set)) ort.env.webgpu.device = device;
}

/** The GPU device ORT's WebGPU build actually runs on (watched for loss). */
export async function ortWebgpuDevice(): Promise<GPUDevice> {
  return (await loadBuild('webgpu')).env.webgpu.device;
}

/** An onnxruntime session together with the build that made it (its tensors must come from there). */
export interface Session {
  readonly ort: OrtBuild;
  readonly inference: InferenceSession;
  /** Outputs this session leaves in GPU buffers on ORT's device (WebGPU only; runOnGpu reads them). */
  readonly gpuOutputs: ReadonlySet<string>;
}

export interface SessionOptions {
  /** Outputs to leave on the GPU (`preferredOutputLocation: 'gpu-buffer'`); ignored on WASM. */
  gpuOutputs?: readonly string[];
}

export async function createSession(bytes: GraphBytes, backend: Backend, { gpuOutputs = [] }: SessionOptions = {}): Promise<Session> {
  const ort = await loadBuild(backend);
  const onGpu = backend === 'webgpu' ? gpuOutputs : [];
  const inference = await ort.InferenceSession.create(bytes.model, {
    executionProviders: [backend],
    graphOptimizationLevel: 'all',
    logSeverityLevel: 3,
    ...(onGpu.length > 0 ? { preferredOutputLocation: Object.fromEntries(onGpu.map((name) => [name, 'gpu-buffer' as const])) } : {}),
    ...(bytes.externalData.length > 0 ? { externalData: bytes.externalData } : {}),
  });
  return { ort, inference, gpuOutputs: new Set(onGpu) };
}

export function releaseSession(session: Session): Promise<void> {
  return session.inference.release();
}

/**
 * A model input as plain data, or (WebGPU) a float32 GPU buffer on ORT's own device that the caller
 * owns; the run wraps it in the session's own tensor type.
 */
export type TensorInput =
  | { type: 'float32'; data: Float32Array; dims: readonly number[] }
  | { type: 'int64'; data: BigInt64Array; dims: readonly number[] }
  | { type: 'gpu-float32'; buffer: GPUBuffer; dims: readonly number[] };

export function floatInput(data: Float32Array, dims: readonly number[]): TensorInput {
  return { type: 'float32', data, dims };
}

/** A float32 input already on the GPU (made on ortWebgpuDevice()); ORT reads it in place and never frees it. */
export function gpuFloatInput(buffer: GPUBuffer, dims: readonly number[]): TensorInput {
  return { type: 'gpu-float32', buffer, dims };
}

export function int64Input(ids: readonly number[] | BigInt64Array, dims: readonly number[]): TensorInput {
  return { type: 'int64', data: ids instanceof BigInt64Array ? ids : BigInt64Array.from(ids, (n) => BigInt(n)), dims };
}

let runs = 0;

/** How many model calls (session runs) this worker has made: shown in Settings, so anyone can see a refused prompt cost none. */
export function modelCallCount(): number {
  return runs;
}

function toTensor(session: Session, input: TensorInput): Tensor {
  const { Tensor } = session.ort;
  switch (input.type) {
    case 'float32':
      return new Tensor('float32', input.data, input.dims);
    case 'int64':
      return new Tensor('int64', input.data, input.dims);
    case 'gpu-float32':
      return Tensor.fromGpuBuffer(input.buffer, { dataType: 'float32', dims: input.dims });
  }
}

/** One session.run on the session's own tensors, counted; its outputs and the time spent inside run(). */
async function runTensors(session: Session, inputs: Record<string, TensorInput>): Promise<{ result: InferenceSession.ReturnType; ms: number }> {
  const feeds = Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, toTensor(session, input)]));
  runs++;
  const t0 = performance.now();
  const result = await session.inference.run(feeds);
  return { result, ms: performance.now() - t0 };
}

/** Runs a session and returns its outputs as CPU float arrays (GPU outputs read back), plus the time spent inside run() and reading back. */
export async function runFloat(session: Session, inputs: Record<string, TensorInput>): Promise<{ outputs: Record<string, Float32Array>; ms: number }> {
  const t0 = performance.now();
  const { result } = await runTensors(session, inputs);
  const outputs: Record<string, Float32Array> = {};
  for (const [name, tensor] of Object.entries(result)) {
    outputs[name] = (await tensor.getData(true)) as Float32Array;
  }
  return { outputs, ms: performance.now() - t0 };
}

/** An output left on the GPU: its buffer (ORT's; read it, never destroy it) until release() hands it back to ORT. */
export interface GpuOutput {
  buffer: GPUBuffer;
  release: () => void;
}

/**
 * Runs a session whose `output` stays on the GPU (created with it in `gpuOutputs`, on WebGPU) and
 * returns that output's buffer without reading it back; other outputs are released. ORT has
 * submitted its work to the device's queue when this resolves, so GPU work queued after it sees
 * the output. `ms` is the time inside run(), which then need not include the GPU's own time.
 */
export async function runOnGpu(session: Session, inputs: Record<string, TensorInput>, output: string): Promise<{ output: GpuOutput; ms: number }> {
  if (!session.gpuOutputs.has(output)) throw new Error(`the session does not keep "${output}" on the GPU`);
  const { result, ms } = await runTensors(session, inputs);
  const tensor = result[output];
  for (const [name, other] of Object.entries(result)) if (name !== output) other.dispose();
  if (tensor?.location !== 'gpu-buffer') {
    tensor?.dispose();
    throw new Error(`onnxruntime returned "${output}" in ${tensor ? `"${tensor.location}"` : 'no tensor'}, not in a GPU buffer`);
  }
  return { output: { buffer: tensor.gpuBuffer as GPUBuffer, release: () => tensor.dispose() }, ms };
}

/**
 * Runs a new session once on zeros (dynamic axes at 1), so the one-off costs of a first run
 * (WASM memory growth, kernel and shader preparation) are paid while the model loads, not in
 * the first clip.
 */
export async function warmUp(session: Session, inputs: TensorSpec[]): Promise<void> {
  const feeds: Record<string, TensorInput> = {};
  for (const spec of inputs) {
    const dims = spec.shape.map((d) => (typeof d === 'number' ? d : 1));
    const size = dims.reduce((a, b) => a * b, 1);
    feeds[spec.name] = spec.dtype === 'int64' ? int64Input(new BigInt64Array(size), dims) : floatInput(new Float32Array(size), dims);
  }
  await runFloat(session, feeds);
}
