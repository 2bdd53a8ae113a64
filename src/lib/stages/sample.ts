/**
 * Stage 4, sample: seeded noise -> few-step DDIM with the denoiser graph (and classifier-free
 * guidance in modes that use it) -> the clean clip estimate, in model space. Cancel is honoured
 * between steps (the sampler yields to the worker's message queue each step).
 */
import { floatInput, runFloat, type Session } from '../engine/ort';
import type { GenerationSettings } from '../engine/settings';
import type { ModelManifest, ModeSpec } from '../models';
import { applyGuidance, makePlan, sample as runSampler, SeededRandom } from '../sampler';
import { DENOISER_IO } from './io';

export interface SampleInput {
  manifest: ModelManifest;
  mode: ModeSpec;
  denoiser: Session;
  /** The text stage's output: [batch, width], the empty prompt second when batch is 2. */
  embedding: Float32Array;
  settings: Pick<GenerationSettings, 'seed' | 'steps' | 'guidance'>;
  signal: AbortSignal;
  /** After each step, with the current clean estimate (model space; valid only during the call). */
  onStep: (step: number, steps: number, x0: Float32Array, stepMs: number) => void;
}

export interface SampleOutput {
  x0: Float32Array;
  stepMs: number[];
  runMs: number;
}

export async function sample({ manifest, mode, denoiser, embedding, settings, signal, onStep }: SampleInput): Promise<SampleOutput> {
  const { frames, width, height } = manifest.video;
  const size = 3 * frames * width * height;
  const cfg = mode.guidance.kind === 'cfg';
  const batch = cfg ? 2 : 1;
  const plan = makePlan(manifest.schedule, settings.steps, cfg ? settings.guidance : null);
  const zBatch = new Float32Array(size * batch);
  const text = floatInput(embedding, [batch, embedding.length / batch]);
  let runMs = 0;
  const predict = async (z: Float32Array, t: number) => {
    zBatch.set(z, 0);
    if (cfg) zBatch.set(z, size);
    const r = await runFloat(denoiser, {
      [DENOISER_IO.latent]: floatInput(zBatch, [batch, 3, frames, height, width]),
      [DENOISER_IO.time]: floatInput(new Float32Array(batch).fill(t), [batch]),
      [DENOISER_IO.text]: text,
    });
    runMs += r.ms;
    const v = r.outputs[DENOISER_IO.velocity]!;
    return cfg ? applyGuidance(v.subarray(0, size), v.subarray(size), plan.guidance!) : v;
  };
  const stepMs: number[] = [];
  let stepStart = performance.now();
  const noise = new SeededRandom(settings.seed).fillNormal(new Float32Array(size));
  const x0 = await runSampler({
    plan,
    noise,
    predict,
    signal,
    onStep: ({ step, steps, x0: estimate }) => {
      const now = performance.now();
      stepMs.push(now - stepStart);
      stepStart = now;
      onStep(step, steps, estimate, stepMs.at(-1)!);
    },
  });
  return { x0, stepMs, runMs };
}
