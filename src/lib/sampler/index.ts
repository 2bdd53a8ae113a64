export { SeededRandom, MAX_SEED, randomSeed } from './rng';
export { alphaSigma, timeGrid, type NoiseSchedule, type AlphaSigma } from './schedule';
export { applyGuidance, ddimStep } from './ddim';
export { sample, makePlan, type SamplingPlan, type SamplerOptions, type StepInfo } from './loop';
