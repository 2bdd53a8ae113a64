/**
 * Backend choice, made in the worker where the sessions live. `auto` takes WebGPU when an adapter
 * exists and has every feature the model variant needs, else WASM with threads; the reason is
 * returned so the UI can show it.
 */
import type { BackendChoice } from './settings';

export type Backend = 'webgpu' | 'wasm';

export interface BackendDecision {
  backend: Backend;
  /** One sentence for people: why this backend. */
  reason: string;
  /** WASM threads in use (1 without cross-origin isolation). */
  threads: number;
  adapter?: string;
}

export interface ChosenBackend {
  decision: BackendDecision;
  device?: GPUDevice;
}

export function wasmThreads(): number {
  // Threads need SharedArrayBuffer, i.e. a cross-origin-isolated page (COOP/COEP headers).
  if (!globalThis.crossOriginIsolated) return 1;
  return Math.max(1, Math.min(navigator.hardwareConcurrency || 1, 8));
}

async function findAdapter(): Promise<GPUAdapter | null> {
  if (!('gpu' in navigator) || !navigator.gpu) return null;
  // A real adapter first; then the compatibility tier (e.g. OpenGL ES-backed adapters).
  return (await navigator.gpu.requestAdapter()) ?? (await navigator.gpu.requestAdapter({ featureLevel: 'compatibility' } as GPURequestAdapterOptions));
}

function describe(adapter: GPUAdapter): string {
  const info = adapter.info;
  return [info.vendor, info.architecture, info.description].filter(Boolean).join(' ') || 'unnamed adapter';
}

function wasmBecause(reason: string): ChosenBackend {
  const threads = wasmThreads();
  return { decision: { backend: 'wasm', threads, reason: `${reason} Using WASM on ${threads} thread${threads === 1 ? '' : 's'}.` } };
}

export async function chooseBackend(choice: BackendChoice, requiredFeatures: readonly string[]): Promise<ChosenBackend> {
  if (choice === 'wasm') return wasmBecause('WASM was requested.');
  let adapter: GPUAdapter | null = null;
  try {
    adapter = await findAdapter();
  } catch {
    adapter = null;
  }
  if (!adapter) return wasmBecause(choice === 'webgpu' ? 'WebGPU was requested but this browser offers no WebGPU adapter.' : 'No WebGPU adapter is available.');
  const missing = requiredFeatures.filter((f) => !adapter.features.has(f));
  if (missing.length > 0) return wasmBecause(`The WebGPU adapter (${describe(adapter)}) lacks ${missing.join(', ')}.`);
  const device = await adapter.requestDevice({
    requiredFeatures: requiredFeatures as GPUFeatureName[],
    requiredLimits: {
      maxBufferSize: adapter.limits.maxBufferSize,
      maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
      maxComputeWorkgroupStorageSize: adapter.limits.maxComputeWorkgroupStorageSize,
    },
  });
  const name = describe(adapter);
  return {
    decision: { backend: 'webgpu', threads: wasmThreads(), adapter: name, reason: `${choice === 'webgpu' ? 'WebGPU was requested' : 'WebGPU is available'}: ${name}.` },
    device,
  };
}
