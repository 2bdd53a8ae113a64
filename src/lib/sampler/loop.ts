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

/**
 * Runs the few-step DDIM loop and returns the clean clip estimate. Before every step it yields to
 * the event loop and checks `signal`, so cancel takes effect within one step.
 */
export async function sample({ plan, noise, predict, onStep, signal }: SamplerOptions): Promise<Float32Array> {
  const z = noise;
  const x0 = new Float32Array(z.length);
  const steps = plan.times.length - 1;
  for (let i = 0; i < steps; i++) {
    await nextTask();
    signal?.throwIfAborted();
    const t = plan.times[i]!;
    const v = await predict(z, t);
    ddimStep(plan.schedule, z, v, t, plan.times[i + 1]!, x0);
    onStep?.({ step: i + 1, steps, x0 });
  }
  return x0;
}
