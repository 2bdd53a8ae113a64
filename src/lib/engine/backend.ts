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

/** The best WebGPU adapter, and whether it runs on the CPU. */
async function findAdapter(): Promise<{ adapter: GPUAdapter; software: boolean } | null> {
  if (!('gpu' in navigator) || !navigator.gpu) return null;
  const core = await navigator.gpu.requestAdapter();
  if (core && !isSoftware(core)) return { adapter: core, software: false };
  // The compatibility tier can offer a better adapter (e.g. OpenGL ES-backed) when the core one is a fallback.
  const compat = await navigator.gpu.requestAdapter({ featureLevel: 'compatibility' } as GPURequestAdapterOptions);
  if (compat && (!core || !(compat.info as { isFallbackAdapter?: boolean }).isFallbackAdapter)) {
    // Where the core tier found no GPU, a compatibility adapter is a GL driver on the CPU (ANGLE on
    // llvmpipe/lavapipe, which reports no name): faster than SwiftShader, still slower than WASM.
    return { adapter: compat, software: !core || isSoftware(core) || isSoftware(compat) };
  }
  return core ? { adapter: core, software: true } : null;
}

function describe(adapter: GPUAdapter): string {
  const info = adapter.info;
  return [info.vendor, info.architecture, info.description].filter(Boolean).join(' ') || 'unnamed adapter';
}

function isSoftware(adapter: GPUAdapter): boolean {
  const info = adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
  return info.isFallbackAdapter === true || /swiftshader|llvmpipe|lavapipe|software/i.test(describe(adapter));
}

function wasmBecause(reason: string): ChosenBackend {
  const threads = wasmThreads();
  return { decision: { backend: 'wasm', threads, reason: `${reason} Using WASM on ${threads} thread${threads === 1 ? '' : 's'}.` } };
}

export async function chooseBackend(choice: BackendChoice, requiredFeatures: readonly string[]): Promise<ChosenBackend> {
  if (choice === 'wasm') return wasmBecause('WASM was requested.');
  const found = await findAdapter().catch(() => null);
  if (!found) return wasmBecause(choice === 'webgpu' ? 'WebGPU was requested but this browser offers no WebGPU adapter.' : 'No WebGPU adapter is available.');
  const { adapter } = found;
  // Software adapters (SwiftShader, lavapipe) emulate a GPU on the CPU and run far slower than
  // WASM, so `auto` passes them over; asking for WebGPU explicitly still gets them.
  if (choice === 'auto' && found.software) return wasmBecause(`The only WebGPU adapter is a software renderer (${describe(adapter)}), slower than WASM.`);
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
