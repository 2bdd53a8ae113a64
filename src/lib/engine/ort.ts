/**
 * The onnxruntime-web edge: configuration, session creation and typed runs. Everything else in
 * the engine talks to models through these few functions.
 */
import * as ort from 'onnxruntime-web';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.jsep.wasm?url';
import type { GraphBytes, TensorSpec } from '../models';
import type { Backend } from './backend';

let configured = false;

export function configureOrt(threads: number, device?: GPUDevice): void {
  if (!configured) {
    // Serve ORT's WASM from our own origin: no CDN, and the service worker can cache it.
    ort.env.wasm.wasmPaths = { wasm: new URL(wasmUrl, self.location.href).href };
    ort.env.logLevel = 'error';
    configured = true;
  }
  ort.env.wasm.numThreads = threads;
  // ORT pins its WebGPU device once its WebGPU backend starts (the property becomes read-only);
  // until then, hand it the device made from the adapter we chose.
  const desc = Object.getOwnPropertyDescriptor(ort.env.webgpu, 'device');
  if (device && (!desc || desc.writable || desc.set)) ort.env.webgpu.device = device;
}

/** The GPU device ORT actually runs on (watched for loss). */
export function ortWebgpuDevice(): Promise<GPUDevice> {
  return ort.env.webgpu.device;
}

export async function createSession(bytes: GraphBytes, backend: Backend): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(bytes.model, {
    executionProviders: [backend],
    graphOptimizationLevel: 'all',
    logSeverityLevel: 3,
    ...(bytes.externalData.length > 0 ? { externalData: bytes.externalData } : {}),
  });
}

export function floatTensor(data: Float32Array, dims: number[]): ort.Tensor {
  return new ort.Tensor('float32', data, dims);
}

export function int64Tensor(ids: number[], dims: number[]): ort.Tensor {
  return new ort.Tensor('int64', BigInt64Array.from(ids, (n) => BigInt(n)), dims);
}

let runs = 0;

/** How many model calls (session runs) this worker has made: shown in Settings, so anyone can see a refused prompt cost none. */
export function modelCallCount(): number {
  return runs;
}

/** Runs a session and returns its outputs as CPU float arrays, plus the time spent inside run(). */
export async function runFloat(session: ort.InferenceSession, feeds: Record<string, ort.Tensor>): Promise<{ outputs: Record<string, Float32Array>; ms: number }> {
  runs++;
  const t0 = performance.now();
  const result = await session.run(feeds);
  const outputs: Record<string, Float32Array> = {};
  for (const [name, tensor] of Object.entries(result)) {
    outputs[name] = (await tensor.getData(true)) as Float32Array;
  }
  return { outputs, ms: performance.now() - t0 };
}

/**
 * Runs a new session once on zeros (dynamic axes at 1), so the one-off costs of a first run
 * (WASM memory growth, kernel and shader preparation) are paid while the model loads, not in
 * the first clip.
 */
export async function warmUp(session: ort.InferenceSession, inputs: TensorSpec[]): Promise<void> {
  const feeds: Record<string, ort.Tensor> = {};
  for (const spec of inputs) {
    const dims = spec.shape.map((d) => (typeof d === 'number' ? d : 1));
    const size = dims.reduce((a, b) => a * b, 1);
    feeds[spec.name] = spec.dtype === 'int64' ? int64Tensor(new Array<number>(size).fill(0), dims) : floatTensor(new Float32Array(size), dims);
  }
  await runFloat(session, feeds);
}

export type Session = ort.InferenceSession;
