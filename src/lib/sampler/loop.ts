import { ddimStep } from './ddim';
import type { NoiseSchedule } from './schedule';
import { timeGrid } from './schedule';

/** What one sampling run does: which times it visits and how guidance is applied. */
export interface SamplingPlan {
  schedule: NoiseSchedule;
  /** Times from 1 down to 0; one model call (or CFG pair) per interval. */
  times: number[];
  /** Classifier-free guidance scale, or null where the model has guidance baked in. */
  guidance: number | null;
}

export function makePlan(schedule: NoiseSchedule, steps: number, guidance: number | null): SamplingPlan {
  return { schedule, times: timeGrid(steps), guidance };
}

export interface StepInfo {
  step: number;
  steps: number;
  /** The current estimate of the clean clip, in model space ([-1, 1]). */
  x0: Float32Array;
}

export interface SamplerOptions {
  plan: SamplingPlan;
  /** Initial Gaussian noise; becomes the sampler's working buffer. */
  noise: Float32Array;
  /** Model velocity prediction at time t (guidance already applied). */
  predict: (z: Float32Array, t: number) => Promise<Float32Array>;
  onStep?: (info: StepInfo) => void;
  signal?: AbortSignal;
}

/**
 * Resolves on a new task, not a microtask. In the worker a whole WASM run can resolve through
 * microtasks alone, so a loop of awaits never lets the worker read its messages: a cancel sent at
 * step 1 was read only after the last step. Yielding a task per step lets it in.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Where one sampling run's latent lives and how a step moves it: on the CPU (sample below) or the GPU (GpuDdim, wired in stages/sample). */
export interface Stepper {
  /** Calls the model at t and moves the latent to tNext, keeping the clean estimate of this step. */
  step(t: number, tNext: number): Promise<void>;
  /** The clean estimate of the last step (on the GPU, one read-back per call). */
  x0(): Float32Array | Promise<Float32Array>;
}

export interface StepLoopOptions {
  plan: SamplingPlan;
  stepper: Stepper;
  /** Asked after each step: whether onStep wants the clean estimate now; without, it is read once, at the end. */
  readEveryStep: () => boolean;
  /** After each step, with the estimate when readEveryStep said so (else null). */
  onStep?: (step: number, steps: number, x0: Float32Array | null) => void;
  signal?: AbortSignal;
}

/**
 * Runs the few-step DDIM loop and returns the clean clip estimate. Before every step it yields to
 * the event loop and checks `signal`, so cancel takes effect within one step.
 */
export async function runSteps({ plan, stepper, readEveryStep, onStep, signal }: StepLoopOptions): Promise<Float32Array> {
  const steps = plan.times.length - 1;
  let x0: Float32Array | null = null;
  for (let i = 0; i < steps; i++) {
    await nextTask();
    signal?.throwIfAborted();
    await stepper.step(plan.times[i]!, plan.times[i + 1]!);
    x0 = readEveryStep() ? await stepper.x0() : null;
    onStep?.(i + 1, steps, x0);
  }
  return x0 ?? (await stepper.x0());
}

/** The DDIM loop on the CPU: `noise` becomes the working latent and each step's velocity comes from `predict`. */
export function sample({ plan, noise, predict, onStep, signal }: SamplerOptions): Promise<Float32Array> {
  const z = noise;
  const x0 = new Float32Array(z.length);
  const stepper: Stepper = {
    step: async (t, tNext) => ddimStep(plan.schedule, z, await predict(z, t), t, tNext, x0),
    x0: () => x0,
  };
  return runSteps({ plan, stepper, readEveryStep: () => true, signal, ...(onStep ? { onStep: (step, steps) => onStep({ step, steps, x0 }) } : {}) });
}
