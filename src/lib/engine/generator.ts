/**
 * One generation, wired stage by stage. Lives in the inference worker: models, sessions and the
 * sampler loop never touch the main thread.
 */
import { KinoraError, toKinoraError } from '../errors';
import { fetchGraph, fetchManifest, pickVariant, sha256Hex, tokenize, type ModelManifest } from '../models';
import { applyGuidance, makePlan, sample, SeededRandom } from '../sampler';
import { toRgbaFrames } from '../video/frames';
import { chooseBackend, type Backend, type BackendDecision, type ChosenBackend } from './backend';
import { configureOrt, createSession, floatTensor, int64Tensor, ortWebgpuDevice, runFloat, warmUp, type Session } from './ort';
import type { GenerationSettings } from './settings';
import type { GenerationOutput, Progress, Timings } from './types';

/** A generation before the worker adds its guardrail decision. */
export type Sampled = Omit<GenerationOutput, 'decision' | 'attribution' | 'withheldWords'>;

export class Generator {
  private manifest: ModelManifest | null = null;
  private manifestUrl = '';
  private sessions = new Map<string, Session>();
  private chosen: { key: string; value: ChosenBackend } | null = null;
  private gpuLost: string | null = null;

  /** Opens a model: the manifest is fetched and validated here; graphs load on first use. */
  async open(manifestUrl: string): Promise<ModelManifest> {
    this.manifestUrl = new URL(manifestUrl, self.location.href).href;
    this.manifest = await fetchManifest(this.manifestUrl);
    this.releaseSessions();
    return this.manifest;
  }

  getManifest(): ModelManifest {
    if (!this.manifest) throw new KinoraError('ModelLoadError', 'No model is open yet.');
    return this.manifest;
  }

  /** `conditioning` is the text the model reads (the prompt, plus the picked character's words if it doesn't name them). */
  async generate(settings: GenerationSettings, onProgress: (p: Progress) => void, signal: AbortSignal, conditioning: string): Promise<Sampled> {
    const manifest = this.getManifest(); // settings were checked by the worker before the guardrails
    try {
      return await this.run(manifest, settings, conditioning, onProgress, signal, undefined);
    } catch (e) {
      const err = toKinoraError(e);
      if (err.code === 'Cancelled' || this.chosen?.value.decision.backend !== 'webgpu' || !this.gpuLost) throw err;
      // The GPU went away mid-run: drop its sessions and finish on WASM, saying so.
      const fallback = `The GPU device was lost (${this.gpuLost}); this clip was made on WASM instead.`;
      this.releaseSessions();
      return this.run(manifest, { ...settings, backend: 'wasm' }, conditioning, onProgress, signal, fallback);
    }
  }

  /** Loads what a generation with these settings needs, so Generate starts at once and fetches nothing. */
  async prepare(settings: Pick<GenerationSettings, 'mode' | 'backend'>): Promise<BackendDecision> {
    const manifest = this.getManifest();
    const mode = manifest.modes[settings.mode];
    if (!mode) throw new KinoraError('InvalidSettings', `This model has no "${settings.mode}" mode.`);
    const signal = new AbortController().signal;
    const { decision } = await this.backendFor(settings, pickVariant(manifest, mode.denoiser, 'fp32').webgpuFeatures);
    await this.session(manifest, manifest.textEncoder, decision.backend, signal);
    await this.session(manifest, mode.denoiser, decision.backend, signal);
    return decision;
  }

  private async backendFor(settings: Pick<GenerationSettings, 'backend'>, features: string[]): Promise<ChosenBackend> {
    const choice = this.gpuLost && settings.backend !== 'wasm' ? 'wasm' : settings.backend;
    const key = `${choice}|${features.join(',')}`;
    if (this.chosen?.key === key) return this.chosen.value;
    const value = await chooseBackend(choice, features);
    if (this.gpuLost && settings.backend !== 'wasm') value.decision.reason = `The GPU device was lost earlier (${this.gpuLost}). ${value.decision.reason}`;
    configureOrt(value.decision.threads, value.device);
    this.chosen = { key, value };
    return value;
  }

  private async session(manifest: ModelManifest, graph: string, backend: Backend, signal: AbortSignal): Promise<{ session: Session; sha256: string }> {
    const variant = pickVariant(manifest, graph, 'fp32');
    const key = `${graph}|${variant.precision}|${backend}`;
    let session = this.sessions.get(key);
    if (!session) {
      const bytes = await fetchGraph(this.manifestUrl, variant, fetch, signal);
      try {
        session = await createSession(bytes, backend);
        await warmUp(session, manifest.graphs[graph]!.inputs);
      } catch (e) {
        void session?.release();
        throw new KinoraError('ModelLoadError', `onnxruntime could not load the ${graph} graph on ${backend}: ${(e as Error).message}`);
      }
      if (backend === 'webgpu') await this.watchDevice();
      this.sessions.set(key, session);
    }
    return { session, sha256: variant.file.sha256 };
  }

  private watched: GPUDevice | null = null;

  /** Notes when ORT's GPU device is lost, so the running job can finish on WASM. */
  private async watchDevice(): Promise<void> {
    const device = await ortWebgpuDevice();
    if (device === this.watched) return;
    this.watched = device;
    void device.lost.then((info) => {
      this.gpuLost = info.message || info.reason || 'unknown reason';
    });
  }

  releaseSessions(): void {
    for (const s of this.sessions.values()) void s.release();
    this.sessions.clear();
    this.chosen = null;
  }

  private async run(
    manifest: ModelManifest,
    settings: GenerationSettings,
    conditioning: string,
    onProgress: (p: Progress) => void,
    signal: AbortSignal,
    fallback: string | undefined,
  ): Promise<Sampled> {
    const start = performance.now();
    const mode = manifest.modes[settings.mode]!;
    const timings: Timings = { loadMs: 0, textMs: 0, stepMs: [], decodeMs: 0, runMs: 0, totalMs: 0 };

    // 1. load: verified bytes -> sessions (cached across jobs)
    onProgress({ stage: 'load', message: 'Loading model' });
    const variant = pickVariant(manifest, mode.denoiser, 'fp32');
    const { decision } = await this.backendFor(settings, variant.webgpuFeatures);
    const text = await this.session(manifest, manifest.textEncoder, decision.backend, signal);
    const denoiser = await this.session(manifest, mode.denoiser, decision.backend, signal);
    timings.loadMs = performance.now() - start;
    signal.throwIfAborted();

    // 2. text: prompt (and the empty prompt, for guidance) -> embeddings
    onProgress({ stage: 'text', message: 'Reading the prompt' });
    const t1 = performance.now();
    const tok = manifest.tokenizer;
    const { ids, unknown } = tokenize(conditioning, tok);
    const cfg = mode.guidance.kind === 'cfg';
    const empty = tokenize('', tok).ids;
    const batchIds = cfg ? [...ids, ...empty] : ids;
    const textIn = manifest.graphs[manifest.textEncoder]!;
    const encoded = await runFloat(text.session, { [textIn.inputs[0]!.name]: int64Tensor(batchIds, [cfg ? 2 : 1, tok.maxTokens]) });
    timings.runMs += encoded.ms;
    const embedding = encoded.outputs[textIn.outputs[0]!.name]!;
    timings.textMs = performance.now() - t1;

    // 3. sample: seeded noise, few-step DDIM, guidance
    const { frames, width, height } = manifest.video;
    const size = 3 * frames * width * height;
    const noise = new SeededRandom(settings.seed).fillNormal(new Float32Array(size));
    const plan = makePlan(manifest.schedule, settings.steps, cfg ? settings.guidance : null);
    const dn = manifest.graphs[mode.denoiser]!;
    const [zName, tName, cName] = dn.inputs.map((i) => i.name) as [string, string, string];
    const vName = dn.outputs[0]!.name;
    const batch = cfg ? 2 : 1;
    const zBatch = new Float32Array(size * batch);
    const embTensor = floatTensor(embedding, [batch, embedding.length / batch]);
    const predict = async (z: Float32Array, t: number) => {
      zBatch.set(z, 0);
      if (cfg) zBatch.set(z, size);
      const r = await runFloat(denoiser.session, {
        [zName]: floatTensor(zBatch, [batch, 3, frames, height, width]),
        [tName]: floatTensor(new Float32Array(batch).fill(t), [batch]),
        [cName]: embTensor,
      });
      timings.runMs += r.ms;
      const v = r.outputs[vName]!;
      return cfg ? applyGuidance(v.subarray(0, size), v.subarray(size), plan.guidance!) : v;
    };
    const geometry = { frames, width, height };
    let stepStart = performance.now();
    const x0 = await sample({
      plan,
      noise,
      predict,
      signal,
      onStep: ({ step, steps, x0: estimate }) => {
        const now = performance.now();
        timings.stepMs.push(now - stepStart);
        stepStart = now;
        const mean = timings.stepMs.reduce((a, b) => a + b, 0) / timings.stepMs.length;
        onProgress({
          stage: 'sample',
          message: `Step ${step} of ${steps}`,
          step,
          steps,
          etaMs: mean * (steps - step),
          preview: toRgbaFrames(estimate, geometry, manifest.video.range),
        });
      },
    });
    signal.throwIfAborted();

    // 4. decode: clean estimate -> RGBA frames (pixel-space model: no decoder graph)
    const t3 = performance.now();
    const rgba = toRgbaFrames(x0, geometry, manifest.video.range);
    timings.decodeMs = performance.now() - t3;
    const framesSha256 = await sha256Hex(rgba);
    timings.totalMs = performance.now() - start;
    return {
      frames: rgba,
      framesSha256,
      width,
      height,
      frameCount: frames,
      fps: manifest.video.fps,
      settings,
      backend: decision,
      ...(fallback ? { fallback } : {}),
      unknownWords: unknown,
      model: { id: manifest.id, version: manifest.version, denoiser: mode.denoiser, sha256: denoiser.sha256 },
      timings,
    };
  }
}
