/**
 * WebAssembly memory: every WebAssembly.Memory made after `watchWasmMemory()` is kept (weakly) and
 * its size read on demand. onnxruntime-web's threaded builds make their heap this way, and a
 * WebAssembly memory only grows, so after the sessions have run its size is their high-water
 * mark: the peak memory of the WASM backend, which no browser API reports at once
 * (performance.measureUserAgentSpecificMemory answers at the next garbage collection, up to a
 * minute later here).
 */
const memories: WeakRef<WebAssembly.Memory>[] = [];
let watching = false;

export function watchWasmMemory(): void {
  if (watching) return;
  watching = true;
  const Original = WebAssembly.Memory;
  const Watched = function (this: unknown, descriptor: WebAssembly.MemoryDescriptor) {
    const memory = new Original(descriptor);
    memories.push(new WeakRef(memory));
    return memory;
  } as unknown as typeof WebAssembly.Memory;
  Watched.prototype = Original.prototype;
  WebAssembly.Memory = Watched;
}

/** Bytes of the WebAssembly memories made since watching began that are still alive. */
export function wasmMemoryBytes(): number {
  return memories.reduce((sum, ref) => sum + (ref.deref()?.buffer.byteLength ?? 0), 0);
}
