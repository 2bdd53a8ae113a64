/// <reference lib="webworker" />
/**
 * The inference worker wires the generation stages (src/lib/stages) and holds the model sessions.
 * It hands each finished clip's frames and record to the encoder worker over the port the app
 * wired between them; the main thread gets progress, previews and a small result.
 */
import * as Comlink from 'comlink';
import { CancellableJobs, serve } from '../src/lib/bridge/serve';
import type { BackendDecision } from '../src/lib/engine/backend';
import { modelCallCount } from '../src/lib/engine/ort';
import { loadLearnedCheck } from '../src/lib/engine/learned-check';
import { PolicyGate } from '../src/lib/engine/policy-gate';
import { ModelSessions } from '../src/lib/engine/sessions';
import { seedIssue, type GenerationSettings } from '../src/lib/engine/settings';
import type { JobResult, Progress, Timings } from '../src/lib/engine/types';
import { KinoraError, toKinoraError } from '../src/lib/errors';
import { bundledManifestUrl } from '../src/lib/models';
import { loadBundledPacks } from '../src/lib/packs';
import { PreparedNoise } from '../src/lib/sampler';
import { buildRecord, decode, encodeText, guard, latentSize, load, sample, type HandoffMessage } from '../src/lib/stages';
import { appendAudit } from '../src/lib/storage';
import { toRgbaFrames } from '../src/lib/video/frames';

const models = new ModelSessions();
const gate = new PolicyGate(() => loadBundledPacks(new URL(import.meta.env.BASE_URL, self.location.href), fetch), appendAudit, () => loadLearnedCheck());
const jobs = new CancellableJobs();
/** The noise for the seed the form shows, made before Generate; the latest seed asked for wins. */
const noise = new PreparedNoise();
let noiseSeed: number | null = null;

/**
 * Queues making the form's noise with the jobs, so it never lands between a running job's steps.
 * A job takes the prepared noise, so it is queued again after each job: the form usually keeps its seed.
 */
function queueNoise(): Promise<void> {
  return jobs.run(`noise-${crypto.randomUUID()}`, async () => {
    if (noiseSeed !== null) noise.prepare(noiseSeed, latentSize(models.manifest()));
  });
}
let encoderPort: MessagePort | null = null;
/** Whether the app shows the live preview now (a hidden tab or another page does not): no preview is made otherwise. */
let previewShown = true;

async function generate(jobId: string, settings: GenerationSettings, report: (p: Progress) => void, signal: AbortSignal): Promise<JobResult> {
  const manifest = models.manifest();
  const guarded = await guard({ settings, manifest, gate });
  if (!guarded.allowed) return { kind: 'blocked', decision: guarded.decision, audited: guarded.audited };
  const { admission, settings: checked } = guarded;
  if (!encoderPort) throw new KinoraError('GenerationFailed', 'The video encoder is not connected yet; try again.');
  encoderPort.postMessage({ kind: 'job', jobId } satisfies HandoffMessage);

  const run = async (settings: GenerationSettings, fallback: string | null): Promise<JobResult> => {
    const start = performance.now();
    report({ stage: 'load', message: 'Loading model' });
    const loaded = await load({ models, settings, signal });

    report({ stage: 'text', message: 'Reading the prompt' });
    const text = await encodeText({ manifest, session: loaded.text.session, conditioning: admission.conditioning, withEmpty: loaded.mode.guidance.kind === 'cfg' });

    const { frames, width, height, range } = manifest.video;
    let stepTotal = 0;
    const sampled = await sample({
      manifest,
      mode: loaded.mode,
      denoiser: loaded.denoiser.session,
      embedding: text.embedding,
      settings,
      prepared: noise,
      signal,
      previewWanted: () => previewShown,
      onStep: (step, steps, x0, ms) => {
        stepTotal += ms;
        const progress: Progress = { stage: 'sample', message: `Step ${step} of ${steps}`, step, steps, etaMs: (stepTotal / step) * (steps - step) };
        if (!x0) return report(progress);
        const preview = toRgbaFrames(x0, { frames, width, height }, range);
        // Fire and forget: the sampler never waits for the UI. Preview buffers are transferred.
        report(Comlink.transfer({ ...progress, preview }, [preview.buffer]));
      },
    });
    signal.throwIfAborted();

    report({ stage: 'decode', message: 'Finishing frames' });
    const decoded = await decode(manifest, sampled.x0);
    const record = buildRecord({ appVersion: __APP_VERSION__, settings, admission, loaded, createdAt: new Date() });
    const timings: Timings = {
      loadMs: loaded.ms,
      textMs: text.ms,
      noiseMs: sampled.noiseMs,
      stepMs: sampled.stepMs,
      decodeMs: decoded.ms,
      runMs: text.runMs + sampled.runMs,
      totalMs: performance.now() - start,
    };
    signal.throwIfAborted();
    const message: HandoffMessage = {
      kind: 'frames',
      clip: { jobId, frames: decoded.frames, width, height, frameCount: frames, fps: manifest.video.fps, record, overlay: { attribution: admission.attribution } },
    };
    encoderPort!.postMessage(message, [decoded.frames.buffer]);
    return {
      kind: 'done',
      output: {
        jobId,
        record,
        framesSha256: decoded.framesSha256,
        backend: loaded.backend,
        precision: loaded.denoiser.precision,
        ...(fallback ? { fallback } : {}),
        unknownWords: text.unknownWords,
        withheldWords: admission.withheld,
        decision: admission.decision,
        audited: admission.audited,
        timings,
      },
    };
  };

  try {
    return await run(checked, null);
  } catch (e) {
    const err = toKinoraError(e);
    if (err.code === 'Cancelled' || !models.gpuLost || checked.backend === 'wasm') throw err;
    // The GPU went away mid-run: drop its sessions and finish on WASM, saying so.
    models.release();
    return run({ ...checked, backend: 'wasm' }, `The GPU device was lost (${models.gpuLost}); this clip was made on WASM instead.`);
  }
}

const api = {
  /** Opens a model the app ships with; any other URL (another origin, another path) is refused. */
  async open(manifestUrl: string) {
    try {
      return await models.open(bundledManifestUrl(manifestUrl, self.location.href));
    } catch (e) {
      throw toKinoraError(e, 'ModelLoadError');
    }
  },
  /** Loads what a generation with these settings needs, so Generate starts at once and fetches nothing. */
  prepare(jobId: string, settings: Pick<GenerationSettings, 'mode' | 'backend'>): Promise<BackendDecision> {
    return jobs.run(jobId, async (signal) => (await load({ models, settings, signal })).backend, 'ModelLoadError');
  },
  /** Makes the noise for this seed (the one the form shows) ahead of Generate; a newer seed overtakes it. */
  prepareNoise(seed: number): Promise<void> {
    const badSeed = seedIssue(seed);
    if (badSeed) return Promise.reject(new KinoraError('InvalidSettings', badSeed));
    noiseSeed = seed;
    return queueNoise();
  },
  packs() {
    return gate.packs();
  },
  check(prompt: string, character: string | null) {
    return gate.preview(prompt, character);
  },
  /** Replaceable (the encoder may be restarted): what goes out on it is the user's own clip. */
  connectEncoder(port: MessagePort) {
    encoderPort?.close();
    encoderPort = port;
  },
  generate(jobId: string, settings: GenerationSettings, onProgress: (p: Progress) => void): Promise<JobResult> {
    const result = jobs.run(jobId, (signal) => generate(jobId, settings, (p) => void onProgress(p), signal));
    if (noiseSeed !== null) queueNoise().catch(() => undefined); // no model open: nothing to prepare
    return result;
  },
  cancel(jobId: string) {
    jobs.cancel(jobId);
  },
  /** The app shows the live preview (true) or not: takes effect from the next step of a running job. */
  showPreview(shown: boolean) {
    if (typeof shown !== 'boolean') throw new KinoraError('InvalidSettings', 'showPreview takes true or false.');
    previewShown = shown;
  },
  stats() {
    return { modelCalls: modelCallCount() };
  },
};

export type InferenceApi = typeof api;
serve(api);
