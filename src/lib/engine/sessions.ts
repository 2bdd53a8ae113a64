/**
 * The open model and its onnxruntime sessions, cached across jobs in the inference worker: the
 * manifest is fetched and validated once, each graph is downloaded, sha256-checked and warmed up
 * once per backend. Also watches ORT's GPU device, so a job can finish on WASM if it is lost.
 */
import { KinoraError } from '../errors';
import { fetchGraph, fetchManifest, variantFor, type GraphBytes, type GraphVariant, type ModelManifest, type Precision } from '../models';
import { dropStoredCopy } from '../offline';
import { chooseBackend, wasmThreads, type Backend, type BackendDecision, type ChosenBackend } from './backend';
import { configureOrt, createSession, ortWebgpuDevice, releaseSession, warmUp, type Session, type SessionOptions } from './ort';
import type { BackendChoice } from './settings';

export interface LoadedGraph {
  session: Session;
  sha256: string;
  precision: Precision;
}

export class ModelSessions {
  private opened: { url: string; manifest: ModelManifest } | null = null;
  private readonly sessions = new Map<string, LoadedGraph>();
  /** Graph bytes being fetched and verified (by file path), until a load takes them or their error. */
  private readonly fetching = new Map<string, { graph: string; bytes: Promise<GraphBytes>; signal: AbortSignal; failed: boolean }>();
  private chosen: { key: string; value: ChosenBackend } | null = null;
  private watched: GPUDevice | null = null;
  /** Why ORT's GPU device was lost, once it has been. */
  gpuLost: string | null = null;

  /** Opens a model: the manifest is fetched and validated here; graphs load on first use. */
  async open(manifestUrl: string): Promise<ModelManifest> {
    const url = new URL(manifestUrl, self.location.href).href;
    const manifest = await fetchManifest(url);
    this.release();
    this.opened = { url, manifest };
    return manifest;
  }

  manifest(): ModelManifest {
    if (!this.opened) throw new KinoraError('ModelLoadError', 'No model is open yet.');
    return this.opened.manifest;
  }

  /** The backend for a choice and the features a graph needs (decided once, then cached). */
  async backend(choice: BackendChoice, features: string[]): Promise<BackendDecision> {
    const effective = this.gpuLost && choice !== 'wasm' ? 'wasm' : choice;
    const key = `${effective}|${features.join(',')}`;
    if (this.chosen?.key !== key) {
      const value = await chooseBackend(effective, features);
      if (this.gpuLost && choice !== 'wasm') value.decision.reason = `The GPU device was lost earlier (${this.gpuLost}). ${value.decision.reason}`;
      await configureOrt(value.decision.backend, value.decision.threads, value.device);
      this.chosen = { key, value };
    }
    return this.chosen.value.decision;
  }

  /**
   * Starts fetching and verifying the bytes of a graph that has no session yet (they do not
   * depend on the backend, only its variant), so that a load can do it while the backend is being
   * chosen. For "auto" that is the variant of each backend it may pick; the one not taken is dropped.
   */
  prefetch(graph: string, choice: BackendChoice, signal: AbortSignal): void {
    if ([...this.sessions.keys()].some((key) => key.startsWith(`${graph}|`))) return;
    // Without a WebGPU API, "auto" can only pick WASM.
    const backends: Backend[] = choice !== 'auto' ? [choice] : 'gpu' in navigator ? ['wasm', 'webgpu'] : ['wasm'];
    for (const variant of new Set(backends.map((backend) => variantFor(this.manifest(), graph, backend, wasmThreads()))))
      // A failure surfaces when graph() awaits the same fetch.
      this.bytes(graph, variant, signal).catch(() => undefined);
  }

  private bytes(graph: string, variant: GraphVariant, signal: AbortSignal): Promise<GraphBytes> {
    const known = this.fetching.get(variant.file.path);
    // Within one load a failed fetch's error is the answer (fetching again could only hide why,
    // e.g. a damaged stored copy already dropped); a later load tries again.
    if (known && !(known.failed && known.signal !== signal)) return known.bytes;
    const entry = { graph, bytes: fetchGraph(this.opened!.url, variant, fetch, signal, dropStoredCopy), signal, failed: false };
    entry.bytes.catch(() => (entry.failed = true));
    this.fetching.set(variant.file.path, entry);
    return entry.bytes;
  }

  /** A graph's session on a backend (with `options`, e.g. outputs left on the GPU): downloaded, verified and warmed up on first use. */
  async graph(graph: string, backend: Backend, signal: AbortSignal, options: SessionOptions = {}): Promise<LoadedGraph> {
    const manifest = this.manifest();
    const variant = variantFor(manifest, graph, backend, wasmThreads());
    const key = `${graph}|${variant.precision}|${backend}|${(options.gpuOutputs ?? []).join(',')}`;
    const cached = this.sessions.get(key);
    if (cached) return cached;
    let bytes: GraphBytes;
    try {
      bytes = await this.bytes(graph, variant, signal);
    } finally {
      // Taken: the session holds the model now (no second copy of its bytes), or its error went to
      // this load; another variant's bytes fetched in case the backend differed are not needed.
      for (const [path, entry] of this.fetching) if (entry.graph === graph) this.fetching.delete(path);
    }
    let session: Session | undefined;
    try {
      session = await createSession(bytes, backend, options);
      await warmUp(session, manifest.graphs[graph]!.inputs);
    } catch (e) {
      if (session) void releaseSession(session);
      throw new KinoraError('ModelLoadError', `onnxruntime could not load the ${graph} graph on ${backend}: ${(e as Error).message}`);
    }
    if (backend === 'webgpu') await this.watchDevice();
    const loaded = { session, sha256: variant.file.sha256, precision: variant.precision };
    this.sessions.set(key, loaded);
    return loaded;
  }

  /** Drops every session (after a lost device, or a new model). */
  release(): void {
    for (const s of this.sessions.values()) void releaseSession(s.session);
    this.sessions.clear();
    this.fetching.clear();
    this.chosen = null;
  }

  private async watchDevice(): Promise<void> {
    const device = await ortWebgpuDevice();
    if (device === this.watched) return;
    this.watched = device;
    void device.lost.then((info) => {
      this.gpuLost = info.message || info.reason || 'unknown reason';
    });
  }
}
