/**
 * Stage 4, sample: seeded noise -> few-step DDIM with the denoiser graph (and classifier-free
 * guidance in modes that use it) -> the clean clip estimate, in model space. Cancel is honoured
 * between steps (the sampler yields to the worker's message queue each step).
 *
 * On WASM the latent is a CPU array and guidance + DDIM run in TypeScript. On WebGPU (a denoiser
 * session that keeps its velocity on the GPU) the latent stays on ORT's device between steps:
 * the model reads it in place and a WGSL kernel (sampler/ddim-gpu) does guidance + DDIM; the
 * clean estimate is read back only for a step preview that is wanted (previewWanted) and once at the end.
 */
import { floatInput, gpuFloatInput, ortWebgpuDevice, runFloat, runOnGpu, type Session, type TensorInput } from '../engine/ort';
import type { GenerationSettings } from '../engine/settings';
import type { ModelManifest, ModeSpec } from '../models';
import { applyGuidance, GpuDdim, makePlan, PreparedNoise, runSteps, sample as runSampler, type SamplingPlan } from '../sampler';
import { DENOISER_IO } from './io';

export interface SampleInput {
  manifest: ModelManifest;
  mode: ModeSpec;
  denoiser: Session;
  /** The text stage's output: [batch, width], the empty prompt second when batch is 2. */
  embedding: Float32Array;
  settings: Pick<GenerationSettings, 'seed' | 'steps' | 'guidance'>;
  /** Noise the worker made ahead for a seed (used when it is this job's); without, the noise is made here. */
  prepared?: PreparedNoise;
  signal: AbortSignal;
  /**
   * After each step, with the current clean estimate (model space; valid only during the call) for a
   * preview, or null when previewWanted said no preview is shown.
   */
  onStep?: (step: number, steps: number, x0: Float32Array | null, stepMs: number) => void;
  /**
   * Asked after each step (a preview may be hidden or shown mid-run): whether onStep gets the
   * estimate. On WebGPU each estimate costs a read-back. Without it, every step has one.
   */
  previewWanted?: () => boolean;
}

export interface SampleOutput {
  x0: Float32Array;
  /** Time to make the seeded noise (next to none when the worker prepared it before Generate). */
  noiseMs: number;
  stepMs: number[];
  /** Time in the denoiser's session.run; on WebGPU also the waits for the GPU to finish it (the read-backs). */
  runMs: number;
}

/** Values in one clip's latent (3 colour channels of every frame). */
export function latentSize({ video }: ModelManifest): number {
  return 3 * video.frames * video.width * video.height;
}

/** What both paths need: the plan, one clip's size, the batch's dims and the fixed inputs. */
interface Job {
  plan: SamplingPlan;
  size: number;
  batch: 1 | 2;
  latentDims: number[];
  text: TensorInput;
  time: (t: number) => TensorInput;
  noise: Float32Array<ArrayBuffer>;
  onStep: (step: number, steps: number, x0: Float32Array | null) => void;
  previewWanted: () => boolean;
  signal: AbortSignal;
  addRunMs: (ms: number) => void;
}

export async function sample({ manifest, mode, denoiser, embedding, settings, prepared, signal, onStep, previewWanted }: SampleInput): Promise<SampleOutput> {
  const { frames, width, height } = manifest.video;
  const cfg = mode.guidance.kind === 'cfg';
  const batch = cfg ? 2 : 1;
  let runMs = 0;
  const stepMs: number[] = [];
  const size = latentSize(manifest);
  const noiseStart = performance.now();
  const noise = (prepared ?? new PreparedNoise()).take(settings.seed, size);
  const noiseMs = performance.now() - noiseStart;
  let stepStart = performance.now();
  const job: Job = {
    plan: makePlan(manifest.schedule, settings.steps, cfg ? settings.guidance : null),
    size,
    batch,
    latentDims: [batch, 3, frames, height, width],
    text: floatInput(embedding, [batch, embedding.length / batch]),
    time: (t) => floatInput(new Float32Array(batch).fill(t), [batch]),
    noise,
    onStep: (step, steps, x0) => {
      const now = performance.now();
      stepMs.push(now - stepStart);
      stepStart = now;
      onStep?.(step, steps, x0, stepMs.at(-1)!);
    },
    previewWanted: () => onStep !== undefined && (previewWanted?.() ?? true),
    signal,
    addRunMs: (ms) => (runMs += ms),
  };
  const x0 = denoiser.gpuOutputs.has(DENOISER_IO.velocity) ? await sampleOnGpu(denoiser, job) : await sampleOnCpu(denoiser, job);
  return { x0, noiseMs, stepMs, runMs };
}

/** WASM: the velocity comes back to the CPU each step; guidance and DDIM in TypeScript. */
function sampleOnCpu(denoiser: Session, { plan, size, batch, latentDims, text, time, noise, onStep, previewWanted, signal, addRunMs }: Job): Promise<Float32Array> {
  const zBatch = new Float32Array(size * batch);
  const predict = async (z: Float32Array, t: number) => {
    zBatch.set(z, 0);
    if (batch === 2) zBatch.set(z, size);
    const r = await runFloat(denoiser, { [DENOISER_IO.latent]: floatInput(zBatch, latentDims), [DENOISER_IO.time]: time(t), [DENOISER_IO.text]: text });
    addRunMs(r.ms);
    const v = r.outputs[DENOISER_IO.velocity]!;
    return batch === 2 ? applyGuidance(v.subarray(0, size), v.subarray(size), plan.guidance!) : v;
  };
  return runSampler({ plan, noise, predict, signal, onStep: ({ step, steps, x0 }) => onStep(step, steps, previewWanted() ? x0 : null) });
}

/** WebGPU: the latent, the velocity and the update stay on ORT's device; the estimate is read back only when asked for. */
async function sampleOnGpu(denoiser: Session, { plan, size, latentDims, text, time, noise, onStep, previewWanted, signal, addRunMs }: Job): Promise<Float32Array> {
  const gpu = await GpuDdim.create(await ortWebgpuDevice(), { size, guidance: plan.guidance });
  try {
    gpu.writeLatent(noise);
    const latent = gpuFloatInput(gpu.latent, latentDims);
    const step = async (t: number, tNext: number) => {
      const r = await runOnGpu(denoiser, { [DENOISER_IO.latent]: latent, [DENOISER_IO.time]: time(t), [DENOISER_IO.text]: text }, DENOISER_IO.velocity);
      addRunMs(r.ms);
      try {
        await gpu.step(plan.schedule, r.output.buffer, t, tNext);
      } finally {
        // Back to ORT's pool: its next use is queued after the step that reads it.
        r.output.release();
      }
    };
    // run() resolves once ORT has queued its work, so the wait for the GPU lands in the read-back:
    // it counts as model time (the DDIM kernel and the copy are a sliver of it).
    const x0 = async () => {
      const start = performance.now();
      const estimate = await gpu.readX0();
      addRunMs(performance.now() - start);
      return estimate;
    };
    return await runSteps({ plan, stepper: { step, x0 }, readEveryStep: previewWanted, onStep, signal });
  } finally {
    gpu.destroy();
  }
}
