export { SeededRandom, PreparedNoise, MAX_SEED, randomSeed } from './rng';
export { alphaSigma, timeGrid, type NoiseSchedule, type AlphaSigma } from './schedule';
export { applyGuidance, ddimStep } from './ddim';
export { sample, runSteps, makePlan, type SamplingPlan, type SamplerOptions, type StepInfo, type Stepper, type StepLoopOptions } from './loop';
export { GpuDdim, DDIM_WGSL, type GpuDdimOptions } from './ddim-gpu';
